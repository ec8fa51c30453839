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
        x.TransposeAndMultiply(Weight.Value, output);
// with:
        x.Multiply(Weight.Value, output);

// replace:
        weightGradientOfBatch ??= Matrix<double>.Build.Dense(OutFeatures, InFeatures);
        outputGradient.TransposeThisAndMultiply(x, weightGradientOfBatch);
// with:
        weightGradientOfBatch ??= Matrix<double>.Build.Dense(InFeatures, OutFeatures);
        x.TransposeThisAndMultiply(outputGradient, weightGradientOfBatch);

// replace:
            outputGradient.Multiply(Weight.Value, inputGradient);
// with:
            outputGradient.TransposeAndMultiply(Weight.Value, inputGradient);
