namespace LossKata;

/// <summary>
/// Labelled digit images as read by <see cref="Mnist"/>: the pixel bytes (0–255, row-major, one image after the
/// other) and one label per image. <see cref="Inputs(IReadOnlyList{int}, double, double)"/> turns chosen images into the
/// network's input matrix, one row of <see cref="PixelsPerImage"/> normalised pixels per image.
/// </summary>
public sealed class MnistSet
{
    private readonly byte[] pixels;
    private readonly int[] labels;

    /// <summary>Wraps pixels (count × rows × columns bytes) and their labels (count digits 0–9).</summary>
    public MnistSet(byte[] pixels, int[] labels, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (pixels.Length != (long)labels.Length * rows * columns)
        {
            throw new ArgumentException(
                $"pixels has {pixels.Length} bytes but {labels.Length} images of {rows}×{columns} need {(long)labels.Length * rows * columns}.", nameof(pixels));
        }

        this.pixels = pixels;
        this.labels = labels;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The number of images.</summary>
    public int Count => labels.Length;

    /// <summary>The height of an image in pixels (28 for MNIST).</summary>
    public int Rows { get; }

    /// <summary>The width of an image in pixels (28 for MNIST).</summary>
    public int Columns { get; }

    /// <summary>Rows × columns: the width of an input row (784 for MNIST).</summary>
    public int PixelsPerImage => Rows * Columns;

    /// <summary>The label (digit) of every image, in order.</summary>
    public IReadOnlyList<int> Labels => labels;

    /// <summary>The bytes of image <paramref name="index"/>, row after row.</summary>
    public ReadOnlySpan<byte> Image(int index) => pixels.AsSpan(index * PixelsPerImage, PixelsPerImage);

    /// <summary>The first <paramref name="count"/> images and their labels (a smaller set for quick runs).</summary>
    public MnistSet Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        count = Math.Min(count, Count);
        return new MnistSet(pixels[..(count * PixelsPerImage)], labels[..count], Rows, Columns);
    }

    /// <summary>The labels of the images at <paramref name="indices"/>, in that order.</summary>
    public int[] LabelsAt(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var chosen = new int[indices.Count];
        for (var i = 0; i < chosen.Length; i++)
        {
            chosen[i] = labels[indices[i]];
        }

        return chosen;
    }

    /// <summary>
    /// The images at <paramref name="indices"/> as an N×(rows·columns) matrix, one image per row, each pixel
    /// scaled to [0, 1] and normalised as the tutorial does: $x = (p/255 - \mu)/\sigma$ with
    /// $\mu$ = <paramref name="mean"/>, $\sigma$ = <paramref name="std"/>.
    /// </summary>
    public Matrix<double> Inputs(IReadOnlyList<int> indices, double mean = Mnist.Mean, double std = Mnist.Std)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var inputs = Matrix<double>.Build.Dense(indices.Count, PixelsPerImage);
        Inputs(indices, inputs, mean, std);
        return inputs;
    }

    /// <summary>
    /// Writes the images at <paramref name="indices"/> into <paramref name="result"/>, a dense
    /// indices.Count×(rows·columns) matrix, as <see cref="Inputs(IReadOnlyList{int}, double, double)"/> builds them:
    /// a training loop reuses one matrix for every batch instead of allocating one per batch.
    /// </summary>
    /// <typeparam name="T">double, the network's type; or float, for a network trained in single precision.</typeparam>
    public void Inputs<T>(IReadOnlyList<int> indices, Matrix<T> result, double mean = Mnist.Mean, double std = Mnist.Std)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(result);
        var n = indices.Count;
        var width = PixelsPerImage;
        if (result.RowCount != n || result.ColumnCount != width)
        {
            throw new ArgumentException(
                $"result is {result.RowCount}×{result.ColumnCount} but {n} images of {Rows}×{Columns} pixels need {n}×{width}.", nameof(result));
        }

        // MathNet's dense storage is column-major: element (row, column) lives at column · n + row.
        var data = result.AsColumnMajorArray()
            ?? throw new ArgumentException("result must be a dense matrix (Matrix<double>.Build.Dense), whose values can be written in place.", nameof(result));

        // Where each chosen image starts in the pixels.
        Span<int> starts = n <= 1024 ? stackalloc int[n] : new int[n];
        for (var row = 0; row < n; row++)
        {
            var index = indices[row];
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(indices), index, $"indices[{row}] = {index} is not an image of this set; it holds images 0 to {Count - 1}.");
            }

            starts[row] = index * width;
        }

        // A pixel is one of 256 bytes, so each normalised value is computed once, by the same expression.
        Span<T> normalised = stackalloc T[256];
        for (var value = 0; value < normalised.Length; value++)
        {
            normalised[value] = T.CreateTruncating(((value / 255.0) - mean) / std);
        }

        // A cache line of rows at a time (8 doubles or 16 floats): their values in one column are adjacent, one 64-byte
        // line, so each line of the matrix is written whole instead of a value at a time (2–3× faster for a batch of 200).
        var rowsAtATime = 64 / System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        for (var first = 0; first < n; first += rowsAtATime)
        {
            var rows = Math.Min(rowsAtATime, n - first);
            for (var column = 0; column < width; column++)
            {
                for (var row = first; row < first + rows; row++)
                {
                    data[(column * n) + row] = normalised[pixels[starts[row] + column]];
                }
            }
        }
    }

    /// <summary>All images, in order, as <see cref="Inputs(IReadOnlyList{int}, double, double)"/> does.</summary>
    public Matrix<double> Inputs() => Inputs(Enumerable.Range(0, Count).ToArray());
}
