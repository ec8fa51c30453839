extern alias Reference;

using ReferenceActivations = Reference::LossKata.Activations;
using ReferenceGradientCheck = Reference::LossKata.GradientCheck;
using ReferenceGradients = Reference::LossKata.Gradients;
using ReferenceInformation = Reference::LossKata.Information;
using ReferenceLosses = Reference::LossKata.Losses;

namespace LossKata.Tests;

/// <summary>
/// The reference implementation (solutions/), called where a test of one exercise needs the value of another:
/// a test counted for exercise X compares X against this oracle, never against the learner's version of Y, so a
/// mistake in Y costs only Y. Identities between two exercises are checked once from each side, each time with
/// the learner's function under test and the oracle for the other.
/// </summary>
internal static class Oracle
{
    public static double Entropy(Vector<double> p, double logBase = Math.E) =>
        ReferenceInformation.Entropy(p, logBase);

    public static double CrossEntropy(Vector<double> p, Vector<double> q, double logBase = Math.E) =>
        ReferenceInformation.CrossEntropy(p, q, logBase);

    public static double KlDivergence(Vector<double> p, Vector<double> q, double logBase = Math.E) =>
        ReferenceInformation.KlDivergence(p, q, logBase);

    public static double BinaryCrossEntropy(Vector<double> probabilities, Vector<double> targets, Reduction reduction = Reduction.Mean) =>
        ReferenceLosses.BinaryCrossEntropy(probabilities, targets, ToReference(reduction));

    public static double BinaryCrossEntropyWithLogits(Vector<double> logits, Vector<double> targets, Reduction reduction = Reduction.Mean) =>
        ReferenceLosses.BinaryCrossEntropyWithLogits(logits, targets, ToReference(reduction));

    public static double Sigmoid(double z) => ReferenceActivations.Sigmoid(z);

    public static double LogSumExp(Vector<double> z) => ReferenceActivations.LogSumExp(z);

    public static Vector<double> Softmax(Vector<double> z) => ReferenceActivations.Softmax(z);

    public static Matrix<double> Softmax(Matrix<double> logits) => ReferenceActivations.Softmax(logits);

    public static Vector<double> LogSoftmax(Vector<double> z) => ReferenceActivations.LogSoftmax(z);

    public static Matrix<double> LogSoftmax(Matrix<double> logits) => ReferenceActivations.LogSoftmax(logits);

    public static double NllLoss(Matrix<double> logProbabilities, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean) =>
        ReferenceLosses.NllLoss(logProbabilities, targets, ToReference(reduction));

    /// <summary>Level 5's cross-entropy from logits (<c>Losses.CrossEntropy</c>), not level 2's.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean) =>
        ReferenceLosses.CrossEntropy(logits, targets, ToReference(reduction));

    public static double BinaryCrossEntropyWrtLogit(double logit, double target) =>
        ReferenceGradients.BinaryCrossEntropyWrtLogit(logit, target);

    public static double SquaredErrorWrtLogitThroughSigmoid(double logit, double target) =>
        ReferenceGradients.SquaredErrorWrtLogitThroughSigmoid(logit, target);

    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean) =>
        ReferenceGradients.CrossEntropyWrtLogits(logits, targets, ToReference(reduction));

    public static Matrix<double> MseThroughSoftmaxWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean) =>
        ReferenceGradients.MseThroughSoftmaxWrtLogits(logits, targets, ToReference(reduction));

    /// <summary>Central differences as the reference computes them: the suite's own numerical gradient, so that a
    /// gradient exercise is checked whatever state the learner's <c>GradientCheck</c> is in.</summary>
    public static Vector<double> NumericalGradient(Func<Vector<double>, double> f, Vector<double> x, double step = 1e-5) =>
        ReferenceGradientCheck.Numerical(f, x, step);

    public static Matrix<double> NumericalGradient(Func<Matrix<double>, double> f, Matrix<double> x, double step = 1e-5) =>
        ReferenceGradientCheck.Numerical(f, x, step);

    public static double MaxRelativeError(Matrix<double> analytic, Matrix<double> numerical) =>
        ReferenceGradientCheck.MaxRelativeError(analytic, numerical);

    private static Reference::LossKata.Reduction ToReference(Reduction reduction) => (Reference::LossKata.Reduction)(int)reduction;
}
