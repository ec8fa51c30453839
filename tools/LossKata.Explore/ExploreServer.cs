using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using LossKata.Explore.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LossKata.Explore;

/// <summary>What the page asks for the logits view: the logits and the target class.</summary>
public sealed record LogitsRequest(double[] Logits, int Target);

/// <summary>The binary view: the current logit and the label.</summary>
public sealed record BinaryRequest(double Logit, double Label);

/// <summary>The race: where it starts and the learning rate (the label is 1, the step count fixed).</summary>
public sealed record RaceRequest(double Start, double LearningRate);

/// <summary>Entropy and KL: unnormalised weights of p and of q (the server normalises them), and whether in bits.</summary>
public sealed record EntropyRequest(double[] P, double[] Q, bool Bits);

/// <summary>A view as the page draws it: the input computed with (normalised, completed), every row compared, what
/// the learner's code printed, and why the learner's column is empty when it is.</summary>
public sealed record ViewResult(object Input, IReadOnlyList<ComparedRow> Rows, string Printed, string? Unavailable);

/// <summary>Where and how the explorer serves: the repository, the port (0: a free one) and the learner's time limit per request.</summary>
public sealed record ExploreOptions(string Repository, int Port, TimeSpan TimeLimit);

/// <summary>
/// The local web server of <c>losskata explore</c>: ASP.NET Core's minimal APIs on 127.0.0.1 only (nothing is reachable
/// from another machine), serving the page and its script from this assembly and one JSON endpoint per view. Each view
/// is computed in process by the reference and by the learner's <see cref="LearnerProgram"/>, then compared.
/// </summary>
public sealed class ExploreServer : IAsyncDisposable
{
    /// <summary>The binary view's curves: z from −10 to 10 in steps of 0.1.</summary>
    private static readonly double[] CurveLogits = [.. Enumerable.Range(0, 201).Select(i => (i - 100) / 10.0)];

    private const int MaxClasses = 10;
    private const double MaxLogit = 1000;

    private readonly WebApplication app;
    private readonly LearnerProgram learner;

    private ExploreServer(WebApplication app, LearnerProgram learner, Uri address)
    {
        this.app = app;
        this.learner = learner;
        Address = address;
    }

    /// <summary>The page's address, http://127.0.0.1:PORT/.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving (the learner's first build starts in the background) and returns once the port is open.
    /// A port in use fails here with the reason.</summary>
    public static async Task<ExploreServer> Start(ExploreOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.Repository });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        // Only the names of this machine: a page elsewhere that points a name of its own at 127.0.0.1 (DNS rebinding)
        // gets 400, not the learner's code.
        builder.Services.AddHostFiltering(hosts => hosts.AllowedHosts = ["127.0.0.1", "localhost"]);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        var app = builder.Build();
        app.UseHostFiltering();
        var learner = new LearnerProgram(options.Repository, options.TimeLimit);

        foreach (var (path, type) in new[] { ("/", "text/html"), ("/explore.js", "text/javascript"), ("/explore.css", "text/css") })
        {
            var content = Page(path == "/" ? "index.html" : path[1..]);
            app.MapGet(path, () => Results.Text(content, type + "; charset=utf-8"));
        }

        app.MapGet("/api/learner", () => learner.Status());
        app.MapPost("/api/logits", (LogitsRequest request, CancellationToken cancellation) => Logits(learner, request, cancellation));
        app.MapPost("/api/binary", (BinaryRequest request, CancellationToken cancellation) => Binary(learner, request, cancellation));
        app.MapPost("/api/race", (RaceRequest request, CancellationToken cancellation) => Race(learner, request, cancellation));
        app.MapPost("/api/entropy", (EntropyRequest request, CancellationToken cancellation) => Entropy(learner, request, cancellation));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        learner.Status();
        return new ExploreServer(app, learner, new Uri(address + "/"));
    }

    /// <summary>Serves until <paramref name="stop"/> fires (Ctrl+C in the command).</summary>
    public async Task WaitUntil(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        learner.Dispose();
    }

    private static Task<IResult> Logits(LearnerProgram learner, LogitsRequest request, CancellationToken cancellation)
    {
        if (request.Logits is not { Length: >= 2 and <= MaxClasses } logits || !logits.All(z => Math.Abs(z) <= MaxLogit))
        {
            return Problem($"logits: give 2 to {MaxClasses} numbers within ±{MaxLogit}.");
        }

        if (request.Target < 0 || request.Target >= logits.Length)
        {
            return Problem($"target {request.Target}: a class in [0, {logits.Length}).");
        }

        var vector = Vector<double>.Build.DenseOfArray(logits);
        var input = new LogitsInput(logits, request.Target, Activations.Softmax(vector).ToArray(), Activations.LogSoftmax(vector).ToArray());
        return Compare(learner, LogitsView.Name, input, LogitsView.Compute(input), rows => rows, cancellation);
    }

    private static Task<IResult> Binary(LearnerProgram learner, BinaryRequest request, CancellationToken cancellation)
    {
        if (!(Math.Abs(request.Logit) <= MaxLogit) || !(request.Label is >= 0 and <= 1))
        {
            return Problem($"logit within ±{MaxLogit} and label in [0, 1], please.");
        }

        // The current logit first, then the curve.
        double[] logits = [request.Logit, .. CurveLogits];
        var input = new BinaryInput(logits, request.Label, [.. logits.Select(Activations.Sigmoid)]);
        return Compare(learner, BinaryView.Name, input, BinaryView.Compute(input), rows => rows, cancellation);
    }

    private static Task<IResult> Race(LearnerProgram learner, RaceRequest request, CancellationToken cancellation)
    {
        if (!(Math.Abs(request.Start) <= 20) || !(request.LearningRate is > 0 and <= 100))
        {
            return Problem("start within ±20 and a learning rate in (0, 100], please.");
        }

        var input = Derived.Level6Race with { Start = request.Start, LearningRate = request.LearningRate };
        return Compare(learner, RaceView.Name, input, RaceView.Compute(input), rows => Derived.Race(rows, input.Label), cancellation);
    }

    private static Task<IResult> Entropy(LearnerProgram learner, EntropyRequest request, CancellationToken cancellation)
    {
        if (Normalise(request.P) is not { } p || Normalise(request.Q) is not { } q || p.Length != q.Length)
        {
            return Problem("p and q: the same number (2 to 10) of weights, each finite and at least 0, not all 0.");
        }

        var input = new EntropyInput(p, q, request.Bits ? 2 : Math.E);
        return Compare(learner, EntropyView.Name, input, EntropyView.Compute(input), Derived.Entropy, cancellation);
    }

    /// <summary>The reference's rows beside the learner's for the same input, after both get the same derived rows.</summary>
    private static async Task<IResult> Compare<TInput>(
        LearnerProgram learner, string view, TInput input, IReadOnlyList<Row> reference, Func<IReadOnlyList<Row>, IReadOnlyList<Row>> derive, CancellationToken cancellation)
        where TInput : notnull
    {
        var yours = await learner.Compute(view, input, cancellation);
        var rows = Comparison.Compare(derive(reference), yours.Rows is null ? null : derive(yours.Rows), yours.Unavailable);
        return Results.Ok(new ViewResult(input, rows, yours.Printed, yours.Unavailable));
    }

    private static double[]? Normalise(double[]? weights)
    {
        if (weights is not { Length: >= 2 and <= MaxClasses } || !weights.All(w => w >= 0 && double.IsFinite(w)) || weights.Sum() <= 0)
        {
            return null;
        }

        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }

    private static Task<IResult> Problem(string message) => Task.FromResult(Results.BadRequest(new { problem = message }));

    private static string Page(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"The page's file {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
