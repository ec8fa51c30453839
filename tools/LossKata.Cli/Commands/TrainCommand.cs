using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LossKata.Cli.Plotting;
using LossKata.Cli.Training;

namespace LossKata.Cli.Commands;

/// <summary>
/// <c>train</c>: the tutorial's experiment, a 784-200-200-10 ReLU network trained with SGD on MNIST, printing the
/// tutorial's progress and test lines. By default it trains the reference solutions on the shipped subset.
/// </summary>
public sealed class TrainCommand : LossKataCommand
{
    private readonly Func<MnistSource> fullMnist;
    private readonly TrainingOptions options = new();

    public TrainCommand()
        : this(MnistSource.Published)
    {
    }

    /// <summary>A command whose <c>--data mnist</c> fetches <paramref name="fullMnist"/>'s files (tests serve small ones).</summary>
    internal TrainCommand(Func<MnistSource> fullMnist)
        : base("train", "train the 784-200-200-10 network on MNIST (the tutorial's experiment)", """
            Trains a 784-200-200-10 ReLU network with SGD and reports the test loss and accuracy after every epoch.
            The defaults are the tutorial's: Kaiming init, cross-entropy on the logits, lr 0.01, batch 200, 10 epochs,
            inputs normalised with mean 0.1307 and std 0.3081, on the 8,000/2,000-digit subset in data/.

            Examples:
              train
              train --final-relu --seed 3
              train --init randn --final-relu
              train --data mnist --epochs 10
              train --data ~/mnist --plot curves.png
            """)
    {
        this.fullMnist = fullMnist;
        foreach (var option in options.All)
        {
            Options.Add(option);
        }
    }

    protected override int Execute(ParseResult parsed)
    {
        var settings = options.Read(parsed);
        var source = settings.DownloadsMnist ? fullMnist() : null;
        string dataFolder;
        TrainingRun run;
        try
        {
            dataFolder = source is not null
                ? new MnistDownload(source, settings.MirrorsToTry).Ensure()
                : settings.DataFolder ?? Mnist.DefaultFolder();
            if (settings.Exercises && !Implementations.AreExercises)
            {
                // The learner's program is given the folder, so full MNIST is downloaded (or found) only here.
                return ExercisesProgram.Train(["--data", dataFolder, .. settings.ForwardedArguments]);
            }

            run = Implementations.Create(settings, dataFolder);
        }
        catch (MnistDownloadException failed)
        {
            Console.Error.WriteLine($"Cannot download MNIST: {failed.Message}");
            Console.Error.WriteLine(
                $"Nothing partial was kept in {source!.Folder}. Try again later, name another mirror with --mirror URL, or download the four files yourself and pass --data DIR.");
            return 1;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            Console.Error.WriteLine($"Cannot read MNIST: {exception.Message}");
            return 1;
        }
        catch (NotImplementedException notStarted)
        {
            ReportNotStarted(notStarted);
            return 1;
        }

        try
        {
            return Train(settings, dataFolder, run);
        }
        catch (NotImplementedException notStarted)
        {
            Console.Error.WriteLine();
            ReportNotStarted(notStarted);
            return 1;
        }
    }

    /// <summary>Your network is trained from your own levels 5–8: says which stub stopped it.</summary>
    private static void ReportNotStarted(NotImplementedException notStarted)
    {
        Console.Error.WriteLine($"Your network cannot train yet: {notStarted.Message}");
        Console.Error.WriteLine("--implementation exercises uses your Linear, Relu, Mlp, Init, Sgd and Trainer, and your losses and gradients of levels 5–6;");
        Console.Error.WriteLine("check them with: dotnet test --project tests/LossKata.Tests.Exercises");
    }

    private static int Train(TrainingSettings settings, string dataFolder, TrainingRun run)
    {
        Console.WriteLine(settings.Describe(run.Inputs));
        Console.WriteLine(Invariant($"Data: {run.TrainCount:N0} training and {run.TestCount:N0} test digits from {dataFolder}"));

        var epochs = new List<EpochMetrics>();
        var batchLosses = new List<(double Epoch, double Loss)>();
        var untrained = run.Evaluate();
        epochs.Add(new EpochMetrics(0, null, untrained.AverageLoss, untrained.Accuracy, untrained.Correct, 0, null));
        Console.WriteLine(Invariant($"Before training: test loss {untrained.AverageLoss:F4}, accuracy {untrained.Correct}/{untrained.Count} (ln 10 = {Math.Log(10):F4} is the loss of a uniform guess)"));

        var batchesPerEpoch = (run.TrainCount + settings.BatchSize - 1) / settings.BatchSize;
        string? stoppedBecause = null;
        ConsoleProgress.Show(settings.Epochs * batchesPerEpoch, bar => stoppedBecause = TrainEpochs(settings, run, epochs, batchLosses, bar));
        if (stoppedBecause is not null)
        {
            Console.Error.WriteLine($"Training stopped: {stoppedBecause}");
        }

        var dead = settings.FinalRelu ? run.DeadOutputUnits() : [];
        if (settings.FinalRelu)
        {
            Console.WriteLine(dead.Count == 0
                ? "ReLU on the logits: every output unit still fires on some test digit."
                : Invariant($"ReLU on the logits: {dead.Count} of 10 output units are dead (zero for every test digit): digit(s) {string.Join(", ", dead)} can never be predicted, except by argmax's tie-break to the first index."));
        }

        var last = epochs[^1];
        Console.WriteLine(Invariant($"Final test accuracy: {last.TestAccuracy:F4} ({last.TestCorrect}/{run.TestCount}) after {last.Epoch} epoch(s)."));

        if (settings.MetricsJson is { } metricsPath)
        {
            new RunMetrics(settings.Describe(run.Inputs), dataFolder, run.TrainCount, run.TestCount, settings, epochs,
                [.. batchLosses.Select(b => b.Loss)], dead, stoppedBecause).Save(metricsPath);
            Console.WriteLine($"Metrics written to {metricsPath}");
        }

        if (settings.Plot is { } plotPath)
        {
            Charts.Save(TrainingChart.Draw(settings, epochs, batchLosses), plotPath);
            Console.WriteLine($"Curves drawn to {plotPath}");
        }

        return stoppedBecause is null ? 0 : 1;
    }

    /// <summary>Trains epoch after epoch, printing the tutorial's lines and recording the metrics; the reason when
    /// training stopped early, else null.</summary>
    private static string? TrainEpochs(
        TrainingSettings settings, TrainingRun run, List<EpochMetrics> epochs, List<(double Epoch, double Loss)> batchLosses, ConsoleProgress bar)
    {
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            double trainLoss;
            try
            {
                trainLoss = run.TrainEpoch(batch =>
                {
                    batchLosses.Add((batch.Epoch - 1 + (double)(batch.Batch + 1) / batch.Batches, batch.Loss));
                    if (batch.Batch % settings.LogInterval == 0)
                    {
                        bar.WriteLine(Invariant(
                            $"Train Epoch: {batch.Epoch} [{batch.Seen}/{batch.Total} ({100.0 * batch.Batch / batch.Batches:0}%)]\tLoss: {batch.Loss:F6}"));
                    }

                    bar.Report(((batch.Epoch - 1) * batch.Batches) + batch.Batch + 1, Invariant($"epoch {batch.Epoch}/{settings.Epochs}  loss {batch.Loss:F4}"));
                });
            }
            catch (TrainingStoppedException stopped)
            {
                return stopped.Message;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var test = run.Evaluate();
            var samplesPerSecond = run.TrainCount / seconds;
            epochs.Add(new EpochMetrics(epoch, trainLoss, test.AverageLoss, test.Accuracy, test.Correct, seconds, samplesPerSecond));
            bar.WriteLine(string.Empty);
            bar.WriteLine(Invariant(
                $"Test set: Average loss: {test.AverageLoss:F4}, Accuracy: {test.Correct}/{test.Count} ({100.0 * test.Accuracy:0}%)"));
            bar.WriteLine(Invariant($"(epoch {epoch}: {seconds:F1} s, {samplesPerSecond:N0} samples/s)"));
            bar.WriteLine(string.Empty);
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
