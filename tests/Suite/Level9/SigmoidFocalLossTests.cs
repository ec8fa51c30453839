using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("SigmoidFocalLoss")]
public sealed class SigmoidFocalLossTests
{
    [Probe("SigmoidFocalLoss")]
    internal static void Probe()
    {
        Losses.SigmoidFocalLoss(V(0.5, -1), V(1, 0));
        Gradients.SigmoidFocalLossWrtLogits(V(0.5, -1), V(1, 0));
    }

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.Focal);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_torchvision_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.Focal, name);
        var (logits, targets) = (V(reference.Logits), V(reference.Targets));
        var call = $"sigmoid_focal_loss(logits = {Show(logits)}, targets = {Show(targets)}, alpha = {Show(reference.Alpha)}, gamma = {Show(reference.Gamma)}";
        Losses.SigmoidFocalLoss(logits, targets, reference.Alpha, reference.Gamma, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"{call}, reduction='sum') ('{name}'): α_t·(1 − p_t)^γ·BCE per element",
            [Suspect.IfNotFinite("∞ or NaN means a probability was rounded to 0 or 1 before a log: BCE from logits is softplus")]);
        Losses.SigmoidFocalLoss(logits, targets, reference.Alpha, reference.Gamma).ShouldBeCloseTo(
            reference.Mean, $"{call}, reduction='mean') ('{name}') divides by the number of logits, {logits.Count}");
    }

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Its_gradient_matches_autograd(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.Focal, name);
        var (logits, targets) = (V(reference.Logits), V(reference.Targets));
        Gradients.SigmoidFocalLossWrtLogits(logits, targets, reference.Alpha, reference.Gamma, Reduction.Sum).ShouldBeCloseTo(
            V(reference.SumGradient), $"autograd of sigmoid_focal_loss(..., reduction='sum') for '{name}': α_t·[(p − y)·m^γ + γ·BCE·m^(γ−1)·p(1 − p)(1 − 2y)]");
        Gradients.SigmoidFocalLossWrtLogits(logits, targets, reference.Alpha, reference.Gamma).ShouldBeCloseTo(
            V(reference.MeanGradient), $"autograd of sigmoid_focal_loss(..., reduction='mean') for '{name}': the Sum gradient divided by n = {logits.Count}");
    }

    [Fact]
    public void An_easy_example_counts_little()
    {
        // z = 2, y = 1: p = σ(2) = 0.8807971, BCE = −ln p = 0.1269280, (1 − p)² = 0.0142095, so with α off the loss is
        // 0.1269280 · 0.0142095 = 0.0018036 — seventy times less than BCE. With α = 0.25 it is a quarter of that.
        Losses.SigmoidFocalLoss(V(2), V(1), -1, 2).ShouldBeCloseTo(0.12692801104297263 * Math.Pow(1 - 0.8807970779778823, 2), "(1 − p_t)^γ·BCE with p_t = σ(2)",
            [Suspect.Gives(0.12692801104297263, "0.1269 is plain BCE: the factor (1 − p_t)^γ is missing"),
             Suspect.Gives(0.12692801104297263 * Math.Pow(0.8807970779778823, 2), "0.1 is BCE·p_t^γ: the factor is (1 − p_t)^γ, which is small for an easy example")]);
        Losses.SigmoidFocalLoss(V(2), V(1), 0.25, 2).ShouldBeCloseTo(0.25 * 0.12692801104297263 * Math.Pow(1 - 0.8807970779778823, 2), "α_t = α = 0.25 for a positive",
            [Suspect.Gives(0.75 * 0.12692801104297263 * Math.Pow(1 - 0.8807970779778823, 2), "three times too large: α weighs the positives (y = 1), 1 − α the negatives")]);
    }

    [Fact]
    public void Logits_of_plus_or_minus_1000_give_finite_exact_values()
    {
        // z = −1000, y = 1: BCE = 1000, p_t = σ(−1000) ≈ 0, so the loss is α·1000 = 250; its gradient α·(p − 1) = −0.25.
        Losses.SigmoidFocalLoss(V(-1000), V(1), 0.25, 2).ShouldBeCloseTo(250, "BCE from logits is 1000; (1 − p_t)² = 1",
            [Suspect.IfNotFinite("∞ or NaN: BCE must come from the logit (softplus), not from log σ(z) once σ(z) has underflowed to 0")], 0);
        Gradients.SigmoidFocalLossWrtLogits(V(-1000, 1000), V(1, 1), 0.25, 2, Reduction.Sum).ShouldBeCloseTo(
            V(-0.25, 0), "a confident wrong prediction has gradient α·(p − y); a confident right one has 0, not NaN", 0);
        Gradients.SigmoidFocalLossWrtLogits(V(1000, -1000), V(1, 0), 0.25, 0.5, Reduction.Sum).ShouldBeCloseTo(
            V(0, 0), "where 1 − p_t is exactly 0 the focusing term is 0, even for γ = 0.5 < 1, where m^(γ−1) would be ∞ and ∞·0 NaN", 0);
    }

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Gamma_0_without_alpha_is_binary_cross_entropy_with_logits(FocalCase focal) => Counterexample.At(focal, () =>
        Losses.SigmoidFocalLoss(V(focal.Logits), V(focal.Targets), -1, 0, focal.Reduction).ShouldBeCloseTo(
            Oracle.BinaryCrossEntropyWithLogits(V(focal.Logits), V(focal.Targets), focal.Reduction),
            "with γ = 0 the factor (1 − p_t)^0 is 1, and α = −1 turns α_t off: level 3's BCE with logits", 1e-9));

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void It_never_exceeds_binary_cross_entropy(FocalCase focal) => Counterexample.At(focal, () =>
    {
        var bce = Oracle.BinaryCrossEntropyWithLogits(V(focal.Logits), V(focal.Targets), focal.Reduction);
        Losses.SigmoidFocalLoss(V(focal.Logits), V(focal.Targets), focal.Alpha, focal.Gamma, focal.Reduction).Should().BeInRange(0, bce * (1 + 1e-12) + 1e-300,
            "α_t ≤ 1 and (1 − p_t)^γ ≤ 1, so the focal loss lies between 0 and BCE {0}", bce);
    });

    [Property]
    public Property Its_gradient_agrees_with_central_differences() =>
        Prop.ForAll(LossOptionsGenerators.ModerateFocal(), focal => Counterexample.At(focal, () =>
        {
            var analytic = Gradients.SigmoidFocalLossWrtLogits(V(focal.Logits), V(focal.Targets), focal.Alpha, focal.Gamma, focal.Reduction);
            var numerical = Oracle.NumericalGradient(
                logits => Level9Oracle.SigmoidFocalLoss(logits, V(focal.Targets), focal.Alpha, focal.Gamma, focal.Reduction), V(focal.Logits));
            CentralDifferences.ShouldAgree(analytic, numerical);
        }));

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.FocalProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem)
    {
        BadLossOptionsInput.Focal(problem, gradient: false).ShouldBeRejected(problem);
        BadLossOptionsInput.Focal(problem, gradient: true).ShouldBeRejected(problem);
    }
}
