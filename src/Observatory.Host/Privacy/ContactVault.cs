using Observatory.Domain.Feedback;

namespace Observatory.Host.Privacy;

/// <summary>
/// Seals contact details under a new per-person key before they go anywhere near the log, and opens them for the
/// one view that needs them. Decrypt-on-read: nothing derived from the contact is ever stored, so when the key is
/// erased every reader sees "[erased]" at once, without rebuilding anything.
/// </summary>
public sealed class ContactVault(IPersonKeys keys, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A new key for one person, and their details sealed under it: what <see cref="MigrantFeedbackRecorded.Contact"/> holds.</summary>
    public async Task<EncryptedContact> SealAsync(string network, ContactDetails contact, CancellationToken cancellationToken = default)
    {
        var keyId = "pk-" + Guid.CreateVersion7().ToString("N");
        var key = ContactCipher.NewKey();
        try
        {
            await keys.CreateAsync(network, keyId, key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new EncryptedContact(ContactCipher.Seal(contact, key, network, keyId), keyId);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(key);
        }
    }

    public async Task<ContactReading> RevealAsync(string network, EncryptedContact contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (await keys.FindAsync(network, contact.KeyId, cancellationToken).ConfigureAwait(false) is not { } key)
            return ContactReading.Erased;
        try
        {
            return new ContactReading(ContactCipher.Open(contact.Ciphertext, key, network, contact.KeyId));
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(key);
        }
    }
}
