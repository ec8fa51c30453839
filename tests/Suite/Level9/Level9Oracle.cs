extern alias Reference;

using ReferenceGradients = Reference::LossKata.Gradients;
using ReferenceLosses = Reference::LossKata.Losses;

namespace LossKata.Tests.Level9;

/// <summary>
/// The reference's level 9 losses, for the identities between two level 9 exercises (one-hot soft targets against
/// class-index targets, smoothing against the weighted loss): the exercise under test is the learner's, the other side
/// the reference's, so a mistake costs only the exercise it is in (as <see cref="Oracle"/> for levels 1–6).
/// </summary>
internal static class Level9Oracle
{
    public static double WeightedCrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Vector<double>? weight, int ignoreIndex, Reduction reduction) =>
        ReferenceLosses.WeightedCrossEntropy(logits, targets, weight, ignoreIndex, ToReference(reduction));

    public static double LabelSmoothedCrossEntropy(
        Matrix<double> logits, IReadOnlyList<int> targets, double labelSmoothing, Vector<double>? weight, int ignoreIndex, Reduction reduction) =>
        ReferenceLosses.LabelSmoothedCrossEntropy(logits, targets, labelSmoothing, weight, ignoreIndex, ToReference(reduction));

    public static double SoftTargetCrossEntropy(Matrix<double> logits, Matrix<double> targets, Vector<double>? weight, double labelSmoothing, Reduction reduction) =>
        ReferenceLosses.SoftTargetCrossEntropy(logits, targets, weight, labelSmoothing, ToReference(reduction));

    public static double SigmoidFocalLoss(Vector<double> logits, Vector<double> targets, double alpha, double gamma, Reduction reduction) =>
        ReferenceLosses.SigmoidFocalLoss(logits, targets, alpha, gamma, ToReference(reduction));

    public static Matrix<double> LabelSmoothedCrossEntropyWrtLogits(
        Matrix<double> logits, IReadOnlyList<int> targets, double labelSmoothing, Vector<double>? weight, int ignoreIndex, Reduction reduction) =>
        ReferenceGradients.LabelSmoothedCrossEntropyWrtLogits(logits, targets, labelSmoothing, weight, ignoreIndex, ToReference(reduction));

    private static Reference::LossKata.Reduction ToReference(Reduction reduction) => (Reference::LossKata.Reduction)(int)reduction;
}
