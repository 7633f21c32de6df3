using System.CommandLine;
using System.Globalization;
using Observatory.Domain.EventStore;
using RecordedEvent = Observatory.Domain.Recording.RecordedEvent;
using Observatory.Host.Projections;
using Observatory.Projections;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory rebuild --projection NAME</c>: builds the projection again from the first event, with the daemon's
/// own catch-up, beside the live read model, which readers keep seeing until the rebuilt one replaces it.
/// <para>
/// The rebuild runs in a slot: a fresh negative version of the same code (code versions are positive), which the
/// daemon builds from scratch and switches live when caught up. The rebuilt document is then written as the code's
/// own version, live again, retiring the slot, in one commit. Killed half-way, the live model is the old one (or the
/// caught-up slot), and the next daemon start or rebuild brings the code's version up to the head.
/// </para>
/// </summary>
public static class RebuildVerb
{
    public static Command Create(VerbContext context)
    {
        var projection = new Option<string>("--projection") { Description = $"One of: {string.Join(", ", ProjectionCatalog.All.Select(p => p.Name))}", Required = true };
        var command = new Command("rebuild", "Rebuild a projection's read models from the whole log, with progress on standard error")
        {
            Options = { projection },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("rebuild", async () =>
        {
            var chosen = ProjectionCatalog.Find(result.GetValue(projection)!)
                ?? throw new CliException("--projection", $"must be one of: {string.Join(", ", ProjectionCatalog.All.Select(p => p.Name))}");
            var settings = context.Settings(result);
            await using var store = (IAsyncDisposable)settings.Open();
            var events = (IEventStore)store;
            var readModels = settings.OpenReadModels();
            try
            {
                await readModels.EnsureSchemaAsync(cancellationToken);
                var networks = await events.ListNetworksAsync(cancellationToken);
                var heads = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var network in networks)
                    heads[network] = await events.ReadHeadAsync(network, cancellationToken);
                var slot = new RebuildSlot(chosen, await FreeSlotAsync(readModels, chosen, networks, cancellationToken));

                // Commits every 10,000 events: a progress line each time, and a killed rebuild resumes near where it stopped.
                var options = new ProjectionDaemonOptions
                {
                    EventsPerCommit = 10_000,
                    AfterCommit = (batch, _) => context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"rebuild: {chosen.Name} in {batch.Network}: {batch.Position}/{heads.GetValueOrDefault(batch.Network)} events ({Percent(batch.Position, heads.GetValueOrDefault(batch.Network))})")),
                };
                await new ProjectionDaemon(events, readModels, [slot], options).CatchUpOnceAsync(cancellationToken);

                foreach (var network in networks)
                    await context.Output.WriteLineAsync(await SwitchAsync(readModels, chosen, slot, network, cancellationToken));
                return 0;
            }
            finally
            {
                if (readModels is IAsyncDisposable disposable)
                    await disposable.DisposeAsync();
            }
        }));
        return command;
    }

    /// <summary>
    /// A slot still building (a rebuild that was killed) is resumed from its checkpoint; otherwise the first negative
    /// version no network holds yet, so the daemon starts the slot from nothing.
    /// </summary>
    private static async Task<int> FreeSlotAsync(IReadModelStore readModels, IProjection projection, IReadOnlyList<string> networks, CancellationToken cancellationToken)
    {
        for (var version = -1; ; version--)
        {
            var slots = new List<ReadModelDocument>();
            foreach (var network in networks)
            {
                if (await readModels.LoadAsync(new ReadModelKey(network, projection.Name, version), cancellationToken) is { } slot)
                    slots.Add(slot);
            }
            if (slots.Count == 0 || slots.Any(s => s.Status == ReadModelStatus.Building))
                return version;
        }
    }

    /// <summary>Writes the slot's document, checkpoint and parked events as the code's version and makes it live.</summary>
    private static async Task<string> SwitchAsync(IReadModelStore readModels, IProjection projection, RebuildSlot slot, string network, CancellationToken cancellationToken)
    {
        var slotKey = new ReadModelKey(network, projection.Name, slot.Version);
        var key = new ReadModelKey(network, projection.Name, projection.Version);
        var rebuilt = await readModels.LoadAsync(slotKey, cancellationToken)
            ?? throw new CliException("--projection", $"the rebuild of '{projection.Name}' in '{network}' did not complete");
        var parked = await readModels.ReadParkedAsync(slotKey, cancellationToken);
        var current = await readModels.LoadAsync(key, cancellationToken);
        var stale = (await readModels.ReadParkedAsync(key, cancellationToken)).Select(p => p.Position).Except(parked.Select(p => p.Position)).ToList();
        await readModels.CommitAsync([new ReadModelWrite(key, current?.Revision ?? 0, ReadModelStatus.Live, rebuilt.Checkpoint, rebuilt.Document, parked, stale)
        {
            GoesLive = true,
        }], cancellationToken: cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"rebuild: {key} rebuilt from scratch up to position {rebuilt.Checkpoint}, {parked.Count} parked event(s); it is live");
    }

    private static string Percent(long position, long head) =>
        head == 0 ? "100%" : (100.0 * position / head).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The projection's code under the slot's version, so the daemon keeps it apart from the live read model.</summary>
    private sealed class RebuildSlot(IProjection inner, int version) : IProjection
    {
        public string Name => inner.Name;
        public int Version => version;
        public Type StateType => inner.StateType;
        public object Initial => inner.Initial;
        public object Apply(object state, RecordedEvent recorded) => inner.Apply(state, recorded);
    }
}
