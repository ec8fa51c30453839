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

        var byHand = new Mlp([4, 3, 2], NetworkOracle.KaimingNormal, new Random(7));
        var optimizer = new Sgd(byHand.Parameters, 0.5);
        var batch = digits.Inputs([0, 1]);
        for (var step = 0; step < 2; step++)
        {
            optimizer.ZeroGrad();
            byHand.Backward(Gradients.CrossEntropyWrtLogits(byHand.Forward(batch), [1, 1]));
            optimizer.Step();
        }

        // The same operations in the same order: only rounding in the last digits may differ.
        for (var i = 0; i < byHand.Parameters.Count; i++)
        {
            trained.Parameters[i].Value.ShouldBeCloseTo(
                byHand.Parameters[i].Value,
                $"parameter {i} after an epoch of two identical batches must equal two steps of ZeroGrad, Backward, Step; other values mean the gradients accumulated across batches (ZeroGrad not called) or Step came before Backward",
                1e-12);
        }
    }
}
