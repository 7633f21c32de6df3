using Observatory.Store.Tests.Postgres;

namespace Observatory.Host.Tests;

/// <summary>The verbs on the server store, against a real PostgreSQL (a fresh database for this class).</summary>
public sealed class PostgresImportSpecs(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private Task<CliRun> Run(params string[] args) => CliRun.ExecuteAsync([.. args, "--store", "postgres", "--postgres", database.ConnectionString]);

    [Fact]
    public async Task The_report_network_loads_into_postgres_and_a_second_load_adds_nothing_and_changes_nothing()
    {
        var first = await Run("run");
        var before = await Run("events", "--network", "migration-in-local-governments", "--format", "jsonl");
        var second = await Run("run");
        var after = await Run("events", "--network", "migration-in-local-governments", "--format", "jsonl");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Store: PostgreSQL", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", first.Output, StringComparison.OrdinalIgnoreCase);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Matches(@"import: (\d+) event line\(s\): 0 appended, \1 already in the log", second.Output);
        Assert.Equal(before.Output, after.Output);
    }
}
