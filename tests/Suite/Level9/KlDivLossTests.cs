using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("Losses.KlDivLoss")]
public sealed class KlDivLossTests
{
    [Probe("Losses.KlDivLoss")]
    internal static void Probe()
    {
        Losses.KlDivLoss(M([[-0.5, -1.0]]), M([[0.5, 0.5]]), KlDivReduction.BatchMean);
        Losses.KlDivLossPointwise(M([[-0.5, -1.0]]), M([[0.5, 0.5]]));
    }

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.KlDiv);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_every_reduction(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.KlDiv, name);
        var (input, target, logTarget) = (M(reference.Input), M(reference.Target), reference.LogTarget);
        var call = $"F.kl_div(input = {Show(input)}, target = {Show(target)}, log_target = {logTarget}";
        var logP = logTarget ? target : target.PointwiseLog();
        var swapped = Matrix<double>.Build.Dense(input.RowCount, input.ColumnCount, (i, c) => Math.Exp(input[i, c]) * (input[i, c] - logP[i, c]));
        var zeroTargetNotSkipped = Matrix<double>.Build.Dense(input.RowCount, input.ColumnCount, (i, c) => Math.Exp(logP[i, c]) * (logP[i, c] - input[i, c]));
        Losses.KlDivLossPointwise(input, target, logTarget).ShouldBeCloseTo(
            M(reference.Pointwise), $"{call}, reduction='none') ('{name}'): p·(log p − input), the input being log q",
            [Suspect.Gives(swapped, "these are the terms q·(log q − log p) of KL(q ‖ p): the roles of input and target were swapped; the target p is the data and weighs each term"),
             Suspect.Gives(zeroTargetNotSkipped, "NaN where p = 0 is 0·(log 0 − log q) = 0·(−∞): a zero target costs nothing (0·log 0 = 0, the limit), so its term is 0")]);
        Losses.KlDivLoss(input, target, KlDivReduction.Sum, logTarget).ShouldBeCloseTo(reference.Sum, $"{call}, reduction='sum') ('{name}')");
        Losses.KlDivLoss(input, target, KlDivReduction.BatchMean, logTarget).ShouldBeCloseTo(
            reference.BatchMean, $"{call}, reduction='batchmean') ('{name}') divides by the batch size N = {input.RowCount}",
            [Suspect.Gives(reference.BatchMean / input.ColumnCount, $"a value {input.ColumnCount} times too small divides by N·C: that is 'mean', not 'batchmean'")]);
        Losses.KlDivLoss(input, target, logTarget: logTarget).ShouldBeCloseTo(
            reference.Mean, $"{call}) ('{name}'): PyTorch's default reduction='mean' divides by every element, N·C = {input.RowCount * input.ColumnCount}",
            [Suspect.Gives(reference.Mean * input.ColumnCount, $"a value {input.ColumnCount} times too large divides by N: that is 'batchmean', not PyTorch's default 'mean'")]);
    }

    [Fact]
    public void The_input_is_log_q_and_the_target_is_p()
    {
        // p = [0.5, 0.5], q = [0.9, 0.1]: KL(p ‖ q) = 0.5·ln(0.5/0.9) + 0.5·ln(0.5/0.1) = 0.5108256. KLDivLoss takes log q as its
        // input and p as its target. The other way round, KL(q ‖ p) = 0.3680642.
        Losses.KlDivLoss(M([[Math.Log(0.9), Math.Log(0.1)]]), M([[0.5, 0.5]]), KlDivReduction.BatchMean).ShouldBeCloseTo(
            0.5108256237659907, "nn.KLDivLoss(input = log q, target = p) is KL(p ‖ q) = Σ p·(log p − log q)",
            [Suspect.Gives(0.36806421330239364, "0.3681 is KL(q ‖ p): the roles of input and target were swapped")]);
    }

    [Fact]
    public void Mean_is_the_batch_mean_divided_by_the_number_of_classes()
    {
        // One sample, four classes: KL([0.1, 0.2, 0.3, 0.4] ‖ uniform) = Σ p ln(4p) = 0.1064401; 'mean' divides it by C = 4.
        var input = M([[Math.Log(0.25), Math.Log(0.25), Math.Log(0.25), Math.Log(0.25)]]);
        var target = M([[0.1, 0.2, 0.3, 0.4]]);
        Losses.KlDivLoss(input, target, KlDivReduction.BatchMean).ShouldBeCloseTo(0.10644013528622318, "'batchmean' is the KL divergence itself (N = 1)");
        Losses.KlDivLoss(input, target).ShouldBeCloseTo(0.10644013528622318 / 4, "'mean', PyTorch's default, divides by N·C = 4: not the KL divergence");
    }

    [Fact]
    public void A_zero_target_costs_nothing_even_where_the_input_is_minus_infinity()
    {
        // Term [0, 1]: p = 0, log q = −∞. 0·log 0 = 0 by the limit; PyTorch's log_target path gives 0·(−∞) = NaN here.
        var input = M([[0.0, double.NegativeInfinity]]);
        Losses.KlDivLossPointwise(input, M([[1.0, 0.0]])).ShouldBeCloseTo(M([[0.0, 0.0]]), "p = 0 contributes 0, whatever q is");
        Losses.KlDivLossPointwise(input, M([[0.0, double.NegativeInfinity]]), logTarget: true).ShouldBeCloseTo(
            M([[0.0, 0.0]]), "with log_target, log p = −∞ is p = 0, which contributes 0 (the limit, where PyTorch's formula gives NaN)");
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public Property Batchmean_is_level_2s_KL_divergence(DistributionPair pair) =>
        Prop.When(Enumerable.Range(0, pair.P.Count).All(i => pair.P.Values[i] == 0 || pair.Q.Values[i] > 0), () => Counterexample.At(pair, () =>
        {
            var input = M([pair.Q.Values.Select(value => Math.Log(value)).ToArray()]);
            var target = M([pair.P.Values]);
            Losses.KlDivLoss(input, target, KlDivReduction.BatchMean).ShouldBeCloseTo(
                Oracle.KlDivergence(pair.P.Vector, pair.Q.Vector), "nn.KLDivLoss(log q, p, reduction='batchmean') on one sample is level 2's KL(p ‖ q)", 1e-9);
        }));

    [Property(Arbitrary = [typeof(Generators)])]
    public void Batchmean_averages_the_samples_KL_divergences(DistributionPair first, DistributionPair second) => Counterexample.At((first, second), () =>
    {
        // Two samples cut to the same length and made positive (an infinite KL would compare ∞ with ∞).
        var length = Math.Min(first.P.Count, second.P.Count);
        var rows = new[] { first, second }.Select(pair => (P: Positive(pair.P.Values[..length]), Q: Positive(pair.Q.Values[..length]))).ToArray();
        var expected = rows.Average(row => Oracle.KlDivergence(V(row.P), V(row.Q)));
        Losses.KlDivLoss(M([.. rows.Select(row => row.Q.Select(value => Math.Log(value)).ToArray())]), M([.. rows.Select(row => row.P)]), KlDivReduction.BatchMean).ShouldBeCloseTo(
            expected, "'batchmean' is the sum over the batch divided by N: the average of the samples' KL divergences", 1e-9);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void A_log_target_gives_the_same_terms(DistributionPair pair) => Counterexample.At(pair, () =>
    {
        var input = M([Positive(pair.Q.Values).Select(value => Math.Log(value)).ToArray()]);
        var p = pair.P.Values;
        Losses.KlDivLossPointwise(input, M([p.Select(value => Math.Log(value)).ToArray()]), logTarget: true).ShouldBeCloseTo(
            Losses.KlDivLossPointwise(input, M([p])), "log_target=True only says the target is given as log p; the terms p·(log p − input) are the same", 1e-9);
    });

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.KlDivProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem)
    {
        BadLossOptionsInput.KlDiv(problem, pointwise: false).ShouldBeRejected(problem);
        BadLossOptionsInput.KlDiv(problem, pointwise: true).ShouldBeRejected(problem);
    }

    /// <summary>The values plus 0.01 each, normalised: a distribution with no zero.</summary>
    private static double[] Positive(double[] values) => values.Select(value => (value + 0.01) / (values.Sum() + 0.01 * values.Length)).ToArray();
}
