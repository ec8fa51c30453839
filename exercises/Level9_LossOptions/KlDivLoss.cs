namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 9 — KL divergence as <c>nn.KLDivLoss(reduction=…, log_target=…)</c> computes it. Its arguments are the
    /// other way round from level 2's <c>KL(p ‖ q)</c>: the input is the model's log-probabilities <c>log q</c> (log_softmax's
    /// output), the target is the data's probabilities <c>p</c> — or <c>log p</c> when <paramref name="logTarget"/> is true.
    /// Each of the N×C terms is <c>p·(log p − log q)</c>.
    /// <para>
    /// Reductions: BatchMean divides the sum by N — the mean of level 2's KL over the samples, the mathematical KL;
    /// Mean (PyTorch's default) divides by N·C, which is C times too small and is why PyTorch warns about it; Sum adds all.
    /// </para>
    /// <para>A term with p = 0 is 0 (0·log 0 = 0), even where log q = −∞; PyTorch gives NaN there with
    /// log_target (its <c>exp(t)·(t − input)</c> is 0·(−∞)), the kata gives the limit.</para>
    /// <para>Bad input, in this order: <c>Guard.LogProbabilities(input, nameof(input))</c> (a positive input is a
    /// probability passed where its log was due), with <paramref name="logTarget"/> <c>Guard.LogProbabilities(target, nameof(target))</c>,
    /// then <c>Guard.RowDistributions(logTarget ? target?.PointwiseExp() : target, nameof(target))</c> and
    /// <c>Guard.SameShape(input, nameof(input), target, nameof(target))</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="input">An N×C matrix of log-probabilities, log q.</param>
    /// <param name="target">An N×C matrix whose rows are distributions p (or log p with <paramref name="logTarget"/>).</param>
    /// <param name="reduction">Mean (PyTorch's default, over N·C), BatchMean (over N) or Sum.</param>
    /// <param name="logTarget">Whether <paramref name="target"/> holds log-probabilities.</param>
    public static double KlDivLoss(Matrix<double> input, Matrix<double> target, KlDivReduction reduction = KlDivReduction.Mean, bool logTarget = false)
    {
        throw new NotImplementedException("not started: implement Losses.KlDivLoss in exercises/Level9_LossOptions/KlDivLoss.cs");
    }

    /// <summary>
    /// Level 9 — the N×C terms themselves, as <c>reduction='none'</c>: element [i, c] is <c>p·(log p − log q)</c>, 0 where p = 0.
    /// <para>Bad input: as <see cref="KlDivLoss"/>.</para>
    /// </summary>
    /// <param name="input">An N×C matrix of log-probabilities, log q.</param>
    /// <param name="target">An N×C matrix whose rows are distributions p (or log p with <paramref name="logTarget"/>).</param>
    /// <param name="logTarget">Whether <paramref name="target"/> holds log-probabilities.</param>
    public static Matrix<double> KlDivLossPointwise(Matrix<double> input, Matrix<double> target, bool logTarget = false)
    {
        throw new NotImplementedException("not started: implement Losses.KlDivLoss in exercises/Level9_LossOptions/KlDivLoss.cs");
    }
}
