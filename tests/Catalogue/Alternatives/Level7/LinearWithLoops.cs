// Alternative: loops instead of MathNet's matrix products in forward and backward, the gradients accumulated element by element
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear

// replace:
        var output = input.TransposeAndMultiply(Weight.Value);
// through:
                output[i, j] += bias;
// with:
        var output = Matrix<double>.Build.Dense(input.RowCount, OutFeatures);
        for (var i = 0; i < input.RowCount; i++)
        {
            for (var j = 0; j < OutFeatures; j++)
            {
                var sum = Bias.Value[0, j];
                for (var k = 0; k < InFeatures; k++)
                {
                    sum += input[i, k] * Weight.Value[j, k];
                }

                output[i, j] = sum;

// replace:
        Weight.Gradient.Add(outputGradient.TransposeThisAndMultiply(x), Weight.Gradient);
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
        return outputGradient.Multiply(Weight.Value);
// with:
        var inputGradient = Matrix<double>.Build.Dense(x.RowCount, InFeatures);
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

        return inputGradient;
