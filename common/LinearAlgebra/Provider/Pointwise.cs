using System.Numerics;

namespace LossKata.LinearAlgebra;

/// <summary>An element-by-element operation on two arrays, in SIMD vectors and (for the tail) one element at a time.</summary>
internal interface IPointwise<T>
    where T : unmanaged, INumber<T>
{
    System.Numerics.Vector<T> Apply(System.Numerics.Vector<T> x, System.Numerics.Vector<T> y);

    T Apply(T x, T y);
}

internal readonly struct Sum<T> : IPointwise<T>
    where T : unmanaged, INumber<T>
{
    public System.Numerics.Vector<T> Apply(System.Numerics.Vector<T> x, System.Numerics.Vector<T> y) => x + y;

    public T Apply(T x, T y) => x + y;
}

internal readonly struct Difference<T> : IPointwise<T>
    where T : unmanaged, INumber<T>
{
    public System.Numerics.Vector<T> Apply(System.Numerics.Vector<T> x, System.Numerics.Vector<T> y) => x - y;

    public T Apply(T x, T y) => x - y;
}

internal readonly struct Product<T> : IPointwise<T>
    where T : unmanaged, INumber<T>
{
    public System.Numerics.Vector<T> Apply(System.Numerics.Vector<T> x, System.Numerics.Vector<T> y) => x * y;

    public T Apply(T x, T y) => x * y;
}

/// <summary>y + alpha · x, multiplied and added separately (not fused) so the result is bit for bit MathNet's.</summary>
internal readonly struct ScaledSum<T>(T alpha) : IPointwise<T>
    where T : unmanaged, INumber<T>
{
    public System.Numerics.Vector<T> Apply(System.Numerics.Vector<T> x, System.Numerics.Vector<T> y) => y + (x * alpha);

    public T Apply(T x, T y) => y + (alpha * x);
}

internal static class Pointwise
{
    /// <summary>result[i] = operation(x[i], y[i]); result may be x or y.</summary>
    public static void Apply<TOperation, T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> result, TOperation operation)
        where TOperation : struct, IPointwise<T>
        where T : unmanaged, INumber<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= result.Length - System.Numerics.Vector<T>.Count; i += System.Numerics.Vector<T>.Count)
            {
                operation.Apply(new System.Numerics.Vector<T>(x[i..]), new System.Numerics.Vector<T>(y[i..])).CopyTo(result[i..]);
            }
        }

        for (; i < result.Length; i++)
        {
            result[i] = operation.Apply(x[i], y[i]);
        }
    }
}

/// <summary>alpha · x; the second operand is not used.</summary>
internal readonly struct Scaled<T>(T alpha) : IPointwise<T>
    where T : unmanaged, INumber<T>
{
    public System.Numerics.Vector<T> Apply(System.Numerics.Vector<T> x, System.Numerics.Vector<T> y) => x * alpha;

    public T Apply(T x, T y) => alpha * x;
}
