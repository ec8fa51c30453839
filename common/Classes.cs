namespace LossKata;

// The static classes of the public API are partial: each exercise file (one per member, grouped by level under
// exercises/ and solutions/) adds its member, so a level's files can be swapped without touching the others.

/// <summary>Information theory over discrete distributions given as vectors (levels 1–2): entropy,
/// cross-entropy and Kullback–Leibler divergence.</summary>
public static partial class Information;

/// <summary>Output activations (level 4): sigmoid, log-sum-exp, softmax and log-softmax. Matrix overloads
/// work row by row, one row per sample.</summary>
public static partial class Activations;

/// <summary>Loss functions with PyTorch's semantics (levels 3 and 5): binary cross-entropy, NLL,
/// cross-entropy from logits and mean squared error.</summary>
public static partial class Losses;

/// <summary>Analytic gradients of the losses with respect to the logits (level 6).</summary>
public static partial class Gradients;

/// <summary>Numerical gradients by central differences, and the relative error used to compare them with
/// analytic ones (level 6).</summary>
public static partial class GradientCheck;
