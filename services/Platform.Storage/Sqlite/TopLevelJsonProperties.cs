using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Platform.Storage.Sqlite;

/// <summary>Where each top-level property of a JSON object is in its UTF-8 bytes, found without reading the values.</summary>
/// <remarks>
/// Publishing scans every article's JSON two or three times (status rewrite, event projection), so the compact JSON the
/// store's serializer writes is scanned directly: a string is skipped from quote to quote by a vectorized search, a nested
/// value by its bracket depth. That is several times cheaper than <see cref="Utf8JsonReader"/>, which validates every
/// string's UTF-8 on the way. Anything the direct scan does not expect (whitespace between tokens, an escaped property
/// name, an odd scalar) is read by <see cref="Utf8JsonReader"/> instead, which gives the same ranges.
/// </remarks>
internal static class TopLevelJsonProperties
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> NestedStops = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> ScalarBytes = SearchValues.Create("-+.0123456789eEtruefalsn"u8);
    private static readonly SearchValues<byte> LiteralLetters = SearchValues.Create("truefalsn"u8);

    /// <summary>Each top-level property's name and the byte range from its name's opening quote to the end of its value; null when <paramref name="document"/> is not one JSON object.</summary>
    public static List<(string Name, int Start, int End)>? Of(ReadOnlySpan<byte> document) =>
        Compact(document, out var properties) ? properties : ByReader(document);

    // True when the document was compact JSON the direct scan fully understood; properties is then the answer (null for
    // a document that is not one object, e.g. one cut short).
    private static bool Compact(ReadOnlySpan<byte> document, out List<(string, int, int)>? properties)
    {
        properties = null;
        if (document.Length < 2 || document[0] != '{') return false;
        var found = new List<(string, int, int)>();
        var at = 1;
        if (document[at] == '}') return Ends(document, at, found, out properties);
        while (true)
        {
            if (at >= document.Length || document[at] != '"') return false;
            var start = at;
            var nameEnd = StringEnd(document, at, out var escaped);
            if (nameEnd < 0) return true;
            if (escaped || nameEnd >= document.Length || document[nameEnd] != ':') return false;
            var valueEnd = ValueEnd(document, nameEnd + 1);
            if (valueEnd == Unexpected) return false;
            if (valueEnd < 0) return true;
            found.Add((Encoding.UTF8.GetString(document[(start + 1)..(nameEnd - 1)]), start, valueEnd));
            if (valueEnd >= document.Length) return true;
            if (document[valueEnd] == '}') return Ends(document, valueEnd, found, out properties);
            if (document[valueEnd] != ',') return false;
            at = valueEnd + 1;
        }
    }

    // Only a brace that closes the document ends the direct scan; what follows one is the reader's to judge.
    private static bool Ends(ReadOnlySpan<byte> document, int closing, List<(string, int, int)> found, out List<(string, int, int)>? properties)
    {
        properties = found;
        return closing == document.Length - 1;
    }

    private const int Unexpected = int.MinValue;

    // The index just past the string opening at quote, or -1 when it is not closed.
    private static int StringEnd(ReadOnlySpan<byte> document, int quote, out bool escaped)
    {
        escaped = false;
        var at = quote + 1;
        while (true)
        {
            var next = document[at..].IndexOfAny(StringStops);
            if (next < 0) return -1;
            at += next;
            if (document[at] == '"') return at + 1;
            escaped = true;
            at += 2;
            if (at >= document.Length) return -1;
        }
    }

    // The index just past the value starting at start; -1 when the document ends inside it; Unexpected for what the
    // direct scan leaves to the reader.
    private static int ValueEnd(ReadOnlySpan<byte> document, int start)
    {
        if (start >= document.Length) return -1;
        switch (document[start])
        {
            case (byte)'"':
                return StringEnd(document, start, out _);
            case (byte)'{' or (byte)'[':
                return NestedEnd(document, start);
            default:
                var length = document[start..].IndexOfAnyExcept(ScalarBytes);
                if (length < 0) return -1;
                return IsScalar(document.Slice(start, length)) ? start + length : Unexpected;
        }
    }

    // A literal, or what can only be a number; the reader judges anything else.
    private static bool IsScalar(ReadOnlySpan<byte> token) =>
        token.SequenceEqual("true"u8) || token.SequenceEqual("false"u8) || token.SequenceEqual("null"u8)
        || (token.Length > 0 && (token[0] == '-' || char.IsAsciiDigit((char)token[0])) && !token.ContainsAny(LiteralLetters) && char.IsAsciiDigit((char)token[^1]));

    private static int NestedEnd(ReadOnlySpan<byte> document, int open)
    {
        var depth = 0;
        var at = open;
        while (true)
        {
            var next = document[at..].IndexOfAny(NestedStops);
            if (next < 0) return -1;
            at += next;
            switch (document[at])
            {
                case (byte)'"':
                    at = StringEnd(document, at, out _);
                    if (at < 0) return -1;
                    continue;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                default:
                    depth--;
                    break;
            }
            at++;
            if (depth == 0) return at;
        }
    }

    /// <summary>The same as <see cref="Of"/>, always through <see cref="Utf8JsonReader"/>.</summary>
    internal static List<(string Name, int Start, int End)>? ByReader(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            var properties = new List<(string, int, int)>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var start = (int)reader.TokenStartIndex;
                var name = reader.GetString()!;
                reader.Read();
                reader.Skip();
                properties.Add((name, start, (int)reader.BytesConsumed));
            }
            return reader.TokenType == JsonTokenType.EndObject ? properties : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
