extern alias Reference;

namespace LossKata.Tests;

/// <summary>
/// The reference (solutions/) parts a level 7–8 test needs besides the exercise it tests: the initialisers, the
/// losses and their gradients, and the numerical gradient. A test of <c>Mlp</c> builds its network with
/// <see cref="KaimingNormal"/> and computes its loss with <see cref="CrossEntropy"/>, so a mistake in the learner's
/// <c>Init</c> or level 5–6 functions costs only that exercise (see <see cref="Oracle"/>).
/// </summary>
internal static class NetworkOracle
{
    public static void KaimingNormal(Matrix<double> weight, Random random) =>
        Reference::LossKata.Init.KaimingNormal(weight, random);

    public static void StandardNormal(Matrix<double> weight, Random random) =>
        Reference::LossKata.Init.StandardNormal(weight, random);

    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> labels) =>
        Reference::LossKata.Losses.CrossEntropy(logits, labels);

    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> labels) =>
        Reference::LossKata.Gradients.CrossEntropyWrtLogits(logits, labels);

    /// <summary>Level 8's second loss: <c>MseLoss(Softmax(logits), one-hot labels)</c>, the squared error summed over
    /// every element and divided by N·C, as PyTorch's <c>mse_loss</c> with <c>reduction='mean'</c>.</summary>
    public static double MseThroughSoftmax(Matrix<double> logits, IReadOnlyList<int> labels) =>
        Reference::LossKata.Losses.MseLoss(
            Reference::LossKata.Activations.Softmax(logits), Numbers.OneHot(labels, logits.ColumnCount));

    public static Matrix<double> MseThroughSoftmaxWrtLogits(Matrix<double> logits, IReadOnlyList<int> labels) =>
        Reference::LossKata.Gradients.MseThroughSoftmaxWrtLogits(logits, labels);

    public static Matrix<double> NumericalGradient(Func<Matrix<double>, double> loss, Matrix<double> at) =>
        Reference::LossKata.GradientCheck.Numerical(loss, at);

    public static double MaxRelativeError(Matrix<double> analytic, Matrix<double> numerical) =>
        Reference::LossKata.GradientCheck.MaxRelativeError(analytic, numerical);
}
