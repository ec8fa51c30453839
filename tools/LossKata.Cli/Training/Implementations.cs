using System.Reflection;

namespace LossKata.Cli.Training;

/// <summary>
/// Builds a <see cref="TrainingRun"/> from the implementation this program is compiled against: the reference
/// solutions in <c>tools/LossKata.Cli</c>, the learner's exercises in <c>tools/LossKata.Cli.Exercises</c>, which
/// compiles these same sources (the two assemblies have the same public API under the same names).
/// </summary>
internal static class Implementations
{
    /// <summary>Whether this program trains the learner's exercises/ (the assembly is named after its folder).</summary>
    public static bool AreExercises { get; } = typeof(Mlp).Assembly.GetName().Name == "LossKata.Exercises";

    /// <summary>Names the implementation in the run's description.</summary>
    public static string Description => AreExercises ? "your exercises/" : "the reference solutions/";

    /// <summary>The configuration (Debug, Release) this program was built in.</summary>
    public static string? Configuration =>
        typeof(Implementations).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;

    public static TrainingRun Create(TrainingSettings settings, string dataFolder)
    {
        var (train, test) = Mnist.Load(dataFolder);
        var network = new Mlp(
            [train.PixelsPerImage, .. TrainingSettings.HiddenSizes, Mnist.Classes],
            settings.Init == WeightInit.Kaiming ? Init.KaimingNormal : Init.StandardNormal,
            new Random(settings.Seed),
            settings.FinalRelu);
        var loss = settings.MseLoss ? TrainingLoss.MseThroughSoftmax : TrainingLoss.CrossEntropy;
        if (!AreExercises)
        {
            return settings.Float32
                ? Fused(FusedTrainer<float>.Of(network, settings.LearningRate, settings.BatchSize, settings.Seed, loss), network, train, test)
                : Fused(FusedTrainer<double>.Of(network, settings.LearningRate, settings.BatchSize, settings.Seed, loss), network, train, test);
        }

        // The learner's own Trainer, Sgd and network: what their train means.
        var trainer = new Trainer(network, new Sgd(network.Parameters, settings.LearningRate), settings.BatchSize, settings.Seed, loss);

        return new TrainingRun(
            train.PixelsPerImage,
            train.Count,
            test.Count,
            onBatch =>
            {
                try
                {
                    return trainer.TrainEpoch(train, p => onBatch(new BatchReport(p.Epoch, p.Batch, p.Batches, p.Seen, p.Total, p.Loss)));
                }
                catch (TrainingDivergedException diverged)
                {
                    throw new TrainingStoppedException(diverged.Message);
                }
            },
            () =>
            {
                var evaluation = trainer.Evaluate(test);
                return new TestReport(evaluation.AverageLoss, evaluation.Correct, evaluation.Count);
            },
            () => DeadColumns(network.Forward(test.Inputs())));
    }

    /// <summary>The reference network trained by its fused step (<see cref="FusedTrainer{T}"/>), which gives the
    /// trained weights back to <paramref name="network"/> before its own Forward looks for dead output units.</summary>
    private static TrainingRun Fused<T>(FusedTrainer<T> trainer, Mlp network, MnistSet train, MnistSet test)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        new(
            train.PixelsPerImage,
            train.Count,
            test.Count,
            onBatch => trainer.TrainEpoch(train, onBatch),
            () => trainer.Evaluate(test),
            () =>
            {
                trainer.CopyTo(network);
                return DeadColumns(network.Forward(test.Inputs()));
            });

    /// <summary>The columns that are zero in every row: output units that never fire on the given images.</summary>
    private static int[] DeadColumns(MathNet.Numerics.LinearAlgebra.Matrix<double> outputs) =>
        [.. Enumerable.Range(0, outputs.ColumnCount).Where(column => outputs.Column(column).All(value => value == 0))];
}
