// Alternative: loops instead of MathNet's matrix products in forward and backward, the gradients accumulated element by element
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear

// replace:
    private Matrix<double>? weightGradientOfBatch;
// with:

// replace:
        x.TransposeAndMultiply(Weight.Value, output);
// through:
                value += bias;
// with:
        for (var i = 0; i < x.RowCount; i++)
        {
            for (var j = 0; j < OutFeatures; j++)
            {
                var sum = Bias.Value[0, j];
                for (var k = 0; k < InFeatures; k++)
                {
                    sum += x[i, k] * Weight.Value[j, k];
                }

                output[i, j] = sum;

// replace:
        weightGradientOfBatch ??= Matrix<double>.Build.Dense(OutFeatures, InFeatures);
        outputGradient.TransposeThisAndMultiply(x, weightGradientOfBatch);
        Weight.Gradient.Add(weightGradientOfBatch, Weight.Gradient);
// with:
        for (var i = 0; i < x.RowCount; i++)
        {
            for (var j = 0; j < OutFeatures; j++)
            {
                var g = outputGradient[i, j];
                for (var k = 0; k < InFeatures; k++)
                {
                    Weight.Gradient[j, k] += g * x[i, k];
                }
            }
        }

// replace:
            outputGradient.Multiply(Weight.Value, inputGradient);
// with:
            for (var i = 0; i < x.RowCount; i++)
            {
                for (var k = 0; k < InFeatures; k++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < OutFeatures; j++)
                    {
                        sum += outputGradient[i, j] * Weight.Value[j, k];
                    }

                    inputGradient[i, k] = sum;
                }
            }
