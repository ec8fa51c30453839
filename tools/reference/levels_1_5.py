#!/usr/bin/python3
"""PyTorch reference values for levels 1-5 (entropy to cross-entropy from logits), in float64.

Writes tests/Suite/Reference/PyTorchLevels1To5.g.cs, which the test suite compiles; the suite never runs Python.
Regenerate from the repository root with:

    /usr/bin/python3 tools/reference/levels_1_5.py

Each case is named; the inputs are written back with repr() (shortest round-trip form), so the C# tests feed
exactly the doubles PyTorch saw.
"""

import math
import pathlib

import torch
import torch.nn.functional as F

OUTPUT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "Suite" / "Reference" / "PyTorchLevels1To5.g.cs"
INF = math.inf


def t(values):
    return torch.tensor(values, dtype=torch.float64)


def cs(value):
    """A double as C# source that parses back to the same bits."""
    value = float(value)
    if math.isnan(value):
        raise ValueError("a reference value is NaN; the kata never expects NaN")
    if value == INF:
        return "double.PositiveInfinity"
    if value == -INF:
        return "double.NegativeInfinity"
    return repr(value)


def cs_vector(values):
    return "[" + ", ".join(cs(v) for v in values) + "]"


def cs_matrix(rows):
    return "[" + ", ".join(cs_vector(row) for row in rows) + "]"


def cs_labels(labels):
    return "[" + ", ".join(str(int(label)) for label in labels) + "]"


def cs_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Level 1: entropy -sum xlogy(p, p) (checked against torch.distributions.Categorical), in nats and in bits.
ENTROPY = [
    ("fair four-sided die", [0.25, 0.25, 0.25, 0.25]),
    ("biased coin", [0.9, 0.1]),
    ("zero probability", [0.5, 0.0, 0.5]),
    ("one-hot", [0.0, 1.0, 0.0]),
    ("lottery", [1e-6, 1 - 1e-6]),
    ("three outcomes", [0.7, 0.2, 0.1]),
    ("skewed with tiny mass", [1e-12, 1e-9, 1 - 1e-9 - 1e-12]),
    ("ten outcomes", [w / 55 for w in range(1, 11)]),
]

# Level 2: cross-entropy H(p, q) = -sum xlogy(p, q), KL from F.kl_div(log q, p) (terms with p = 0 dropped).
DISTRIBUTION_PAIRS = [
    ("ordinary", [0.5, 0.3, 0.2], [0.4, 0.4, 0.2]),
    ("one-hot p", [0.0, 1.0, 0.0], [0.2, 0.7, 0.1]),
    ("p equals q", [0.1, 0.6, 0.3], [0.1, 0.6, 0.3]),
    ("zero in both", [0.5, 0.0, 0.5], [0.25, 0.0, 0.75]),
    ("q zero where p is not", [0.5, 0.5], [1.0, 0.0]),
    ("tiny q", [0.5, 0.5], [1e-300, 1.0]),
    ("asymmetric, forward", [0.9, 0.1], [0.5, 0.5]),
    ("asymmetric, backward", [0.5, 0.5], [0.9, 0.1]),
    ("five classes", [0.1, 0.2, 0.3, 0.25, 0.15], [0.3, 0.1, 0.2, 0.2, 0.2]),
]

# Level 3: binary cross-entropy on probabilities and on logits, both reductions.
BINARY = [
    ("cat and dog", [0.9, 0.2, 0.6], [1.0, 0.0, 1.0]),
    ("confident and wrong", [0.01, 0.99], [1.0, 0.0]),
    ("soft targets", [0.3, 0.8, 0.5], [0.25, 0.9, 0.5]),
    ("clamped at -100", [0.0, 1.0, 1e-50], [1.0, 0.0, 1.0]),
    ("exact and certain", [0.0, 1.0], [0.0, 1.0]),
    ("just above the clamp", [1e-40, 0.5], [1.0, 1.0]),
]

BINARY_LOGITS = [
    ("ordinary", [2.0, -1.0, 0.5], [1.0, 0.0, 1.0]),
    ("soft targets", [-0.7, 1.3, 0.0], [0.25, 0.9, 0.5]),
    ("logits at +-1000, right", [1000.0, -1000.0], [1.0, 0.0]),
    ("logits at +-1000, wrong", [1000.0, -1000.0], [0.0, 1.0]),
    ("logits at +-40", [40.0, -40.0, 40.0], [1.0, 1.0, 0.3]),
    ("zero logit", [0.0], [1.0]),
]

# Level 4: sigmoid, log-sum-exp, softmax, log-softmax.
SIGMOID = [0.0, 1.0, -1.0, 5.0, -5.0, 30.0, -30.0, 709.0, -745.0, 1000.0, -1000.0, 1e-10]

LOGIT_VECTORS = [
    ("one two three", [1.0, 2.0, 3.0]),
    ("ties", [3.0, 3.0, 3.0, 3.0]),
    ("single logit", [5.0]),
    ("mixed", [0.1, -0.2, 0.3, 10.0, -10.0]),
    ("two at 1000", [1000.0, 1000.0]),
    ("1000 and 0", [1000.0, 0.0]),
    ("0 and -1000", [0.0, -1000.0]),
    ("all very negative", [-1000.0, -1000.0, -999.0]),
    ("overflow edge", [710.0, 709.0, -745.0]),
]

LOGIT_MATRICES = [
    ("ordinary and extreme rows", [[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]]),
    ("three rows", [[0.0, 0.0], [1.0, -1.0], [-1000.0, 1000.0]]),
]

# Level 5: NLL, cross-entropy from logits, MSE; mean (over the batch, or all elements for MSE) and sum.
NLL = [
    ("two samples", [[-0.5, -1.2, -2.0], [-0.1, -3.0, -4.0]], [2, 0]),
    ("from log-softmax", F.log_softmax(t([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [0.0, 0.0, 0.0]]), dim=1).tolist(), [0, 1, 2]),
    ("worked example, two models", torch.log(t([[0.4, 0.3, 0.05, 0.05, 0.2], [0.98, 0.01, 0.0, 0.0, 0.01]])).tolist(), [0, 0]),
]

CROSS_ENTROPY = [
    ("two samples", [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], [0, 1]),
    ("one sample", [[1.5, -0.5, 0.25, 3.0]], [3]),
    ("logits at +-1000", [[1000.0, 0.0, -1000.0], [-1000.0, 1000.0, 0.0]], [0, 0]),
    ("ties", [[7.0, 7.0, 7.0, 7.0], [0.0, 0.0, 0.0, 0.0]], [1, 3]),
    ("probabilities fed as logits (the pitfall)", [[0.4, 0.3, 0.05, 0.05, 0.2]], [0]),
    ("four samples", [[0.2, -1.1], [3.0, 2.9], [-0.4, 0.0], [10.0, -10.0]], [1, 0, 1, 1]),
]

MSE = [
    ("worked example, first model", [[0.4, 0.3, 0.05, 0.05, 0.2]], [[1.0, 0.0, 0.0, 0.0, 0.0]]),
    ("worked example, second model", [[0.98, 0.01, 0.0, 0.0, 0.01]], [[1.0, 0.0, 0.0, 0.0, 0.0]]),
    ("two by three", [[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]], [[0.5, -1.0, 0.5], [1.0, 1.0, 1.0]]),
    ("large values", [[1e6, -1e6]], [[-1e6, 1e6]]),
]


def both(function, *arguments):
    return function(*arguments, reduction="mean").item(), function(*arguments, reduction="sum").item()


def entropy_cases():
    lines = []
    for name, p in ENTROPY:
        nats = -torch.xlogy(t(p), t(p)).sum().item()
        bits = -(torch.xlogy(t(p), t(p)) / math.log(2)).sum().item()
        # Categorical renormalises p, which moves the last digits: it confirms the formula, the formula is emitted.
        categorical = torch.distributions.Categorical(probs=t(p)).entropy().item()
        assert abs(nats - categorical) <= 1e-14 * max(1, abs(nats)), (name, nats, categorical)
        lines.append(f"new({cs_string(name)}, {cs_vector(p)}, Nats: {cs(nats)}, Bits: {cs(bits)}),")
    return lines


def distribution_pair_cases():
    lines = []
    for name, p, q in DISTRIBUTION_PAIRS:
        cross_entropy = -torch.xlogy(t(p), t(q)).sum().item()
        pointwise_kl = F.kl_div(torch.log(t(q)), t(p), reduction="none")
        kl = torch.where(t(p) > 0, pointwise_kl, torch.zeros_like(pointwise_kl)).sum().item()
        lines.append(f"new({cs_string(name)}, {cs_vector(p)}, {cs_vector(q)}, CrossEntropy: {cs(cross_entropy)}, Kl: {cs(kl)}),")
    return lines


def binary_cases(function, cases):
    lines = []
    for name, inputs, targets in cases:
        mean, total = both(function, t(inputs), t(targets))
        lines.append(f"new({cs_string(name)}, {cs_vector(inputs)}, {cs_vector(targets)}, Mean: {cs(mean)}, Sum: {cs(total)}),")
    return lines


def sigmoid_cases():
    return [f"new({cs(z)}, {cs(torch.sigmoid(t(z)).item())})," for z in SIGMOID]


def logit_vector_cases():
    lines = []
    for name, z in LOGIT_VECTORS:
        lse = torch.logsumexp(t(z), dim=0).item()
        softmax = F.softmax(t(z), dim=0).tolist()
        log_softmax = F.log_softmax(t(z), dim=0).tolist()
        lines.append(
            f"new({cs_string(name)}, {cs_vector(z)}, LogSumExp: {cs(lse)}, Softmax: {cs_vector(softmax)}, LogSoftmax: {cs_vector(log_softmax)}),")
    return lines


def logit_matrix_cases():
    lines = []
    for name, rows in LOGIT_MATRICES:
        softmax = F.softmax(t(rows), dim=1).tolist()
        log_softmax = F.log_softmax(t(rows), dim=1).tolist()
        lines.append(f"new({cs_string(name)}, {cs_matrix(rows)}, Softmax: {cs_matrix(softmax)}, LogSoftmax: {cs_matrix(log_softmax)}),")
    return lines


def labelled_cases(function, cases):
    lines = []
    for name, rows, labels in cases:
        mean, total = both(function, t(rows), torch.tensor(labels))
        lines.append(f"new({cs_string(name)}, {cs_matrix(rows)}, {cs_labels(labels)}, Mean: {cs(mean)}, Sum: {cs(total)}),")
    return lines


def mse_cases():
    lines = []
    for name, predictions, targets in MSE:
        mean, total = both(F.mse_loss, t(predictions), t(targets))
        lines.append(f"new({cs_string(name)}, {cs_matrix(predictions)}, {cs_matrix(targets)}, Mean: {cs(mean)}, Sum: {cs(total)}),")
    return lines


def table(record, field, lines):
    body = "\n".join("        " + line for line in lines)
    return f"    public static readonly {record}[] {field} =\n    [\n{body}\n    ];\n"


def main():
    tables = [
        table("EntropyCase", "Entropy", entropy_cases()),
        table("DistributionPairCase", "DistributionPairs", distribution_pair_cases()),
        table("BinaryCase", "BinaryCrossEntropy", binary_cases(F.binary_cross_entropy, BINARY)),
        table("BinaryCase", "BinaryCrossEntropyWithLogits", binary_cases(F.binary_cross_entropy_with_logits, BINARY_LOGITS)),
        table("SigmoidCase", "Sigmoid", sigmoid_cases()),
        table("LogitVectorCase", "LogitVectors", logit_vector_cases()),
        table("LogitMatrixCase", "LogitMatrices", logit_matrix_cases()),
        table("LabelledCase", "NllLoss", labelled_cases(F.nll_loss, NLL)),
        table("LabelledCase", "CrossEntropy", labelled_cases(F.cross_entropy, CROSS_ENTROPY)),
        table("MatrixPairCase", "MseLoss", mse_cases()),
    ]
    source = f"""// <auto-generated>
// Generated by tools/reference/levels_1_5.py with PyTorch {torch.__version__} in float64. Do not edit by hand.
// Regenerate from the repository root: /usr/bin/python3 tools/reference/levels_1_5.py
// </auto-generated>

namespace LossKata.Tests.Reference;

/// <summary>Values computed by PyTorch (float64) for levels 1–5; the records are in PyTorchCases.cs.</summary>
internal static partial class PyTorchLevels1To5
{{
{chr(10).join(tables)}}}
"""
    OUTPUT.write_text(source, encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
