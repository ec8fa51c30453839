using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

/// <summary>One bad call of a level 9 exercise: how a learner reads it, the call itself, and how it must be refused.</summary>
internal sealed record BadCall(string Shown, Func<object?> Call, Rejection Rejection)
{
    public void ShouldBeRejected(string problem) => Rejection.ShouldBeThrownBy($"{Shown} ({problem})", Call);
}

/// <summary>
/// The bad inputs the level 9 exercises must refuse, each with the check (common/Guard.LossOptions.cs and
/// common/Guard.cs) whose exception it expects, spelled as the stubs spell it. Each table also feeds
/// <c>ContractsInStepTests</c> through its <see cref="RejectionsOfAttribute"/> property.
/// </summary>
internal static class BadLossOptionsInput
{
    private static readonly Matrix<double> Logits = M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]);

    private static readonly Dictionary<string, (Matrix<double>? Logits, int[]? Targets, Vector<double>? Weight, Rejection Rejection)> ClassIndexCases = new()
    {
        ["null logits"] = (null, [0, 1], null, GuardChecks.NotEmptyNoNaN("logits", (Matrix<double>?)null)),
        ["a NaN logit"] = (M([[0, 1, 2], [2, double.NaN, 0]]), [0, 1], null, GuardChecks.NotEmptyNoNaN("logits", M([[0, 1, 2], [2, double.NaN, 0]]), "logits[1, 1] is NaN.")),
        ["null targets"] = (Logits, null, null, LabelsOrIgnored(null, "*")),
        ["a label past the last class"] = (Logits, [0, 3], null, LabelsOrIgnored([0, 3], "targets[1] = 3 is neither a class label in [0, 3) nor the ignore index -100.")),
        ["a negative label that is not the ignore index"] = (Logits, [-1, 0], null, LabelsOrIgnored([-1, 0], "targets[0] = -1 is neither a class label*")),
        ["fewer labels than rows"] = (Logits, [0], null, LabelsOrIgnored([0], "targets has 1 labels but the batch has 2 rows; there must be one label per row.")),
        ["a weight too few"] = (Logits, [0, 1], V(1, 2), ClassWeights("weight", V(1, 2), "weight has 2 elements but there are 3 classes; there must be one weight per class.")),
        ["a negative weight"] = (Logits, [0, 1], V(1, -0.5, 1), ClassWeights("weight", V(1, -0.5, 1), "weight[1] = -0.5 is not a weight; weights are finite and not negative.")),
        ["an infinite weight"] = (Logits, [0, 1], V(1, 1, double.PositiveInfinity), ClassWeights("weight", V(1, 1, double.PositiveInfinity), "weight[2] = * is not a weight; weights are finite and not negative.")),
        ["a NaN weight"] = (Logits, [0, 1], V(double.NaN, 1, 1), ClassWeights("weight", V(double.NaN, 1, 1), "weight[0] is NaN.")),
    };

    public static TheoryData<string> ClassIndexProblems => [.. ClassIndexCases.Keys];

    public static TheoryData<string> SmoothingProblems => [.. ClassIndexCases.Keys, .. BadSmoothings.Keys];

    public static TheoryData<string> SoftTargetProblems => [.. SoftTargetCases.Keys];

    public static TheoryData<string> PosWeightProblems => [.. PosWeightCases.Keys];

    public static TheoryData<string> KlDivProblems => [.. KlDivCases(pointwise: false).Keys];

    public static TheoryData<string> FocalProblems => [.. FocalCases(gradient: false).Keys];

    [RejectionsOf("Losses.WeightedCrossEntropy")]
    public static IEnumerable<Rejection> ClassIndexRejections => ClassIndexCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Losses.LabelSmoothedCrossEntropy", "Gradients.LabelSmoothedCrossEntropyWrtLogits")]
    public static IEnumerable<Rejection> SmoothingRejections => ClassIndexRejections.Concat(BadSmoothings.Values);

    [RejectionsOf("Losses.SoftTargetCrossEntropy")]
    public static IEnumerable<Rejection> SoftTargetRejections => SoftTargetCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Losses.BinaryCrossEntropyWithPosWeight")]
    public static IEnumerable<Rejection> PosWeightRejections => PosWeightCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Losses.KlDivLoss")]
    public static IEnumerable<Rejection> KlDivRejections => KlDivCases(pointwise: false).Values.Select(c => c.Rejection);

    [RejectionsOf("SigmoidFocalLoss")]
    public static IEnumerable<Rejection> FocalRejections => FocalCases(gradient: false).Values.Select(c => c.Rejection);

    private static Dictionary<string, Rejection> BadSmoothings => new()
    {
        ["smoothing above 1"] = GuardChecks.Probability("labelSmoothing", 1.5, "labelSmoothing = 1.5 is not a probability; it must lie in [0, 1]."),
        ["negative smoothing"] = GuardChecks.Probability("labelSmoothing", -0.1, "labelSmoothing = -0.1 is not a probability*"),
        ["NaN smoothing"] = GuardChecks.Probability("labelSmoothing", double.NaN, "labelSmoothing is NaN."),
    };

    private static Dictionary<string, BadCall> SoftTargetCases => new()
    {
        ["null logits"] = Soft(null, M([[1, 0]]), null, 0, GuardChecks.NotEmptyNoNaN("logits", (Matrix<double>?)null)),
        ["a NaN logit"] = Soft(M([[double.NaN, 0]]), M([[1, 0]]), null, 0, GuardChecks.NotEmptyNoNaN("logits", M([[double.NaN, 0]]), "logits[0, 0] is NaN.")),
        ["a target row that does not sum to 1"] = Soft(M([[0, 1], [1, 0]]), M([[0.5, 0.5], [0.5, 0.4]]), null, 0,
            RowDistributions("Guard.RowDistributions(targets, nameof(targets))", "targets", M([[0.5, 0.5], [0.5, 0.4]]), "targets row 1 sums to 0.9, not 1*")),
        ["a negative target"] = Soft(M([[0, 1]]), M([[1.5, -0.5]]), null, 0,
            RowDistributions("Guard.RowDistributions(targets, nameof(targets))", "targets", M([[1.5, -0.5]]), "targets[0, 0] = 1.5 is not a probability; probabilities lie in [0, 1].")),
        ["class-index targets in a matrix"] = Soft(M([[0, 1], [1, 0]]), M([[1], [0]]), null, 0,
            RowDistributions("Guard.RowDistributions(targets, nameof(targets))", "targets", M([[1], [0]]), "targets row 1 sums to 0, not 1*")),
        ["targets of another shape"] = Soft(M([[0, 1, 2]]), M([[0.5, 0.5]]), null, 0,
            GuardChecks.SameShape("logits", M([[0, 1, 2]]), "targets", M([[0.5, 0.5]]), "logits is 1×3 but targets is 1×2; they must have the same shape.")),
        ["a weight too few"] = Soft(M([[0, 1, 2]]), M([[0.2, 0.3, 0.5]]), V(1, 1), 0, ClassWeights("weight", V(1, 1), "weight has 2 elements but there are 3 classes*")),
        ["a negative weight"] = Soft(M([[0, 1]]), M([[0.2, 0.8]]), V(-1, 1), 0, ClassWeights("weight", V(-1, 1), "weight[0] = -1 is not a weight*", classes: 2)),
        ["smoothing above 1"] = Soft(M([[0, 1]]), M([[0.2, 0.8]]), null, 2, GuardChecks.Probability("labelSmoothing", 2, "labelSmoothing = 2 is not a probability*")),
    };

    private static Dictionary<string, BadCall> PosWeightCases => new()
    {
        ["a NaN logit"] = PosWeight(M([[0, double.NaN]]), M([[1, 0]]), V(1, 1), GuardChecks.NotEmptyNoNaN("logits", M([[0, double.NaN]]), "logits[0, 1] is NaN.")),
        ["a target above 1"] = PosWeight(M([[0, 1]]), M([[1, 2]]), V(1, 1),
            Probabilities(M([[1, 2]]), "targets[0, 1] = 2 is not a probability; probabilities lie in [0, 1].")),
        ["targets of another shape"] = PosWeight(M([[0, 1]]), M([[1], [0]]), V(1, 1),
            GuardChecks.SameShape("logits", M([[0, 1]]), "targets", M([[1], [0]]), "logits is 1×2 but targets is 2×1; they must have the same shape.")),
        ["null posWeight"] = PosWeight(M([[0, 1]]), M([[1, 0]]), null, ClassWeights("posWeight", null, "*", classes: 2)),
        ["one posWeight for two labels"] = PosWeight(M([[0, 1]]), M([[1, 0]]), V(3), ClassWeights("posWeight", V(3), "posWeight has 1 elements but there are 2 classes*", classes: 2)),
        ["a negative posWeight"] = PosWeight(M([[0, 1]]), M([[1, 0]]), V(1, -2), ClassWeights("posWeight", V(1, -2), "posWeight[1] = -2 is not a weight*", classes: 2)),
    };

    private static Dictionary<string, BadCall> KlDivCases(bool pointwise) => new()
    {
        ["probabilities passed as the input"] = KlDiv(pointwise, M([[0.5, 0.5]]), M([[0.5, 0.5]]), false,
            LogProbabilities("input", M([[0.5, 0.5]]), "input[0, 0] = 0.5 is positive, so not a log-probability; pass log-probabilities (log_softmax's output), not probabilities.")),
        ["a NaN input"] = KlDiv(pointwise, M([[double.NaN, 0]]), M([[0.5, 0.5]]), false, LogProbabilities("input", M([[double.NaN, 0]]), "input[0, 0] is NaN.")),
        ["a null target"] = KlDiv(pointwise, M([[-1, -0.5]]), null, false, KlTarget(null, false, "*")),
        ["a target row that does not sum to 1"] = KlDiv(pointwise, M([[-0.7, -0.7]]), M([[0.5, 0.3]]), false, KlTarget(M([[0.5, 0.3]]), false, "target row 0 sums to 0.8, not 1*")),
        ["log-probabilities passed as the target"] = KlDiv(pointwise, M([[-0.7, -0.7]]), M([[-0.7, -0.7]]), false,
            KlTarget(M([[-0.7, -0.7]]), false, "target[0, 0] = -0.7 is not a probability*")),
        ["probabilities passed as a log target"] = KlDiv(pointwise, M([[-0.7, -0.7]]), M([[0.5, 0.5]]), true,
            LogProbabilities("target", M([[0.5, 0.5]]), "target[0, 0] = 0.5 is positive, so not a log-probability*")),
        ["a target of another shape"] = KlDiv(pointwise, M([[-0.7, -0.7]]), M([[1.0], [1.0]]), false,
            GuardChecks.SameShape("input", M([[-0.7, -0.7]]), "target", M([[1.0], [1.0]]), "input is 1×2 but target is 2×1; they must have the same shape.")),
    };

    private static Dictionary<string, BadCall> FocalCases(bool gradient) => new()
    {
        ["a NaN logit"] = Focal(gradient, V(double.NaN), V(1), 0.25, 2, GuardChecks.NotEmptyNoNaN("logits", V(double.NaN), "logits[0] is NaN.")),
        ["a target above 1"] = Focal(gradient, V(0, 1), V(0, 1.5), 0.25, 2, GuardChecks.Probabilities("targets", V(0, 1.5), "targets[1] = 1.5 is greater than 1*")),
        ["fewer targets than logits"] = Focal(gradient, V(0, 1), V(1), 0.25, 2,
            GuardChecks.SameLength("logits", V(0, 1), "targets", V(1), "logits has 2 elements but targets has 1; they must have the same length.")),
        ["alpha above 1"] = Focal(gradient, V(0), V(1), 1.5, 2, GuardChecks.Probability("alpha", 1.5, "alpha = 1.5 is not a probability*")),
        ["a negative alpha other than -1"] = Focal(gradient, V(0), V(1), -0.5, 2, GuardChecks.Probability("alpha", -0.5, "alpha = -0.5 is not a probability*")),
        ["a negative gamma"] = Focal(gradient, V(0), V(1), 0.25, -1, NonNegativeFinite("gamma", -1, "gamma = -1 must be finite and not negative.*")),
        ["an infinite gamma"] = Focal(gradient, V(0), V(1), 0.25, double.PositiveInfinity, NonNegativeFinite("gamma", double.PositiveInfinity, "gamma = * must be finite and not negative.*")),
    };

    /// <summary>A class-index problem, called through one of the class-index exercises (given its weight as the third argument).</summary>
    public static BadCall ClassIndex(string problem, string function, Func<Matrix<double>, int[], Vector<double>?, object?> call)
    {
        var (logits, targets, weight, rejection) = ClassIndexCases[problem];
        return new BadCall(
            $"{function}(logits = {(logits is null ? "null" : Show(logits))}, targets = {(targets is null ? "null" : $"[{string.Join(", ", targets)}]")}, weight = {(weight is null ? "null" : Show(weight))})",
            () => call(logits!, targets!, weight), rejection);
    }

    /// <summary>A smoothing problem (a bad ε with good logits and targets), or a class-index problem with ε = 0.1.</summary>
    public static BadCall Smoothing(string problem, string function, Func<Matrix<double>, int[], double, Vector<double>?, object?> call)
    {
        if (BadSmoothings.TryGetValue(problem, out var rejection))
        {
            var epsilon = problem switch { "smoothing above 1" => 1.5, "negative smoothing" => -0.1, _ => double.NaN };
            return new BadCall($"{function}(logits = {Show(Logits)}, targets = [0, 1], labelSmoothing = {Show(epsilon)})", () => call(Logits, [0, 1], epsilon, null), rejection);
        }

        return ClassIndex(problem, function, (logits, targets, weight) => call(logits, targets, 0.1, weight));
    }

    public static BadCall SoftTarget(string problem) => SoftTargetCases[problem];

    public static BadCall PosWeight(string problem) => PosWeightCases[problem];

    public static BadCall KlDiv(string problem, bool pointwise) => KlDivCases(pointwise)[problem];

    public static BadCall Focal(string problem, bool gradient) => FocalCases(gradient)[problem];

    private static BadCall Soft(Matrix<double>? logits, Matrix<double> targets, Vector<double>? weight, double epsilon, Rejection rejection) =>
        new($"Losses.SoftTargetCrossEntropy(logits = {(logits is null ? "null" : Show(logits))}, targets = {Show(targets)}, weight = {(weight is null ? "null" : Show(weight))}, labelSmoothing = {Show(epsilon)})",
            () => Losses.SoftTargetCrossEntropy(logits!, targets, weight, epsilon), rejection);

    private static BadCall PosWeight(Matrix<double> logits, Matrix<double> targets, Vector<double>? posWeight, Rejection rejection) =>
        new($"Losses.BinaryCrossEntropyWithPosWeight(logits = {Show(logits)}, targets = {Show(targets)}, posWeight = {(posWeight is null ? "null" : Show(posWeight))})",
            () => Losses.BinaryCrossEntropyWithPosWeight(logits, targets, posWeight!), rejection);

    private static BadCall KlDiv(bool pointwise, Matrix<double> input, Matrix<double>? target, bool logTarget, Rejection rejection)
    {
        var arguments = $"input = {Show(input)}, target = {(target is null ? "null" : Show(target))}, logTarget: {(logTarget ? "true" : "false")}";
        return pointwise
            ? new BadCall($"Losses.KlDivLossPointwise({arguments})", () => Losses.KlDivLossPointwise(input, target!, logTarget), rejection)
            : new BadCall($"Losses.KlDivLoss({arguments}, reduction: BatchMean)", () => Losses.KlDivLoss(input, target!, KlDivReduction.BatchMean, logTarget), rejection);
    }

    private static BadCall Focal(bool gradient, Vector<double> logits, Vector<double> targets, double alpha, double gamma, Rejection rejection)
    {
        var arguments = $"logits = {Show(logits)}, targets = {Show(targets)}, alpha = {Show(alpha)}, gamma = {Show(gamma)}";
        return gradient
            ? new BadCall($"Gradients.SigmoidFocalLossWrtLogits({arguments})", () => Gradients.SigmoidFocalLossWrtLogits(logits, targets, alpha, gamma), rejection)
            : new BadCall($"Losses.SigmoidFocalLoss({arguments})", () => Losses.SigmoidFocalLoss(logits, targets, alpha, gamma), rejection);
    }

    private static Rejection LabelsOrIgnored(int[]? labels, string message) =>
        Check("Guard.LabelsOrIgnored(targets, nameof(targets), logits.RowCount, logits.ColumnCount, ignoreIndex)",
            () => Guard.LabelsOrIgnored(labels, "targets", Logits.RowCount, Logits.ColumnCount, -100), "targets", labels is null, message);

    private static Rejection ClassWeights(string name, Vector<double>? weights, string message, int classes = 3) =>
        Check($"Guard.ClassWeights({name}, nameof({name}), logits.ColumnCount)", () => Guard.ClassWeights(weights, name, classes), name, weights is null, message);

    private static Rejection RowDistributions(string check, string name, Matrix<double>? matrix, string message) =>
        Check(check, () => Guard.RowDistributions(matrix, name), name, matrix is null, message);

    private static Rejection KlTarget(Matrix<double>? target, bool logTarget, string message) =>
        RowDistributions("Guard.RowDistributions(logTarget ? target?.PointwiseExp() : target, nameof(target))", "target", logTarget ? target?.PointwiseExp() : target, message);

    private static Rejection Probabilities(Matrix<double> targets, string message) =>
        Check("Guard.Probabilities(targets, nameof(targets))", () => Guard.Probabilities(targets, "targets"), "targets", false, message);

    private static Rejection LogProbabilities(string name, Matrix<double> matrix, string message) =>
        Check($"Guard.LogProbabilities({name}, nameof({name}))", () => Guard.LogProbabilities(matrix, name), name, false, message);

    private static Rejection NonNegativeFinite(string name, double value, string message) =>
        Rejection.OfValue($"Guard.NonNegativeFinite({name}, nameof({name}))", () => Guard.NonNegativeFinite(value, name), name, message);

    private static Rejection Check(string check, Action runCheck, string name, bool isNull, string message) =>
        isNull ? Rejection.OfNull(check, runCheck, name) : Rejection.OfValue(check, runCheck, name, message);
}
