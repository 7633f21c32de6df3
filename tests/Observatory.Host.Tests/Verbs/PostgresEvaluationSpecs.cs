using Observatory.Projections.Evaluations;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Host.Tests.Verbs;

/// <summary>The same log gives the same evaluation, byte for byte, on the server store (a fresh PostgreSQL database for this class).</summary>
public sealed class PostgresEvaluationSpecs(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private Task<CliRun> Run(params string[] args) => CliRun.ExecuteAsync([.. args, "--store", "postgres", "--postgres", database.ConnectionString]);

    [Fact]
    public async Task The_report_network_evaluated_on_postgres_has_the_hash_of_the_approved_sqlite_evaluation_and_verifies()
    {
        using var directory = new TempDirectory();
        await Run("run");
        var file = directory.File("evaluation.json");

        var evaluate = await Run("evaluate", "--network", VerbLog.Network, "--out", file, "--publish");
        var verify = await Run("verify", "--network", VerbLog.Network);

        Assert.True(evaluate.ExitCode == 0, evaluate.Error);
        Assert.Equal(CanonicalJson.Hash(VerbLog.ApprovedEvaluation), VerbLog.Sha256(file));
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains("matches", verify.Output, StringComparison.Ordinal);
    }
}
