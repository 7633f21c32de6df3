using System.Security.Cryptography;
using Observatory.Domain.Feedback;

namespace Observatory.Host.Privacy;

/// <summary>A token to show the person once, and the hash that goes into the log instead of it.</summary>
public sealed record IssuedToken(string Token, string Hash);

/// <summary>
/// Status tokens: 20 characters of Crockford's base32 (100 random bits), grouped by four for reading aloud on the
/// phone. No I, L, O or U, so nothing is misread. The token is never stored; only <see cref="StatusTokens.Hash"/> is.
/// </summary>
public static class StatusTokenIssuer
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 20;

    public static IssuedToken Issue()
    {
        var chars = RandomNumberGenerator.GetString(Alphabet, Length);
        var token = string.Join('-', chars.Chunk(4).Select(group => new string(group)));
        return new IssuedToken(token, StatusTokens.Hash(token));
    }
}
