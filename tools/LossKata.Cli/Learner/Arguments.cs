using System.Globalization;

namespace LossKata.Cli.Learner;

/// <summary>A command line split into options (<c>--name value</c>, <c>--flag</c>) and positional words, read with usage errors that name the option.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> arguments, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(argument);
                continue;
            }

            var name = argument[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                options[name[..equals]] = name[(equals + 1)..];
            }
            else if (flags.Contains(name))
            {
                options[name] = null;
            }
            else if (i + 1 < arguments.Count)
            {
                options[name] = arguments[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value.");
            }
        }

        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public bool Flag(string name)
    {
        read.Add(name);
        return options.ContainsKey(name);
    }

    public string? Text(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var value) ? value : null;
    }

    public int? Integer(string name, int minimum)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new UsageException($"--{name} takes a whole number of at least {minimum}, not '{text}'.");
    }

    /// <summary>Fails on any option the command did not read: a misspelt option is an error, not silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = options.Keys.Where(name => !read.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"Unknown option{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown.Select(n => "--" + n))}.");
        }
    }
}
