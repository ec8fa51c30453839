namespace LossKata;

/// <summary>
/// One step of a network (level 7), as a PyTorch module: <see cref="Forward"/> maps a batch (one row per
/// sample) and remembers what the backward pass needs; <see cref="Backward"/> takes ∂loss/∂output of that
/// forward pass, adds ∂loss/∂parameter into each parameter's gradient and returns ∂loss/∂input.
/// </summary>
public interface ILayer
{
    /// <summary>The trainable tensors of the layer (none for an activation).</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The output for an N×in batch; remembers what <see cref="Backward"/> needs.</summary>
    Matrix<double> Forward(Matrix<double> input);

    /// <summary>Given ∂loss/∂output (the shape of the last output), accumulates the parameter gradients and
    /// returns ∂loss/∂input (the shape of the last input).</summary>
    Matrix<double> Backward(Matrix<double> outputGradient);
}
