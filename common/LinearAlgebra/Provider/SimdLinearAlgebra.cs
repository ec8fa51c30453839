using System.Runtime.Intrinsics;
using MathNet.Numerics;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace LossKata.LinearAlgebra;

/// <summary>The SIMD register width the matrix-multiply kernel is compiled for.</summary>
public enum SimdWidth
{
    /// <summary>The widest the machine accelerates: 512 bits with AVX-512, else 256 (AVX2), else 128 (SSE, NEON).</summary>
    Auto,

    /// <summary>512-bit vectors (8 doubles, 16 floats).</summary>
    Bits512,

    /// <summary>256-bit vectors (4 doubles, 8 floats).</summary>
    Bits256,

    /// <summary>128-bit vectors (2 doubles, 4 floats).</summary>
    Bits128,
}

/// <summary>
/// Makes plain MathNet code fast without changing it: when the LossKata assembly loads, MathNet's
/// <see cref="LinearAlgebraControl.Provider"/> is replaced by a managed SIMD provider whose matrix products run a
/// cache-blocked FMA kernel on all cores (see docs/performance.md). Set the environment variable
/// <c>LOSSKATA_PROVIDER=managed</c> to keep MathNet's own managed provider, e.g. to compare speeds.
/// </summary>
public static class SimdLinearAlgebra
{
    /// <summary>The environment variable that chooses the provider: <c>simd</c> (the default) or <c>managed</c>.</summary>
    public const string ProviderVariable = "LOSSKATA_PROVIDER";

    /// <summary>Whether MathNet currently uses the SIMD provider.</summary>
    public static bool IsActive => LinearAlgebraControl.Provider is SimdLinearAlgebraProvider;

    /// <summary>Whether <see cref="ProviderVariable"/> asks for MathNet's managed provider. Any other value keeps the
    /// default: a typo must not stop a run (see <see cref="ActivateUnlessManagedRequested"/>, which warns).</summary>
    public static bool ManagedRequested => Requested == "managed";

    private static string? Requested => Environment.GetEnvironmentVariable(ProviderVariable)?.Trim().ToLowerInvariant();

    /// <summary>A new SIMD provider; pass it to <see cref="LinearAlgebraControl.Provider"/> or call it directly.</summary>
    /// <param name="width">The vector width of the kernel; <see cref="SimdWidth.Auto"/> picks the widest the machine accelerates.</param>
    public static ILinearAlgebraProvider Create(SimdWidth width = SimdWidth.Auto) => new SimdLinearAlgebraProvider(width switch
    {
        SimdWidth.Auto when Vector512.IsHardwareAccelerated => SimdWidth.Bits512,
        SimdWidth.Auto when Vector256.IsHardwareAccelerated => SimdWidth.Bits256,
        SimdWidth.Auto => SimdWidth.Bits128,
        SimdWidth.Bits512 or SimdWidth.Bits256 or SimdWidth.Bits128 => width,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "Not a SimdWidth value."),
    });

    /// <summary>Makes MathNet use the SIMD provider (what happens automatically when the assembly loads).</summary>
    public static void Activate() => LinearAlgebraControl.Provider = Create();

    /// <summary>Makes MathNet use its own managed provider again.</summary>
    public static void Deactivate() => Control.UseManaged();

    /// <summary>Activates the SIMD provider unless <see cref="ProviderVariable"/> asks for the managed one; the LossKata
    /// assemblies call this when they load.</summary>
    public static void ActivateUnlessManagedRequested()
    {
        if (Requested is not (null or "" or "simd" or "managed"))
        {
            Console.Error.WriteLine(
                $"warning: {ProviderVariable} is '{Requested}', neither 'simd' (the default, fast) nor 'managed' (MathNet's own provider); using simd.");
        }

        if (!ManagedRequested)
        {
            Activate();
        }
    }
}
