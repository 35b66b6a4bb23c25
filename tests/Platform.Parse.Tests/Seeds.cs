using Platform.Parsing;
using Platform.Storage;

namespace Platform.Parse.Tests;

/// <summary>Seed bulletins as the parse stage receives them: raw (stored by fetch) and parsed.</summary>
public static class Seeds
{
    public static string Text(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single());

    public static RawBulletin Raw(string id, string text) =>
        new(id, "tests", new string('a', 64), [0x41], text, "utf-8", "text/plain", null, null, DateTimeOffset.UnixEpoch, Announced: true);

    public static ParseResult Parse(string prefix) =>
        new BulletinParser().Parse(Text(prefix), new ParseContext("0123456789abcdef", "tests", new string('a', 64), DateTimeOffset.UnixEpoch));
}
