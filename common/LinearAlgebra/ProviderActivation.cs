using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LossKata.LinearAlgebra;

namespace LossKata;

/// <summary>Switches MathNet to the SIMD provider (common/LinearAlgebra/Provider) as soon as this assembly loads,
/// so that learners' plain MathNet code is fast without a set-up call. LOSSKATA_PROVIDER=managed opts out.</summary>
internal static class ProviderActivation
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The provider must be in place before any learner code multiplies a matrix.")]
    internal static void OnLoad() => SimdLinearAlgebra.ActivateUnlessManagedRequested();
}
