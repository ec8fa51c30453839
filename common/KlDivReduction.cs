namespace LossKata;

/// <summary>How <c>Losses.KlDivLoss</c> reduces its N×C pointwise terms, as <c>nn.KLDivLoss</c>'s <c>reduction</c>
/// argument ('none' is <c>Losses.KlDivLossPointwise</c>).</summary>
public enum KlDivReduction
{
    /// <summary>PyTorch's default 'mean': the sum divided by every element, N·C — not the KL divergence, C times too small.</summary>
    Mean,

    /// <summary>'batchmean': the sum divided by the batch size N — the mean KL divergence per sample, the mathematical one.</summary>
    BatchMean,

    /// <summary>'sum': the plain sum of the N·C terms.</summary>
    Sum,
}
