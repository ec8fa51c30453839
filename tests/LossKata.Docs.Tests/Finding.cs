namespace LossKata.Docs.Tests;

/// <summary>One problem in a Markdown file, as a test failure names it: <c>file:line: problem</c>.</summary>
public sealed record Finding(string File, int Line, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Problem}";
}
