// Alternative: the input remembered instead of the output, the mask taken as x > 0 and applied with PointwiseMultiply
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu

// replace:
        var (gradient, y, result) = (ValuesOf(outputGradient), ValuesOf(output), inputGradient.AsColumnMajorArray());
// through:
            result[i] = y[i] > 0 ? gradient[i] : 0;
        }
// with:
        outputGradient.PointwiseMultiply(output.Map(x => x > 0 ? 1.0 : 0.0), inputGradient);

// replace:
        output = result;
// with:
        output = input;
