using System.Reflection;

namespace Platform.Enrichment.Gazetteer;

/// <summary>
/// China's administrative divisions (generated into gazetteer.tsv by generator/generate.js) and every
/// name they are printed under: official, colloquial, short and historic; plus the towns, townships and
/// subdistricts of townships.tsv, each standing for its county (or for each of the counties that share its name); and the
/// villages of villages.tsv, loaded on first use.
/// </summary>
public sealed class AdminGazetteer
{
    public const string UnitsResource = "Platform.Enrichment.gazetteer.tsv";
    public const string TownshipsResource = "Platform.Enrichment.townships.tsv";
    private static readonly Lazy<AdminGazetteer> Shared =
        new(() => Parse(ReadResource(UnitsResource), ReadResource(TownshipsResource), () => ReadResource(VillageTable.Resource)));

    private readonly Dictionary<string, AdminUnit> _byCode;
    private readonly Lazy<VillageTable> _villages;

    private AdminGazetteer(Dictionary<string, AdminUnit> byCode, NameTrie<GazetteerName> names, int nameCount, Func<string>? villages)
    {
        _byCode = byCode;
        Names = names;
        NameCount = nameCount;
        _villages = new(() => villages is null ? VillageTable.Empty : VillageTable.Parse(villages(), Find));
    }

    /// <summary>Villages and communities, read from their table the first time an article could name one.</summary>
    public VillageTable Villages => _villages.Value;

    /// <summary>The embedded gazetteer, loaded once per process.</summary>
    public static AdminGazetteer Default => Shared.Value;

    public NameTrie<GazetteerName> Names { get; }

    public int NameCount { get; }

    public IReadOnlyCollection<AdminUnit> Units => _byCode.Values;

    public AdminUnit? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// Loads the gazetteer from its TSV text (code, level, name, parent, short, forms, historic) and,
    /// optionally, the township table (name, county code) and where to read the village table from.
    /// </summary>
    public static AdminGazetteer Parse(string tsv, string? townships = null, Func<string>? villages = null)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = Rows(tsv);
        var byCode = new Dictionary<string, AdminUnit>(rows.Count, StringComparer.Ordinal);
        // Rows are sorted by code, so a parent always precedes its children.
        foreach (var r in rows)
        {
            var parent = r[3].Length > 0 ? byCode[r[3]] : null;
            byCode[r[0]] = new AdminUnit(r[0], r[1], r[2], parent, r[4]);
        }
        var trie = new NameTrie<GazetteerName>();
        var count = 0;
        void Add(string text, AdminUnit unit, NameKind kind)
        {
            if (text.Length < 2) return;
            trie.Add(text, new GazetteerName(text, unit, kind));
            count++;
        }
        foreach (var r in rows)
        {
            var unit = byCode[r[0]];
            Add(unit.Name, unit, NameKind.Official);
            if (unit.Stem.Length > 0) Add(unit.Stem, unit, NameKind.Short);
            foreach (var form in Split(r, 5)) Add(form, unit, NameKind.Colloquial);
            foreach (var historic in Split(r, 6))
            {
                var colon = historic.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    Add(historic, unit, NameKind.Historic);
                    continue;
                }
                Add(historic[..colon], unit, NameKind.Historic);
                Add(historic[(colon + 1)..], unit, NameKind.HistoricShort);
            }
        }
        foreach (var r in Rows(townships ?? ""))
        {
            if (r.Length < 2) continue;
            var places = r[1].Split('|');
            foreach (var code in places)
                if (byCode.TryGetValue(code, out var county)) Add(r[0], county, places.Length > 1 ? NameKind.SharedTownship : NameKind.Township);
        }
        return new AdminGazetteer(byCode, trie, count, villages);
    }

    private static List<string[]> Rows(string tsv) =>
        tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.TrimEnd('\r').Split('\t'))
            .ToList();

    private static string[] Split(string[] row, int column) =>
        row.Length > column ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>The text of one of this assembly's embedded data files.</summary>
    public static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
