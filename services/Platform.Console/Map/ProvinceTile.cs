namespace Platform.OperatorConsole.Map;

/// <summary>A province-level unit on the tile map.</summary>
/// <param name="Code">First two digits of its GB/T 2260 code ("43").</param>
/// <param name="Short">One-character abbreviation printed on the tile (湘).</param>
/// <param name="Name">Official name (湖南省).</param>
/// <param name="Row">Grid row, 0 = north.</param>
/// <param name="Column">Grid column, 0 = west.</param>
public sealed record ProvinceTile(string Code, string Short, string Name, int Row, int Column);
