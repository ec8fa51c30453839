namespace LossKata;

/// <summary>How a loss over a batch is reduced to one number, as PyTorch's <c>reduction</c> argument.</summary>
public enum Reduction
{
    /// <summary>The average (PyTorch's default): over the batch for NLL and cross-entropy, over every element for MSE and BCE.</summary>
    Mean,

    /// <summary>The plain sum of the per-sample (or per-element) losses.</summary>
    Sum,
}
