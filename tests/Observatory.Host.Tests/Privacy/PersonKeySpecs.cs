using Observatory.Host.Privacy;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Host.Tests.Privacy;

/// <summary>The key store contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class PersonKeySpecs(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2023, 5, 10, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    private IPersonKeys Open(string kind) => kind == "sqlite"
        ? new SqlitePersonKeys(_directory.File("observatory.db"))
        : new PostgresPersonKeys(database.ConnectionString, "k_" + Guid.NewGuid().ToString("N")[..10]);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_key_is_found_until_it_is_erased_and_then_never_again(string kind)
    {
        var keys = Open(kind);
        var key = ContactCipher.NewKey();
        await keys.CreateAsync("net", "pk-1", key, Now);

        Assert.Equal(key, await keys.FindAsync("net", "pk-1"));
        Assert.Null(await keys.FindAsync("other-net", "pk-1"));
        Assert.True(await keys.EraseAsync("net", "pk-1", Now.AddDays(1)));
        Assert.Null(await keys.FindAsync("net", "pk-1"));
        Assert.False(await keys.EraseAsync("net", "pk-1", Now.AddDays(2)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_key_id_is_never_reused(string kind)
    {
        var keys = Open(kind);
        await keys.CreateAsync("net", "pk-1", ContactCipher.NewKey(), Now);
        await Assert.ThrowsAnyAsync<Exception>(() => keys.CreateAsync("net", "pk-1", ContactCipher.NewKey(), Now));
    }

    public void Dispose() => _directory.Dispose();
}
