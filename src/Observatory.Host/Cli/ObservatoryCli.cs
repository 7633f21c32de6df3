using System.CommandLine;

namespace Observatory.Host.Cli;

/// <summary>The executable's verbs. Output goes to the writers given, so tests run the real verbs in-process.</summary>
public static class ObservatoryCli
{
    public static RootCommand Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var store = new Option<string>("--store")
        {
            Description = "Event store: sqlite (embedded, default) or postgres",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_STORE") ?? StoreSettings.Sqlite,
            Recursive = true,
        };
        store.AcceptOnlyFromAmong(StoreSettings.Sqlite, StoreSettings.Postgres);
        var data = new Option<string>("--data")
        {
            Description = "Directory of the embedded store's file",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_DATA") ?? "data",
            Recursive = true,
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Npgsql connection string (or env OBSERVATORY_POSTGRES)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_POSTGRES"),
            Recursive = true,
        };

        StoreSettings Settings(ParseResult result) =>
            new(result.GetValue(store)!, result.GetValue(data)!, result.GetValue(postgres));

        var verbs = new VerbContext(output, error, clock, Settings);
        var root = new RootCommand("Observatory: the event log of an integration network, its timelines and indicators.")
        {
            Options = { store, data, postgres },
        };
        var run = RunVerb.Create(verbs);
        root.Subcommands.Add(run);
        root.Subcommands.Add(ImportVerb.Create(verbs));
        root.Subcommands.Add(EventsVerb.Create(verbs));
        root.Subcommands.Add(SummaryVerb.Create(verbs));
        root.Subcommands.Add(ReplayVerb.Create(verbs));
        root.Subcommands.Add(EvaluateVerb.Create(verbs));
        root.Subcommands.Add(VerifyVerb.Create(verbs));
        root.Subcommands.Add(RebuildVerb.Create(verbs));
        root.Subcommands.Add(ServeVerb.Create(verbs));
        root.Subcommands.Add(RepublishVerb.Create(verbs));
        root.Subcommands.Add(KeysVerb.Create(verbs));
        root.Subcommands.Add(ExportVerb.Create(verbs));
        // With no verb the observatory serves: the README's first command.
        root.SetAction((result, cancellationToken) => ServeVerb.ExecuteDefaultAsync(verbs, result, cancellationToken));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var parsed = Build(output, error, clock).Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>What every verb needs: where to write, the clock, and how to open the configured store.</summary>
public sealed record VerbContext(TextWriter Output, TextWriter Error, TimeProvider Clock, Func<ParseResult, StoreSettings> Settings)
{
    /// <summary>Runs a verb body, turning refusals into one readable line on stderr and a non-zero exit.</summary>
    public async Task<int> GuardAsync(string verb, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliException e)
        {
            await Error.WriteLineAsync($"{verb}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is Domain.EventStore.InvalidAppendException or Domain.EventStore.WrongExpectedVersionException
                                      or Domain.EventStore.EventIdConflictException or IOException or Npgsql.NpgsqlException
                                      or Microsoft.Data.Sqlite.SqliteException)
        {
            await Error.WriteLineAsync($"{verb}: {e.Message}");
            return 1;
        }
    }
}
