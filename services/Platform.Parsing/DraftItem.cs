using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>A page item while the segmenter is still adding lines to it.</summary>
internal sealed class DraftItem
{
    public ArticleKind Kind { get; set; } = ArticleKind.Article;
    public string? Kicker { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Section { get; init; }
    public List<string> BylineRaw { get; } = [];
    public List<string> Authors { get; } = [];
    public string? Organization { get; set; }
    public BylineKind BylineKind { get; set; } = BylineKind.None;
    public List<Heading> Headings { get; } = [];
    public List<string> Paragraphs { get; } = [];

    /// <summary>The last paragraph stopped mid-sentence and nothing came between: the next body line continues it.</summary>
    public bool LastParagraphOpen { get; set; }

    /// <summary>Blank lines printed before the last paragraph's first line.</summary>
    public int LastParagraphGap { get; set; }

    /// <summary>Set when the item is complete (a closing byline, a new item, a section header).</summary>
    public bool Closed { get; set; }

    /// <summary>A web headline with its page meta (date, source, author) right under it: the article of the page.</summary>
    public bool Anchored { get; set; }

    /// <summary>The title block started with an enumerator (一、, (二), 3.): numbered siblings start items too.</summary>
    public bool NumberedTitle { get; set; }

    /// <summary>A photo caption that carried a number (①, 图2): part of a numbered gallery.</summary>
    public bool NumberedCaption { get; set; }

    /// <summary>An untitled brief after a brief closed by its own (byline): a run of news briefs, one per dated paragraph.</summary>
    public bool Brief { get; set; }

    /// <summary>Closed by a trailing (persons) or (organization) byline, as briefs in a column are.</summary>
    public bool ClosedByTrailingByline { get; set; }

    /// <summary>A closed photo with one caption, credited to the photographers of the credit its set shares.</summary>
    public static DraftItem CreditedPhoto(string caption, string? section, IEnumerable<string> photographers)
    {
        var photo = new DraftItem { Section = section, Kind = ArticleKind.Photo, Closed = true, BylineKind = BylineKind.Photographer };
        photo.Paragraphs.Add(caption);
        photo.Authors.AddRange(photographers);
        return photo;
    }

    /// <summary>Continues this item with another's text: its paragraphs after these, its headings moved past them.</summary>
    public void AppendBody(DraftItem other)
    {
        var offset = Paragraphs.Count;
        foreach (var h in other.Headings) Headings.Add(h with { BeforeParagraph = h.BeforeParagraph + offset });
        Paragraphs.AddRange(other.Paragraphs);
    }

    /// <summary>Puts paragraphs before this item's own, its headings moved down with the text they head.</summary>
    public void PrependParagraphs(IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < Headings.Count; i++) Headings[i] = Headings[i] with { BeforeParagraph = Headings[i].BeforeParagraph + paragraphs.Count };
        Paragraphs.InsertRange(0, paragraphs);
    }

    /// <summary>
    /// Cuts this item's tail off into a new item of the same section: the paragraphs from <paramref name="paragraph"/> on,
    /// and the headings from index <paramref name="heading"/> on, placed over the same text in it.
    /// </summary>
    public DraftItem CutTail(int paragraph, int heading)
    {
        var tail = new DraftItem { Section = Section };
        tail.Paragraphs.AddRange(Paragraphs.Skip(paragraph));
        for (var i = heading; i < Headings.Count; i++) tail.Headings.Add(Headings[i] with { BeforeParagraph = Headings[i].BeforeParagraph - paragraph });
        Headings.RemoveRange(heading, Headings.Count - heading);
        Paragraphs.RemoveRange(paragraph, Paragraphs.Count - paragraph);
        return tail;
    }

    public bool IsTitleOnly => Title is not null && Paragraphs.Count == 0 && Headings.Count == 0;

    public bool HasByline => BylineRaw.Count > 0 || Authors.Count > 0 || Organization is not null;

    public void AddByline(Byline byline)
    {
        if (byline.Raw is not null) BylineRaw.Add(byline.Raw);
        foreach (var a in byline.Authors)
            if (!Authors.Contains(a)) Authors.Add(a);
        Organization ??= byline.Organization;
        if (BylineKind == BylineKind.None) BylineKind = byline.Kind;
    }

    public Byline ToByline() => BylineRaw.Count == 0 && Authors.Count == 0 && Organization is null
        ? Byline.None
        : new Byline(BylineRaw.Count == 0 ? null : SourceLedger.Join(" ", BylineRaw), Authors.ToArray(), Organization, BylineKind);
}
