namespace LossKata;

/// <summary>
/// Level 8 — trains a network with mini-batch SGD, as the tutorial's loop, built from your own losses (level 5)
/// and gradients (level 6).
/// <para>
/// The constructor keeps one <c>new Random(seed)</c> for shuffling. Each <see cref="TrainEpoch"/> increments
/// <see cref="Epoch"/>, shuffles the indices 0…N−1 with <c>random.Shuffle</c>, and for each batch of
/// <see cref="BatchSize"/> indices (the last may be smaller): inputs <c>train.Inputs(indices)</c>, labels
/// <c>train.LabelsAt(indices)</c>, logits = Forward, the loss (<c>Losses.CrossEntropy</c>, or for
/// MseThroughSoftmax <c>Losses.MseLoss(Activations.Softmax(logits), one-hot)</c>), ZeroGrad, Backward of the
/// loss's gradient wrt the logits (<c>Gradients.CrossEntropyWrtLogits</c> / <c>MseThroughSoftmaxWrtLogits</c>), Step;
/// then records the loss in <see cref="LossHistory"/> and reports a <see cref="BatchProgress"/>.
/// </para>
/// <para>
/// If a logit or the loss is NaN or infinite, stop with a <see cref="TrainingDivergedException"/> whose message
/// names the epoch and the batch (and suggests a smaller learning rate). Evaluate averages the loss over every
/// sample and counts correct arg-max predictions; <see cref="Argmax"/> breaks ties at the first index, as
/// <c>torch.argmax</c>.
/// </para>
/// Read docs/level-8-training.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=8"</c>
/// </summary>
public sealed class Trainer
{
    /// <summary>A trainer of <paramref name="network"/> by <paramref name="optimizer"/> (built over the network's parameters).</summary>
    /// <param name="network">The network to train.</param>
    /// <param name="optimizer">The optimiser of the network's parameters.</param>
    /// <param name="batchSize">Samples per mini-batch, positive.</param>
    /// <param name="seed">Seeds the shuffling of every epoch.</param>
    /// <param name="loss">The loss to minimise.</param>
    public Trainer(Mlp network, Sgd optimizer, int batchSize = 200, int seed = 0, TrainingLoss loss = TrainingLoss.CrossEntropy)
    {
        throw new NotImplementedException("not started: implement Trainer in exercises/Level8_Training/Trainer.cs");
    }

    /// <summary>Samples per mini-batch.</summary>
    public int BatchSize { get; }

    /// <summary>The loss being minimised.</summary>
    public TrainingLoss Loss { get; }

    /// <summary>The number of epochs trained so far.</summary>
    public int Epoch { get; private set; }

    /// <summary>The loss of every batch trained so far, in order (before each batch's update).</summary>
    public IReadOnlyList<double> LossHistory { get; } = [];

    /// <summary>One pass over <paramref name="train"/> in shuffled mini-batches; returns the epoch's mean batch loss.</summary>
    public double TrainEpoch(MnistSet train, Action<BatchProgress>? onBatch = null)
    {
        throw new NotImplementedException("not started: implement Trainer in exercises/Level8_Training/Trainer.cs");
    }

    /// <summary>The average loss over every sample of <paramref name="test"/> and how many the arg-max classifies correctly.</summary>
    public Evaluation Evaluate(MnistSet test)
    {
        throw new NotImplementedException("not started: implement Trainer in exercises/Level8_Training/Trainer.cs");
    }

    /// <summary>The column of the largest value in every row; a tie goes to the first such column.</summary>
    public static int[] Argmax(Matrix<double> scores)
    {
        throw new NotImplementedException("not started: implement Trainer in exercises/Level8_Training/Trainer.cs");
    }
}
