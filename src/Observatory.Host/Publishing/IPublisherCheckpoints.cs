namespace Observatory.Host.Publishing;

/// <summary>
/// Where a subscription remembers the last position it has fully handed on, per network. The SQLite and PostgreSQL
/// implementations keep it beside the log (table subscription_checkpoints), so the checkpoint lives and dies with
/// the events it points into.
/// </summary>
public interface IPublisherCheckpoints
{
    /// <summary>The last position handed on (0: nothing yet).</summary>
    Task<long> ReadAsync(string network, string subscription, CancellationToken cancellationToken = default);

    Task SaveAsync(string network, string subscription, long position, CancellationToken cancellationToken = default);
}
