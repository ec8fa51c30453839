namespace LossKata.Tests.Level8;

/// <summary>The order of one training step, checked against the loop written out by hand: a forgotten ZeroGrad (the
/// gradients then accumulate across batches) or a Step before Backward gives other weights, even where the
/// network still learns well enough to pass the accuracy tests.</summary>
[Exercise("Trainer")]
[Requires("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
[Requires("Sgd")]
[Requires("Losses.CrossEntropy")]
[Requires("Gradients.CrossEntropyWrtLogits")]
public sealed class TrainerStepOrderTests
{
    [Fact]
    public void Each_batch_steps_with_its_own_gradient_so_an_epoch_of_two_batches_is_two_plain_steps()
    {
        // Four copies of one 2×2 image, all labelled 1: whatever order the epoch shuffles them into, both batches of
        // two are the same batch, so the epoch must equal two plain steps of ZeroGrad, Backward, Step.
        byte[] image = [0, 64, 128, 255];
        var digits = new MnistSet([.. image, .. image, .. image, .. image], [1, 1, 1, 1], rows: 2, columns: 2);
        var trained = new Mlp([4, 3, 2], NetworkOracle.KaimingNormal, new Random(7));
        new Trainer(trained, new Sgd(trained.Parameters, 0.5), batchSize: 2, seed: 0).TrainEpoch(digits);

        var byHand = TwoSteps(digits.Inputs([0, 1]), zeroGrad: true, stepFirst: false);
        var withoutZeroGrad = TwoSteps(digits.Inputs([0, 1]), zeroGrad: false, stepFirst: false);
        var stepFirst = TwoSteps(digits.Inputs([0, 1]), zeroGrad: true, stepFirst: true);

        // The same operations in the same order: only rounding in the last digits may differ.
        for (var i = 0; i < byHand.Length; i++)
        {
            trained.Parameters[i].Value.ShouldBeCloseTo(
                byHand[i], $"parameter {i} after an epoch of two identical batches must equal two steps of ZeroGrad, Backward, Step",
                [
                    Suspect.Gives(withoutZeroGrad[i], "ZeroGrad not called: the gradients accumulated across batches, so the second step used the sum of both gradients"),
                    Suspect.Gives(stepFirst[i], "Step came before Backward: each step used the gradient left from the previous batch (the first a zero one)"),
                ],
                1e-12);
        }
    }

    /// <summary>Two steps on one batch from the same initial network, as the loop should make them (ZeroGrad, Backward,
    /// Step) or with one of the usual slips; the parameters after them.</summary>
    private static Matrix<double>[] TwoSteps(Matrix<double> batch, bool zeroGrad, bool stepFirst)
    {
        var network = new Mlp([4, 3, 2], NetworkOracle.KaimingNormal, new Random(7));
        var optimizer = new Sgd(network.Parameters, 0.5);
        for (var step = 0; step < 2; step++)
        {
            var gradient = Gradients.CrossEntropyWrtLogits(network.Forward(batch), [1, 1]);
            if (stepFirst)
            {
                optimizer.Step();
            }

            if (zeroGrad)
            {
                optimizer.ZeroGrad();
            }

            network.Backward(gradient);
            if (!stepFirst)
            {
                optimizer.Step();
            }
        }

        return [.. network.Parameters.Select(parameter => parameter.Value.Clone())];
    }
}
