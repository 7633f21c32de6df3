using System.CommandLine;
using Observatory.Domain.EventStore;
using Observatory.Host.Importing;

namespace Observatory.Host.Cli;

/// <summary><c>observatory import FILE</c>: appends a JSON Lines file all-or-nothing (docs/import-format.md).</summary>
public static class ImportVerb
{
    public static Command Create(VerbContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON Lines file, one event per line ('-' reads standard input)" };
        var actor = new Option<string>("--actor")
        {
            Description = "Who is recorded as having recorded the events (a role, not a person)",
            DefaultValueFactory = _ => "import",
        };
        var command = new Command("import", "Import events from a JSON Lines file; re-importing adds nothing; one bad line rejects the file")
        {
            Arguments = { file },
            Options = { actor },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("import", async () =>
        {
            var settings = context.Settings(result);
            var path = result.GetValue(file)!;
            await using var store = (IAsyncDisposable)settings.Open();
            using var reader = path.Name == "-" ? Console.In : OpenFile(path);
            var report = await ImportFileAsync((IEventStore)store, reader, result.GetValue(actor)!, context, cancellationToken);
            return report.Succeeded ? 0 : 1;
        }));
        return command;
    }

    /// <summary>Imports and prints the outcome: errors one per line on stderr, or what was appended.</summary>
    public static async Task<ImportReport> ImportFileAsync(IEventStore store, TextReader reader, string actor, VerbContext context, CancellationToken cancellationToken)
    {
        var lines = new ProgressLine(context.Error, "import", "lines read", 0, ProgressLine.DefaultInterval);
        var appended = new ProgressLine(context.Error, "import", "events appended", 0, ProgressLine.DefaultInterval);
        var importer = new Importer(store, context.Clock)
        {
            Progress = (count, stage) => stage == "lines read" ? lines.ReportAsync(count) : appended.ReportAsync(count),
        };
        var report = await importer.ImportAsync(reader, actor, cancellationToken);
        if (lines.Drawn)
            await lines.ReportAsync(report.EventLines, final: true);
        if (appended.Drawn)
            await appended.ReportAsync(report.Appended, final: true);
        if (!report.Succeeded)
        {
            foreach (var error in report.Errors)
                await context.Error.WriteLineAsync($"import: {error}");
            await context.Error.WriteLineAsync($"import: nothing was imported ({report.Errors.Count} error(s){(report.Errors.Count >= Importer.MaxReportedErrors ? ", only the first shown" : "")})");
        }
        else
        {
            await context.Output.WriteLineAsync($"import: {report.EventLines} event line(s): {report.Appended} appended, {report.AlreadyInLog} already in the log");
        }
        return report;
    }

    private static StreamReader OpenFile(FileInfo path) =>
        path.Exists ? new StreamReader(path.FullName) : throw new CliException("file", $"'{path.FullName}' does not exist");
}
