#!/usr/bin/python3
"""PyTorch reference values for level 9 (the options of PyTorch's losses), in float64.

Writes tests/Suite/Reference/PyTorchLevel9.g.cs, which the test suite compiles; the suite never runs Python.
Regenerate from the repository root with:

    /usr/bin/python3 tools/reference/level_9.py

Every value comes from the PyTorch call a practitioner writes: F.cross_entropy with weight, ignore_index and
label_smoothing (class-index and probability targets), F.binary_cross_entropy_with_logits with pos_weight,
F.kl_div with log_target and every reduction, torchvision.ops.sigmoid_focal_loss; gradients by autograd. Inputs are
written back with repr() (shortest round-trip form), so the C# tests feed exactly the doubles PyTorch saw.
"""

import math
import pathlib

import torch
import torch.nn.functional as F
from torchvision.ops import sigmoid_focal_loss

from levels_1_5 import cs, cs_labels, cs_matrix, cs_string, cs_vector, t, table

OUTPUT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "Suite" / "Reference" / "PyTorchLevel9.g.cs"
IGNORE = -100


def cs_loss(value):
    """A reduced loss as C# source: NaN only where PyTorch really returns it (the mean of an all-ignored batch)."""
    return "double.NaN" if math.isnan(float(value)) else cs(value)


def cs_optional(values):
    return "null" if values is None else cs_vector(values)


LOGITS_3x3 = [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [-1.2, 0.4, 1.9]]
LOGITS_4x3 = [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [-1.2, 0.4, 1.9], [0.0, -0.7, 0.35]]
LOGITS_5x4 = [[0.3, -1.1, 2.2, 0.0], [1.5, 1.5, -0.5, 0.25], [-2.0, 0.1, 0.6, 3.1], [0.9, -0.4, -0.4, 1.2], [0.0, 0.0, 0.0, 0.0]]
HUGE = [[1000.0, 0.0, -1000.0], [-1000.0, 1000.0, 0.0]]

# Cross-entropy with class-index targets: (name, logits, targets, weight, ignore_index).
WEIGHTED = [
    ("no weight, nothing ignored", LOGITS_3x3, [0, 1, 2], None, IGNORE),
    ("class weights", LOGITS_3x3, [0, 1, 2], [1.0, 2.0, 0.5], IGNORE),
    ("class weights, a class twice", LOGITS_4x3, [1, 1, 2, 0], [0.2, 3.0, 1.0], IGNORE),
    ("an ignored sample", LOGITS_3x3, [0, IGNORE, 2], None, IGNORE),
    ("an ignored sample, class weights", LOGITS_4x3, [1, IGNORE, 1, 0], [0.2, 3.0, 1.0], IGNORE),
    ("ignore index is a class", LOGITS_4x3, [0, 1, 2, 1], [1.0, 2.0, 0.5], 1),
    ("a target class of weight 0", LOGITS_3x3, [0, 1, 2], [0.0, 1.0, 1.0], IGNORE),
    ("logits of plus or minus 1000, class weights", HUGE, [2, 1], [2.0, 1.0, 3.0], IGNORE),
    ("five samples, four classes", LOGITS_5x4, [2, 0, 3, 1, 3], [0.5, 1.5, 1.0, 2.5], IGNORE),
    ("every sample ignored", LOGITS_3x3[:2], [IGNORE, IGNORE], [1.0, 2.0, 0.5], IGNORE),
]

# Label smoothing with class-index targets: (name, logits, targets, epsilon, weight, ignore_index).
SMOOTHED = [
    ("smoothing 0.1", LOGITS_3x3, [0, 1, 2], 0.1, None, IGNORE),
    ("smoothing 0.1, class weights", LOGITS_3x3, [0, 1, 2], 0.1, [1.0, 2.0, 0.5], IGNORE),
    ("smoothing 0.2, class weights, an ignored sample", LOGITS_4x3, [1, IGNORE, 1, 0], 0.2, [0.2, 3.0, 1.0], IGNORE),
    ("smoothing 0, class weights", LOGITS_4x3, [1, 1, 2, 0], 0.0, [0.2, 3.0, 1.0], IGNORE),
    ("smoothing 1, class weights", LOGITS_3x3, [0, 1, 2], 1.0, [1.0, 2.0, 0.5], IGNORE),
    ("smoothing 0.3, logits of plus or minus 1000", HUGE, [0, 1], 0.3, None, IGNORE),
    ("smoothing 0.1, ignore index is a class", LOGITS_4x3, [0, 1, 2, 1], 0.1, [1.0, 2.0, 0.5], 1),
    ("smoothing 0.25, five samples, four classes", LOGITS_5x4, [2, 0, 3, 1, 3], 0.25, [0.5, 1.5, 1.0, 2.5], IGNORE),
    ("smoothing 0.15, a target class of weight 0", LOGITS_3x3, [0, 1, 2], 0.15, [0.0, 1.0, 1.0], IGNORE),
]

# Probability targets: (name, logits, targets, weight, epsilon).
SOFT = [
    ("one-hot rows", LOGITS_3x3, [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], None, 0.0),
    ("soft rows", LOGITS_3x3, [[0.7, 0.2, 0.1], [0.0, 0.5, 0.5], [0.25, 0.25, 0.5]], None, 0.0),
    ("soft rows, class weights", LOGITS_3x3, [[0.7, 0.2, 0.1], [0.0, 0.5, 0.5], [0.25, 0.25, 0.5]], [1.0, 2.0, 0.5], 0.0),
    ("soft rows, class weights, smoothing 0.1", LOGITS_3x3, [[0.7, 0.2, 0.1], [0.0, 0.5, 0.5], [0.25, 0.25, 0.5]], [1.0, 2.0, 0.5], 0.1),
    ("one-hot rows, class weights", LOGITS_4x3, [[0.0, 1.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], [0.2, 3.0, 1.0], 0.0),
    ("uniform rows", LOGITS_5x4, [[0.25] * 4] * 5, None, 0.0),
    ("logits of plus or minus 1000, smoothing 0.3", HUGE, [[0.9, 0.1, 0.0], [0.0, 0.6, 0.4]], [2.0, 1.0, 3.0], 0.3),
]

# Multi-label BCE with logits and pos_weight: (name, logits, targets, pos_weight).
POS_WEIGHT = [
    ("pos weight 1 is plain BCE", [[0.5, -1.0, 2.0], [1.5, 0.0, -0.3]], [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]], [1.0, 1.0, 1.0]),
    ("pos weight 3 on every label", [[0.5, -1.0, 2.0], [1.5, 0.0, -0.3]], [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]], [3.0, 3.0, 3.0]),
    ("one weight per label", [[0.5, -1.0, 2.0, 0.1], [1.5, 0.0, -0.3, -2.2], [-0.6, 0.8, 0.0, 1.1]],
     [[1.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 0.0], [1.0, 1.0, 0.0, 1.0]], [4.0, 0.5, 1.0, 10.0]),
    ("soft targets", [[0.5, -1.0], [1.5, 0.0]], [[0.8, 0.1], [0.3, 0.5]], [2.0, 5.0]),
    ("pos weight 0", [[0.5, -1.0], [1.5, 0.0]], [[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0]),
    ("logits of plus or minus 1000", [[1000.0, -1000.0], [-1000.0, 1000.0]], [[1.0, 1.0], [0.0, 0.0]], [2.0, 3.0]),
]

# KL divergence as nn.KLDivLoss: (name, logits whose log_softmax is the input, target distributions).
KL = [
    ("ordinary", [[1.0, 0.5, -0.3], [0.2, 0.2, 1.5]], [[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]]),
    ("target equals the model", [[1.0, 0.5, -0.3]], None),
    ("a zero in the target", [[0.1, 2.0, -1.0, 0.4]], [[0.0, 0.6, 0.0, 0.4]]),
    ("one-hot targets", [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]),
    ("five samples, four classes", LOGITS_5x4, [[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25], [0.0, 0.5, 0.5, 0.0], [0.7, 0.1, 0.1, 0.1]]),
    ("a confident model", [[30.0, 0.0, 0.0]], [[0.2, 0.4, 0.4]]),
]

# torchvision.ops.sigmoid_focal_loss: (name, logits, targets, alpha, gamma).
FOCAL = [
    ("the defaults, alpha 0.25, gamma 2", [-3.0, -0.5, 0.0, 0.8, 2.5, 4.0], [0.0, 1.0, 1.0, 0.0, 1.0, 0.0], 0.25, 2.0),
    ("alpha off, gamma 0 is BCE with logits", [-3.0, -0.5, 0.0, 0.8, 2.5], [0.0, 1.0, 1.0, 0.0, 1.0], -1.0, 0.0),
    ("alpha 0.25, gamma 0", [-3.0, -0.5, 0.0, 0.8, 2.5], [0.0, 1.0, 1.0, 0.0, 1.0], 0.25, 0.0),
    ("alpha off, gamma 2", [-3.0, -0.5, 0.0, 0.8, 2.5], [0.0, 1.0, 1.0, 0.0, 1.0], -1.0, 2.0),
    ("gamma 0.5", [-1.5, 0.3, 2.0, -0.2], [1.0, 0.0, 1.0, 0.0], 0.6, 0.5),
    ("alpha 0.75, gamma 5", [-1.5, 0.3, 2.0, -0.2], [1.0, 0.0, 1.0, 0.0], 0.75, 5.0),
    ("soft targets", [-1.5, 0.3, 2.0, -0.2], [0.9, 0.2, 0.6, 0.0], 0.25, 2.0),
    ("logits of plus or minus 30", [30.0, -30.0, 30.0, -30.0], [1.0, 0.0, 0.0, 1.0], 0.25, 2.0),
]


def cross_entropy(rows, targets, weight, ignore_index, smoothing, reduction):
    """The loss and its gradient with respect to the logits (autograd)."""
    logits = t(rows).requires_grad_(True)
    loss = F.cross_entropy(logits, torch.tensor(targets), weight=None if weight is None else t(weight),
                           ignore_index=ignore_index, reduction=reduction, label_smoothing=smoothing)
    if reduction == "none":
        return loss.tolist(), None
    loss.backward()
    return loss.item(), logits.grad.tolist()


def soft_cross_entropy(rows, targets, weight, smoothing, reduction):
    return F.cross_entropy(t(rows), t(targets), weight=None if weight is None else t(weight),
                           reduction=reduction, label_smoothing=smoothing).item()


def pos_weight_loss(rows, targets, pos_weight, reduction):
    return F.binary_cross_entropy_with_logits(t(rows), t(targets), pos_weight=t(pos_weight), reduction=reduction).item()


def kl_div(log_q, target, reduction, log_target):
    return F.kl_div(log_q, target, reduction=reduction, log_target=log_target)


def focal(logits, targets, alpha, gamma, reduction):
    z = t(logits).requires_grad_(True)
    loss = sigmoid_focal_loss(z, t(targets), alpha=alpha, gamma=gamma, reduction=reduction)
    loss.backward()
    return loss.item(), z.grad.tolist()


def weighted_lines():
    for name, rows, targets, weight, ignore_index in WEIGHTED:
        per_sample, _ = cross_entropy(rows, targets, weight, ignore_index, 0.0, "none")
        mean, _ = cross_entropy(rows, targets, weight, ignore_index, 0.0, "mean")
        total, _ = cross_entropy(rows, targets, weight, ignore_index, 0.0, "sum")
        yield (f"new({cs_string(name)}, {cs_matrix(rows)}, {cs_labels(targets)}, {cs_optional(weight)}, {ignore_index}, "
               f"{cs_vector(per_sample)}, {cs_loss(mean)}, {cs(total)}),")


def smoothed_lines():
    for name, rows, targets, smoothing, weight, ignore_index in SMOOTHED:
        mean, mean_gradient = cross_entropy(rows, targets, weight, ignore_index, smoothing, "mean")
        total, sum_gradient = cross_entropy(rows, targets, weight, ignore_index, smoothing, "sum")
        yield (f"new({cs_string(name)}, {cs_matrix(rows)}, {cs_labels(targets)}, {cs(smoothing)}, {cs_optional(weight)}, {ignore_index}, "
               f"{cs(mean)}, {cs(total)}, {cs_matrix(mean_gradient)}, {cs_matrix(sum_gradient)}),")


def soft_lines():
    for name, rows, targets, weight, smoothing in SOFT:
        yield (f"new({cs_string(name)}, {cs_matrix(rows)}, {cs_matrix(targets)}, {cs_optional(weight)}, {cs(smoothing)}, "
               f"{cs(soft_cross_entropy(rows, targets, weight, smoothing, 'mean'))}, {cs(soft_cross_entropy(rows, targets, weight, smoothing, 'sum'))}),")


def pos_weight_lines():
    for name, rows, targets, pos_weight in POS_WEIGHT:
        yield (f"new({cs_string(name)}, {cs_matrix(rows)}, {cs_matrix(targets)}, {cs_vector(pos_weight)}, "
               f"{cs(pos_weight_loss(rows, targets, pos_weight, 'mean'))}, {cs(pos_weight_loss(rows, targets, pos_weight, 'sum'))}),")


def kl_lines():
    for name, rows, target in KL:
        log_q = torch.log_softmax(t(rows), dim=1)
        p = torch.softmax(t(rows), dim=1) if target is None else t(target)
        # With log_target, a zero probability is a target of -inf, and PyTorch's exp(t) * (t - input) is 0 * -inf = NaN
        # there; the kata gives the limit 0 instead (a test says so), so those cases are left out of the table.
        for log_target in (False, True) if bool((p > 0).all()) else (False,):
            target_given = torch.log(p) if log_target else p
            pointwise = kl_div(log_q, target_given, "none", log_target)
            values = [kl_div(log_q, target_given, reduction, log_target).item() for reduction in ("mean", "batchmean", "sum")]
            label = f"{name}, log_target" if log_target else name
            yield (f"new({cs_string(label)}, {cs_matrix(log_q.tolist())}, {cs_matrix(target_given.tolist())}, {'true' if log_target else 'false'}, "
                   f"{cs_matrix(pointwise.tolist())}, {', '.join(cs(v) for v in values)}),")


def focal_lines():
    for name, logits, targets, alpha, gamma in FOCAL:
        mean, mean_gradient = focal(logits, targets, alpha, gamma, "mean")
        total, sum_gradient = focal(logits, targets, alpha, gamma, "sum")
        yield (f"new({cs_string(name)}, {cs_vector(logits)}, {cs_vector(targets)}, {cs(alpha)}, {cs(gamma)}, "
               f"{cs(mean)}, {cs(total)}, {cs_vector(mean_gradient)}, {cs_vector(sum_gradient)}),")


def main():
    import torchvision

    source = f"""// <auto-generated>
// Made by tools/reference/level_9.py with torch {torch.__version__} and torchvision {torchvision.__version__} (float64); do not edit, rerun the script.
// </auto-generated>
#nullable enable
namespace LossKata.Tests.Reference;

/// <summary>PyTorch's losses with their options, in float64, for the level 9 tests. A target of -100 is PyTorch's
/// default ignore_index; a null weight is no weight.</summary>
internal static class PyTorchLevel9
{{
    /// <summary>F.cross_entropy(logits, targets, weight, ignore_index) with reduction 'none', 'mean' and 'sum'
    /// ('mean' is NaN when every sample is ignored, as PyTorch gives it).</summary>
    public sealed record WeightedCase(string Name, double[][] Logits, int[] Targets, double[]? Weight, int IgnoreIndex, double[] PerSample, double Mean, double Sum) : IReferenceCase;

    /// <summary>F.cross_entropy(..., label_smoothing) for 'mean' and 'sum', with autograd's gradient with respect to the logits for each.</summary>
    public sealed record SmoothedCase(string Name, double[][] Logits, int[] Targets, double Smoothing, double[]? Weight, int IgnoreIndex,
        double Mean, double Sum, double[][] MeanGradient, double[][] SumGradient) : IReferenceCase;

    /// <summary>F.cross_entropy with an N×C probability target, class weights and label smoothing.</summary>
    public sealed record SoftCase(string Name, double[][] Logits, double[][] Targets, double[]? Weight, double Smoothing, double Mean, double Sum) : IReferenceCase;

    /// <summary>F.binary_cross_entropy_with_logits(logits, targets, pos_weight) for 'mean' and 'sum'.</summary>
    public sealed record PosWeightCase(string Name, double[][] Logits, double[][] Targets, double[] PosWeight, double Mean, double Sum) : IReferenceCase;

    /// <summary>F.kl_div(input, target, log_target) with 'none', 'mean', 'batchmean' and 'sum'; the input is log_softmax of some logits.</summary>
    public sealed record KlDivCase(string Name, double[][] Input, double[][] Target, bool LogTarget, double[][] Pointwise, double Mean, double BatchMean, double Sum) : IReferenceCase;

    /// <summary>torchvision.ops.sigmoid_focal_loss(logits, targets, alpha, gamma) for 'mean' and 'sum', with autograd's gradient for each.</summary>
    public sealed record FocalCase(string Name, double[] Logits, double[] Targets, double Alpha, double Gamma, double Mean, double Sum,
        double[] MeanGradient, double[] SumGradient) : IReferenceCase;

{table("WeightedCase", "Weighted", weighted_lines())}
{table("SmoothedCase", "Smoothed", smoothed_lines())}
{table("SoftCase", "Soft", soft_lines())}
{table("PosWeightCase", "PosWeight", pos_weight_lines())}
{table("KlDivCase", "KlDiv", kl_lines())}
{table("FocalCase", "Focal", focal_lines())}}}
"""
    OUTPUT.write_text(source, encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
