using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level1;

public sealed partial class EntropyTests
{
    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.Entropy);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_in_nats_and_bits(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.Entropy, name);
        Information.Entropy(V(reference.P)).ShouldBeCloseTo(
            reference.Nats,
            $"PyTorch gives H({Show(reference.P)}) = −Σ xlogy(p, p) in nats ('{name}')",
            EntropySuspects.Of(V(reference.P)));
        Information.Entropy(V(reference.P), logBase: 2).ShouldBeCloseTo(
            reference.Bits, $"in base 2 every logarithm is divided by ln 2 ('{name}')", EntropySuspects.Of(V(reference.P), 2));
    }
}
