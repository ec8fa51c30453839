"""PyTorch's results for level 8's table: the tutorial's network on the shipped subset, five variants, seeds 1-5.

The 784-200-200-10 ReLU network of the tutorial (weights out x in, zero biases), SGD lr 0.01, batch 200, 10 epochs,
inputs normalised with 0.1307 / 0.3081, float32 (PyTorch's default), trained on the 8,000 digits of data/ and
evaluated on its 2,000 test digits. For the randn variant with a ReLU on the logits it also counts the output
units that are dead (zero for every test digit) after the first step, the first epoch and the last.
Writes tools/reference/level_8_results.txt. Run from the repository root:  python3 tools/reference/level_8_results.py
"""
import gzip
import pathlib

import numpy as np
import torch
import torch.nn.functional as F

torch.set_num_threads(1)
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = pathlib.Path(__file__).with_suffix(".txt")
SIZES, BATCH, EPOCHS, LR, SEEDS = (784, 200, 200, 10), 200, 10, 0.01, range(1, 6)
VARIANTS = [  # name, init, ReLU on the logits, loss
    ("Kaiming, no ReLU on the logits (the default)", "kaiming", False, "ce"),
    ("Kaiming, --final-relu", "kaiming", True, "ce"),
    ("--init randn --final-relu", "randn", True, "ce"),
    ("--init randn", "randn", False, "ce"),
    ("--loss mse", "kaiming", False, "mse"),
]


def idx(name, offset):
    return np.frombuffer(gzip.open(ROOT / "data" / name).read(), dtype=np.uint8, offset=offset)


def load(prefix):
    images = torch.tensor(idx(f"{prefix}-images-idx3-ubyte.gz", 16).reshape(-1, 784) / 255.0, dtype=torch.float32)
    labels = torch.tensor(idx(f"{prefix}-labels-idx1-ubyte.gz", 8).astype(np.int64))
    return (images - 0.1307) / 0.3081, labels


def network(init):
    parameters = []
    for fan_in, fan_out in zip(SIZES, SIZES[1:]):
        weight = torch.randn(fan_out, fan_in)
        if init == "kaiming":
            torch.nn.init.kaiming_normal_(weight, nonlinearity="relu")
        parameters += [weight.requires_grad_(), torch.zeros(fan_out, requires_grad=True)]
    return parameters


def forward(parameters, x, final_relu):
    for layer in range(0, len(parameters), 2):
        x = x @ parameters[layer].t() + parameters[layer + 1]
        if layer + 2 < len(parameters) or final_relu:
            x = F.relu(x)
    return x


def loss(kind, logits, labels):
    if kind == "ce":
        return F.cross_entropy(logits, labels)
    return F.mse_loss(F.softmax(logits, dim=1), F.one_hot(labels, 10).float())


def dead_units(parameters, x, final_relu):
    with torch.no_grad():
        return int((forward(parameters, x, final_relu) <= 0).all(dim=0).sum())


def run(seed, init, final_relu, kind, train, test):
    torch.manual_seed(seed)
    parameters = network(init)
    dead = []
    for epoch in range(EPOCHS):
        order = torch.randperm(len(train[1]))
        for start in range(0, len(order), BATCH):
            batch = order[start:start + BATCH]
            for p in parameters:
                p.grad = None
            loss(kind, forward(parameters, train[0][batch], final_relu), train[1][batch]).backward()
            with torch.no_grad():
                for p in parameters:
                    p -= LR * p.grad
            if epoch == 0 and start == 0:
                dead.append(dead_units(parameters, test[0], final_relu))
        if epoch in (0, EPOCHS - 1):
            dead.append(dead_units(parameters, test[0], final_relu))
    with torch.no_grad():
        accuracy = (forward(parameters, test[0], final_relu).argmax(dim=1) == test[1]).float().mean().item()
    return accuracy, dead


def main():
    train, test = load("train"), load("t10k")
    lines = [f"torch {torch.__version__}, float32, 1 thread; lr {LR}, batch {BATCH}, {EPOCHS} epochs; "
             f"test accuracy on the 2,000 test digits of data/, seeds {SEEDS[0]}-{SEEDS[-1]}", ""]
    for name, init, final_relu, kind in VARIANTS:
        results = [run(seed, init, final_relu, kind, train, test) for seed in SEEDS]
        accuracies = [a for a, _ in results]
        lines.append(f"{name:<46} mean {np.mean(accuracies):.4f}  min {min(accuracies):.4f}  max {max(accuracies):.4f}  "
                     f"per seed {' '.join(f'{a:.4f}' for a in accuracies)}")
        if init == "randn" and final_relu:
            for label, k in (("after the first step", 0), ("after epoch 1", 1), (f"after epoch {EPOCHS}", 2)):
                counts = [d[k] for _, d in results]
                lines.append(f"    dead output units (of 10) {label:<22} {min(counts)}-{max(counts)}, per seed {counts}")
        print(lines[-1], flush=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
