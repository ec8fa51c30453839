namespace LossKata;

/// <summary>
/// Level 8 — trains a network with mini-batch SGD, as the tutorial's loop, built from your own losses (level 5)
/// and gradients (level 6).
/// <para>
/// The constructor creates one <c>new Random(seed)</c> and keeps it for every epoch. Each <see cref="TrainEpoch"/>
/// increments <see cref="Epoch"/> (from 0, so the first epoch is 1), makes the array 0…N−1 and shuffles it with that
/// one Random's <c>Shuffle</c> — a fresh permutation every epoch, continuing the same generator, so a seed reproduces
/// the run (the tests replay it). Then for each batch b = 0, 1, … of <see cref="BatchSize"/> consecutive entries of
/// the shuffled array (the last batch may be smaller): inputs <c>train.Inputs(indices)</c>, labels
/// <c>train.LabelsAt(indices)</c>, logits = Forward, the loss (<c>Losses.CrossEntropy</c>, or for
/// MseThroughSoftmax <c>Losses.MseLoss(Activations.Softmax(logits), one-hot)</c>), ZeroGrad, Backward of that loss's
/// own gradient wrt the logits (<c>Gradients.CrossEntropyWrtLogits</c> for CrossEntropy,
/// <c>Gradients.MseThroughSoftmaxWrtLogits</c> for MseThroughSoftmax), Step; then appends the loss (computed before
/// the step) to <see cref="LossHistory"/> and calls <c>onBatch</c> with
/// <c>BatchProgress(Epoch, b, batches, b · BatchSize, N, loss)</c> — b counts from 0.
/// </para>
/// <para>
/// Divergence: if a logit or the loss is NaN or infinite, the batch stops before ZeroGrad with a
/// <see cref="TrainingDivergedException"/> (its Epoch and Batch as in BatchProgress) whose message reads
/// <c>The loss became {NaN|infinite} in epoch {epoch}, batch {batch} of {batches} (samples {first}–{end})</c>
/// and then suggests a smaller <c>learning rate</c>: epoch from 1, batch from 0, batches per epoch,
/// first = batch · BatchSize and end = first + the batch's size, the batch's positions [first, end) in the epoch's
/// shuffled order, with an en dash; the word is NaN or infinite (either is accepted when a logit, not the loss,
/// is what went wrong — a −∞ logit can leave the loss finite, and that must stop training too).
/// </para>
/// <para>
/// <see cref="Evaluate"/> changes nothing (no parameter, no <see cref="LossHistory"/> entry, no
/// <see cref="Epoch"/>, no draw from the shuffling Random). Its AverageLoss is the training loss over the whole set
/// at once: for CrossEntropy the mean over the N samples; for MseThroughSoftmax
/// <c>Losses.MseLoss(Softmax(logits), one-hot)</c> over all N samples, i.e. the summed squared error divided by N·C
/// (C classes), as PyTorch's <c>mse_loss</c> with <c>reduction='mean'</c> — not by N alone. Working in batches,
/// weight each batch's mean loss by its number of samples and divide by N. Correct counts the samples whose
/// <see cref="Argmax"/> is their label; Count is N. <see cref="Argmax"/> breaks ties at the first index, as
/// <c>torch.argmax</c>.
/// </para>
/// <para>Bad input: a null network, optimizer, train or test set is an <see cref="ArgumentNullException"/> naming
/// it; a batch size that is not positive is an <see cref="ArgumentOutOfRangeException"/> on <c>batchSize</c>;
/// <see cref="Argmax"/> rejects NaN scores with <c>Guard.NotEmptyNoNaN</c> on <c>scores</c>.</para>
/// Read docs/level-8-training.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=8"</c>
/// </summary>
public sealed class Trainer
{
    private readonly List<double> losses = [];

    /// <summary>A trainer of <paramref name="network"/> by <paramref name="optimizer"/> (built over the network's parameters);
    /// keeps one <c>new Random(seed)</c> for the shuffling of every epoch.</summary>
    /// <param name="network">The network to train.</param>
    /// <param name="optimizer">The optimiser of the network's parameters.</param>
    /// <param name="batchSize">Samples per mini-batch, positive.</param>
    /// <param name="seed">Seeds the shuffling of every epoch.</param>
    /// <param name="loss">The loss to minimise.</param>
    public Trainer(Mlp network, Sgd optimizer, int batchSize = 200, int seed = 0, TrainingLoss loss = TrainingLoss.CrossEntropy)
    {
        throw new NotImplementedException("not started: implement Trainer in exercises/Level8_Training/Trainer.cs");
    }

    /// <summary>Samples per mini-batch, as given to the constructor.</summary>
    public int BatchSize { get; }

    /// <summary>The loss being minimised, as given to the constructor.</summary>
    public TrainingLoss Loss { get; }

    /// <summary>The number of epochs started so far (0 before the first <see cref="TrainEpoch"/>).</summary>
    public int Epoch { get; private set; }

    /// <summary>The loss of every batch trained so far, in order (before each batch's update): append each batch's
    /// loss to <c>losses</c>; callers read it through this view, which they cannot change.</summary>
    public IReadOnlyList<double> LossHistory => losses;

    /// <summary>One pass over <paramref name="train"/> in shuffled mini-batches; returns the epoch's mean batch loss
    /// (the plain mean of its batch losses).</summary>
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
