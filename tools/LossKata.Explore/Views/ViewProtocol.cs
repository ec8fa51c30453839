using System.Text.Json;

namespace LossKata.Explore.Views;

/// <summary>A view to compute and its input, as the server sends it to the learner's program (one JSON line).</summary>
public sealed record ViewRequest(string View, JsonElement Input);

/// <summary>The rows an implementation computed for a request, and what its code printed meanwhile.</summary>
public sealed record ViewAnswer(IReadOnlyList<Row> Rows, string Printed);

/// <summary>How a view is named and computed by whichever implementation this code is compiled against, and how its
/// requests and answers travel as JSON (infinities and NaN included: a learner's NaN must reach the page as NaN).</summary>
public static class ViewProtocol
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static IReadOnlyList<Row> Compute(string view, JsonElement input) => view switch
    {
        LogitsView.Name => LogitsView.Compute(Read<LogitsInput>(input)),
        BinaryView.Name => BinaryView.Compute(Read<BinaryInput>(input)),
        RaceView.Name => RaceView.Compute(Read<RaceInput>(input)),
        EntropyView.Name => EntropyView.Compute(Read<EntropyInput>(input)),
        _ => throw new ArgumentException($"No view is named '{view}'.", nameof(view)),
    };

    private static T Read<T>(JsonElement input) =>
        input.Deserialize<T>(Json) ?? throw new ArgumentException($"The input of a {typeof(T).Name} is null.", nameof(input));
}
