namespace LossKata;

// Argument checks for single numbers (a logit, a target, a step size), with the same kind of message as
// the vector checks: the argument's name, its value and what is wrong with it.
public static partial class Guard
{
    /// <summary>Rejects NaN; infinities are allowed (a logit may be ±∞).</summary>
    public static void NotNaN(double value, string name)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException($"{name} is NaN.", name);
        }
    }

    /// <summary>A probability or soft binary target: a number in [0, 1].</summary>
    public static void Probability(double value, string name)
    {
        NotNaN(value, name);
        if (value is < 0 or > 1)
        {
            throw new ArgumentException($"{name} = {Format(value)} is not a probability; it must lie in [0, 1].", name);
        }
    }

    /// <summary>A step size or rate: a finite number greater than 0.</summary>
    public static void PositiveFinite(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} must be positive and finite.");
        }
    }
}
