using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level3;

/// <summary>Bad input of the two binary losses, each with the check that rejects it: the first argument (probabilities
/// or logits) is checked first, then the targets, then their lengths.</summary>
public static class BadBinaryInput
{
    private static readonly Dictionary<string, (Vector<double>? Inputs, Vector<double>? Targets, Rejection Rejection)> ProbabilityCases =
        Build("probabilities", GuardChecks.Probabilities, probabilitiesOnly: true);

    private static readonly Dictionary<string, (Vector<double>? Inputs, Vector<double>? Targets, Rejection Rejection)> LogitCases =
        Build("logits", GuardChecks.NotEmptyNoNaN, probabilitiesOnly: false);

    public static TheoryData<string> ProbabilityProblems => [.. ProbabilityCases.Keys];

    public static TheoryData<string> LogitProblems => [.. LogitCases.Keys];

    [RejectionsOf("Losses.BinaryCrossEntropy")]
    public static IEnumerable<Rejection> ProbabilityRejections => ProbabilityCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Losses.BinaryCrossEntropyWithLogits")]
    public static IEnumerable<Rejection> LogitRejections => LogitCases.Values.Select(c => c.Rejection);

    public static void ProbabilitiesShouldBeRejected(string problem) =>
        ShouldBeRejected("Losses.BinaryCrossEntropy", "probabilities", Losses.BinaryCrossEntropy, ProbabilityCases[problem], problem);

    public static void LogitsShouldBeRejected(string problem) =>
        ShouldBeRejected("Losses.BinaryCrossEntropyWithLogits", "logits", Losses.BinaryCrossEntropyWithLogits, LogitCases[problem], problem);

    private static void ShouldBeRejected(
        string function, string inputName, Func<Vector<double>, Vector<double>, Reduction, double> loss,
        (Vector<double>? Inputs, Vector<double>? Targets, Rejection Rejection) bad, string problem) =>
        bad.Rejection.ShouldBeThrownBy(
            $"{function}({inputName} = {ShowOrNull(bad.Inputs)}, targets = {ShowOrNull(bad.Targets)}) ({problem})",
            () => loss(bad.Inputs!, bad.Targets!, Reduction.Mean));

    private static string ShowOrNull(Vector<double>? vector) => vector is null ? "null" : Show(vector);

    private static Dictionary<string, (Vector<double>?, Vector<double>?, Rejection)> Build(
        string input, Func<string, Vector<double>?, string, Rejection> inputCheck, bool probabilitiesOnly)
    {
        (Vector<double>?, Vector<double>?, Rejection) Input(Vector<double>? inputs, Vector<double>? targets, string message) =>
            (inputs, targets, inputCheck(input, inputs, message));
        (Vector<double>?, Vector<double>?, Rejection) Targets(Vector<double>? inputs, Vector<double>? targets, string message) =>
            (inputs, targets, GuardChecks.Probabilities("targets", targets, message));

        var cases = new Dictionary<string, (Vector<double>?, Vector<double>?, Rejection)>
        {
            [$"{input} are null"] = Input(null, V(1.0), "*"),
            ["targets are null"] = Targets(V(0.5), null, "*"),
            ["empty"] = Input(V(), V(), $"{input} is empty; it needs at least one element."),
            [$"NaN in {input}"] = Input(V(0.5, double.NaN), V(1.0, 0.0), $"{input}[1] is NaN."),
            ["NaN target"] = Targets(V(0.5, 0.5), V(double.NaN, 0.0), "targets[0] is NaN."),
            ["target above 1"] = Targets(V(0.5, 0.5), V(1.0, 1.5), "targets[1] = 1.5 is greater than 1; probabilities lie in [0, 1]."),
            ["negative target"] = Targets(V(0.5, 0.5), V(-0.25, 1.0), "targets[0] = -0.25 is a negative probability; probabilities lie in [0, 1]."),
            [$"{input} and targets both bad"] = Input(V(0.5, double.NaN), V(2.0), $"{input}[1] is NaN."),
            ["lengths differ"] = (V(0.5, 0.5), V(1.0), GuardChecks.SameLength(
                input, V(0.5, 0.5), "targets", V(1.0), $"{input} has 2 elements but targets has 1; they must have the same length.")),
        };
        if (probabilitiesOnly)
        {
            // A logit may be any real number; only the probability form rejects these.
            cases["negative probability"] = Input(V(0.5, -0.1), V(1.0, 0.0), "probabilities[1] = -0.1 is a negative probability; probabilities lie in [0, 1].");
            cases["probability above 1"] = Input(V(1.25, 0.5), V(1.0, 0.0), "probabilities[0] = 1.25 is greater than 1; probabilities lie in [0, 1].");
        }

        return cases;
    }
}
