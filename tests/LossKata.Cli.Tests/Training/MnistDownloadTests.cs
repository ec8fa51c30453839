using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using LossKata.Cli.Commands;
using LossKata.Cli.Training;

namespace LossKata.Cli.Tests.Training;

/// <summary>
/// <c>train --data mnist</c> against a mirror on 127.0.0.1. The mirror serves a small MNIST of the standard format
/// (30 training and 10 test digits, gzip'd IDX files), and the command is given these files' MD5s in place of the
/// published ones, which only the real 60,000-digit files have; everything else is the command as users run it.
/// </summary>
public sealed class MnistDownloadTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, byte[]> SmallMnist = new Dictionary<string, byte[]>
    {
        ["train-images-idx3-ubyte.gz"] = Gzip(Images(30, seed: 1)),
        ["train-labels-idx1-ubyte.gz"] = Gzip(Labels(30, seed: 2)),
        ["t10k-images-idx3-ubyte.gz"] = Gzip(Images(10, seed: 3)),
        ["t10k-labels-idx1-ubyte.gz"] = Gzip(Labels(10, seed: 4)),
    };

    private readonly string cache = Directory.CreateTempSubdirectory("losskata-mnist-cache-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    private string MnistFolder => Path.Combine(cache, "mnist");

    /// <summary>The small files' own checksums, as the published table holds the real files'.</summary>
    private static IReadOnlyList<MnistFile> SmallChecksums =>
        [.. SmallMnist.Select(file => new MnistFile(file.Key, Convert.ToHexStringLower(MD5.HashData(file.Value))))];

    private TrainCommand Command(IReadOnlyList<MnistFile> checksums, TimeSpan? timeout = null) =>
        new(() => new MnistSource(MnistFolder, checksums, timeout ?? TimeSpan.FromSeconds(10)));

    [Fact]
    public void Good_files_are_cached_and_trained_on_and_a_second_run_needs_no_mirror()
    {
        string[] arguments = ["--data", "mnist", "--epochs", "1", "--batch-size", "10", "--metrics-json", Path.Combine(cache, "metrics.json")];
        using (var mirror = new LocalMirror(SmallMnist))
        {
            Command(SmallChecksums).Run([.. arguments, "--mirror", mirror.Url]).Should().Be(0, "the files arrive with the expected checksums");
            mirror.Requests.Should().HaveCount(4, "each of the four files is downloaded once");
        }

        Directory.GetFiles(MnistFolder).Select(Path.GetFileName).Should().BeEquivalentTo(SmallMnist.Keys, "the cache holds exactly the four files, no temporary one");
        TrainCount().Should().Be(30, "the run trains on the downloaded files");

        // The mirror is gone (its port closed): the second run must not need it.
        Command(SmallChecksums).Run([.. arguments, "--mirror", ClosedPortUrl()]).Should().Be(0, "the cached files are used without a network");
        TrainCount().Should().Be(30, "the second run reads the same files from the cache");
    }

    [Fact]
    public void Files_with_the_wrong_checksum_fail_naming_the_checksums_and_leave_no_mnist_file()
    {
        using var mirror = new LocalMirror(SmallMnist);
        var (exitCode, error) = RunCapturingErrors(Command(MnistSource.PublishedFiles), ["--data", "mnist", "--mirror", mirror.Url]);

        exitCode.Should().NotBe(0, "a file with the wrong checksum must not be trained on");
        var first = SmallChecksums[0];
        error.Should().Contain("train-images-idx3-ubyte.gz", "the message names the file")
            .And.Contain(mirror.Url, "and the mirror")
            .And.Contain("f68b3c2dcbeaaa9fbdd348bbdeb94873", "and the published MD5 it expected")
            .And.Contain(first.Md5, "and the MD5 it got")
            .And.Contain("checksum", "and says what went wrong");
        Directory.GetFiles(MnistFolder).Should().BeEmpty("neither the wrong file nor a temporary one may stay in the cache");
    }

    [Fact]
    public void A_mirror_whose_port_is_closed_fails_at_once_with_a_clear_message()
    {
        var url = ClosedPortUrl();
        var (exitCode, error) = RunCapturingErrors(Command(SmallChecksums), ["--data", "mnist", "--mirror", url]);

        exitCode.Should().NotBe(0, "nothing could be downloaded");
        error.Should().Contain("Cannot download MNIST").And.Contain(url).And.Contain("cannot be reached", "the message says the mirror did not answer");
        Directory.GetFiles(MnistFolder).Should().BeEmpty("nothing partial is kept");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_mirror_that_accepts_but_never_answers_is_given_up_after_the_timeout()
    {
        using var silent = new SilentMirror();
        var (exitCode, error) = await Task.Run(
            () => RunCapturingErrors(Command(SmallChecksums, TimeSpan.FromSeconds(1)), ["--data", "mnist", "--mirror", silent.Url]),
            TestContext.Current.CancellationToken);

        exitCode.Should().NotBe(0, "a silent mirror must end the run, not hang it");
        error.Should().Contain(silent.Url).And.Contain("no answer within 1 s", "the message names the mirror and the timeout");
        Directory.GetFiles(MnistFolder).Should().BeEmpty("nothing partial is kept");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_silent_mirror_is_waited_for_once_and_the_next_mirror_serves_the_files()
    {
        using var silent = new SilentMirror();
        using var mirror = new LocalMirror(SmallMnist);
        var exitCode = await Task.Run(
            () => Command(SmallChecksums, TimeSpan.FromSeconds(1)).Run(["--data", "mnist", "--epochs", "1", "--mirror", silent.Url, "--mirror", mirror.Url]),
            TestContext.Current.CancellationToken);

        exitCode.Should().Be(0, "the second mirror has every file");
        silent.Connections.Should().Be(1, "a mirror that did not answer is not waited for again for the other three files");
        mirror.Requests.Should().HaveCount(4, "the second mirror serves all four files");
    }

    [Fact]
    public void A_corrupted_cached_file_is_downloaded_again()
    {
        using var mirror = new LocalMirror(SmallMnist);
        Command(SmallChecksums).Run(["--data", "mnist", "--epochs", "1", "--mirror", mirror.Url]).Should().Be(0);
        File.WriteAllBytes(Path.Combine(MnistFolder, "t10k-labels-idx1-ubyte.gz"), [1, 2, 3]);

        Command(SmallChecksums).Run(["--data", "mnist", "--epochs", "1", "--mirror", mirror.Url]).Should().Be(0, "the bad file is replaced");
        mirror.Requests.Should().HaveCount(5, "only the corrupted file is fetched again");
        File.ReadAllBytes(Path.Combine(MnistFolder, "t10k-labels-idx1-ubyte.gz")).Should().Equal(SmallMnist["t10k-labels-idx1-ubyte.gz"]);
    }

    [Theory]
    [InlineData("ftp://example.org/mnist/")]
    [InlineData("not a url")]
    public void A_mirror_must_be_an_http_url(string url)
    {
        using var error = new StringWriter();

        new TrainCommand().Run(["--data", "mnist", "--mirror", url], error).Should().Be(CommandLine.UsageError);

        error.ToString().Should().Match("*--mirror*http*");
    }

    [Fact]
    public void A_mirror_without_data_mnist_is_a_usage_error()
    {
        using var error = new StringWriter();

        new TrainCommand().Run(["--mirror", "http://127.0.0.1/"], error).Should().Be(CommandLine.UsageError);

        error.ToString().Should().Match("*--mirror*only used with --data mnist*");
    }

    [Fact]
    public void The_published_table_lists_the_four_files_with_their_md5s() =>
        MnistSource.PublishedFiles.Select(file => $"{file.Name} {file.Md5}").Should().Equal(
            "train-images-idx3-ubyte.gz f68b3c2dcbeaaa9fbdd348bbdeb94873",
            "train-labels-idx1-ubyte.gz d53e105ee54ea40749a09fcbcd1e9432",
            "t10k-images-idx3-ubyte.gz 9fb629c4189551a2d022fa330f9573f3",
            "t10k-labels-idx1-ubyte.gz ec29112dd5afa0611ce80d1b7f02629c");

    private int TrainCount()
    {
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(cache, "metrics.json")));
        return metrics.RootElement.GetProperty("trainCount").GetInt32();
    }

    /// <summary>Runs the command with the standard error captured (the tests of one class run one at a time).</summary>
    private static (int ExitCode, string Error) RunCapturingErrors(TrainCommand command, string[] arguments)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (command.Run(arguments), error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    /// <summary>A URL on a port that was free a moment ago and is now closed: connecting to it is refused.</summary>
    private static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    private static byte[] Images(int count, int seed)
    {
        var bytes = new byte[16 + (count * 28 * 28)];
        new Random(seed).NextBytes(bytes.AsSpan(16));
        WriteHeader(bytes, Mnist.ImagesMagic, count, 28, 28);
        return bytes;
    }

    private static byte[] Labels(int count, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[8 + count];
        for (var i = 0; i < count; i++)
        {
            bytes[8 + i] = (byte)random.Next(Mnist.Classes);
        }

        WriteHeader(bytes, Mnist.LabelsMagic, count);
        return bytes;
    }

    private static void WriteHeader(byte[] bytes, params int[] magicAndSizes)
    {
        for (var i = 0; i < magicAndSizes.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 * i), magicAndSizes[i]);
        }
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }

    /// <summary>A listener on 127.0.0.1 that accepts connections, counts them and never answers.</summary>
    private sealed class SilentMirror : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> clients = [];

        public SilentMirror()
        {
            listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
            _ = Task.Run(AcceptAsync);
        }

        public string Url { get; }

        public int Connections
        {
            get
            {
                lock (clients)
                {
                    return clients.Count;
                }
            }
        }

        public void Dispose()
        {
            listener.Stop();
            lock (clients)
            {
                clients.ForEach(client => client.Dispose());
            }
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var client = await listener.AcceptTcpClientAsync();
                    lock (clients)
                    {
                        clients.Add(client);
                    }
                }
            }
            catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>An HTTP server on 127.0.0.1 and a free port serving the given files by name, 404 for anything else.</summary>
    private sealed class LocalMirror : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly IReadOnlyDictionary<string, byte[]> files;
        private readonly List<string> requests = [];

        public LocalMirror(IReadOnlyDictionary<string, byte[]> files)
        {
            this.files = files;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/mnist/";
            }

            listener.Prefixes.Add(Url);
            listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public IReadOnlyList<string> Requests
        {
            get
            {
                lock (requests)
                {
                    return [.. requests];
                }
            }
        }

        public void Dispose() => listener.Close();

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception stopped) when (stopped is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var name = Path.GetFileName(context.Request.Url!.AbsolutePath);
                lock (requests)
                {
                    requests.Add(name);
                }

                using var response = context.Response;
                if (files.TryGetValue(name, out var body))
                {
                    response.ContentLength64 = body.Length;
                    await response.OutputStream.WriteAsync(body);
                }
                else
                {
                    response.StatusCode = 404;
                }
            }
        }
    }
}
