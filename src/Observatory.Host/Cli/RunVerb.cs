using System.CommandLine;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory run</c> (also the default): loads the report's network on first start, through the ordinary
/// import path, and summarises the log.
/// </summary>
public static class RunVerb
{
    public const string SeedFileName = "internationally-about-migration.jsonl";

    public static string SeedFile => Path.Combine(AppContext.BaseDirectory, "seed", SeedFileName);

    public static Command Create(VerbContext context)
    {
        var command = new Command("run", "Load the report's network if it is not there yet, and summarise the log");
        command.SetAction((result, cancellationToken) => ExecuteAsync(context, result, cancellationToken));
        return command;
    }

    public static Task<int> ExecuteAsync(VerbContext context, ParseResult result, CancellationToken cancellationToken) =>
        context.GuardAsync("run", async () =>
        {
            var settings = context.Settings(result);
            await using var store = (IAsyncDisposable)settings.Open();
            var eventStore = (IEventStore)store;
            using (var reader = new StreamReader(SeedFile))
            {
                var report = await ImportVerb.ImportFileAsync(eventStore, reader, "seed", context, cancellationToken);
                if (!report.Succeeded) return 1;
            }
            await SummaryVerb.PrintAsync(eventStore, null, settings, context.Output, cancellationToken);
            return 0;
        });
}
