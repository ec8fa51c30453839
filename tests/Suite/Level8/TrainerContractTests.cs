using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level8;

/// <summary>
/// The training loop's contract, replayed: on a small synthetic set the trainer's losses and weights must equal those
/// of the loop written out by hand with the same parts (the learner's Mlp, Sgd, losses and gradients), shuffling
/// 0…N−1 every epoch with the one <c>new Random(seed)</c> the trainer keeps. Where they differ, the test checks the
/// usual wrong loops and names the one that matches.
/// </summary>
[Exercise("Trainer")]
[Requires("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
[Requires("Sgd")]
[Requires("Losses.CrossEntropy")]
[Requires("Gradients.CrossEntropyWrtLogits")]
public sealed class TrainerContractTests
{
    private const int Seed = 5;
    private const int BatchSize = 4;
    private const double LearningRate = 0.5;

    /// <summary>11 random 2×2 "images" of 3 classes: batches of 4, 4 and 3.</summary>
    private static readonly MnistSet Digits = Synthetic(count: 11, classes: 3, seed: 21);

    /// <summary>The replay's tolerance: the same operations in the same order agree to the last bit; 1e-9 relative
    /// leaves room for an equivalent but differently rounded loss, while another batch order changes the losses
    /// in the second or third digit.</summary>
    private const double ReplayTolerance = 1e-9;

    private static MnistSet Synthetic(int count, int classes, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[count * 4];
        random.NextBytes(pixels);
        return new MnistSet(pixels, [.. Enumerable.Range(0, count).Select(i => i % classes)], rows: 2, columns: 2);
    }

    private static Mlp Network() => new([4, 5, 3], NetworkOracle.KaimingNormal, new Random(Seed));

    /// <summary>The orders of the epochs as the contract says: 0…N−1 shuffled by one Random(seed), epoch after epoch.</summary>
    private static IEnumerable<int[]> ShuffledByOneRandom(int epochs)
    {
        var random = new Random(Seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var order = Enumerable.Range(0, Digits.Count).ToArray();
            random.Shuffle(order);
            yield return order;
        }
    }

    private static IEnumerable<int[]> NeverShuffled(int epochs) =>
        Enumerable.Repeat(Enumerable.Range(0, Digits.Count).ToArray(), epochs);

    private static IEnumerable<int[]> ShuffledByANewRandomEachEpoch(int epochs) =>
        Enumerable.Repeat(ShuffledByOneRandom(1).Single(), epochs);

    /// <summary>How a wrong loop differs from the contract's: the last, smaller batch dropped; the loss recorded after
    /// the step (of the updated network); the MSE loss with the softmax applied to the one-hot instead of the logits.</summary>
    private sealed record Slip(bool DropsPartialBatch = false, bool RecordsAfterStep = false, bool SoftmaxOnTheOneHot = false);

    /// <summary>The loop written out by hand: per batch Forward, the loss, ZeroGrad, Backward of
    /// <paramref name="backpropagated"/>'s gradient, Step — or one of the usual wrong loops (<paramref name="slip"/>).
    /// Returns the losses and the final parameters.</summary>
    private static (double[] Losses, Matrix<double>[] Parameters) Replay(
        IEnumerable<int[]> orders, TrainingLoss recorded, TrainingLoss backpropagated, Slip? slip = null)
    {
        slip ??= new Slip();
        var network = Network();
        var optimizer = new Sgd(network.Parameters, LearningRate);
        var losses = new List<double>();
        double LossOf(Matrix<double> logits, int[] labels)
        {
            var oneHot = OneHot(labels, logits.ColumnCount);
            return recorded == TrainingLoss.CrossEntropy ? Losses.CrossEntropy(logits, labels)
                : slip.SoftmaxOnTheOneHot ? Losses.MseLoss(Activations.Softmax(oneHot), logits)
                : Losses.MseLoss(Activations.Softmax(logits), oneHot);
        }

        foreach (var order in orders)
        {
            foreach (var indices in order.Chunk(BatchSize).Where(batch => !slip.DropsPartialBatch || batch.Length == BatchSize))
            {
                var labels = Digits.LabelsAt(indices);
                var logits = network.Forward(Digits.Inputs(indices));
                var loss = LossOf(logits, labels);
                optimizer.ZeroGrad();
                network.Backward(backpropagated == TrainingLoss.CrossEntropy
                    ? Gradients.CrossEntropyWrtLogits(logits, labels)
                    : Gradients.MseThroughSoftmaxWrtLogits(logits, labels));
                optimizer.Step();
                losses.Add(slip.RecordsAfterStep ? LossOf(network.Forward(Digits.Inputs(indices)), labels) : loss);
            }
        }

        return ([.. losses], [.. network.Parameters.Select(parameter => parameter.Value.Clone())]);
    }

    /// <summary>The usual wrong loops, each replayed: the one whose losses the trainer recorded, after the marker that
    /// names a mistake, or <paramref name="contract"/> if none matches.</summary>
    private static string Diagnosis(double[] trained, int epochs, TrainingLoss loss, string contract)
    {
        (IEnumerable<int[]> Orders, TrainingLoss Backpropagated, Slip Slip, string Mistake)[] wrongLoops =
        [
            (NeverShuffled(epochs), loss, new Slip(), "the trainer never shuffled: its batches are 0…N−1 in order every epoch. Shuffle 0…N−1 every epoch with the one new Random(seed) made in the constructor"),
            (ShuffledByANewRandomEachEpoch(epochs), loss, new Slip(),
                "every epoch repeats the first epoch's order: the trainer shuffles with a new Random(seed) each epoch. Make one Random(seed) in the constructor and keep shuffling with it, so each epoch has a fresh order"),
            (ShuffledByOneRandom(epochs), loss, new Slip(DropsPartialBatch: true),
                $"the partial last batch is dropped: {Digits.Count} samples in batches of {BatchSize} make {(Digits.Count + BatchSize - 1) / BatchSize} batches, the last one smaller, and every sample is trained on each epoch"),
            (ShuffledByOneRandom(epochs), loss, new Slip(RecordsAfterStep: true),
                "the history is recorded after the update: each batch's loss is that of the forward pass its step starts from, not of the network the step produced"),
            (ShuffledByOneRandom(epochs), TrainingLoss.CrossEntropy, new Slip(),
                "the MSE trainer backpropagated the cross-entropy gradient: each loss backpropagates its own gradient, Gradients.MseThroughSoftmaxWrtLogits for MseThroughSoftmax"),
            (ShuffledByOneRandom(epochs), loss, new Slip(SoftmaxOnTheOneHot: true),
                "the one-hot and the softmax are swapped in the MSE loss: softmax goes on the logits, MseLoss(Softmax(logits), one-hot), not on the one-hot targets"),
        ];
        var matching = wrongLoops
            .Where(wrong => loss == TrainingLoss.MseThroughSoftmax || (wrong.Backpropagated == loss && !wrong.Slip.SoftmaxOnTheOneHot))
            .FirstOrDefault(wrong => Same(trained, Replay(wrong.Orders, loss, wrong.Backpropagated, wrong.Slip).Losses));
        return matching.Mistake is { } mistake ? $"{Suspect.Marker} {mistake}" : contract;
    }

    private static (double[] Losses, Matrix<double>[] Parameters) Trained(int epochs, TrainingLoss loss, Action<Trainer>? betweenEpochs = null)
    {
        var network = Network();
        var trainer = new Trainer(network, new Sgd(network.Parameters, LearningRate), BatchSize, Seed, loss);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            trainer.TrainEpoch(Digits);
            betweenEpochs?.Invoke(trainer);
        }

        return ([.. trainer.LossHistory], [.. network.Parameters.Select(parameter => parameter.Value.Clone())]);
    }

    private static bool Same(double[] actual, double[] expected) =>
        actual.Length == expected.Length && actual.Zip(expected).All(pair => Close(pair.First, pair.Second, ReplayTolerance));

    private static void ShouldEqualTheReplay((double[] Losses, Matrix<double>[] Parameters) trained, (double[] Losses, Matrix<double>[] Parameters) replay, string because)
    {
        trained.Losses.Should().HaveCount(replay.Losses.Length, because);
        for (var i = 0; i < replay.Losses.Length; i++)
        {
            trained.Losses[i].ShouldBeCloseTo(replay.Losses[i], $"batch loss {i} (epoch {i / 3 + 1}, batch {i % 3}): {because}", ReplayTolerance);
        }

        for (var i = 0; i < replay.Parameters.Length; i++)
        {
            trained.Parameters[i].ShouldBeCloseTo(replay.Parameters[i], $"parameter {i} after training: {because}", ReplayTolerance);
        }
    }

    [Fact]
    public void Every_epoch_shuffles_0_to_N_with_the_one_random_the_trainer_keeps()
    {
        const int epochs = 3;
        var trained = Trained(epochs, TrainingLoss.CrossEntropy);
        var because = Diagnosis(
            trained.Losses, epochs, TrainingLoss.CrossEntropy,
            "each epoch takes its batches from 0…N−1 shuffled by random.Shuffle of the one new Random(seed) the trainer keeps (another generator, seed, shuffle or batching gives other batches), then per batch Forward, the loss, ZeroGrad, Backward, Step");
        ShouldEqualTheReplay(trained, Replay(ShuffledByOneRandom(epochs), TrainingLoss.CrossEntropy, TrainingLoss.CrossEntropy), because);
    }

    [Fact]
    [Requires("Losses.MseLoss")]
    [Requires("Activations.Softmax")]
    [Requires("Gradients.MseThroughSoftmaxWrtLogits")]
    public void With_the_MSE_loss_every_step_backpropagates_the_MSE_gradient()
    {
        const int epochs = 2;
        var trained = Trained(epochs, TrainingLoss.MseThroughSoftmax);
        var because = Diagnosis(
            trained.Losses, epochs, TrainingLoss.MseThroughSoftmax,
            "with TrainingLoss.MseThroughSoftmax each batch records Losses.MseLoss(Softmax(logits), one-hot) and backpropagates Gradients.MseThroughSoftmaxWrtLogits");
        ShouldEqualTheReplay(trained, Replay(ShuffledByOneRandom(epochs), TrainingLoss.MseThroughSoftmax, TrainingLoss.MseThroughSoftmax), because);
    }

    [Fact]
    public void Evaluate_changes_nothing_so_a_run_with_evaluations_between_epochs_is_the_same_run()
    {
        var without = Trained(2, TrainingLoss.CrossEntropy);
        var with = Trained(2, TrainingLoss.CrossEntropy, trainer =>
        {
            var epoch = trainer.Epoch;
            var recorded = trainer.LossHistory.Count;
            var (first, again) = (trainer.Evaluate(Digits), trainer.Evaluate(Digits));
            (again.Correct, again.Count).Should().Be((first.Correct, first.Count), "evaluating twice in a row classifies the same way");
            again.AverageLoss.ShouldBeCloseTo(first.AverageLoss, "evaluating twice in a row gives the same loss, up to the rounding of another summation order", 1e-12);
            trainer.Epoch.Should().Be(epoch, "Evaluate does not count an epoch");
            trainer.LossHistory.Should().HaveCount(recorded, "Evaluate records nothing in LossHistory, which holds training batches");
        });
        ShouldEqualTheReplay(with, without,
            "Evaluate must change nothing — no parameter and no draw from the trainer's shuffling Random — so evaluating between epochs leaves the run as it was");
    }

    [Fact]
    [Requires("Losses.MseLoss")]
    [Requires("Activations.Softmax")]
    [Requires("Gradients.MseThroughSoftmaxWrtLogits")]
    public void With_the_MSE_loss_Evaluate_divides_the_summed_squared_error_by_N_times_C()
    {
        // 11 samples in batches of 4 (4, 4, 3) and C = 3 classes: the average is the summed squared error between
        // softmax and one-hot over all 11·3 elements divided by 33, as PyTorch's mse_loss(reduction='mean') of the
        // whole set — the same scale as the batch losses the trainer records.
        var network = Network();
        var trainer = new Trainer(network, new Sgd(network.Parameters, LearningRate), BatchSize, Seed, TrainingLoss.MseThroughSoftmax);
        var logits = network.Forward(Digits.Inputs());
        var expected = NetworkOracle.MseThroughSoftmax(logits, Digits.Labels);

        var batchMeans = Enumerable.Range(0, Digits.Count).Chunk(BatchSize)
            .Select(batch => NetworkOracle.MseThroughSoftmax(network.Forward(Digits.Inputs(batch)), Digits.LabelsAt(batch)))
            .Average();

        var average = trainer.Evaluate(Digits).AverageLoss;
        average.ShouldBeCloseTo(
            expected,
            "Evaluate's MSE is Losses.MseLoss(Softmax(logits), one-hot) over the whole set: the summed squared error divided by N·C (batch means weighted by batch size, divided by N)",
            [
                Suspect.Gives(expected * 3, "the summed squared error was divided by N only, C = 3 times too large: divide by N·C, as PyTorch's mse_loss with reduction='mean' and as Losses.MseLoss over the whole set"),
                Suspect.Gives(batchMeans, $"the test loss is averaged over the batches, not the samples: the last batch of 3 then weighs as much as a full one of {BatchSize}; weight each batch's mean by its size and divide by the {Digits.Count} samples"),
            ],
            1e-12);
    }

    public static TheoryData<string> NonFiniteLogits => new("a −∞ bias", "a NaN weight");

    [Theory]
    [MemberData(nameof(NonFiniteLogits))]
    public void A_logit_that_is_not_finite_stops_training_before_the_step_even_if_the_loss_is_finite(string cause)
    {
        // A −∞ bias of class 1 makes that logit −∞ for every sample: softmax gives it 0, so the cross-entropy of
        // samples labelled 0 and 2 stays finite — only the logits show the network has blown up. A NaN weight makes
        // logits NaN, which the loss functions reject with an ArgumentException unless the trainer checks first.
        var digits = new MnistSet(new byte[4 * 4], [0, 2, 0, 2], rows: 2, columns: 2);
        var network = Network();
        var last = network.Layers.OfType<Linear>().Last();
        if (cause == "a −∞ bias")
        {
            last.Bias.Value[0, 1] = double.NegativeInfinity;
        }
        else
        {
            last.Weight.Value[1, 0] = double.NaN;
        }

        var before = network.Parameters.Select(parameter => parameter.Value.Clone()).ToList();
        var trainer = new Trainer(network, new Sgd(network.Parameters, LearningRate), batchSize: 4, seed: Seed);

        var thrown = Record.Exception(() => trainer.TrainEpoch(digits));
        var rethrow = () =>
        {
            if (thrown is not null)
            {
                throw thrown;
            }
        };
        var diverged = rethrow.Should().Throw<TrainingDivergedException>(
                "{0} makes a logit non-finite in the first batch: the trainer checks the logits as well as the loss, before computing the loss{1}", cause,
                thrown is null or ArgumentException
                    ? $". {Suspect.Marker} only the loss is checked for NaN or infinity, not the logits: a −∞ logit leaves the loss finite, and the loss functions reject a NaN one with an ArgumentException"
                    : "")
            .Which;
        (diverged.Epoch, diverged.Batch).Should().Be((1, 0), "the first batch of the first epoch diverged (epoch from 1, batch from 0)");
        diverged.Message.Should().MatchRegex(
            StatedMessages.TrainerDivergence.Pattern(("epoch", 1), ("batch", 0), ("batches", 1), ("first", 0), ("end", 4)),
            "the message names where training stopped: epoch 1, batch 0 of 1, samples 0–4 of the epoch's order");
        diverged.Message.Should().Contain(StatedMessages.TrainerDivergenceAdvice.Text, "the message suggests a smaller learning rate");
        for (var i = 0; i < before.Count; i++)
        {
            // Compared with Equals, for which the planted NaN equals itself.
            network.Parameters[i].Value.Enumerate().Should().Equal(
                before[i].Enumerate(), "parameter {0}: a batch that diverged stops before ZeroGrad, Backward and Step, so no value moves", i);
        }
    }

    [Fact]
    public void The_constructor_keeps_its_settings_and_starts_at_epoch_0()
    {
        var network = Network();
        var trainer = new Trainer(network, new Sgd(network.Parameters, LearningRate), batchSize: 7, seed: 1, loss: TrainingLoss.MseThroughSoftmax);
        trainer.BatchSize.Should().Be(7, "BatchSize is the batch size given");
        trainer.Loss.Should().Be(TrainingLoss.MseThroughSoftmax, "Loss is the loss given");
        trainer.Epoch.Should().Be(0, "no epoch has been trained yet");
        trainer.LossHistory.Should().BeEmpty("no batch has been trained yet");
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        var network = Network();
        var optimizer = new Sgd(network.Parameters, LearningRate);
        FluentActions.Invoking(() => new Trainer(null!, optimizer)).Should().Throw<ArgumentNullException>("a trainer needs a network").WithParameterName("network");
        FluentActions.Invoking(() => new Trainer(network, null!)).Should().Throw<ArgumentNullException>("a trainer needs an optimiser").WithParameterName("optimizer");
        var trainer = new Trainer(network, optimizer);
        FluentActions.Invoking(() => trainer.TrainEpoch(null!)).Should().Throw<ArgumentNullException>("there is nothing to train on").WithParameterName("train");
        FluentActions.Invoking(() => trainer.Evaluate(null!)).Should().Throw<ArgumentNullException>("there is nothing to evaluate").WithParameterName("test");
    }

    [Fact]
    public void Argmax_rejects_NaN_scores_with_their_position() =>
        FluentActions.Invoking(() => Trainer.Argmax(M([[1.0, 2.0], [double.NaN, 0.0]])))
            .Should().Throw<ArgumentException>("a NaN score has no order; Guard.NotEmptyNoNaN names it").WithParameterName("scores")
            .WithMessage("scores[1, 0] is NaN*");
}
