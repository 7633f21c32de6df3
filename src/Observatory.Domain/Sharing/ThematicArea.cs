namespace Observatory.Domain.Sharing;

/// <summary>The report's four thematic areas; soft integration means culture and sport.</summary>
public enum ThematicArea { Education, LabourMarket, SoftIntegration, InstitutionalChange }
