using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level4;

/// <summary>Bad input shared by the vector and matrix overloads of the softmax family.</summary>
public static class BadLogits
{
    public static void VectorShouldBeRejected<T>(Func<Vector<double>, T> function)
    {
        FluentActions.Invoking(() => function(null!))
            .Should().Throw<ArgumentNullException>("null must fail at the door").WithParameterName("z");
        FluentActions.Invoking(() => function(V()))
            .Should().Throw<ArgumentException>("there is no softmax of nothing").WithParameterName("z").WithMessage("z is empty*");
        FluentActions.Invoking(() => function(V(1, 2, double.NaN)))
            .Should().Throw<ArgumentException>("a NaN logit must fail with its index, not spread NaN through the sum")
            .WithParameterName("z").WithMessage("z[2] is NaN*");
    }

    public static void MatrixShouldBeRejected(Func<Matrix<double>, Matrix<double>> function)
    {
        FluentActions.Invoking(() => function(null!))
            .Should().Throw<ArgumentNullException>("null must fail at the door").WithParameterName("logits");
        FluentActions.Invoking(() => function(Matrix<double>.Build.Dense(0, 3)))
            .Should().Throw<ArgumentException>("a batch needs at least one row").WithParameterName("logits").WithMessage("logits is empty*");
        FluentActions.Invoking(() => function(M([[1, 2, 3], [4, 5, double.NaN]])))
            .Should().Throw<ArgumentException>("a NaN logit must fail with its row and column")
            .WithParameterName("logits").WithMessage("logits[1, 2] is NaN*");
    }
}
