namespace Observatory.Domain.Serialization;

/// <summary>Marker for every fact the log can hold. Each implementation carries an <see cref="EventTypeAttribute"/>.</summary>
public interface IDomainEvent;
