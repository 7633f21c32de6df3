using System.Text;
using Npgsql;
using Observatory.Host.Privacy;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Postgres;
using Observatory.Projections;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Host.Tests.Privacy;

/// <summary>The erasure proof on a real PostgreSQL: every row of every table of the store's schema, read raw.</summary>
public sealed class PostgresErasureProofSpecs(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task After_erasure_no_row_of_the_log_the_read_models_or_the_keys_holds_the_contact_or_its_key()
    {
        var options = new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = "p_" + Guid.NewGuid().ToString("N")[..10] };
        await using var events = new PostgresEventStore(options);
        await using var readModels = new PostgresReadModelStore(options);
        await using var keys = new PostgresPersonKeys(options.ConnectionString, options.Schema);
        await events.EnsureSchemaAsync();
        var vault = new ContactVault(keys);
        var sealedContact = await PrivacyLog.WriteAsync(events, vault);
        var daemon = new ProjectionDaemon(events, readModels, ProjectionCatalog.All);
        await daemon.CatchUpOnceAsync();
        var key = (await keys.FindAsync(PrivacyLog.Network, sealedContact.KeyId))!;
        Assert.Equal(["the person's key"], PrivacyLog.Found(await RawRowsAsync(options.Schema), PrivacyLog.Needles(key)));

        await new PersonalDataEraser(events, keys).EraseAsync(PrivacyLog.Network, sealedContact.KeyId);
        await daemon.CatchUpOnceAsync();

        Assert.Empty(PrivacyLog.Found(await RawRowsAsync(options.Schema), PrivacyLog.Needles(key)));
        Assert.True((await vault.RevealAsync(PrivacyLog.Network, sealedContact)).IsErased);
    }

    /// <summary>Each row of each table as text, bytea included (PostgreSQL writes it as hex, so the key is searched as hex too).</summary>
    private async Task<byte[]> RawRowsAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = @s", connection))
        {
            list.Parameters.AddWithValue("s", schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT t::text FROM \"{schema}\".\"{table}\" t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                text.AppendLine(reader.GetString(0));
        }
        var raw = text.ToString();
        return Encoding.UTF8.GetBytes(raw);
    }
}
