using System.Text.RegularExpressions;

namespace LossKata.Tests.Level7;

/// <summary>
/// A Linear layer's matrix products named by their shapes: X is N×in, W out×in (as PyTorch's weight), G = ∂L/∂Y
/// N×out. When a learner's product has the wrong operands, MathNet throws "Matrix dimensions must agree: op1 is 2x2,
/// op2 is 3x2"; <see cref="Run{T}"/> turns that into a failure that names the shapes, the formula and the operand to
/// transpose. A product is recognised by the shapes of its two operands, and named only if no other fits them.
/// </summary>
internal static partial class LinearShapeMistakes
{
    public static T Run<T>(string call, Linear layer, Matrix<double> input, Matrix<double>? outputGradient, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (ArgumentException thrown) when (Dimensions().Match(thrown.Message) is { Success: true } match)
        {
            var (left, right) = (Shape(match, 1), Shape(match, 3));
            var (n, inFeatures, outFeatures) = (input.RowCount, layer.InFeatures, layer.OutFeatures);
            var fitting = Products(n, inFeatures, outFeatures).Where(product => product.Left == left && product.Right == right).Select(product => product.Mistake).Distinct().ToList();
            var diagnosis = fitting.Count == 1 ? $" {Suspect.Marker} {fitting[0]}." : "";
            Assert.Fail(
                $"{call} with X {n}×{inFeatures}, W {outFeatures}×{inFeatures} (out×in){(outputGradient is null ? "" : $", G {outputGradient.RowCount}×{outputGradient.ColumnCount}")} "
                + $"multiplied a {left.Rows}×{left.Columns} matrix by a {right.Rows}×{right.Columns} one, whose inner sizes differ (MathNet: \"{thrown.Message}\"). "
                + $"The products of Linear: Y = X·Wᵀ + b ({n}×{inFeatures} times {inFeatures}×{outFeatures}), ∂L/∂W = Gᵀ·X ({outFeatures}×{n} times {n}×{inFeatures}), "
                + $"∂L/∂b = column sums of G, ∂L/∂X = G·W ({n}×{outFeatures} times {outFeatures}×{inFeatures}).{diagnosis}");
            return default!;
        }
    }

    /// <summary>The wrong products a learner writes, each with the shapes of its two operands.</summary>
    private static IEnumerable<((int Rows, int Columns) Left, (int Rows, int Columns) Right, string Mistake)> Products(int n, int inFeatures, int outFeatures) =>
    [
        ((n, inFeatures), (outFeatures, inFeatures), "X·W is computed, but W is out×in, so Y = X·Wᵀ + b: the operand to transpose is W (X.TransposeAndMultiply(W))"),
        ((n, outFeatures), (n, inFeatures), "G·X is computed for ∂L/∂W, but ∂L/∂W = Gᵀ·X (out×in, like W): the operand to transpose is G (G.TransposeThisAndMultiply(X))"),
        ((inFeatures, n), (n, outFeatures), "the weight gradient is transposed: Xᵀ·G is in×out, but ∂L/∂W = Gᵀ·X is out×in, like W"),
        ((outFeatures, inFeatures), (inFeatures, outFeatures), "the weight gradient is transposed: Xᵀ·G is in×out, but ∂L/∂W = Gᵀ·X is out×in, like W"),
        ((n, outFeatures), (inFeatures, outFeatures), "G·Wᵀ is computed for ∂L/∂X, but ∂L/∂X = G·W (N×in, like X): W needs no transpose there"),
    ];

    private static (int Rows, int Columns) Shape(Match match, int group) =>
        (int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[group + 1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Matrix dimensions must agree: op1 is (\d+)x(\d+), op2 is (\d+)x(\d+)")]
    private static partial Regex Dimensions();
}
