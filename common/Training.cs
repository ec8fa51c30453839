namespace LossKata;

/// <summary>The loss a <c>Trainer</c> minimises (level 8).</summary>
public enum TrainingLoss
{
    /// <summary>Cross-entropy on the logits (PyTorch's <c>CrossEntropyLoss</c>), the tutorial's choice.</summary>
    CrossEntropy,

    /// <summary>Mean squared error between softmax(logits) and the one-hot targets: the lesson of level 6, it learns far more slowly.</summary>
    MseThroughSoftmax,
}

/// <summary>What a trainer reports after each mini-batch: where it is and the batch's loss.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="Batch">The batch within the epoch, from 0.</param>
/// <param name="Batches">The number of batches in an epoch.</param>
/// <param name="Seen">Samples seen in this epoch before this batch (the tutorial's progress counter).</param>
/// <param name="Total">Samples in the training set.</param>
/// <param name="Loss">The batch's mean loss before the update.</param>
public sealed record BatchProgress(int Epoch, int Batch, int Batches, int Seen, int Total, double Loss);

/// <summary>The result of evaluating a network on a labelled set.</summary>
/// <param name="AverageLoss">The loss averaged over every sample.</param>
/// <param name="Correct">How many samples the arg-max of the logits classifies correctly.</param>
/// <param name="Count">How many samples were evaluated.</param>
public sealed record Evaluation(double AverageLoss, int Correct, int Count)
{
    /// <summary>Correct / Count.</summary>
    public double Accuracy => (double)Correct / Count;
}

/// <summary>Training stopped because the loss became NaN or infinite; the message names the epoch and the batch.</summary>
public sealed class TrainingDivergedException(string message, int epoch, int batch) : Exception(message)
{
    /// <summary>The epoch (from 1) in which the loss stopped being finite.</summary>
    public int Epoch { get; } = epoch;

    /// <summary>The batch (from 0) within <see cref="Epoch"/>.</summary>
    public int Batch { get; } = batch;
}
