"""PyTorch's side of the speed comparison in docs/performance.md.

Measures, on random data of MNIST's shape held in memory, the 784-200-200-10 ReLU MLP that the capstone trains:
  * the bare training step at batch 200 (forward, cross-entropy, backward, SGD step), float32 and float64,
    with torch.set_num_threads(2) and (1);
  * the tutorial's loop: one epoch through a shuffling DataLoader with loss.item() per batch.
Prints samples/s (median of several timed runs). Usage: /usr/bin/python3 bench/pytorch_step.py
"""
import platform
import statistics
import time

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 200
STEPS = 200          # bare steps per timed run
RUNS = 7             # timed runs; the median is reported
EPOCH_SAMPLES = 60_000


def model(dtype):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(784, 200), nn.ReLU(), nn.Linear(200, 200), nn.ReLU(), nn.Linear(200, 10))
    return net.to(dtype)


def data(samples, dtype):
    generator = torch.Generator().manual_seed(1)
    x = torch.rand(samples, 784, generator=generator, dtype=dtype)
    y = torch.randint(0, 10, (samples,), generator=generator)
    return x, y


def bare_step(dtype):
    net = model(dtype)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    x, y = data(BATCH * 40, dtype)
    batches = [(x[i:i + BATCH], y[i:i + BATCH]) for i in range(0, len(x), BATCH)]

    def run(steps):
        for s in range(steps):
            xb, yb = batches[s % len(batches)]
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(net(xb), yb)
            loss.backward()
            optimizer.step()

    run(50)  # warm-up
    rates = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run(STEPS)
        rates.append(STEPS * BATCH / (time.perf_counter() - start))
    return statistics.median(rates), min(rates), max(rates)


def tutorial_epoch(dtype):
    net = model(dtype)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()
    x, y = data(EPOCH_SAMPLES, dtype)
    loader = DataLoader(TensorDataset(x, y), batch_size=BATCH, shuffle=True)

    def epoch():
        total = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(net(xb), yb)
            loss.backward()
            optimizer.step()
            total += loss.item()
        return total

    epoch()  # warm-up
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        epoch()
        rates.append(EPOCH_SAMPLES / (time.perf_counter() - start))
    return statistics.median(rates), min(rates), max(rates)


def main():
    torch.ones(8, 8) @ torch.ones(8, 8)  # loads the BLAS library, so that it shows in the process's memory map
    with open("/proc/self/maps") as maps:
        blas = sorted({line.split("/")[-1].strip() for line in maps if "blas" in line.lower()})
    print(f"torch {torch.__version__}, {platform.machine()}, BLAS libraries loaded: {', '.join(blas) or 'none found'}")
    print(f"{'measurement':<34} {'threads':>7} {'median samples/s':>17} {'min':>9} {'max':>9}")
    for threads in (2, 1):
        torch.set_num_threads(threads)
        for dtype, name in ((torch.float32, "float32"), (torch.float64, "float64")):
            median, low, high = bare_step(dtype)
            print(f"{'bare step, batch 200, ' + name:<34} {threads:>7} {median:>17,.0f} {low:>9,.0f} {high:>9,.0f}")
        median, low, high = tutorial_epoch(torch.float32)
        print(f"{'tutorial loop (DataLoader), float32':<34} {threads:>7} {median:>17,.0f} {low:>9,.0f} {high:>9,.0f}")


if __name__ == "__main__":
    main()
