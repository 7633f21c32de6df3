using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Observatory.Domain.Deciding;

namespace Observatory.Domain.Feedback;

/// <summary>
/// A status token lets a person follow their feedback without saying who they are. The log keeps only its SHA-256,
/// so neither a leaked export nor an administrator can turn the log back into tokens. Tokens are random (128 bits
/// or more, made at the edge), which is what makes an unsalted hash safe here: there is nothing to guess.
/// </summary>
public static partial class StatusTokens
{
    /// <summary>Lowercase hex of the SHA-256 of the token as typed, ignoring case, spaces and dashes.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var normal = Normalise(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    /// <summary>People copy tokens by hand: "abcd-efgh" and "ABCD EFGH" are the same token.</summary>
    public static string Normalise(string token) =>
        string.Concat(token.Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();

    internal static DomainError? CheckHash(string? hash, string field) =>
        hash is null || HashPattern().IsMatch(hash)
            ? null
            : new DomainError("status-token-not-hashed", "must be the 64 lowercase hex digits of a SHA-256, never the token itself", field);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();
}
