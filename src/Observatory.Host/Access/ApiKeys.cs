using System.Security.Cryptography;
using System.Text;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Access;

/// <summary>
/// Bearer keys look like <c>obs_{network}_{secret}</c>: 256 random bits, base64url. The network in the key only tells
/// the server where to look (one shard, one index probe); the tenant is the network of the stored row the hash
/// matches, so a key edited to name another network matches nothing. Only the SHA-256 is stored: a leaked database
/// holds no usable key, and a high-entropy secret needs no slow hash.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "obs_";

    public static (string Key, string KeyId, string Hash) Generate(string network)
    {
        if (!StreamNames.IsValidNetwork(network))
            throw new ArgumentException("A network is a lowercase slug.", nameof(network));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Prefix}{network}_{secret}";
        var keyId = "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return (key, keyId, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The network a key says it belongs to; false for anything that is not shaped like a key.</summary>
    public static bool TryReadNetwork(string? key, out string network)
    {
        network = "";
        if (key is null || key.Length > 200 || !key.StartsWith(Prefix, StringComparison.Ordinal))
            return false;
        var rest = key.AsSpan(Prefix.Length);
        var cut = rest.IndexOf('_'); // network slugs have no '_', so the first one ends the network
        if (cut <= 0 || cut == rest.Length - 1)
            return false;
        network = rest[..cut].ToString();
        return StreamNames.IsValidNetwork(network);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
