"""Why MSE through softmax learns slowly on MNIST: the 1/C^2 scale of its gradient, measured in PyTorch (float64).

Builds the tutorial's 784-200-200-10 ReLU network (Kaiming-normal weights, zero biases, no ReLU on the logits) on
the shipped subset in data/, and compares the gradients of cross-entropy (Mean over N) and of MSE between
softmax and one-hot (Mean over N*C, as F.mse_loss) at initialisation, over seeds 1-10, on each seed's first
shuffled batch of 200:
  - the norm of the gradient with respect to the logits and to each weight matrix, and the MSE/CE ratio;
  - the cosine between the two gradients (1 = the same direction);
and the same ratio once cross-entropy training has made the softmax confident.
At a uniform softmax s = 1/C the Jacobian acts as J(s - t) = (s - t)/C, so the ratio is exactly 2/C^2 = 1/50.
Then trains 10 epochs with each loss and learning rate to show that the scale, not saturation, is what costs MSE
its accuracy at lr 0.01. Writes tools/reference/level_8_gradient_scale.txt.
Run from the repository root:  python3 tools/reference/level_8_gradient_scale.py
"""
import gzip
import pathlib

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = pathlib.Path(__file__).with_suffix(".txt")
SIZES, BATCH, CLASSES = (784, 200, 200, 10), 200, 10


def idx(name, offset):
    return np.frombuffer(gzip.open(ROOT / "data" / name).read(), dtype=np.uint8, offset=offset)


def load(prefix):
    images = torch.tensor(idx(f"{prefix}-images-idx3-ubyte.gz", 16).reshape(-1, 784) / 255.0)
    labels = torch.tensor(idx(f"{prefix}-labels-idx1-ubyte.gz", 8).astype(np.int64))
    return (images - 0.1307) / 0.3081, labels


def network(seed):
    torch.manual_seed(seed)
    parameters = []
    for fan_in, fan_out in zip(SIZES, SIZES[1:]):
        weight = torch.empty(fan_out, fan_in)
        torch.nn.init.kaiming_normal_(weight, nonlinearity="relu")
        parameters += [weight.requires_grad_(), torch.zeros(fan_out, requires_grad=True)]
    return parameters


def forward(parameters, x):
    for layer in range(0, len(parameters), 2):
        x = x @ parameters[layer].t() + parameters[layer + 1]
        if layer + 2 < len(parameters):
            x = F.relu(x)
    return x


def loss(kind, logits, labels):
    if kind == "ce":
        return F.cross_entropy(logits, labels)
    return F.mse_loss(F.softmax(logits, dim=1), F.one_hot(labels, CLASSES).to(logits.dtype))


def gradients(parameters, x, labels, kind):
    for p in parameters:
        p.grad = None
    logits = forward(parameters, x)
    logits.retain_grad()
    loss(kind, logits, labels).backward()
    return [logits.grad.clone()] + [parameters[layer].grad.clone() for layer in (0, 2, 4)]


def compare(parameters, x, labels):
    ce, mse = gradients(parameters, x, labels, "ce"), gradients(parameters, x, labels, "mse")
    ratios = [(m.norm() / c.norm()).item() for c, m in zip(ce, mse)]
    cosines = [(torch.sum(c * m) / (c.norm() * m.norm())).item() for c, m in zip(ce, mse)]
    return [g.norm().item() for g in ce], [g.norm().item() for g in mse], ratios, cosines


def train(parameters, x, labels, kind, lr, epochs, seed):
    generator = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(labels), generator=generator)
        for start in range(0, len(labels), BATCH):
            batch = order[start:start + BATCH]
            for p in parameters:
                p.grad = None
            loss(kind, forward(parameters, x[batch]), labels[batch]).backward()
            with torch.no_grad():
                for p in parameters:
                    p -= lr * p.grad


def accuracy(parameters, x, labels):
    with torch.no_grad():
        return (forward(parameters, x).argmax(dim=1) == labels).double().mean().item()


def main():
    train_x, train_y = load("train")
    test_x, test_y = load("t10k")
    names = ("logits", "W1 (200x784)", "W2 (200x200)", "W3 (10x200)")
    lines = [f"torch {torch.__version__}, float64, seeds 1-10, first shuffled batch of {BATCH} of data/ (8,000 training digits)",
             f"Theory at a uniform softmax: MSE/CE = 2/C^2 = {2 / CLASSES ** 2:.4f} (1/{CLASSES ** 2 // 2}), cosine 1", "",
             "At initialisation (mean over seeds 1-10):",
             f"{'gradient w.r.t.':<16} {'|CE|':>10} {'|MSE|':>10} {'MSE/CE':>8} {'cosine':>7}"]
    table = []
    for seed in range(1, 11):
        parameters = network(seed)
        batch = torch.randperm(len(train_y), generator=torch.Generator().manual_seed(seed))[:BATCH]
        table.append(compare(parameters, train_x[batch], train_y[batch]))
    for i, name in enumerate(names):
        ce, mse, ratio, cosine = (np.mean([row[k][i] for row in table]) for k in range(4))
        low, high = min(row[2][i] for row in table), max(row[2][i] for row in table)
        lines.append(f"{name:<16} {ce:10.5f} {mse:10.7f} {ratio:8.5f} {cosine:7.4f}   (MSE/CE {low:.5f}-{high:.5f})")

    lines += ["", "The same batch after cross-entropy training at lr 0.01, seed 1 (the softmax grows confident):",
              f"{'epochs':>6} {'MSE/CE (logits)':>16} {'cosine':>7} {'max softmax, mean':>18}"]
    parameters = network(1)
    batch = torch.randperm(len(train_y), generator=torch.Generator().manual_seed(1))[:BATCH]
    done = 0
    for epochs in (0, 1, 10):
        train(parameters, train_x, train_y, "ce", 0.01, epochs - done, seed=100 + epochs)
        done = epochs
        _, _, ratio, cosine = compare(parameters, train_x[batch], train_y[batch])
        confidence = F.softmax(forward(parameters, train_x[batch]), dim=1).max(dim=1).values.mean().item()
        lines.append(f"{epochs:6d} {ratio[0]:16.5f} {cosine[0]:7.4f} {confidence:18.3f}")

    lines += ["", "Test accuracy after 10 epochs, batch 200, plain SGD (seeds 1-3):",
              f"{'loss':<5} {'lr':>5} {'seed 1':>7} {'seed 2':>7} {'seed 3':>7} {'mean':>7}"]
    for kind, lr in (("ce", 0.01), ("mse", 0.01), ("mse", 0.5), ("mse", 1.0)):
        results = []
        for seed in (1, 2, 3):
            parameters = network(seed)
            train(parameters, train_x, train_y, kind, lr, 10, seed)
            results.append(accuracy(parameters, test_x, test_y))
        lines.append(f"{kind:<5} {lr:5.2f} " + " ".join(f"{r:7.4f}" for r in results) + f" {np.mean(results):7.4f}")

    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
