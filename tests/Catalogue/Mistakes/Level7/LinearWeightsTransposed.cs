// Mistake: weights transposed in Linear: stored in×out and multiplied as x·W, where PyTorch's weight is out×in and y = x·Wᵀ + b
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "stored in×out", "transpose the operand W"

// replace:
        Weight = new Parameter(Matrix<double>.Build.Dense(outFeatures, inFeatures));
// with:
        Weight = new Parameter(Matrix<double>.Build.Dense(inFeatures, outFeatures));

// replace:
    public int InFeatures => Weight.Value.ColumnCount;

    /// <summary>The width of the output.</summary>
    public int OutFeatures => Weight.Value.RowCount;
// with:
    public int InFeatures => Weight.Value.RowCount;

    /// <summary>The width of the output.</summary>
    public int OutFeatures => Weight.Value.ColumnCount;

// replace:
        var output = input.TransposeAndMultiply(Weight.Value);
// with:
        var output = input.Multiply(Weight.Value);

// replace:
        Weight.Gradient.Add(outputGradient.TransposeThisAndMultiply(x), Weight.Gradient);
// with:
        Weight.Gradient.Add(x.TransposeThisAndMultiply(outputGradient), Weight.Gradient);

// replace:
        return outputGradient.Multiply(Weight.Value);
// with:
        return outputGradient.TransposeAndMultiply(Weight.Value);
