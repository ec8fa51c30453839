using System.IO.Compression;
using System.Security.Cryptography;

namespace LossKata.Tests.Level8;

/// <summary>The IDX reader (provided code, not an exercise) and the MNIST subset the repository ships in data/.</summary>
[Trait("Level", "8")]
public sealed class MnistTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("losskata-mnist-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_shipped_files_match_their_checksums()
    {
        var data = Mnist.DefaultFolder();
        var listed = File.ReadAllLines(Path.Combine(data, "SHA256SUMS"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split("  "))
            .ToDictionary(parts => parts[1], parts => parts[0]);

        listed.Keys.Should().BeEquivalentTo(
            ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"],
            "data/ ships exactly the four MNIST files");
        foreach (var (name, expected) in listed)
        {
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(data, name))))
                .Should().Be(expected, "{0} must be the subset whose reference results docs/level-8-training.md quotes", name);
        }
    }

    [Fact]
    public void The_shipped_subset_has_8000_training_and_2000_test_digits_of_28_by_28()
    {
        var (train, test) = Mnist.Load(Mnist.DefaultFolder());
        train.Count.Should().Be(8000, "the subset is split 8,000 / 2,000");
        test.Count.Should().Be(2000, "the subset is split 8,000 / 2,000");
        train.PixelsPerImage.Should().Be(784, "MNIST digits are 28×28");
        (test.Rows, test.Columns).Should().Be((28, 28), "MNIST digits are 28×28");
        CountPerDigit(train).Should().Equal([805, 896, 797, 811, 789, 695, 805, 859, 767, 776], "the label counts listed in data/README.md");
        CountPerDigit(test).Should().Equal([196, 231, 194, 221, 191, 168, 209, 211, 177, 202], "the label counts listed in data/README.md");
    }

    [Fact]
    public void The_training_pixels_have_nearly_the_full_sets_mean_and_std()
    {
        // data/README.md: 0.1310 / 0.3085 over these 8,000 images, against 0.1307 / 0.3081 for the full MNIST,
        // which is why normalising with the full set's numbers is right here too.
        var train = Mnist.Load(Mnist.DefaultFolder()).Train;
        var pixels = Enumerable.Range(0, train.Count).SelectMany(i => train.Image(i).ToArray()).Select(p => p / 255.0).ToArray();
        var mean = pixels.Average();
        var std = Math.Sqrt(pixels.Average(p => (p - mean) * (p - mean)));
        mean.Should().BeApproximately(0.1310, 5e-5, "the mean pixel value quoted in data/README.md (4 decimals)");
        std.Should().BeApproximately(0.3085, 5e-5, "the pixel standard deviation quoted in data/README.md (4 decimals)");
        mean.Should().BeApproximately(Mnist.Mean, 1e-3, "the subset's pixels are distributed as the full set's");
        std.Should().BeApproximately(Mnist.Std, 1e-3, "the subset's pixels are distributed as the full set's");
    }

    [Fact]
    public void Inputs_are_scaled_to_one_and_normalised_one_image_per_row()
    {
        // Two 1×2 images: bytes (0, 255) and (51, 102); 255 → (1 − 0.1307) / 0.3081, 0 → −0.1307 / 0.3081.
        var set = new MnistSet([0, 255, 51, 102], [3, 7], rows: 1, columns: 2);
        var inputs = set.Inputs([1, 0]);
        inputs.RowCount.Should().Be(2, "one row per chosen image");
        inputs[0, 0].ShouldBeCloseTo((0.2 - Mnist.Mean) / Mnist.Std, "51/255 = 0.2, then (x − 0.1307) / 0.3081");
        inputs[1, 1].ShouldBeCloseTo((1 - Mnist.Mean) / Mnist.Std, "255/255 = 1, then (x − 0.1307) / 0.3081");
        inputs[1, 0].ShouldBeCloseTo(-Mnist.Mean / Mnist.Std, "0 becomes −mean/std");
        set.LabelsAt([1, 0]).Should().Equal([7, 3], "labels follow the chosen order");
    }

    [Fact]
    public void Plain_and_gzipped_files_read_the_same()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 3, rows: 2, columns: 2, pixelBytes: 12);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 3, labelBytes: [1, 2, 9]);
        var plain = Mnist.Load(folder, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");

        Gzip("train-images-idx3-ubyte");
        Gzip("train-labels-idx1-ubyte");
        var gzipped = Mnist.Load(folder, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");

        gzipped.Labels.Should().Equal(plain.Labels, "the .gz file holds the same bytes").And.Equal([1, 2, 9]);
        gzipped.Image(2).ToArray().Should().Equal(plain.Image(2).ToArray(), "the .gz file holds the same bytes");
        plain.Image(2).ToArray().Should().Equal([8, 9, 10, 11], "image 2 is bytes 8–11 after the 16-byte header");
    }

    [Fact]
    public void An_images_file_with_the_wrong_magic_number_is_rejected()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.LabelsMagic, count: 1, rows: 2, columns: 2, pixelBytes: 4);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 1, labelBytes: [0]);
        LoadingShouldFail("*train-images-idx3-ubyte*magic number 0x00000801*not 0x00000803*");
    }

    [Fact]
    public void A_labels_file_with_the_wrong_magic_number_is_rejected()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 1, rows: 2, columns: 2, pixelBytes: 4);
        WriteLabels("train-labels-idx1-ubyte", 0x12345678, count: 1, labelBytes: [0]);
        LoadingShouldFail("*train-labels-idx1-ubyte*magic number 0x12345678*not 0x00000801*");
    }

    [Fact]
    public void Truncated_pixels_are_rejected_with_what_was_promised()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 3, rows: 2, columns: 2, pixelBytes: 10);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 3, labelBytes: [0, 1, 2]);
        LoadingShouldFail("*train-images-idx3-ubyte is truncated*3 images of 2×2*12 bytes*only 10*");
    }

    [Fact]
    public void Truncated_labels_are_rejected()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 3, rows: 2, columns: 2, pixelBytes: 12);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 3, labelBytes: [0, 1]);
        LoadingShouldFail("*train-labels-idx1-ubyte is truncated*3 labels*only 2*");
    }

    [Fact]
    public void A_file_shorter_than_its_header_is_rejected()
    {
        File.WriteAllBytes(Path.Combine(folder, "train-images-idx3-ubyte"), [0, 0, 8]);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 1, labelBytes: [0]);
        LoadingShouldFail("*train-images-idx3-ubyte is truncated*3 bytes*16-byte IDX header*");
    }

    [Fact]
    public void Different_numbers_of_images_and_labels_are_rejected()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 3, rows: 2, columns: 2, pixelBytes: 12);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 2, labelBytes: [0, 1]);
        LoadingShouldFail("*3 images*2 labels*one label per image*");
    }

    [Fact]
    public void A_label_that_is_not_a_digit_is_rejected()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 2, rows: 2, columns: 2, pixelBytes: 8);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 2, labelBytes: [4, 12]);
        LoadingShouldFail("*label 1 is 12, not a digit*");
    }

    [Fact]
    public void A_corrupt_gzip_file_is_rejected()
    {
        WriteImages("train-images-idx3-ubyte", Mnist.ImagesMagic, count: 3, rows: 2, columns: 2, pixelBytes: 12);
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 3, labelBytes: [0, 1, 2]);
        Gzip("train-images-idx3-ubyte");
        var path = Path.Combine(folder, "train-images-idx3-ubyte.gz");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        LoadingShouldFail("*train-images-idx3-ubyte.gz is not a valid gzip file*");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        WriteLabels("train-labels-idx1-ubyte", Mnist.LabelsMagic, count: 1, labelBytes: [0]);
        FluentActions.Invoking(() => Mnist.Load(folder, "train-images-idx3-ubyte", "train-labels-idx1-ubyte"))
            .Should().Throw<FileNotFoundException>().WithMessage("*neither train-images-idx3-ubyte nor train-images-idx3-ubyte.gz*");
    }

    [Fact]
    public void A_missing_folder_is_named() =>
        FluentActions.Invoking(() => Mnist.Load(Path.Combine(folder, "nowhere")))
            .Should().Throw<DirectoryNotFoundException>().WithMessage("*nowhere*does not exist*");

    private static int[] CountPerDigit(MnistSet set) =>
        [.. Enumerable.Range(0, Mnist.Classes).Select(digit => set.Labels.Count(label => label == digit))];

    private void LoadingShouldFail(string message) =>
        FluentActions.Invoking(() => Mnist.Load(folder, "train-images-idx3-ubyte", "train-labels-idx1-ubyte"))
            .Should().Throw<InvalidDataException>().WithMessage(message);

    /// <summary>An IDX images file: magic, count, rows, columns (big-endian), then pixel bytes 0, 1, 2, … .</summary>
    private void WriteImages(string name, int magic, int count, int rows, int columns, int pixelBytes) =>
        File.WriteAllBytes(Path.Combine(folder, name),
            [.. BigEndian(magic), .. BigEndian(count), .. BigEndian(rows), .. BigEndian(columns), .. Enumerable.Range(0, pixelBytes).Select(i => (byte)i)]);

    private void WriteLabels(string name, int magic, int count, byte[] labelBytes) =>
        File.WriteAllBytes(Path.Combine(folder, name), [.. BigEndian(magic), .. BigEndian(count), .. labelBytes]);

    /// <summary>Replaces the file by its gzip'd version with the .gz suffix.</summary>
    private void Gzip(string name)
    {
        var path = Path.Combine(folder, name);
        using (var output = new GZipStream(File.Create(path + ".gz"), CompressionLevel.Optimal))
        {
            output.Write(File.ReadAllBytes(path));
        }

        File.Delete(path);
    }

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
