using Platform.Parsing;

namespace Platform.Enrich.Tests;

/// <summary>A seed bulletin as the enrich stage finds it: parsed and stored.</summary>
public static class Seeds
{
    public static ParseResult Parse(string prefix, string bulletinId) =>
        new BulletinParser().Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single()),
            new ParseContext(bulletinId, "tests", new string('a', 64), DateTimeOffset.UnixEpoch));
}
