using System.Text;

namespace LossKata.Cli.Learner;

/// <summary>
/// Maths written for GitHub (inline <c>$`…`$</c>, display <c>```math</c> blocks) as text a terminal shows readably:
/// the delimiters go, a display block becomes indented lines, and the LaTeX the hints use becomes Unicode —
/// <c>\frac{a}{b}</c> → a/b, <c>\sum_i p_i \log p_i</c> → Σᵢ pᵢ log pᵢ, <c>e^{-z}</c> → e⁻ᶻ, <c>W^\top</c> → Wᵀ,
/// <c>\mathrm{softmax}</c> → softmax, Greek letters and relations as their symbols. A sub- or superscript with a
/// character Unicode has no small form for stays readable as <c>z_y</c> or <c>e^(z - m)</c>.
/// </summary>
public static class TerminalMaths
{
    private const string InlineOpen = "$`";
    private const string InlineClose = "`$";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["eta"] = "η", ["theta"] = "θ", ["lambda"] = "λ", ["mu"] = "μ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["phi"] = "φ", ["psi"] = "ψ", ["omega"] = "ω", ["Delta"] = "Δ", ["Sigma"] = "Σ", ["Pi"] = "Π",
        ["ell"] = "ℓ", ["nabla"] = "∇", ["partial"] = "∂", ["infty"] = "∞",
        ["sum"] = "Σ", ["prod"] = "Π", ["cdot"] = "·", ["times"] = "×", ["pm"] = "±",
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["approx"] = "≈",
        ["in"] = "∈", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["mapsto"] = "↦",
        ["dots"] = "…", ["ldots"] = "…", ["cdots"] = "⋯", ["top"] = "ᵀ", ["mid"] = "|", ["lvert"] = "|", ["rvert"] = "|",
        ["lVert"] = "‖", ["rVert"] = "‖", ["quad"] = " ", ["qquad"] = " ",
    };

    /// <summary>Commands whose one argument is shown as it is: fonts and words.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "mathrm", "text", "textrm", "operatorname", "mathbf", "mathit", "mathsf", "boldsymbol", "mathcal",
    };

    /// <summary>Spacing and sizing commands that print nothing themselves.</summary>
    private static readonly HashSet<string> Silent = new(StringComparer.Ordinal) { "left", "right", "big", "Big", "bigl", "bigr", "displaystyle" };

    private static readonly Dictionary<char, char> Subscripts = Pairs("0123456789+-=()aehijklmnoprstuvxβγρφχ", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ");

    private static readonly Dictionary<char, char> Superscripts = Pairs(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWᵀ",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵀ");

    /// <summary>Markdown with its maths made readable in a terminal; everything else is left as it is.</summary>
    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = new List<string>();
        var inBlock = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var fence = line.Trim();
            if (!inBlock && fence == "```math")
            {
                inBlock = true;
            }
            else if (inBlock && fence == "```")
            {
                inBlock = false;
            }
            else
            {
                lines.Add(inBlock ? "    " + Latex(line.Trim()) : Inline(line));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>One LaTeX formula as Unicode text.</summary>
    public static string Latex(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var text = new Formula(formula).Read(stopAt: null);
        while (text.Contains("  ", StringComparison.Ordinal))
        {
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static string Inline(string line)
    {
        var text = new StringBuilder();
        var at = 0;
        while (true)
        {
            var open = line.IndexOf(InlineOpen, at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : line.IndexOf(InlineClose, open + InlineOpen.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                return text.Append(line, at, line.Length - at).ToString();
            }

            text.Append(line, at, open - at).Append(Latex(line[(open + InlineOpen.Length)..close]));
            at = close + InlineClose.Length;
        }
    }

    private static Dictionary<char, char> Pairs(string from, string to) =>
        from.Zip(to).GroupBy(pair => pair.First).ToDictionary(group => group.Key, group => group.First().Second);

    /// <summary>A reader over one formula: commands, groups in braces, sub- and superscripts.</summary>
    private sealed class Formula(string source)
    {
        private int position;

        /// <summary>Reads up to the end, or up to the closing brace <paramref name="stopAt"/> (consumed).</summary>
        public string Read(char? stopAt)
        {
            var text = new StringBuilder();
            while (position < source.Length)
            {
                var character = source[position++];
                switch (character)
                {
                    case '}' when stopAt == '}':
                        return text.ToString();
                    case '{':
                        text.Append(Read('}'));
                        break;
                    case '\\':
                        text.Append(Command());
                        break;
                    case '_':
                        text.Append(Script(Subscripts, "_"));
                        break;
                    case '^':
                        text.Append(Script(Superscripts, "^"));
                        break;
                    default:
                        text.Append(character);
                        break;
                }
            }

            return text.ToString();
        }

        private string Command()
        {
            if (position >= source.Length)
            {
                return "\\";
            }

            if (!char.IsAsciiLetter(source[position]))
            {
                var escaped = source[position++];
                return escaped switch
                {
                    ',' or ';' or ':' or ' ' => " ",
                    '!' => string.Empty,
                    '|' => "‖",
                    _ => escaped.ToString(),
                };
            }

            var start = position;
            while (position < source.Length && char.IsAsciiLetter(source[position]))
            {
                position++;
            }

            var name = source[start..position];
            if (name == "frac")
            {
                var numerator = Argument();
                var denominator = Argument();
                return $"{Parenthesised(numerator)}/{Parenthesised(denominator)}";
            }

            if (name == "sqrt")
            {
                return "√" + Parenthesised(Argument());
            }

            if (Words.Contains(name))
            {
                return Argument();
            }

            if (Silent.Contains(name))
            {
                return string.Empty;
            }

            // \log, \ln, \max and other operator names read as their names.
            return Symbols.GetValueOrDefault(name) ?? name;
        }

        /// <summary>A command's argument: a group in braces, or one command or character.</summary>
        private string Argument()
        {
            while (position < source.Length && source[position] == ' ')
            {
                position++;
            }

            if (position >= source.Length)
            {
                return string.Empty;
            }

            var character = source[position++];
            return character switch
            {
                '{' => Read('}'),
                '\\' => Command(),
                _ => character.ToString(),
            };
        }

        private string Script(Dictionary<char, char> small, string mark)
        {
            var argument = Argument().Trim();
            if (argument.Length > 0 && argument.All(small.ContainsKey))
            {
                return string.Concat(argument.Select(character => small[character]));
            }

            // Spaces around an operator (e^{n + 1}) need no small form of their own.
            var compact = argument.Replace(" ", string.Empty, StringComparison.Ordinal);
            return compact.Length > 0 && compact.All(small.ContainsKey)
                ? string.Concat(compact.Select(character => small[character]))
                : mark + Parenthesised(argument);
        }

        /// <summary>A term as it reads after / or √ or ^: bare when it is one symbol or word, else in parentheses.</summary>
        private static string Parenthesised(string term) =>
            term.All(character => char.IsLetterOrDigit(character) || character is '.' or '\'' or '′') ? term : $"({term})";
    }
}
