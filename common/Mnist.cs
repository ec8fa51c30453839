using System.Buffers.Binary;
using System.IO.Compression;

namespace LossKata;

/// <summary>
/// Reads MNIST in its standard IDX format from a folder: <c>train-images-idx3-ubyte</c>,
/// <c>train-labels-idx1-ubyte</c>, <c>t10k-images-idx3-ubyte</c>, <c>t10k-labels-idx1-ubyte</c>, each plain or
/// gzip'd (<c>.gz</c>). The repository's <c>data/</c> folder holds a 10,000-digit subset in that format; a folder
/// with the full MNIST is read the same way. A bad file fails with <see cref="InvalidDataException"/> naming the
/// file and the problem (wrong magic number, truncated data, image/label count mismatch).
/// </summary>
public static class Mnist
{
    /// <summary>The mean pixel value of the full MNIST training set (pixels scaled to [0, 1]), as the tutorial normalises.</summary>
    public const double Mean = 0.1307;

    /// <summary>The standard deviation of the full MNIST training pixels (scaled to [0, 1]).</summary>
    public const double Std = 0.3081;

    /// <summary>The number of classes, the digits 0–9.</summary>
    public const int Classes = 10;

    /// <summary>The magic number of an IDX file of unsigned bytes with 3 dimensions (images × rows × columns).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>The magic number of an IDX file of unsigned bytes with 1 dimension (labels).</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>The file that marks a folder as holding MNIST: the training images, plain or gzip'd.</summary>
    private const string TrainImagesName = "train-images-idx3-ubyte";

    /// <summary>Reads the training and test sets from <paramref name="folder"/>.</summary>
    public static (MnistSet Train, MnistSet Test) Load(string folder) =>
        (Load(folder, TrainImagesName, "train-labels-idx1-ubyte"),
         Load(folder, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"));

    /// <summary>Reads one pair of IDX files (images and labels) from <paramref name="folder"/>, each with or without <c>.gz</c>.</summary>
    public static MnistSet Load(string folder, string imagesName, string labelsName)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The MNIST folder '{folder}' does not exist.");
        }

        var imagesPath = Find(folder, imagesName);
        var labelsPath = Find(folder, labelsName);
        var (pixels, count, rows, columns) = ReadImages(imagesPath);
        var labels = ReadLabels(labelsPath);
        if (labels.Length != count)
        {
            throw new InvalidDataException(
                $"{imagesPath} holds {count} images but {labelsPath} holds {labels.Length} labels; there must be one label per image.");
        }

        return new MnistSet(pixels, labels, rows, columns);
    }

    /// <summary>
    /// The folder of the MNIST subset the repository ships: <c>data/</c> beside the running program (the command
    /// line copies it there), or else <c>data/</c> in the nearest folder above it (the repository root, for the tests).
    /// </summary>
    public static string DefaultFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data");
            if (File.Exists(Path.Combine(candidate, TrainImagesName + ".gz")) || File.Exists(Path.Combine(candidate, TrainImagesName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No data/ folder with {TrainImagesName}.gz was found beside or above {AppContext.BaseDirectory}; run from a clone of the repository or pass --data DIR.");
    }

    /// <summary>Reads an IDX file of images: magic 0x00000803, then the image count, rows and columns (big-endian), then the pixels.</summary>
    public static (byte[] Pixels, int Count, int Rows, int Columns) ReadImages(string path)
    {
        var bytes = ReadAll(path);
        var header = Header(bytes, path, ImagesMagic, dimensions: 3);
        var (count, rows, columns) = (header[0], header[1], header[2]);
        var expected = (long)count * rows * columns;
        var available = bytes.Length - 16L;
        if (available < expected)
        {
            throw new InvalidDataException(
                $"{path} is truncated: its header announces {count} images of {rows}×{columns} pixels ({expected} bytes) but only {available} bytes of pixels follow.");
        }

        return (bytes.AsSpan(16, (int)expected).ToArray(), count, rows, columns);
    }

    /// <summary>Reads an IDX file of labels: magic 0x00000801, then the label count (big-endian), then one byte per label, each 0–9.</summary>
    public static int[] ReadLabels(string path)
    {
        var bytes = ReadAll(path);
        var count = Header(bytes, path, LabelsMagic, dimensions: 1)[0];
        var available = bytes.Length - 8;
        if (available < count)
        {
            throw new InvalidDataException(
                $"{path} is truncated: its header announces {count} labels but only {available} bytes of labels follow.");
        }

        var labels = new int[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = bytes[8 + i];
            if (labels[i] >= Classes)
            {
                throw new InvalidDataException($"{path}: label {i} is {labels[i]}, not a digit 0–9.");
            }
        }

        return labels;
    }

    private static string Find(string folder, string name)
    {
        foreach (var candidate in new[] { name, name + ".gz" })
        {
            var path = Path.Combine(folder, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"The MNIST folder '{folder}' has neither {name} nor {name}.gz.", Path.Combine(folder, name));
    }

    /// <summary>The whole file, decompressed when it starts with the gzip signature (1F 8B), whatever its name.</summary>
    private static byte[] ReadAll(string path)
    {
        var raw = File.ReadAllBytes(path);
        if (raw.Length < 2 || raw[0] != 0x1F || raw[1] != 0x8B)
        {
            return raw;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var decompressed = new MemoryStream();
            gzip.CopyTo(decompressed);

            // A cut-off gzip file can decompress without an error; its last four bytes must then still give the
            // uncompressed length (modulo 2³²), which a truncated file's do not.
            var declaredLength = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4));
            if (raw.Length < 18 || declaredLength != (uint)decompressed.Length)
            {
                throw new InvalidDataException(
                    $"it decompresses to {decompressed.Length} bytes but its trailer declares {declaredLength}");
            }

            return decompressed.ToArray();
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"{path} is not a valid gzip file (truncated or corrupt): {exception.Message}", exception);
        }
    }

    /// <summary>Checks the magic number and reads the <paramref name="dimensions"/> big-endian sizes that follow it.</summary>
    private static int[] Header(byte[] bytes, string path, int magic, int dimensions)
    {
        var headerLength = 4 * (1 + dimensions);
        if (bytes.Length < headerLength)
        {
            throw new InvalidDataException($"{path} is truncated: it has {bytes.Length} bytes, fewer than the {headerLength}-byte IDX header.");
        }

        var actual = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (actual != magic)
        {
            var kind = magic == ImagesMagic ? "images (3 dimensions of unsigned bytes)" : "labels (1 dimension of unsigned bytes)";
            throw new InvalidDataException(
                $"{path} has the magic number 0x{actual:X8}, not 0x{magic:X8} of an IDX file of {kind}; is it the right file?");
        }

        var sizes = new int[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            sizes[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 * (1 + i)));
            if (sizes[i] < 0)
            {
                throw new InvalidDataException($"{path}: dimension {i} of the header is negative ({sizes[i]}).");
            }
        }

        return sizes;
    }
}
