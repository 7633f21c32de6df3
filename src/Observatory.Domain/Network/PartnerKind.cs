namespace Observatory.Domain.Network;

/// <summary>Local governments have a representative and a deputy; organisations take part without one.</summary>
public enum PartnerKind { Municipality, District, Region, Organisation }
