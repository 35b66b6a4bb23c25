using System.Buffers;

namespace Platform.Storage.Sqlite;

/// <summary>
/// An event body that is a stored document without some of its top-level properties (the article event's payload
/// is the stored article without its pipeline status, warnings and spans), recognized and rebuilt byte for byte:
/// the kept properties are copied as raw UTF-8 from the document, so what is rebuilt does not depend on how any
/// serializer writes JSON, now or in a later version. Compact JSON only (no whitespace between properties); anything
/// else is simply not recognized and the event keeps its own copy.
/// </summary>
internal static class DocumentProjection
{
    private const char Separator = ',';

    // Parts a view: the dropped names before it, the raw properties the body adds after the document's after it.
    private const char AddedMark = '\n';

    /// <summary>
    /// The names of the top-level properties of <paramref name="document"/> that <paramref name="body"/> leaves out,
    /// comma-separated ("" when it is the whole document), then, when the body appends properties of its own after the
    /// document's (the event payload's <c>bodyTruncated</c> flag), a line break and those properties as raw JSON; or null
    /// when <paramref name="body"/> is not such a projection.
    /// </summary>
    public static string? Dropped(ReadOnlySpan<byte> document, ReadOnlySpan<byte> body)
    {
        if (TopLevelJsonProperties.Of(document) is not { } properties || body.Length < 2 || body[0] != '{') return null;
        var dropped = new List<string>();
        var position = 1;
        var kept = 0;
        foreach (var (name, start, end) in properties)
        {
            var raw = document[start..end];
            var at = kept == 0 ? position : position + 1;
            var follows = at + raw.Length;
            if ((kept == 0 || body[position] == ',') && follows < body.Length && body[at..].StartsWith(raw) && body[follows] is (byte)',' or (byte)'}')
            {
                position = follows;
                kept++;
            }
            else
            {
                if (name.Contains(Separator, StringComparison.Ordinal) || name.Contains(AddedMark, StringComparison.Ordinal)) return null;
                dropped.Add(name);
            }
        }
        var added = "";
        if (kept > 0 && position < body.Length - 1 && body[position] == ',')
        {
            added = System.Text.Encoding.UTF8.GetString(body[(position + 1)..^1]);
            position = body.Length - 1;
            // Only properties the document does not have: a changed value is a different body, never a projection.
            var names = properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            if (TopLevelJsonProperties.Of(System.Text.Encoding.UTF8.GetBytes("{" + added + "}")) is not { } extra || extra.Any(p => names.Contains(p.Name))) return null;
        }
        if (position != body.Length - 1 || body[position] != '}') return null;
        var view = string.Join(Separator, dropped) + (added.Length == 0 ? "" : AddedMark + added);
        return Build(document, properties, view).AsSpan().SequenceEqual(body) ? view : null;
    }

    /// <summary><paramref name="document"/> without the top-level properties and with the added ones that <paramref name="view"/> names (as <see cref="Dropped"/> gives them).</summary>
    public static byte[] Apply(ReadOnlySpan<byte> document, string view) =>
        Build(document, TopLevelJsonProperties.Of(document) ?? throw new InvalidDataException("A referenced document is not a JSON object."), view);

    // Takes the document's properties as found, so Dropped checks its view without scanning the document a second time.
    private static byte[] Build(ReadOnlySpan<byte> document, List<(string Name, int Start, int End)> properties, string view)
    {
        var mark = view.IndexOf(AddedMark, StringComparison.Ordinal);
        var dropped = mark < 0 ? view : view[..mark];
        var leaveOut = dropped.Length == 0 ? [] : dropped.Split(Separator).ToHashSet(StringComparer.Ordinal);
        var body = new ArrayBufferWriter<byte>(document.Length + 2);
        body.Write("{"u8);
        foreach (var (name, start, end) in properties)
        {
            if (leaveOut.Contains(name)) continue;
            if (body.WrittenCount > 1) body.Write(","u8);
            body.Write(document[start..end]);
        }
        if (mark >= 0)
        {
            body.Write(","u8);
            body.Write(System.Text.Encoding.UTF8.GetBytes(view[(mark + 1)..]));
        }
        body.Write("}"u8);
        return body.WrittenSpan.ToArray();
    }
}
