using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level8;

[Exercise("Trainer")]
[Requires("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
[Requires("Sgd")]
[Requires("Losses.CrossEntropy")]
[Requires("Gradients.CrossEntropyWrtLogits")]
public sealed class TrainerTests
{
    private static readonly Lazy<(MnistSet Train, MnistSet Test)> Shipped = new(() => Mnist.Load(Mnist.DefaultFolder()));

    private static MnistSet Train => Shipped.Value.Train;

    private static MnistSet Test => Shipped.Value.Test;

    [Probe("Trainer")]
    internal static void Probe()
    {
        // Trainer's own static member first: a stub Trainer is "not started", not waiting for the network it trains.
        Trainer.Argmax(M([[1.0, 2.0]]));
        var digits = new MnistSet(new byte[8], [0, 1], rows: 2, columns: 2);
        var trainer = NewTrainer([4, 3, 10], NetworkOracle.KaimingNormal, seed: 0, learningRate: 0.1, batchSize: 2);
        trainer.TrainEpoch(digits);
        trainer.Evaluate(digits);
    }

    private static Trainer NewTrainer(
        int[] sizes, Action<Matrix<double>, Random> initialise, int seed, double learningRate, int batchSize = 200, bool finalRelu = false) =>
        NewTrainer(new Mlp(sizes, initialise, new Random(seed), finalRelu), seed, learningRate, batchSize);

    private static Trainer NewTrainer(Mlp network, int seed, double learningRate, int batchSize = 200) =>
        new(network, new Sgd(network.Parameters, learningRate), batchSize, seed);

    [Fact]
    public void Two_epochs_at_lr_0_1_reach_80_percent_on_the_shipped_subset()
    {
        // PyTorch reaches about 0.94 after 10 epochs at lr 0.1 on these files and above 0.85 after two; 0.80 leaves
        // room for any seed while a network that learns nothing stays near 0.1.
        var trainer = NewTrainer([784, 200, 200, 10], NetworkOracle.KaimingNormal, seed: 1, learningRate: 0.1);
        trainer.TrainEpoch(Train);
        trainer.TrainEpoch(Train);
        var result = trainer.Evaluate(Test);
        result.Count.Should().Be(2000, "every test digit is evaluated");
        result.Accuracy.Should().BeGreaterThanOrEqualTo(0.80, "two epochs of SGD at lr 0.1 classify most digits (test loss {0:F4})", result.AverageLoss);
        trainer.LossHistory[^1].Should().BeLessThan(trainer.LossHistory[0], "the training loss goes down");
    }

    [Fact]
    public void With_randn_and_a_relu_on_the_logits_the_output_units_die_and_the_loss_sits_at_ln_10()
    {
        // randn makes the logits thousands wide; the first steps push each unit that wins a batch down by as much,
        // below zero for every digit, where the ReLU blocks its gradient for good. Once a unit's output is 0 for every
        // input it is dead: its digit is never predicted, and a sample whose every output is 0 has loss exactly ln 10.
        // PyTorch (these files, five seeds) leaves 6–10 of 10 units dead after the first epoch and 0.098–0.108 accuracy
        // (tools/reference/level_8_results.txt).
        var network = new Mlp([784, 200, 200, 10], NetworkOracle.StandardNormal, new Random(1), finalRelu: true);
        var trainer = NewTrainer(network, seed: 1, learningRate: 0.01);
        trainer.TrainEpoch(Train);

        var outputs = network.Forward(Test.Inputs());
        var dead = Enumerable.Range(0, 10).Count(unit => outputs.Column(unit).All(value => value == 0));
        dead.Should().BeGreaterThanOrEqualTo(5, "most output units are zero for every test digit after one epoch: dead behind the final ReLU");
        Median(trainer.LossHistory.TakeLast(20)).Should().BeApproximately(Math.Log(10), 0.05,
            "a batch whose outputs are all 0 has loss ln 10 = 2.3026, a uniform guess, and the loss stays there");
        trainer.Evaluate(Test).Accuracy.Should().BeLessThan(0.2,
            "dead units never win, and an all-zero row ties and goes to class 0 (9.8 % of the test set)");
    }

    [Fact]
    public void With_randn_but_no_relu_on_the_logits_the_network_still_learns()
    {
        // The same initialisation and seed without the final ReLU: the huge logits still get gradients, so the network
        // learns (PyTorch: about 0.85 after 10 epochs). The ReLU on the logits, not randn alone, is what kills it.
        var trainer = NewTrainer([784, 200, 200, 10], NetworkOracle.StandardNormal, seed: 1, learningRate: 0.01);
        trainer.TrainEpoch(Train);
        trainer.Evaluate(Test).Accuracy.Should().BeGreaterThan(0.6, "without a ReLU on the logits every output keeps its gradient");
    }

    [Fact]
    public void The_same_seed_gives_the_same_run_and_another_seed_another()
    {
        var digits = Train.Take(1000);
        (double[] Losses, Evaluation Result) Run(int seed)
        {
            var trainer = NewTrainer([784, 50, 10], NetworkOracle.KaimingNormal, seed, learningRate: 0.05);
            trainer.TrainEpoch(digits);
            return ([.. trainer.LossHistory], trainer.Evaluate(Test.Take(500)));
        }

        var (losses, result) = Run(3);
        var (againLosses, againResult) = Run(3);
        againLosses.Should().Equal(losses, "the seed fixes the initial weights and the order of the batches, so every loss is identical");
        againResult.Should().Be(result, "an identical run evaluates identically");
        Run(4).Losses.Should().NotEqual(losses, "another seed draws other weights and shuffles differently");
    }

    [Fact]
    public void An_epoch_visits_every_sample_once_in_batches_and_records_every_loss()
    {
        // 1,000 samples in batches of 300: 300, 300, 300, 100.
        var reports = new List<BatchProgress>();
        var trainer = NewTrainer([784, 20, 10], NetworkOracle.KaimingNormal, seed: 0, learningRate: 0.05, batchSize: 300);
        var epochLoss = trainer.TrainEpoch(Train.Take(1000), reports.Add);

        trainer.Epoch.Should().Be(1, "one epoch was trained");
        reports.Select(r => r.Batch).Should().Equal([0, 1, 2, 3], "BatchProgress.Batch is the batch's index within the epoch, counted from 0");
        reports.Select(r => r.Seen).Should().Equal([0, 300, 600, 900], "the tutorial's progress counter: samples seen before the batch");
        reports.Should().OnlyContain(r => r.Epoch == 1 && r.Batches == 4 && r.Total == 1000, "4 batches cover 1,000 samples, the last one partial");
        trainer.LossHistory.Should().Equal(reports.Select(r => r.Loss), "the history holds the loss of every batch in order");
        epochLoss.ShouldBeCloseTo(reports.Average(r => r.Loss), "an epoch's loss is the mean of its batch losses");
        trainer.TrainEpoch(Train.Take(1000));
        trainer.LossHistory.Should().HaveCount(8, "the history keeps growing across epochs");
        trainer.Epoch.Should().Be(2, "every TrainEpoch counts one more epoch");
    }

    [Fact]
    public void A_learning_rate_far_too_high_stops_training_with_the_epoch_and_batch()
    {
        var trainer = NewTrainer([784, 200, 200, 10], NetworkOracle.KaimingNormal, seed: 1, learningRate: 1e4);
        FluentActions.Invoking(() => trainer.TrainEpoch(Train.Take(4000)))
            .Should().Throw<TrainingDivergedException>()
            .WithMessage(StatedMessages.TrainerDivergence.Wildcard)
            .Where(e => e.Epoch == 1 && e.Batch > 0, "the first batch is computed with the untouched initial weights, so it is finite");
    }

    [Fact]
    public void Evaluate_averages_the_loss_over_every_sample_and_counts_correct_argmaxes()
    {
        // An untrained Kaiming network: its loss, computed sample by sample, must equal Evaluate's average.
        var network = new Mlp([784, 30, 10], NetworkOracle.KaimingNormal, new Random(2));
        var trainer = NewTrainer(network, seed: 2, learningRate: 0.1, batchSize: 64);
        var digits = Test.Take(300);
        // Both expectations are taken before Evaluate runs the network again; the arg-max is written out here.
        var logits = network.Forward(digits.Inputs());
        var expectedLoss = NetworkOracle.CrossEntropy(logits, digits.Labels);
        var expectedCorrect = Enumerable.Range(0, digits.Count).Count(row =>
            Enumerable.Range(0, logits.ColumnCount).Aggregate((best, column) => logits[row, column] > logits[row, best] ? column : best) == digits.Labels[row]);

        var result = trainer.Evaluate(digits);
        result.AverageLoss.ShouldBeCloseTo(expectedLoss, "the average over 300 samples in batches of 64 equals the mean over all at once", 1e-12);
        result.Correct.Should().Be(expectedCorrect, "a sample is correct when the arg-max of its logits is its label");
        result.Count.Should().Be(300, "every sample is evaluated once");
    }

    [Fact]
    public void Argmax_breaks_ties_at_the_first_index_as_torch_argmax() =>
        Trainer.Argmax(M([[1.0, 3.0, 3.0], [0.0, 0.0, 0.0], [2.0, 1.0, 2.0], [-1.0, -0.5, -2.0]]))
            .Should().Equal([1, 0, 0, 1], "the first of equal maxima wins, so an all-zero output row (dead units) predicts class 0");

    [Fact]
    public void A_batch_size_must_be_positive() =>
        FluentActions.Invoking(() => NewTrainer([4, 10], NetworkOracle.KaimingNormal, seed: 0, learningRate: 0.1, batchSize: 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("batchSize");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }
}
