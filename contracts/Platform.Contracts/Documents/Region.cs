namespace Platform.Contracts.Documents;

/// <summary>An administrative division (GB/T 2260).</summary>
/// <param name="Code">6-digit GB/T 2260 code, e.g. "430105".</param>
/// <param name="Level">"province", "city" or "county".</param>
/// <param name="Name">Official name of the unit itself, e.g. "开福区".</param>
/// <param name="Province">Name of the province-level unit.</param>
/// <param name="City">Name of the prefecture-level unit, or null for provinces and units directly under a province.</param>
/// <param name="County">Name of the county-level unit, or null above county level.</param>
public sealed record Region(string Code, string Level, string Name, string Province, string? City, string? County);
