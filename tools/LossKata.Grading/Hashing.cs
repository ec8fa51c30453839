using System.Security.Cryptography;
using System.Text;

namespace LossKata.Grading;

/// <summary>SHA-256 fingerprints: of one file (recorded in grade reports) and of a set of named texts (cache keys).</summary>
public static class Hashing
{
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>A fingerprint of named contents that does not depend on their order.</summary>
    public static string OfFiles(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{content.Length}\n"));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
