"""PyTorch's side of the full-`train` comparison in docs/performance.md: the tutorial's training loop on MNIST files.

Reads the four standard IDX files (plain or .gz) from a folder, as `losskata train --data DIR` does, normalises the
pixels with the tutorial's mean 0.1307 and std 0.3081, and trains the tutorial's network the tutorial's way:
w1, b1, w2, b2, w3, b3 as tensors (784-200-200-10, Kaiming-normal weights, zero biases), forward x @ w.t() + b with
ReLU, nn.CrossEntropyLoss on the logits, optim.SGD(lr=0.01), a shuffling DataLoader of batch 200, loss.item() per
batch, float32, torch.set_num_threads(2); after each epoch the test set is evaluated in batches. Prints, per epoch,
the seconds and samples/s of the training pass alone (what `train` reports), samples per CPU-second of the process
(which stays meaningful when other work shares the cores) and the test accuracy.

Usage: /usr/bin/python3 bench/pytorch_train.py DIR [EPOCHS] [THREADS]
PyTorch calls whatever libblas.so.3 the system provides; docs/performance.md shows how to run it on OpenBLAS.
"""
import gzip
import os
import platform
import statistics
import struct
import sys
import time

import torch
from torch import nn
from torch.nn import functional as F
from torch.utils.data import DataLoader, TensorDataset

BATCH = 200
LEARNING_RATE = 0.01
MEAN, STD = 0.1307, 0.3081


def read_idx(folder, name):
    for candidate in (name, name + ".gz"):
        path = os.path.join(folder, candidate)
        if os.path.exists(path):
            with open(path, "rb") as file:
                raw = file.read()
            return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    raise FileNotFoundError(f"{folder} has neither {name} nor {name}.gz")


def load(folder, prefix):
    images = read_idx(folder, f"{prefix}-images-idx3-ubyte")
    labels = read_idx(folder, f"{prefix}-labels-idx1-ubyte")
    count, rows, columns = struct.unpack(">III", images[4:16])
    pixels = torch.frombuffer(bytearray(images[16:16 + count * rows * columns]), dtype=torch.uint8)
    x = ((pixels.to(torch.float32) / 255 - MEAN) / STD).reshape(count, rows * columns)
    y = torch.frombuffer(bytearray(labels[8:8 + count]), dtype=torch.uint8).to(torch.int64)
    return x, y


def main():
    folder = sys.argv[1]
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    torch.ones(8, 8) @ torch.ones(8, 8)  # loads the BLAS library, so that it shows in the process's memory map
    with open("/proc/self/maps") as maps:
        blas = sorted({line.split("/")[-1].strip() for line in maps if "blas" in line.lower()})
    print(f"torch {torch.__version__}, {platform.machine()}, {threads} thread(s), BLAS: {', '.join(blas) or 'none found'}")

    train_x, train_y = load(folder, "train")
    test_x, test_y = load(folder, "t10k")
    print(f"{len(train_x):,} training and {len(test_x):,} test digits from {folder}")
    train_loader = DataLoader(TensorDataset(train_x, train_y), batch_size=BATCH, shuffle=True)
    test_loader = DataLoader(TensorDataset(test_x, test_y), batch_size=BATCH)

    def layer(fan_out, fan_in):
        w = torch.randn(fan_out, fan_in, requires_grad=True)
        nn.init.kaiming_normal_(w)
        return w, torch.zeros(fan_out, requires_grad=True)

    w1, b1 = layer(200, 784)
    w2, b2 = layer(200, 200)
    w3, b3 = layer(10, 200)

    def forward(x):
        x = F.relu(x @ w1.t() + b1)
        x = F.relu(x @ w2.t() + b2)
        return x @ w3.t() + b3

    optimizer = torch.optim.SGD([w1, b1, w2, b2, w3, b3], lr=LEARNING_RATE)
    criteon = nn.CrossEntropyLoss()

    rates = []
    for epoch in range(1, epochs + 1):
        start, cpu_start = time.perf_counter(), time.process_time()
        for data, target in train_loader:
            logits = forward(data)
            loss = criteon(logits, target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss.item()
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
        rates.append(len(train_x) / seconds)

        correct = 0
        with torch.no_grad():
            for data, target in test_loader:
                correct += (forward(data).argmax(dim=1) == target).sum().item()
        print(f"epoch {epoch}: {seconds:.1f} s, {rates[-1]:,.0f} samples/s, {len(train_x) / cpu_seconds:,.0f} per CPU-second, "
              f"test accuracy {correct / len(test_x):.4f}", flush=True)

    print(f"median {statistics.median(rates):,.0f} samples/s (min {min(rates):,.0f}, max {max(rates):,.0f}) over {epochs} epochs")


if __name__ == "__main__":
    main()
