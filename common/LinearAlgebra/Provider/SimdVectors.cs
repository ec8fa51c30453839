using System.Runtime.Intrinsics;

namespace LossKata.LinearAlgebra;

/// <summary>The few vector operations the matrix-multiply kernel needs, for one hardware vector width, so that one
/// generic kernel serves AVX-512, AVX2/NEON and 128-bit machines.</summary>
internal interface ISimd<TVector, T>
    where TVector : struct
{
    static abstract int Count { get; }

    static abstract TVector Load(ref T source, nuint offset);

    static abstract void Store(TVector value, ref T destination, nuint offset);

    static abstract TVector Broadcast(T value);

    /// <summary>left · right + addend, fused where the hardware has FMA.</summary>
    static abstract TVector MultiplyAdd(TVector left, TVector right, TVector addend);
}

internal readonly struct Simd512<T> : ISimd<Vector512<T>, T>
{
    public static int Count => Vector512<T>.Count;

    public static Vector512<T> Load(ref T source, nuint offset) => Vector512.LoadUnsafe(ref source, offset);

    public static void Store(Vector512<T> value, ref T destination, nuint offset) => value.StoreUnsafe(ref destination, offset);

    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    public static Vector512<T> MultiplyAdd(Vector512<T> left, Vector512<T> right, Vector512<T> addend) =>
        typeof(T) == typeof(double)
            ? Vector512.MultiplyAddEstimate(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>()
            : Vector512.MultiplyAddEstimate(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
}

internal readonly struct Simd256<T> : ISimd<Vector256<T>, T>
{
    public static int Count => Vector256<T>.Count;

    public static Vector256<T> Load(ref T source, nuint offset) => Vector256.LoadUnsafe(ref source, offset);

    public static void Store(Vector256<T> value, ref T destination, nuint offset) => value.StoreUnsafe(ref destination, offset);

    public static Vector256<T> Broadcast(T value) => Vector256.Create(value);

    public static Vector256<T> MultiplyAdd(Vector256<T> left, Vector256<T> right, Vector256<T> addend) =>
        typeof(T) == typeof(double)
            ? Vector256.MultiplyAddEstimate(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>()
            : Vector256.MultiplyAddEstimate(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
}

internal readonly struct Simd128<T> : ISimd<Vector128<T>, T>
{
    public static int Count => Vector128<T>.Count;

    public static Vector128<T> Load(ref T source, nuint offset) => Vector128.LoadUnsafe(ref source, offset);

    public static void Store(Vector128<T> value, ref T destination, nuint offset) => value.StoreUnsafe(ref destination, offset);

    public static Vector128<T> Broadcast(T value) => Vector128.Create(value);

    public static Vector128<T> MultiplyAdd(Vector128<T> left, Vector128<T> right, Vector128<T> addend) =>
        typeof(T) == typeof(double)
            ? Vector128.MultiplyAddEstimate(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>()
            : Vector128.MultiplyAddEstimate(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
}
