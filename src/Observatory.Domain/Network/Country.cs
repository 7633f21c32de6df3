namespace Observatory.Domain.Network;

/// <summary>ISO 3166-1 alpha-2 codes, written in lower case on the wire ("pl", "de", "se", "lt").</summary>
public enum Country { Pl, De, Se, Lt, Fi, It, Nl, Es, Gr, Si, Other }
