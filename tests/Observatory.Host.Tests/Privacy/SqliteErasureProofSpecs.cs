using System.Text;
using System.Text.Json;
using Observatory.Host.Contracts;
using Observatory.Host.Log;
using Observatory.Host.Privacy;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Sqlite;
using Observatory.Projections;
using Observatory.Projections.Feedback;

namespace Observatory.Host.Tests.Privacy;

/// <summary>
/// The erasure proof on the embedded store: after an erasure, the original contact details and the key are in no
/// byte of the database file or its WAL (log rows, read-model documents, keys), nor in the export, nor in what the
/// HTTP feed and the bus send (both send <see cref="PublicEvents.ToPublic"/>); and every view shows "[erased]".
/// </summary>
public sealed class SqliteErasureProofSpecs : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private SqliteEventStore _events = null!;
    private SqliteReadModelStore _readModels = null!;
    private SqlitePersonKeys _keys = null!;

    public Task InitializeAsync()
    {
        var options = new SqliteStoreOptions { DatabasePath = _directory.File("observatory.db"), Synchronous = SqliteSynchronous.Normal };
        _events = new SqliteEventStore(options);
        _readModels = new SqliteReadModelStore(options);
        _keys = new SqlitePersonKeys(options.DatabasePath);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task After_erasure_no_byte_of_the_contact_or_its_key_is_readable_anywhere_and_every_view_shows_erased()
    {
        var vault = new ContactVault(_keys);
        var sealedContact = await PrivacyLog.WriteAsync(_events, vault);
        var daemon = new ProjectionDaemon(_events, _readModels, ProjectionCatalog.All);
        await daemon.CatchUpOnceAsync();
        var key = (await _keys.FindAsync(PrivacyLog.Network, sealedContact.KeyId))!;
        Assert.Equal(PrivacyLog.Contact, (await vault.RevealAsync(PrivacyLog.Network, sealedContact)).Details);
        // The search works: before the erasure it finds the key in the file (and only the key: the details never were in clear).
        Assert.Equal(["the person's key"], PrivacyLog.Found(await FileBytesAsync(), PrivacyLog.Needles(key)));

        var result = await new PersonalDataEraser(_events, _keys).EraseAsync(PrivacyLog.Network, sealedContact.KeyId);
        await daemon.CatchUpOnceAsync();

        Assert.True(result.KeyDeleted);
        Assert.Equal([PrivacyLog.FeedbackStream], result.Streams);
        var reading = await vault.RevealAsync(PrivacyLog.Network, sealedContact);
        Assert.Equal("[erased]", reading.ToString());
        var feedback = (await new ReadModelReader(_readModels).GetLiveAsync(PrivacyLog.Network, FeedbackProjection.Instance.Name))!.Deserialize<FeedbackState>();
        Assert.True(feedback.Cases[PrivacyLog.FeedbackStream].ContactErased);

        var needles = PrivacyLog.Needles(key);
        Assert.Empty(PrivacyLog.Found(Encoding.UTF8.GetBytes(await ExportAsync()), needles));
        Assert.Empty(PrivacyLog.Found(Encoding.UTF8.GetBytes(await PublicMessagesAsync()), needles));
        Assert.Empty(PrivacyLog.Found(await DatabaseBytesAsync(), needles)); // last: it closes the stores to read every file whole
    }

    [Fact]
    public async Task The_erasure_event_itself_holds_only_the_key_id()
    {
        var sealedContact = await PrivacyLog.WriteAsync(_events, new ContactVault(_keys));
        await new PersonalDataEraser(_events, _keys).EraseAsync(PrivacyLog.Network, sealedContact.KeyId);

        var erased = (await _events.ReadAllAsync(PrivacyLog.Network, 0, 100)).Single(e => e.Type == "personal-data-erased");
        Assert.Equal($$"""{"keyId":"{{sealedContact.KeyId}}"}""", erased.Data);
    }

    private async Task<byte[]> DatabaseBytesAsync()
    {
        await _events.DisposeAsync();
        await _readModels.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return await FileBytesAsync();
    }

    private async Task<byte[]> FileBytesAsync()
    {
        using var all = new MemoryStream();
        foreach (var file in Directory.GetFiles(_directory.Path))
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                await stream.CopyToAsync(all);
        return all.ToArray();
    }

    private async Task<string> ExportAsync()
    {
        var run = await CliRun.ExecuteAsync("events", "--network", PrivacyLog.Network, "--format", "jsonl", "--data", _directory.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("personal-data-erased", run.Output, StringComparison.Ordinal);
        return run.Output;
    }

    private async Task<string> PublicMessagesAsync()
    {
        var messages = new StringBuilder();
        await foreach (var stored in _events.ReadLogAsync(PrivacyLog.Network))
            messages.AppendLine(JsonSerializer.Serialize(PublicEvents.ToPublic(stored)));
        return messages.ToString();
    }

    public async Task DisposeAsync()
    {
        await _events.DisposeAsync();
        await _readModels.DisposeAsync();
        _directory.Dispose();
    }
}
