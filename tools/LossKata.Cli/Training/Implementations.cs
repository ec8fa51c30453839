extern alias exercises;
extern alias solutions;

using Exercise = exercises::LossKata;
using Solution = solutions::LossKata;

namespace LossKata.Cli.Training;

/// <summary>
/// Builds a <see cref="TrainingRun"/> from the reference solutions or from the learner's exercises. The two
/// assemblies have the same public API under the same names, so each is reached through its extern alias
/// (see the project file) and mapped onto the command's own records; the two methods differ only in the alias.
/// </summary>
internal static class Implementations
{
    /// <summary>The shipped subset: data/ beside the program (copied there by the build) or above it.</summary>
    public static string DefaultDataFolder() => Solution.Mnist.DefaultFolder();

    public static TrainingRun Create(TrainingSettings settings, string dataFolder) =>
        settings.Exercises ? FromExercises(settings, dataFolder) : FromSolutions(settings, dataFolder);

    private static TrainingRun FromSolutions(TrainingSettings settings, string dataFolder)
    {
        var (train, test) = Solution.Mnist.Load(dataFolder);
        var network = new Solution.Mlp(
            [train.PixelsPerImage, .. TrainingSettings.HiddenSizes, Solution.Mnist.Classes],
            settings.Init == WeightInit.Kaiming ? Solution.Init.KaimingNormal : Solution.Init.StandardNormal,
            new Random(settings.Seed),
            settings.FinalRelu);
        var trainer = new Solution.Trainer(
            network, new Solution.Sgd(network.Parameters, settings.LearningRate), settings.BatchSize, settings.Seed,
            settings.MseLoss ? Solution.TrainingLoss.MseThroughSoftmax : Solution.TrainingLoss.CrossEntropy);

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
                catch (Solution.TrainingDivergedException diverged)
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

    private static TrainingRun FromExercises(TrainingSettings settings, string dataFolder)
    {
        var (train, test) = Exercise.Mnist.Load(dataFolder);
        var network = new Exercise.Mlp(
            [train.PixelsPerImage, .. TrainingSettings.HiddenSizes, Exercise.Mnist.Classes],
            settings.Init == WeightInit.Kaiming ? Exercise.Init.KaimingNormal : Exercise.Init.StandardNormal,
            new Random(settings.Seed),
            settings.FinalRelu);
        var trainer = new Exercise.Trainer(
            network, new Exercise.Sgd(network.Parameters, settings.LearningRate), settings.BatchSize, settings.Seed,
            settings.MseLoss ? Exercise.TrainingLoss.MseThroughSoftmax : Exercise.TrainingLoss.CrossEntropy);

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
                catch (Exercise.TrainingDivergedException diverged)
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

    /// <summary>The columns that are zero in every row: output units that never fire on the given images.</summary>
    private static int[] DeadColumns(MathNet.Numerics.LinearAlgebra.Matrix<double> outputs) =>
        [.. Enumerable.Range(0, outputs.ColumnCount).Where(column => outputs.Column(column).All(value => value == 0))];
}
