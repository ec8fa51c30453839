namespace LossKata.Tests.Level8;

/// <summary>The parts of the Trainer that accuracy alone does not pin down: the MSE-through-softmax loss it records,
/// and the samples its divergence message names.</summary>
[Exercise("Trainer")]
[Requires("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
[Requires("Sgd")]
[Requires("Losses.CrossEntropy")]
[Requires("Losses.MseLoss")]
[Requires("Activations.Softmax")]
[Requires("Gradients.CrossEntropyWrtLogits")]
[Requires("Gradients.MseThroughSoftmaxWrtLogits")]
public sealed class TrainerLossAndMessageTests
{
    private static readonly Lazy<MnistSet> Train = new(() => Mnist.Load(Mnist.DefaultFolder()).Train);

    [Fact]
    public void With_the_MSE_loss_the_first_recorded_loss_is_the_MSE_between_softmax_and_one_hot_targets()
    {
        // One batch holding every sample: the loss is recorded before the first step, so it is the untrained
        // network's MSE over the whole set, whatever order the shuffle put the rows in. The mean of 500 squares
        // summed in another order differs by rounding only: 1e-12 relative.
        var digits = Train.Value.Take(500);
        var network = new Mlp([784, 20, 10], NetworkOracle.KaimingNormal, new Random(3));
        var logits = network.Forward(digits.Inputs());
        var expected = NetworkOracle.MseThroughSoftmax(logits, digits.Labels);

        var trainer = new Trainer(network, new Sgd(network.Parameters, 0.1), batchSize: 500, seed: 3, loss: TrainingLoss.MseThroughSoftmax);
        trainer.TrainEpoch(digits);

        trainer.LossHistory[0].ShouldBeCloseTo(
            expected, "TrainingLoss.MseThroughSoftmax records Losses.MseLoss(Softmax(logits), one-hot labels), computed before the step", 1e-12);
    }

    [Fact]
    public void The_divergence_message_names_the_samples_of_the_batch_that_diverged()
    {
        var network = new Mlp([784, 200, 200, 10], NetworkOracle.KaimingNormal, new Random(1));
        var trainer = new Trainer(network, new Sgd(network.Parameters, 1e4), batchSize: 200, seed: 1);

        var diverged = FluentActions.Invoking(() => trainer.TrainEpoch(Train.Value.Take(4000)))
            .Should().Throw<TrainingDivergedException>().Which;

        var first = diverged.Batch * 200;
        diverged.Message.Should().MatchRegex(
            StatedMessages.TrainerDivergence.Pattern(("epoch", 1), ("batch", diverged.Batch), ("batches", 20), ("first", first), ("end", first + 200)),
            "a learner reading the message must be able to find the batch: samples [start, start + batch size) of the epoch's order");
    }
}
