using System.Diagnostics;
using System.Globalization;
using LossKata.Cli.Plotting;
using LossKata.Cli.Training;

namespace LossKata.Cli.Commands;

/// <summary>
/// <c>train</c>: the tutorial's experiment, a 784-200-200-10 ReLU network trained with SGD on MNIST, printing the
/// tutorial's progress and test lines. By default it trains the reference solutions on the shipped subset.
/// </summary>
public sealed class TrainCommand : ICommand
{
    private readonly Func<MnistSource> fullMnist;

    public TrainCommand()
        : this(MnistSource.Published)
    {
    }

    /// <summary>A command whose <c>--data mnist</c> fetches <paramref name="fullMnist"/>'s files (tests serve small ones).</summary>
    internal TrainCommand(Func<MnistSource> fullMnist) => this.fullMnist = fullMnist;

    public string Name => "train";

    public string Summary => "train the 784-200-200-10 network on MNIST (the tutorial's experiment)";

    public string Usage => """
        usage: train [options]

        Trains a 784-200-200-10 ReLU network with SGD and reports the test loss and accuracy after every epoch.
        The defaults are the tutorial's: Kaiming init, cross-entropy on the logits, lr 0.01, batch 200, 10 epochs,
        inputs normalised with mean 0.1307 and std 0.3081, on the 8,000/2,000-digit subset in data/.

          --data DIR              a folder with the MNIST IDX files (train-images-idx3-ubyte[.gz], ...; default: data/)
          --data mnist            full MNIST (60,000/10,000 digits): downloaded once into the cache folder
                                  ($LOSSKATA_CACHE, else ~/.cache/losskata), each file checked against its MD5
          --mirror URL            where --data mnist downloads from; repeat to try several in order
                                  (default: torchvision's mirrors, then TensorFlow's)
          --epochs N              passes over the training set (10)
          --batch-size N          samples per mini-batch (200)
          --lr X                  SGD learning rate (0.01)
          --seed N                seeds the initial weights and the shuffling (1)
          --init kaiming|randn    Kaiming normal, or the standard normal of torch.randn (kaiming)
          --final-relu            apply ReLU to the logits too, as the tutorial's code does (off)
          --loss ce|mse           cross-entropy, or MSE between softmax and one-hot targets (ce)
          --implementation solutions|exercises
                                  train the reference network, or your own from exercises/, which is
                                  built and run as tools/LossKata.Cli.Exercises (solutions)
          --log-interval N        print a progress line every N batches (10)
          --metrics-json FILE     write per-epoch loss, accuracy, seconds and samples/s as JSON
          --plot FILE             draw the loss and accuracy curves (.svg or .png)

        examples:
          train
          train --final-relu --seed 3
          train --init randn --final-relu
          train --data mnist --epochs 10
          train --data ~/mnist --plot curves.png
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var settings = TrainingSettings.Parse(arguments);
        var source = settings.DownloadsMnist ? fullMnist() : null;
        string dataFolder;
        TrainingRun run;
        try
        {
            dataFolder = source is not null
                ? new MnistDownload(source, settings.MirrorsToTry).Ensure()
                : settings.DataFolder ?? Implementations.DefaultDataFolder();
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

        string? stoppedBecause = null;
        var batchesPerEpoch = (run.TrainCount + settings.BatchSize - 1) / settings.BatchSize;
        var bar = new ProgressBar(settings.Epochs * batchesPerEpoch);
        for (var epoch = 1; epoch <= settings.Epochs && stoppedBecause is null; epoch++)
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

                    bar.Show(((batch.Epoch - 1) * batch.Batches) + batch.Batch + 1, Invariant($"epoch {batch.Epoch}/{settings.Epochs}  loss {batch.Loss:F4}"));
                });
            }
            catch (TrainingStoppedException stopped)
            {
                bar.Clear();
                stoppedBecause = stopped.Message;
                Console.Error.WriteLine($"Training stopped: {stopped.Message}");
                break;
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

        bar.Clear();
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
            TrainingChart.Draw(settings, epochs, batchLosses).Save(plotPath);
            Console.WriteLine($"Curves drawn to {plotPath}");
        }

        return stoppedBecause is null ? 0 : 1;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
