using System.Numerics;
using System.Runtime.CompilerServices;
using FluentAssertions.Execution;
using FsCheck.Xunit;
using LossKata.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace LossKata.LinearAlgebra.Tests;

/// <summary>
/// The SIMD provider of common/LinearAlgebra against MathNet's managed provider, which stays the reference.
/// Tolerance of the products: every element of α·op(A)·op(B) + β·C is a sum of k products; any summation order has
/// a rounding error of at most γₖ·Σ|terms| with γₖ ≈ k·u (u = 2⁻⁵³ for double, 2⁻²⁴ for float; Higham, Accuracy and
/// Stability, §3.1), so two orders differ by at most 2·k·u·Σ|terms|. For the depths here (k ≤ 600) that is
/// ≤ 1.4e-13 of Σ|terms| in double, inside the 1e-12 the provider promises, while an indexing mistake is of the
/// order of the terms themselves. The pointwise operations do the same IEEE operation on each element as MathNet
/// and must agree bit for bit.
/// </summary>
public sealed class LinearAlgebraProviderTests
{
    private static readonly ManagedLinearAlgebraProvider Managed = ManagedLinearAlgebraProvider.Instance;

    private static readonly SimdWidth[] Widths = [SimdWidth.Bits512, SimdWidth.Bits256, SimdWidth.Bits128];

    /// <summary>(rows, columns, depth) of op(A)·op(B): degenerate, smaller than one register tile, ragged edges,
    /// more rows than a packed block (256), depths beyond a packed block (256 doubles, 512 floats), more columns
    /// than a packed block (1020), and products large enough to be split across cores by columns and by rows.</summary>
    private static readonly (int Rows, int Columns, int Depth)[] Shapes =
        [(1, 1, 1), (3, 5, 7), (17, 33, 9), (37, 200, 101), (300, 37, 128), (40, 30, 600), (9, 1030, 3), (203, 211, 257)];

    public static TheoryData<SimdWidth, Transpose, Transpose> WidthsAndTransposes()
    {
        var data = new TheoryData<SimdWidth, Transpose, Transpose>();
        foreach (var width in Widths)
        {
            foreach (var a in new[] { Transpose.DontTranspose, Transpose.Transpose })
            {
                foreach (var b in new[] { Transpose.DontTranspose, Transpose.Transpose })
                {
                    data.Add(width, a, b);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WidthsAndTransposes))]
    public void Double_products_with_any_transposes_alpha_and_beta_agree_with_the_managed_provider(SimdWidth width, Transpose transposeA, Transpose transposeB)
    {
        var provider = SimdLinearAlgebra.Create(width);
        foreach (var (rows, columns, depth) in Shapes)
        {
            foreach (var (alpha, beta) in new[] { (1.0, 0.0), (0.7, -1.3), (-2.5, 1.0) })
            {
                var product = new Product<double>(rows, columns, depth, transposeA, transposeB, alpha, beta, seed: rows + columns + depth);
                product.Check(provider, Managed, relativeRounding: Math.ScaleB(1, -53));
            }
        }
    }

    [Theory]
    [MemberData(nameof(WidthsAndTransposes))]
    public void Float_products_with_any_transposes_alpha_and_beta_agree_with_the_managed_provider(SimdWidth width, Transpose transposeA, Transpose transposeB)
    {
        var provider = SimdLinearAlgebra.Create(width);
        foreach (var (rows, columns, depth) in Shapes)
        {
            var product = new Product<float>(rows, columns, depth, transposeA, transposeB, 0.7f, -1.3f, seed: rows * columns);
            product.Check(provider, Managed, relativeRounding: Math.ScaleB(1, -24));
        }
    }

    [Property(MaxTest = 200)]
    public void Random_small_products_agree_with_the_managed_provider(byte rows, byte columns, byte depth, bool transposeA, bool transposeB, int seed)
    {
        // Sizes 1–48 cover every remainder of the 16-row × 6-column register tile of the 512-bit kernel.
        var product = new Product<double>(
            (rows % 48) + 1, (columns % 48) + 1, (depth % 48) + 1,
            transposeA ? Transpose.Transpose : Transpose.DontTranspose,
            transposeB ? Transpose.Transpose : Transpose.DontTranspose,
            alpha: 1.5, beta: 0.5, seed);
        product.Check(SimdLinearAlgebra.Create(), Managed, relativeRounding: Math.ScaleB(1, -53));
    }

    [Fact]
    public void Beta_zero_overwrites_the_result_even_where_it_held_NaN_as_MathNet_does()
    {
        var c = new[] { double.NaN, double.NaN, double.NaN, double.NaN };
        SimdLinearAlgebra.Create().MatrixMultiplyWithUpdate(
            Transpose.DontTranspose, Transpose.DontTranspose, 1.0, [1, 2, 3, 4], 2, 2, [1, 0, 0, 1], 2, 2, 0.0, c);

        // [1 3; 2 4] (column-major 1, 2, 3, 4) times the identity is itself; the NaNs must not leak in through 0·NaN.
        c.Should().Equal([1.0, 2, 3, 4], "beta = 0 means 'ignore what c held', the BLAS and MathNet convention");
    }

    [Fact]
    public void Alpha_zero_only_scales_the_result_by_beta()
    {
        var c = new[] { 1.0, -2, 3, 4 };
        SimdLinearAlgebra.Create().MatrixMultiplyWithUpdate(
            Transpose.DontTranspose, Transpose.DontTranspose, 0.0, [double.NaN, 1, 1, 1], 2, 2, [1, 1, 1, 1], 2, 2, 2.0, c);

        c.Should().Equal([2.0, -4, 6, 8], "with alpha = 0 the product is skipped, so even a NaN in a does not reach c");
    }

    [Fact]
    public void The_plain_multiply_agrees_with_the_managed_provider()
    {
        var random = new Random(3);
        var x = RandomArray<double>(random, 45 * 19);
        var y = RandomArray<double>(random, 19 * 23);
        var expected = new double[45 * 23];
        var actual = new double[45 * 23];
        Managed.MatrixMultiply(x, 45, 19, y, 19, 23, expected);
        SimdLinearAlgebra.Create().MatrixMultiply(x, 45, 19, y, 19, 23, actual);

        // 19 terms per element: 2·19·2⁻⁵³ ≈ 4.2e-15 of Σ|terms|, which is below 19 (entries are in [−1, 1]).
        actual.Zip(expected).Should().OnlyContain(
            pair => Math.Abs(pair.First - pair.Second) <= 19 * 2 * 19 * Math.ScaleB(1, -53),
            "the same sums in a different order differ only by rounding");
    }

    [Theory]
    [InlineData(4, 3, 4, 3, 12, "b")]
    [InlineData(4, 3, 3, 4, 12, "c")]
    [InlineData(4, 4, 4, 3, 12, "a")]
    public void Products_of_mismatched_sizes_throw_naming_the_argument(int rowsA, int columnsA, int rowsB, int columnsB, int lengthC, string argument)
    {
        var act = () => SimdLinearAlgebra.Create().MatrixMultiplyWithUpdate(
            Transpose.DontTranspose, Transpose.DontTranspose, 1.0, new double[12], rowsA, columnsA, new double[12], rowsB, columnsB, 0.0, new double[lengthC]);

        act.Should().Throw<ArgumentOutOfRangeException>("MathNet's managed provider throws this too")
            .Which.ParamName.Should().Be(argument);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(33)]
    [InlineData(1001)]
    public void Pointwise_arithmetic_agrees_with_the_managed_provider_bit_for_bit(int length)
    {
        // Lengths around the SIMD width (4 doubles, 8 floats) exercise the vector loop and its scalar tail.
        var random = new Random(length);
        PointwiseCheck(RandomArray<double>(random, length), RandomArray<double>(random, length), 0.37);
        PointwiseCheck(RandomArray<float>(random, length), RandomArray<float>(random, length), -1.7f);
    }

    [Fact]
    public void Pointwise_arithmetic_on_arrays_of_different_lengths_throws()
    {
        var act = () => SimdLinearAlgebra.Create().AddArrays(new double[3], new double[4], new double[3]);

        act.Should().Throw<ArgumentException>().WithMessage("*same length*x has 3, y has 4*");
    }

    [Fact]
    public void The_provider_is_active_unless_the_environment_asks_for_the_managed_one()
    {
        // Loading the LossKata assembly (the one with the exercises) is what switches the provider.
        RuntimeHelpers.RunModuleConstructor(typeof(Guard).Module.ModuleHandle);

        SimdLinearAlgebra.IsActive.Should().Be(
            !SimdLinearAlgebra.ManagedRequested,
            $"plain MathNet code gets the fast provider without a set-up call, and {SimdLinearAlgebra.ProviderVariable}=managed opts out");
    }

    [Fact]
    public void An_unknown_provider_name_keeps_the_fast_provider_with_a_warning_instead_of_stopping_the_run()
    {
        var before = Environment.GetEnvironmentVariable(SimdLinearAlgebra.ProviderVariable);
        var error = Console.Error;
        using var warning = new StringWriter();
        try
        {
            Environment.SetEnvironmentVariable(SimdLinearAlgebra.ProviderVariable, "bogus");
            Console.SetError(warning);

            SimdLinearAlgebra.ActivateUnlessManagedRequested();

            SimdLinearAlgebra.IsActive.Should().BeTrue("a typo in the variable falls back to the default provider");
            warning.ToString().Should().Contain("'bogus'").And.Contain("using simd");
        }
        finally
        {
            Console.SetError(error);
            Environment.SetEnvironmentVariable(SimdLinearAlgebra.ProviderVariable, before);
        }
    }

    [Fact]
    public void Plain_MathNet_products_go_through_the_active_provider()
    {
        var random = new Random(5);
        var x = Matrix<double>.Build.Dense(20, 30, (_, _) => random.NextDouble());
        var w = Matrix<double>.Build.Dense(10, 30, (_, _) => random.NextDouble());
        var expected = new double[20 * 10];
        Managed.MatrixMultiplyWithUpdate(
            Transpose.DontTranspose, Transpose.Transpose, 1.0, x.ToColumnMajorArray(), 20, 30, w.ToColumnMajorArray(), 10, 30, 0.0, expected);

        // 30 terms in [0, 1] per element: 2·30·2⁻⁵³·30 ≈ 2e-13 absolute at most.
        x.TransposeAndMultiply(w).ToColumnMajorArray().Zip(expected).Should().OnlyContain(
            pair => Math.Abs(pair.First - pair.Second) <= 2e-13, "X·Wᵀ is the same product whichever provider computes it");
    }

    private static void PointwiseCheck<T>(T[] x, T[] y, T alpha)
        where T : struct, IFloatingPointIeee754<T>
    {
        var simd = (ILinearAlgebraProvider<T>)SimdLinearAlgebra.Create();
        var managed = (ILinearAlgebraProvider<T>)(ILinearAlgebraProvider)Managed;
        foreach (var (name, operation) in new (string, Action<ILinearAlgebraProvider<T>, T[]>)[]
                 {
                     ("AddArrays", (p, r) => p.AddArrays(x, y, r)),
                     ("SubtractArrays", (p, r) => p.SubtractArrays(x, y, r)),
                     ("PointWiseMultiplyArrays", (p, r) => p.PointWiseMultiplyArrays(x, y, r)),
                     ("ScaleArray", (p, r) => p.ScaleArray(alpha, x, r)),
                     ("ScaleArray by 0", (p, r) => p.ScaleArray(T.Zero, x, r)),
                     ("AddVectorToScaledVector", (p, r) => p.AddVectorToScaledVector(y, alpha, x, r)),
                     ("AddVectorToScaledVector by 0", (p, r) => p.AddVectorToScaledVector(y, T.Zero, x, r)),
                 })
        {
            var expected = new T[x.Length];
            var actual = new T[x.Length];
            operation(managed, expected);
            operation(simd, actual);
            actual.Should().Equal(expected, $"{name} on {typeof(T).Name} does one IEEE operation per element, as MathNet's loop does");
        }
    }

    private static T[] RandomArray<T>(Random random, int length)
        where T : struct, IFloatingPointIeee754<T> =>
        Enumerable.Range(0, length).Select(_ => T.CreateChecked((2 * random.NextDouble()) - 1)).ToArray();

    /// <summary>One product c = α·op(a)·op(b) + β·c on random entries in [−1, 1].</summary>
    private sealed class Product<T>
        where T : struct, IFloatingPointIeee754<T>
    {
        private readonly int rows, columns, depth;
        private readonly Transpose transposeA, transposeB;
        private readonly T alpha, beta;
        private readonly T[] a, b, c;

        public Product(int rows, int columns, int depth, Transpose transposeA, Transpose transposeB, T alpha, T beta, int seed)
        {
            (this.rows, this.columns, this.depth) = (rows, columns, depth);
            (this.transposeA, this.transposeB, this.alpha, this.beta) = (transposeA, transposeB, alpha, beta);
            var random = new Random(seed);
            a = RandomArray<T>(random, rows * depth);
            b = RandomArray<T>(random, depth * columns);
            c = RandomArray<T>(random, rows * columns);
        }

        private (int Rows, int Columns) StoredA => transposeA == Transpose.DontTranspose ? (rows, depth) : (depth, rows);

        private (int Rows, int Columns) StoredB => transposeB == Transpose.DontTranspose ? (depth, columns) : (columns, depth);

        public void Check(ILinearAlgebraProvider simd, ILinearAlgebraProvider<T> managed, double relativeRounding)
        {
            var actual = Run((ILinearAlgebraProvider<T>)simd, alpha, a, b, beta, c);
            var expected = Run(managed, alpha, a, b, beta, c);

            // Σ|terms| of each element: |α|·|op(A)|·|op(B)| + |β|·|c|, computed with the managed provider.
            var scale = Run(managed, T.Abs(alpha), Abs(a), Abs(b), T.Abs(beta), Abs(c));
            var bound = 2 * depth * relativeRounding;
            for (var i = 0; i < expected.Length; i++)
            {
                var difference = Math.Abs(double.CreateChecked(actual[i] - expected[i]));
                Execute.Assertion
                    .ForCondition(difference <= bound * double.CreateChecked(scale[i]))
                    .FailWith(
                        "{0}×{1}×{2} product ({3}, {4}, α={5}, β={6}): expected {7} at row {8}, column {9} like the managed provider, " +
                        "but got {10} (difference {11}, allowed {12}: two summation orders of {2} terms).",
                        rows, columns, depth, transposeA, transposeB, alpha, beta, expected[i], i % rows, i / rows,
                        actual[i], difference, bound * double.CreateChecked(scale[i]));
            }
        }

        private T[] Run(ILinearAlgebraProvider<T> provider, T alphaValue, T[] aValues, T[] bValues, T betaValue, T[] cValues)
        {
            var result = (T[])cValues.Clone();
            provider.MatrixMultiplyWithUpdate(
                transposeA, transposeB, alphaValue, aValues, StoredA.Rows, StoredA.Columns, bValues, StoredB.Rows, StoredB.Columns, betaValue, result);
            return result;
        }

        private static T[] Abs(T[] values) => values.Select(T.Abs).ToArray();
    }
}
