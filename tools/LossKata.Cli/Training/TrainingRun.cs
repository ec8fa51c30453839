namespace LossKata.Cli.Training;

/// <summary>Where a run is after a batch (the implementation's BatchProgress, whichever implementation trains).</summary>
internal sealed record BatchReport(int Epoch, int Batch, int Batches, int Seen, int Total, double Loss);

/// <summary>An evaluation on the test set.</summary>
internal sealed record TestReport(double AverageLoss, int Correct, int Count)
{
    public double Accuracy => (double)Correct / Count;
}

/// <summary>Training stopped early (the loss became NaN or infinite); the message says where and why.</summary>
internal sealed class TrainingStoppedException(string message) : Exception(message);

/// <summary>
/// A network, its trainer and the data, built by one implementation (solutions/ or exercises/) and seen by the
/// command only through these members, so that the command's code does not depend on which one trains.
/// </summary>
internal sealed class TrainingRun(
    int inputs,
    int trainCount,
    int testCount,
    Func<Action<BatchReport>, double> trainEpoch,
    Func<TestReport> evaluate,
    Func<IReadOnlyList<int>> deadOutputUnits)
{
    public int Inputs => inputs;

    public int TrainCount => trainCount;

    public int TestCount => testCount;

    /// <summary>One epoch; returns the mean batch loss. Throws <see cref="TrainingStoppedException"/> when the loss diverges.</summary>
    public double TrainEpoch(Action<BatchReport> onBatch) => trainEpoch(onBatch);

    public TestReport Evaluate() => evaluate();

    /// <summary>The output units (digits) whose logit is zero for every test image: dead behind a ReLU on the logits.</summary>
    public IReadOnlyList<int> DeadOutputUnits() => deadOutputUnits();
}
