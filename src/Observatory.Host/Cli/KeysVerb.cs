using System.CommandLine;
using System.Globalization;
using Observatory.Domain.EventStore;
using Observatory.Host.Access;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory keys</c>: the administrator's bearer keys. <c>create</c> prints the key once, on standard output
/// alone (so <c>KEY=$(observatory keys create …)</c> works); only its SHA-256 is stored. <c>list</c> shows ids, roles
/// and dates, never keys; <c>revoke</c> ends a key.
/// </summary>
public static class KeysVerb
{
    public static Command Create(VerbContext context)
    {
        var command = new Command("keys", "Create, list and revoke bearer keys (stored hashed, in the store's database)");
        command.Subcommands.Add(CreateKey(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Revoke(context));
        return command;
    }

    private static Command CreateKey(VerbContext context)
    {
        var network = new Option<string>("--network") { Description = "The network (tenant) the key belongs to", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var partner = new Option<string?>("--partner") { Description = "The partner a representative records for (representatives only)" };
        var command = new Command("create", "Create a key and print it once") { Options = { network, role, partner } };
        command.SetAction((result, cancellationToken) => context.GuardAsync("keys create", async () =>
        {
            var (id, chosenRole, partnerId) = (result.GetValue(network)!, result.GetValue(role)!, result.GetValue(partner));
            if (!StreamNames.IsValidNetwork(id))
                throw new CliException("--network", "must be a lowercase slug: letters, digits and '-'");
            if (chosenRole == Roles.Representative && string.IsNullOrWhiteSpace(partnerId))
                throw new CliException("--partner", "is required with --role representative: a representative records for one partner");
            if (chosenRole != Roles.Representative && partnerId is not null)
                throw new CliException("--partner", "is only for --role representative");
            var credentials = AccessRegistration.CredentialsFor(context.Settings(result));
            var (key, keyId, hash) = ApiKeys.Generate(id);
            await credentials.AddAsync(new Credential(id, keyId, chosenRole, partnerId, context.Clock.GetUtcNow(), null), hash, cancellationToken);
            await context.Output.WriteLineAsync(key);
            await context.Error.WriteLineAsync($"keys: created {keyId} ({chosenRole}{(partnerId is null ? "" : $" of {partnerId}")}) for '{id}'; "
                                               + "this is the only time the key is shown, keep it safe");
            return 0;
        }));
        return command;
    }

    private static Command List(VerbContext context)
    {
        var network = new Option<string?>("--network") { Description = "Only this network" };
        var command = new Command("list", "List keys: id, network, role, partner, created, revoked (never the keys)") { Options = { network } };
        command.SetAction((result, cancellationToken) => context.GuardAsync("keys list", async () =>
        {
            var credentials = AccessRegistration.CredentialsFor(context.Settings(result));
            foreach (var c in await credentials.ListAsync(result.GetValue(network), cancellationToken))
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{c.KeyId}  {c.Network}  {c.Role}  {c.PartnerId ?? "-"}  created {c.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}  {(c.RevokedAt is { } r ? $"revoked {r:yyyy-MM-ddTHH:mm:ssZ}" : "active")}"));
            return 0;
        }));
        return command;
    }

    private static Command Revoke(VerbContext context)
    {
        var network = new Option<string>("--network") { Description = "The key's network", Required = true };
        var keyId = new Option<string>("--key-id") { Description = "The id 'keys list' shows", Required = true };
        var command = new Command("revoke", "Revoke a key; it stops working within the host's credential cache time (10 s)") { Options = { network, keyId } };
        command.SetAction((result, cancellationToken) => context.GuardAsync("keys revoke", async () =>
        {
            var credentials = AccessRegistration.CredentialsFor(context.Settings(result));
            if (!await credentials.RevokeAsync(result.GetValue(network)!, result.GetValue(keyId)!, context.Clock.GetUtcNow(), cancellationToken))
                throw new CliException("--key-id", $"no active key '{result.GetValue(keyId)}' in '{result.GetValue(network)}'");
            await context.Error.WriteLineAsync($"keys: revoked {result.GetValue(keyId)}");
            return 0;
        }));
        return command;
    }
}
