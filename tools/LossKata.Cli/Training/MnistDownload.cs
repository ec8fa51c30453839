using System.Globalization;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using LossKata.Grading;

[assembly: InternalsVisibleTo("LossKata.Cli.Tests")]

namespace LossKata.Cli.Training;

/// <summary>One of MNIST's four gzip'd IDX files and the MD5 it must have.</summary>
internal sealed record MnistFile(string Name, string Md5);

/// <summary>A download that failed on every mirror; the message names the file, each mirror and what went wrong.</summary>
internal sealed class MnistDownloadException(string message) : Exception(message);

/// <summary>
/// Where <c>train --data mnist</c> gets full MNIST: the four files with their published MD5s, the folder they are
/// cached in, and how long a silent mirror is waited for. <see cref="Published"/> is what the command uses; tests
/// build their own, with small files and their checksums, served from a local mirror.
/// </summary>
internal sealed record MnistSource(string Folder, IReadOnlyList<MnistFile> Files, TimeSpan Timeout)
{
    /// <summary>The value of <c>--data</c> that asks for full MNIST.</summary>
    public const string DataName = "mnist";

    /// <summary>The MD5s of the .gz files as published with MNIST and checked by torchvision.</summary>
    public static IReadOnlyList<MnistFile> PublishedFiles { get; } =
    [
        new("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
        new("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432"),
        new("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3"),
        new("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c"),
    ];

    /// <summary>
    /// torchvision's mirrors in its order, then TensorFlow's (tensorflow_datasets reads the same four files there;
    /// Keras's tf-keras-datasets folder has MNIST only as mnist.npz, and Fashion-MNIST under these file names).
    /// </summary>
    public static IReadOnlyList<string> DefaultMirrors { get; } =
    [
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        "http://yann.lecun.com/exdb/mnist/",
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
    ];

    /// <summary>The files of full MNIST in the cache folder's <c>mnist</c> subfolder; a mirror silent for 15 s is given up.</summary>
    public static MnistSource Published() =>
        new(Path.Combine(CacheFolder.Root(), DataName), PublishedFiles, TimeSpan.FromSeconds(15));
}

/// <summary>
/// Fetches the files of an <see cref="MnistSource"/> that are not yet in its folder, trying the mirrors in order.
/// Each file is streamed to a temporary name beside its final one while its MD5 is computed, and renamed only when
/// the MD5 is the expected one, so the folder never holds a partial or wrong MNIST file. A mirror that cannot be
/// reached is not asked again for the remaining files. Files already cached are checked and used without a network.
/// </summary>
internal sealed class MnistDownload(MnistSource source, IReadOnlyList<string> mirrors)
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>Makes sure every file is in the source's folder with its MD5, downloading what is missing; returns the folder.</summary>
    /// <exception cref="MnistDownloadException">A file could not be fetched with the right MD5 from any mirror.</exception>
    public string Ensure()
    {
        Directory.CreateDirectory(source.Folder);
        var unreachable = new HashSet<string>();
        foreach (var file in source.Files)
        {
            var path = Path.Combine(source.Folder, file.Name);
            if (File.Exists(path))
            {
                var cached = Md5Of(path);
                if (cached == file.Md5)
                {
                    continue;
                }

                Console.WriteLine($"{path} has MD5 {cached}, not {file.Md5}: downloading it again.");
                File.Delete(path);
            }

            Download(file, path, unreachable);
        }

        return source.Folder;
    }

    private void Download(MnistFile file, string path, HashSet<string> unreachable)
    {
        var failures = new List<string>();
        foreach (var mirror in mirrors)
        {
            if (unreachable.Contains(mirror))
            {
                failures.Add($"{mirror}: skipped, it could not be reached for an earlier file");
                continue;
            }

            var temporary = $"{path}.{Guid.NewGuid():N}.partial";
            try
            {
                var md5 = Fetch(new Uri(new Uri(mirror), file.Name), temporary);
                if (md5 == file.Md5)
                {
                    File.Move(temporary, path, overwrite: true);
                    Console.WriteLine($"{file.Name}: MD5 {md5} as expected, saved in {source.Folder}");
                    return;
                }

                failures.Add($"{mirror}: wrong checksum, MD5 {md5} where {file.Md5} was expected; the file was discarded");
            }
            catch (MirrorUnreachableException unreachableMirror)
            {
                unreachable.Add(mirror);
                failures.Add($"{mirror}: {unreachableMirror.Message}");
            }
            catch (Exception failed) when (failed is HttpRequestException or IOException)
            {
                failures.Add($"{mirror}: {failed.Message}");
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        throw new MnistDownloadException(
            $"{file.Name} could not be downloaded with MD5 {file.Md5}:{string.Concat(failures.Select(failure => $"{Environment.NewLine}  {failure}"))}");
    }

    /// <summary>Streams <paramref name="url"/> into <paramref name="target"/> with a progress bar; returns the MD5 of the bytes.</summary>
    private string Fetch(Uri url, string target)
    {
        using var handler = new SocketsHttpHandler { ConnectTimeout = source.Timeout };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var name = Path.GetFileName(url.LocalPath);
        try
        {
            using var headersTimeout = new CancellationTokenSource(source.Timeout);
            using var response = client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, headersTimeout.Token).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    string.Create(CultureInfo.InvariantCulture, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            var length = response.Content.Headers.ContentLength;
            Console.WriteLine($"Downloading {url}{(length is { } bytes ? $" ({Megabytes(bytes)})" : string.Empty)}");
            using var body = response.Content.ReadAsStream();
            using var output = File.Create(target);
            Copy(body, output, md5, length);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            throw new MirrorUnreachableException(
                $"no answer within {source.Timeout.TotalSeconds:0} s while fetching {name}");
        }
        catch (HttpRequestException failed) when (failed.InnerException is SocketException or IOException || failed.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new MirrorUnreachableException($"cannot be reached ({failed.Message})");
        }

        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    /// <summary>Copies the body chunk by chunk, giving up when one chunk takes longer than the source's timeout.</summary>
    private void Copy(Stream body, Stream output, IncrementalHash md5, long? length) =>
        ConsoleProgress.Show(length, progress => Copy(body, output, md5, length, progress));

    private void Copy(Stream body, Stream output, IncrementalHash md5, long? length, ConsoleProgress progress)
    {
        var buffer = new byte[ChunkBytes];
        long received = 0;
        while (true)
        {
            using var readTimeout = new CancellationTokenSource(source.Timeout);
            var read = body.ReadAsync(buffer, readTimeout.Token).AsTask().GetAwaiter().GetResult();
            if (read == 0)
            {
                break;
            }

            output.Write(buffer, 0, read);
            md5.AppendData(buffer, 0, read);
            received += read;
            progress.Report(received, $"{Megabytes(received)} of {(length is { } bytes ? Megabytes(bytes) : "?")}");
        }
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB");

    private static string Md5Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }

    /// <summary>The mirror did not answer: refused, unknown or silent for longer than the timeout.</summary>
    private sealed class MirrorUnreachableException(string message) : Exception(message);
}
