namespace Platform.Testing.Documents;

/// <summary>Where a block of a generated document goes: the masthead, the body, or the footer (distribution list).</summary>
public enum BlockRole
{
    Masthead,
    Body,
    Footer,
}

/// <summary>One line of a generated document; headlines are set larger (PDF), as a heading style (DOCX) or &lt;h2&gt; (HTML).</summary>
public sealed record DocumentLine(string Text, bool Headline);

/// <summary>A paragraph of a generated document: lines separated by forced line breaks.</summary>
public sealed record DocumentBlock(IReadOnlyList<DocumentLine> Lines, BlockRole Role)
{
    public bool IsHeadline => Lines.All(l => l.Headline);

    /// <summary>Splits bulletin text at blank lines into blocks, marking lines and roles as the callbacks say.</summary>
    public static IReadOnlyList<DocumentBlock> FromText(string text, Func<string, bool> headline, Func<string, BlockRole> role)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(role);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())
            .Where(lines => lines.Count > 0)
            .Select(lines => new DocumentBlock(lines.Select(l => new DocumentLine(l, headline(l))).ToList(), role(lines[0])))
            .ToList();
    }
}
