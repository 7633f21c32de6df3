using System.Net;
using Observatory.Host.Access;
using Observatory.Host.Cli;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Api.Tests;

/// <summary>The same host on a real PostgreSQL: its own database, created and dropped by the fixture.</summary>
public sealed class PostgresHost : ApiHost
{
    private readonly PostgresDatabaseFixture _database = new();

    // The events live in PostgreSQL; the directory holds only what the host keeps beside them (the form key ring).
    private readonly string _data = Directory.CreateTempSubdirectory("observatory-api-pg-").FullName;

    protected override StoreSettings Settings => new(StoreSettings.Postgres, _data, _database.ConnectionString);

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class PostgresSpecs(PostgresHost host) : IClassFixture<PostgresHost>
{
    [Fact]
    public async Task On_postgresql_a_representative_records_once_despite_a_retry_and_is_refused_for_another_partner()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Representative, partner: "markaryd"));
        var stream = Entries.NewStream("practice");
        var before = await host.HeadAsync();

        using var first = await client.PostAsync(stream, "practice-shared", Entries.Practice, idempotencyKey: "pg-1");
        using var retry = await client.PostAsync(stream, "practice-shared", Entries.Practice, idempotencyKey: "pg-1");
        using var foreign = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.PracticeOf("frankenberg"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(before + 1, await host.HeadAsync());
    }
}
