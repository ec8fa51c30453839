extern alias Reference;

namespace LossKata.Tests;

/// <summary>
/// The reference implementation (solutions/), called where a test of one exercise needs the value of another:
/// a test counted for exercise X compares X against this oracle, never against the learner's version of Y, so a
/// mistake in Y costs only Y. Identities between two exercises are checked once from each side, each time with
/// the learner's function under test and the oracle for the other.
/// </summary>
internal static class Oracle
{
    public static double Entropy(Vector<double> p, double logBase = Math.E) =>
        Reference::LossKata.Information.Entropy(p, logBase);

    public static double CrossEntropy(Vector<double> p, Vector<double> q, double logBase = Math.E) =>
        Reference::LossKata.Information.CrossEntropy(p, q, logBase);

    public static double KlDivergence(Vector<double> p, Vector<double> q, double logBase = Math.E) =>
        Reference::LossKata.Information.KlDivergence(p, q, logBase);
}
