using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Walks the body lines of a page once and cuts them into items (stories, photos, quotes, ads).
/// A story starts at a title block followed by a byline, a 本报讯 lead or a subtitle; or, with body
/// text after it, when nothing is open or its title starts with a place name. Other short lines inside
/// a story are headings. Work per line is bounded, so the walk is linear in the input.
/// </summary>
internal sealed class PageSegmenter
{
    private const int MaxTitleBlockLines = 8;
    private const int MaxHeadingLines = 4;

    private readonly string _text;
    private readonly List<PageLine> _lines;
    private readonly LineKind[] _kinds;
    private readonly int _start;
    private readonly int _end;
    private readonly List<DiscardedText> _discarded;
    private readonly List<string> _sections;
    private readonly List<DraftItem> _items = [];
    private readonly List<string> _markers = [];
    private DraftItem? _cur;
    private string? _section;

    public PageSegmenter(string text, List<PageLine> lines, int start, int end, List<DiscardedText> discarded, List<string> sections)
    {
        _text = text;
        _lines = lines;
        _start = start;
        _end = end;
        _discarded = discarded;
        _sections = sections;
        _kinds = new LineKind[lines.Count];
        for (var i = start; i < end; i++) _kinds[i] = LineClassifier.Classify(lines[i].Span(text));
    }

    public List<DraftItem> Run()
    {
        var i = _start;
        while (i < _end) i = Step(i);
        return _items;
    }

    private string Text(int i) => _lines[i].Text(_text);

    private bool IsOpenStory => _cur is { Closed: false, Kind: ArticleKind.Article };

    private int Step(int i)
    {
        var kind = _kinds[i];
        if (kind is LineKind.Paragraph or LineKind.Short && i + 1 < _end && _kinds[i + 1] == LineKind.PhotoCredit && _lines[i + 1].GapBefore <= 1)
        {
            EmitPhoto(Text(i), Text(i + 1));
            return i + 2;
        }
        switch (kind)
        {
            case LineKind.Section:
                return SectionHeader(i);
            case LineKind.Paragraph:
                var credit = PhotoCaptionDetector.TrailingCreditStart(_lines[i].Span(_text));
                if (credit > 0)
                {
                    var text = Text(i);
                    EmitPhoto(text[..credit].TrimEnd(), text[credit..]);
                    return i + 1;
                }
                return BodyRun(i);
            case LineKind.Newsflash:
                return Newsflash(i);
            case LineKind.Organization:
                return OrganizationLine(i);
            case LineKind.Dash when _cur is { Closed: false, Paragraphs.Count: > 0 }:
                return Signoff(i);
            case LineKind.PhotoCredit:
                EmitPhoto(null, Text(i));
                return i + 1;
            case LineKind.MarkedHeading:
                return MarkedHeading(i);
            default:
                return TitleBlock(i);
        }
    }

    private int SectionHeader(int i)
    {
        var raw = Text(i);
        if (_cur is not null) _cur.Closed = true;
        _section = raw[1..^1].Trim();
        _sections.Add(_section);
        _discarded.Add(new DiscardedText(raw, "section-header"));
        return i + 1;
    }

    private int Newsflash(int i)
    {
        var line = _lines[i].Span(_text);
        var length = BylineParser.NewsflashLength(line);
        if (!(IsOpenStory && _cur!.IsTitleOnly && _cur.BylineKind is not BylineKind.Newsflash)) Start(new DraftItem { Section = _section });
        _cur!.AddByline(BylineParser.Newsflash(line[..length].ToString()));
        var rest = ChineseText.Trim(line[length..]);
        if (rest.Length > 0) AddBody(rest.ToString(), _lines[i].GapBefore);
        return i + 1;
    }

    private int OrganizationLine(int i)
    {
        var raw = Text(i);
        if (_cur is { Closed: false } && _cur.Organization is null && (_cur.Paragraphs.Count > 0 || _cur.Title is not null))
        {
            _cur.AddByline(BylineParser.Organization(raw));
            _cur.Closed = true;
        }
        else
        {
            _discarded.Add(new DiscardedText(raw, "unattached-byline"));
        }
        return i + 1;
    }

    private int Signoff(int i)
    {
        var cur = _cur!;
        if (cur.Kind == ArticleKind.Article && cur.Title is not null && cur.Paragraphs.Count > 1 && cur.LastParagraphGap >= 2)
        {
            // A quote box printed after a story, set apart by a wide gap.
            var quote = new DraftItem { Section = _section, Kind = ArticleKind.Quote };
            quote.Paragraphs.Add(cur.Paragraphs[^1]);
            cur.Paragraphs.RemoveAt(cur.Paragraphs.Count - 1);
            Start(quote);
            cur = quote;
        }
        else if (cur.Kind == ArticleKind.Article && cur.Title is null)
        {
            cur.Kind = ArticleKind.Quote;
        }
        cur.AddByline(BylineParser.Signoff(Text(i)));
        cur.Closed = true;
        return i + 1;
    }

    private int MarkedHeading(int i)
    {
        var line = Text(i);
        var k = 1;
        while (k < line.Length && ChineseText.IsSpace(line[k])) k++;
        _discarded.Add(new DiscardedText(line[..1], "marker"));
        AddHeading(line[k..]);
        return i + 1;
    }

    private int TitleBlock(int i)
    {
        var block = new List<int>(4);
        int subtitle = -1, byline = -1;
        var j = i;
        while (j < _end && block.Count < MaxTitleBlockLines)
        {
            if (j > i && _lines[j].GapBefore >= 2) break;
            if (IsCaption(j)) break;
            var k = _kinds[j];
            if (k == LineKind.Short && subtitle < 0) { block.Add(j++); continue; }
            if (k == LineKind.Dash && block.Count > 0 && subtitle < 0) { subtitle = j++; continue; }
            if (k == LineKind.Names)
            {
                var next = j + 1 < _end ? _kinds[j + 1] : (LineKind?)null;
                if (block.Count > 0 && next is null or LineKind.Paragraph or LineKind.MarkedHeading or LineKind.Section)
                {
                    byline = j++;
                    break;
                }
                if (subtitle >= 0)
                {
                    // Names under a subtitle are its byline even when another title follows (an orphan title).
                    byline = j++;
                    break;
                }
                block.Add(j++);
                continue;
            }
            break;
        }
        if (j == i)
        {
            AddBody(Text(i), _lines[i].GapBefore);
            return i + 1;
        }

        var nextKind = j < _end ? _kinds[j] : (LineKind?)null;
        var nextIsBody = nextKind == LineKind.Newsflash || (nextKind == LineKind.Paragraph && !IsCaption(j));
        var hasByline = byline >= 0 || subtitle >= 0 || nextKind == LineKind.Newsflash;

        var adEnd = -1;
        for (var b = 0; b < block.Count; b++)
            if (AdBoxDetector.IsSponsorLine(_lines[block[b]].Span(_text))) adEnd = b;
        if (adEnd >= 0 && (adEnd >= 1 || AdBoxDetector.IsStrongSponsorLine(_lines[block[0]].Span(_text))) &&
            (adEnd < block.Count - 1 || !hasByline))
        {
            EmitAd(block.Take(adEnd + 1));
            return block[adEnd] + 1;
        }

        var lines = block.Select(Text).ToList();
        string? trailingAuthor = null;
        bool story;
        if (hasByline || lines.Exists(l => TitleBlockParser.InlineDash(l) >= 0)) story = true;
        else if (nextIsBody && TitleBlockParser.TrailingAuthorStart(lines[^1]) is var at and > 0)
        {
            trailingAuthor = lines[^1][at..];
            lines[^1] = lines[^1][..at].TrimEnd();
            story = true;
        }
        else if (!IsOpenStory) story = true;
        else if (nextKind is null) story = lines.Count > 1 || PlaceNameDetector.StartsWithPlace(lines[0]);
        else story = nextIsBody && PlaceNameDetector.StartsWithPlace(lines[0]) && !lines.Exists(l => l.Contains('、'));

        if (!story)
        {
            // Stacked short lines are a list, and a line enumerating with 、 is body text cut by a column break.
            if (lines.Count > MaxHeadingLines || (nextIsBody && lines.Count == 1 && lines[0].Contains('、')))
                foreach (var b in block) AddBody(Text(b), _lines[b].GapBefore);
            else
                foreach (var l in lines) AddHeading(l);
            return j;
        }

        _markers.Clear();
        var title = TitleBlockParser.Parse(lines, subtitle >= 0 ? Text(subtitle) : null, _markers);
        foreach (var m in _markers) _discarded.Add(new DiscardedText(m, "marker"));
        var item = new DraftItem { Section = _section, Kicker = title.Kicker, Title = title.Title, Subtitle = title.Subtitle };
        Start(item);
        if (byline >= 0) item.AddByline(BylineParser.Names(Text(byline)));
        if (trailingAuthor is not null) item.AddByline(BylineParser.Names(trailingAuthor));
        return j;
    }

    private bool IsCaption(int j) =>
        (_kinds[j] is LineKind.Paragraph or LineKind.Short && j + 1 < _end && _kinds[j + 1] == LineKind.PhotoCredit) ||
        (_kinds[j] == LineKind.Paragraph && PhotoCaptionDetector.TrailingCreditStart(_lines[j].Span(_text)) > 0);

    /// <summary>
    /// Adds a paragraph and the body lines that continue it (column breaks), copying the text once.
    /// </summary>
    private int BodyRun(int i)
    {
        var last = i;
        var length = _lines[i].Length;
        while (last + 1 < _end && _kinds[last + 1] == LineKind.Paragraph && !IsCaption(last + 1) &&
               ParagraphRepairer.IsOpen(_lines[last].Span(_text)))
        {
            last++;
            length += _lines[last].Length;
        }
        if (last == i)
        {
            AddBody(Text(i), _lines[i].GapBefore);
            return i + 1;
        }
        var text = string.Create(length, (this, i, last), static (dest, state) =>
        {
            var (self, from, to) = state;
            for (var k = from; k <= to; k++)
            {
                var span = self._lines[k].Span(self._text);
                span.CopyTo(dest);
                dest = dest[span.Length..];
            }
        });
        AddBody(text, _lines[i].GapBefore);
        return last + 1;
    }

    private void AddBody(string text, int gap)
    {
        if (!IsOpenStory) Start(new DraftItem { Section = _section });
        var cur = _cur!;
        if (cur.LastParagraphOpen && cur.Paragraphs.Count > 0)
        {
            cur.Paragraphs[^1] = ParagraphRepairer.Join(cur.Paragraphs[^1], text);
        }
        else
        {
            cur.Paragraphs.Add(text);
            cur.LastParagraphGap = gap;
        }
        var paragraph = cur.Paragraphs[^1];
        var org = BylineParser.TrailingOrganizationStart(paragraph);
        if (org > 0 && cur.Organization is null)
        {
            cur.Paragraphs[^1] = paragraph[..org].TrimEnd();
            cur.AddByline(BylineParser.Organization(paragraph[org..]));
            cur.Closed = true;
        }
        cur.LastParagraphOpen = ParagraphRepairer.IsOpen(cur.Paragraphs[^1]);
    }

    private void AddHeading(string text)
    {
        if (!IsOpenStory) Start(new DraftItem { Section = _section });
        _cur!.Headings.Add(new Heading(text, _cur.Paragraphs.Count));
        _cur.LastParagraphOpen = false;
    }

    private void EmitPhoto(string? caption, string credit)
    {
        var photo = new DraftItem { Section = _section, Kind = ArticleKind.Photo };
        if (!string.IsNullOrEmpty(caption)) photo.Paragraphs.Add(caption);
        photo.AddByline(PhotoCaptionDetector.Credit(credit));
        Start(photo);
        photo.Closed = true;
    }

    private void EmitAd(IEnumerable<int> lines)
    {
        var ad = new DraftItem { Section = _section, Kind = ArticleKind.Ad };
        foreach (var l in lines) ad.Paragraphs.Add(Text(l));
        Start(ad);
        ad.Closed = true;
    }

    private void Start(DraftItem item)
    {
        if (_cur is not null) _cur.Closed = true;
        _items.Add(item);
        _cur = item;
    }
}
