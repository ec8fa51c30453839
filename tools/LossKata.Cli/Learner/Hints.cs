using System.Text.Json;
using LossKata.Course;

namespace LossKata.Cli.Learner;

/// <summary>
/// Progressive hints, kept beside each exercise as <c>exercises/LevelN_Topic/&lt;Exercise&gt;.hints.md</c>: every
/// <c>## </c> heading starts one hint, from a gentle nudge to nearly the answer. How many a learner has seen is kept
/// in .losskata/hints.json, so each <c>hint</c> shows one more.
/// </summary>
public sealed class Hints(string root)
{
    private readonly string progressFile = Path.Combine(Repository.StateFolder(root), "hints.json");

    /// <summary>The hints of a hints file, in order: each a heading and its text.</summary>
    public static IReadOnlyList<(string Title, string Text)> Parse(string markdown)
    {
        var hints = new List<(string Title, List<string> Lines)>();
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                hints.Add((line[3..].Trim(), []));
            }
            else if (hints.Count > 0)
            {
                hints[^1].Lines.Add(line);
            }
        }

        return hints.Select(h => (h.Title, string.Join('\n', h.Lines).Trim())).ToList();
    }

    /// <summary>How many hints of the exercise the learner has seen.</summary>
    public int Seen(string exerciseId) => Load().GetValueOrDefault(exerciseId);

    /// <summary>Records that one more hint has been seen (at most <paramref name="available"/>) and returns how many now are.</summary>
    public int ShowOneMore(string exerciseId, int available)
    {
        var progress = Load();
        var seen = Math.Min(progress.GetValueOrDefault(exerciseId) + 1, available);
        progress[exerciseId] = seen;
        Save(progress);
        return seen;
    }

    /// <summary>Forgets the hints seen, of one exercise or (null) of all.</summary>
    public void Reset(string? exerciseId)
    {
        var progress = Load();
        if (exerciseId is null)
        {
            progress.Clear();
        }
        else
        {
            progress.Remove(exerciseId);
        }

        Save(progress);
    }

    private Dictionary<string, int> Load() =>
        File.Exists(progressFile)
            ? JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(progressFile)) ?? []
            : [];

    private void Save(Dictionary<string, int> progress)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(progressFile)!);
        File.WriteAllText(progressFile, JsonSerializer.Serialize(progress, new JsonSerializerOptions { WriteIndented = true }));
    }
}
