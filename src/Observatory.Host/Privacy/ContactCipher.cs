using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Observatory.Host.Privacy;

/// <summary>
/// AES-256-GCM over the contact's JSON. The 12-byte nonce is random per sealing (a key seals few messages, so random
/// nonces stay far from the birthday bound); the associated data binds the ciphertext to its network and key id, so
/// a ciphertext copied into another network's or person's entry does not open. Layout: nonce ‖ ciphertext ‖ tag, base64.
/// </summary>
public static class ContactCipher
{
    public const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static string Seal(ContactDetails contact, byte[] key, string network, string keyId)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(contact);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Context(network, keyId));
        CryptographicOperations.ZeroMemory(plain);
        return Convert.ToBase64String(sealedBytes);
    }

    /// <exception cref="CryptographicException">The ciphertext was altered, or belongs to another key, network or key id.</exception>
    public static ContactDetails Open(string ciphertext, byte[] key, string network, string keyId)
    {
        var sealedBytes = Convert.FromBase64String(ciphertext);
        if (sealedBytes.Length < NonceSize + TagSize)
            throw new CryptographicException("The contact ciphertext is too short.");
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain,
            Context(network, keyId));
        try
        {
            return JsonSerializer.Deserialize<ContactDetails>(plain) ?? throw new CryptographicException("The contact is empty.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] Context(string network, string keyId) => Encoding.UTF8.GetBytes($"observatory-contact/1\n{network}\n{keyId}");
}
