using System.Net.Http.Json;

namespace LossKata.Explore.Tests;

/// <summary>
/// The explorer serving a copy of the repository whose exercises/ are the shipped stubs except for four mistakes a
/// learner makes: a softmax normalised by its largest exponential instead of the sum (which also prints a line), an
/// MSE whose shape check compares rows with columns (it throws), an entropy loop that forgets to advance (it never
/// ends) and a sigmoid that calls itself with z instead of −z (its stack overflows, which ends the process). Its learner program is
/// built once for every test of the class, which waits for it.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>How long the learner's code may take per view: short, as one view of these tests never ends.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(3);

    /// <summary>The copy's learner program builds exercises/ and its project from nothing: minutes on a loaded machine.</summary>
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(8);

    private const string WrongSoftmax = """
        namespace LossKata;

        public static partial class Activations
        {
            public static Vector<double> Softmax(Vector<double> z)
            {
                Console.WriteLine($"softmax of {z.Count} logits");
                var exponentials = z.Map(Math.Exp);
                return exponentials / exponentials.Maximum();
            }

            public static Matrix<double> Softmax(Matrix<double> logits) =>
                Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
        }
        """;

    private const string ThrowingMse = """
        namespace LossKata;

        public static partial class Losses
        {
            public static double MseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
            {
                if (predictions.RowCount != targets.ColumnCount)
                {
                    throw new ArgumentException($"predictions has {predictions.RowCount} rows but targets has {targets.ColumnCount} columns", nameof(targets));
                }

                return (predictions - targets).PointwisePower(2).Enumerate().Average();
            }
        }
        """;

    private const string EndlessEntropy = """
        namespace LossKata;

        public static partial class Information
        {
            public static double Entropy(Vector<double> p, double logBase = Math.E)
            {
                var nats = 0.0;
                var i = 0;
                while (i < p.Count)
                {
                    if (p[i] > 0)
                    {
                        nats -= p[i] * Math.Log(p[i]);
                    }
                }

                return nats / Math.Log(logBase);
            }
        }
        """;

    private const string RecursiveSigmoid = """
        namespace LossKata;

        public static partial class Activations
        {
            public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : 1 - Sigmoid(z);
        }
        """;

    private ExploreServer? server;

    /// <summary>The copy of the repository the explorer serves.</summary>
    public string Repository { get; } = Path.Combine(Path.GetTempPath(), "losskata-explore-" + Guid.NewGuid().ToString("N")[..8]);

    public Uri Address => server?.Address ?? throw new InvalidOperationException("The explorer has not started.");

    public async ValueTask InitializeAsync()
    {
        RepositoryCopy.Make(LossKata.Course.Repository.Find(), Repository);
        await File.WriteAllTextAsync(Path.Combine(Repository, "exercises", "Level4_Softmax", "Softmax.cs"), WrongSoftmax);
        await File.WriteAllTextAsync(Path.Combine(Repository, "exercises", "Level5_NllAndCrossEntropy", "MseLoss.cs"), ThrowingMse);
        await File.WriteAllTextAsync(Path.Combine(Repository, "exercises", "Level1_Entropy", "Entropy.cs"), EndlessEntropy);
        await File.WriteAllTextAsync(Path.Combine(Repository, "exercises", "Level4_Softmax", "Sigmoid.cs"), RecursiveSigmoid);
        server = await ExploreServer.Start(new ExploreOptions(Repository, Port: 0, TimeLimit));
        await WaitUntilBuilt();
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(Repository, recursive: true);
    }

    private async Task WaitUntilBuilt()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + BuildLimit;
        while (true)
        {
            var status = await http.GetFromJsonAsync<LearnerStatus>("api/learner");
            if (status!.State != "building")
            {
                status.State.Should().Be("ready", "the copy's exercises compile (the compiler said: {0})", status.Message);
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The learner program of {Repository} was not built within {BuildLimit.TotalMinutes} minutes.");
            }

            await Task.Delay(500);
        }
    }
}
