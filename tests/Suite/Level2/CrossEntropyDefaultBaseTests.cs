using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level2;

/// <summary>The default base on its own, so that a learner who used log₂ in the terms reads that in the message
/// (the other tests of the base check bits first, where the same mistake shows only as a wrong number).</summary>
[Exercise("Information.CrossEntropy")]
public sealed class CrossEntropyDefaultBaseTests
{
    [Fact]
    public void Without_a_base_argument_cross_entropy_is_in_nats() =>
        // −(½ ln ¼ + ½ ln ¾) = ½ · 1.3862944 + ½ · 0.2876821 = 0.8369882 nats (= 1.2075187 bits).
        Information.CrossEntropy(V(0.5, 0.5), V(0.25, 0.75)).ShouldBeCloseTo(
            0.83698821678583583, "the default base is e (nats), as in PyTorch; 1.2075 = 0.8370 / ln 2 means log₂ was used");
}
