using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Walks the content lines of a page once and cuts them into items (stories, photos, quotes, ads).
/// A story starts at a title block followed by a byline, a dateline lead or a subtitle; or, with body text
/// after it, when nothing is open or its title starts with a place name. Other short lines inside a story
/// are headings. On web pages a headline anchored by its page meta collects what follows until its body.
/// Work per line is bounded, so the walk is linear in the input.
/// </summary>
internal sealed class PageSegmenter
{
    private const int MaxTitleBlockLines = 8;
    private const int MaxHeadingLines = 4;
    private const int MaxInlineCaption = 24;
    private const int MaxSiblingTitle = 10;

    private readonly string _text;
    private readonly string _simple;
    private readonly List<PageLine> _lines;
    private readonly LineKind[] _kinds;
    private readonly bool _web;
    private readonly int _end;
    private readonly List<DiscardedText> _discarded = [];
    private readonly List<string> _sections = [];
    private readonly List<DraftItem> _items = [];
    private readonly List<(string Text, string Reason)> _markers = [];
    private DraftItem? _cur;
    private string? _section;
    private bool _expectSubtitle;
    // The last names line read as a story's closing byline: a credits block goes on with the next line (记者 某 / 通讯员 某).
    private int _trailingNamesAt = -1;
    private bool _captionUnderHeadline;
    // Paragraphs of the open story that were its pictures' captions (credit discarded), counted from its start.
    private int _inlineCaptions;

    /// <param name="text">The page text as printed (cleaned).</param>
    /// <param name="simple">The same text in simplified characters.</param>
    /// <param name="lines">The content lines (furniture already set aside).</param>
    /// <param name="web">The page is a web page (see <see cref="FilteredPage.SiteChrome"/>).</param>
    public PageSegmenter(string text, string simple, List<PageLine> lines, bool web)
    {
        _text = text;
        _simple = simple;
        _lines = lines;
        _web = web;
        _end = lines.Count;
        _kinds = new LineKind[lines.Count];
        for (var i = 0; i < _end; i++) _kinds[i] = LineClassifier.Classify(lines[i].Span(simple), lines[i].Marks, web);
        if (IsOpeningCommaHeadline() || IsOpeningHeadlineOverMeta() || IsOpeningUnitHeadline()) _kinds[0] = LineKind.Short;
        var captions = OpeningCaptions.Count(Span, _end);
        if (captions > 0 && _kinds.AsSpan(0, captions + 1).IndexOfAnyExcept(LineKind.Paragraph, LineKind.Short) < 0)
        {
            _kinds.AsSpan(0, captions).Fill(LineKind.Caption);
            _kinds[captions] = LineKind.Short;
        }
        for (var i = 1; i + 1 < _end; i++)
            if (IsWriterCredit(i)) _kinds[i] = LineKind.Names;
    }

    // □记者 某某 文/图 between a headline (or its —— subtitle) and the body: the reporter wrote the story and took its
    // pictures, so the line is the story's byline, not a photo credit that makes the headline a caption.
    private bool IsWriterCredit(int i) =>
        _kinds[i] == LineKind.PhotoCredit && _kinds[i - 1] is LineKind.Short or LineKind.Dash &&
        _kinds[i + 1] is LineKind.Paragraph or LineKind.Newsflash && ChineseText.VisibleLength(Span(i + 1)) > MaxLeadCaption &&
        (Span(i).Contains("文/图", StringComparison.Ordinal) || Span(i).Contains("图/文", StringComparison.Ordinal)) &&
        PersonNames.Find(Span(i)).Count > 0;

    private const int MaxCommaHeadline = 20;

    // 共创文明城,幸福来敲门: a short line with a comma opening the page, set apart from the body under it, is the
    // headline; on a typeset page a comma otherwise marks body text.
    private bool IsOpeningCommaHeadline()
    {
        if (_end < 2 || _kinds[0] != LineKind.Paragraph || _lines[1].GapBefore < 1) return false;
        if (_kinds[1] is not (LineKind.Paragraph or LineKind.Newsflash) || ChineseText.VisibleLength(Span(1)) <= 40) return false;
        var line = Span(0);
        // 文明青溪丨…: a column name before a bar is the kicker, no part of the headline's length.
        if (ColumnName.BarAt(line) is var bar and >= 0) line = line[(bar + 1)..];
        if (ChineseText.VisibleLength(line) > MaxCommaHeadline || ChineseText.EndsSentence(line) || line.IndexOfAny("、。；;:：()（）") >= 0) return false;
        return CommaCount(line) == 1;
    }

    private bool IsOpeningUnitHeadline() =>
        _end >= 2 && _kinds[0] == LineKind.Paragraph && _kinds[1] is LineKind.Paragraph or LineKind.Newsflash && UnitColonHeadline.Opens(Span(0), Span(1));

    private static int CommaCount(ReadOnlySpan<char> line)
    {
        var commas = 0;
        foreach (var c in line)
            if (c is '，' or ',') commas++;
        return commas;
    }

    private const int MaxHeadlineOverMeta = 40;

    // 今天,青溪的志愿者这样过节! over 青溪 2022-03-05 10:35 (or over the reporter's line above the body): the page's
    // first line, right above its meta, is its headline, whatever commas or exclamation mark it carries.
    private bool IsOpeningHeadlineOverMeta()
    {
        if (_end < 2 || _kinds[0] != LineKind.Paragraph) return false;
        var overByline = _end >= 3 && _kinds[1] == LineKind.Names && _kinds[2] is LineKind.Paragraph or LineKind.Newsflash;
        if (!_lines[0].Has(LineMarks.BeforeMeta) && !overByline) return false;
        var line = Span(0);
        if (ColumnName.BarAt(line) is var bar and >= 0) line = line[(bar + 1)..];
        return ChineseText.VisibleLength(line) <= MaxHeadlineOverMeta && line.IndexOfAny("。；;") < 0 && CommaCount(line) <= 2;
    }

    public SegmentedPage Run()
    {
        var i = 0;
        while (i < _end) i = Step(i);
        TitleFromSoleSection();
        return new SegmentedPage(_items, _discarded, _sections);
    }

    // 【某区开展志愿服务行动】 over the page meta and one untitled story: a bracketed line that is the page's only
    // section and heads its only story is that story's headline, not a column name.
    private void TitleFromSoleSection()
    {
        if (_sections.Count != 1 || _items.Count != 1 || _items[0] is not { Title: null, Kind: ArticleKind.Article } story) return;
        if (story.Section != _sections[0] || _kinds[0] != LineKind.Section) return;
        var raw = Text(0);
        if (raw[0] != '【') return;
        story.Title = _sections[0];
        _discarded.RemoveAll(d => d.Reason == DiscardReasons.SectionHeader && d.Text == raw);
        _discarded.Add(new DiscardedText("【", DiscardReasons.Marker));
        _discarded.Add(new DiscardedText("】", DiscardReasons.Marker));
    }

    private string Text(int i) => _lines[i].Text(_text);

    private string Simple(int i) => _lines[i].Text(_simple);

    private ReadOnlySpan<char> Span(int i) => _lines[i].Span(_simple);

    private Twin TwinOf(int i) => _lines[i].Twin(_text, _simple);

    private bool IsOpenStory => _cur is { Closed: false, Kind: ArticleKind.Article };

    /// <summary>A web headline waiting for its body: lines before the body are its headings, repeats or subtitle.</summary>
    private bool IsPendingHeadline => _web && IsOpenStory && _cur!.Title is not null && _cur.Paragraphs.Count == 0 && _cur.Anchored;

    // 某某在清扫。 张三 摄 / 李四 摄: a caption closed by its own credit leaves the next credit to a picture of its own.
    private bool HasOwnCredit(int i) =>
        _kinds[i] == LineKind.Paragraph && PhotoCredit.TrailingStart(Span(i)) is var credit and > 0 && ChineseText.EndsSentence(ChineseText.Trim(Span(i)[..credit]));

    private int Step(int i)
    {
        var kind = _kinds[i];
        if (kind is LineKind.Paragraph or LineKind.Short or LineKind.Caption && i + 1 < _end && _kinds[i + 1] == LineKind.PhotoCredit &&
            _lines[i + 1].GapBefore <= 1 && !IsInlineCaption(_lines[i].GapBefore, _lines[i].Length) && !HasOwnCredit(i) && !IsStoryReportCredit(i + 1) && !IsLeadingReportCredit(i + 1) &&
            !ContinuesDatedCaptions(i))
        {
            var caption = CaptionText(i, out var numbered);
            EmitPhoto(caption, TwinOf(i + 1), numbered);
            return i + 2;
        }
        if (kind == LineKind.Short && i + 1 == _end && IsOpenStory && _cur!.Paragraphs.Count > 0 && !_cur.HasByline &&
            BylineParser.IsBareUnitAndPerson(Span(i)))
        {
            // …的良好局面。 / 某市文体旅广局 张三 closing the page: the unit that supplied the story and its writer.
            _cur.AddByline(BylineParser.UnitAndPerson(TwinOf(i).Trim()));
            _cur.Closed = true;
            return i + 1;
        }
        if (kind == LineKind.Short && i + 1 == _end && _lines[i].GapBefore > 0 && IsOpenStory && _cur!.Paragraphs.Count > 0 &&
            _cur.Organization is null && ContributingUnit.IsUnit(Span(i)))
        {
            // …市级文明村镇7个。 / (blank) / 某区某镇 closing the page: the unit that supplied the story signs it alone.
            var unit = TwinOf(i).Trim().ToString();
            _cur.AddByline(new Byline(unit, [], unit, BylineKind.Organization));
            _cur.Closed = true;
            return i + 1;
        }
        switch (kind)
        {
            case LineKind.Section:
                return SectionHeader(i);
            case LineKind.Caption:
                return CaptionLine(i);
            case LineKind.Paragraph:
                if (IsQuotedHeadlineAfterSignedStory(i))
                {
                    _kinds[i] = LineKind.Short;
                    return TitleBlock(i);
                }
                if (HeadlineBeforeLead(Span(i)) is var lead and > 0) return HeadlineThenLead(i, lead);
                var credit = PhotoCredit.TrailingStart(Span(i));
                if (credit > 0 && !IsStoryTextAndPictureCredit(Span(i), credit)) return CaptionWithCredit(i, credit);
                return BodyRun(i);
            case LineKind.Newsflash:
                return Newsflash(i);
            case LineKind.Organization:
                return OrganizationLine(i);
            case LineKind.Dash when _cur is { Closed: false, Paragraphs.Count: > 0 }:
                return Signoff(i);
            case LineKind.PhotoCredit:
                return CreditLine(i);
            case LineKind.Meta:
                return MetaLine(i);
            case LineKind.Names when _cur is { Closed: false, Paragraphs.Count: > 0, Kind: ArticleKind.Article } && (_cur.Authors.Count == 0 || _trailingNamesAt == i - 1):
                return TrailingNames(i);
            case LineKind.Names when _web && IsOpenStory && _cur!.Title is not null && _cur.Paragraphs.Count == 0 && !_cur.HasByline:
                // A web headline's byline set apart by a blank line (□本报记者胡蓉).
                _cur.AddByline(BylineParser.Names(TwinOf(i)));
                return i + 1;
            case LineKind.LeadIn:
                AddHeading(Text(i));
                return i + 1;
            case LineKind.MarkedHeading:
                return MarkedHeading(i);
            default:
                return TitleBlock(i);
        }
    }

    private const int MaxQuotedHeadline = 20;

    // (图、文/某某) closed a story; “一声到,一生到” or “怎么证明你是镇长?” on its own line over body text is the next
    // story's headline: a short quotation standing alone is no paragraph.
    private bool IsQuotedHeadlineAfterSignedStory(int i)
    {
        if (_cur is not { Closed: true, Kind: ArticleKind.Article, HasByline: true } || i + 1 >= _end || _kinds[i + 1] != LineKind.Paragraph) return false;
        var line = ChineseText.Trim(Span(i));
        return ChineseText.VisibleLength(line) <= MaxQuotedHeadline && line is ['“' or '"', .., '”' or '"'] && line.IndexOf('。') < 0;
    }

    // 某社区成立志愿服务队 〔记者某某综合报导〕某市…: a headline and the dateline lead of its story on one line.
    private static int HeadlineBeforeLead(ReadOnlySpan<char> line)
    {
        var window = line[..Math.Min(line.Length, LineClassifier.MaxShortLength)];
        for (var at = window.LastIndexOfAny(' ', '\u3000'); at > 0; at = window[..at].LastIndexOfAny(' ', '\u3000'))
        {
            var head = ChineseText.Trim(line[..at]);
            // A space inside the lead's own parenthesis (某某讯(记者 甲 通讯员 乙)) is no gap between a headline and a lead.
            if (ChineseText.VisibleLength(head) < MinHeadlineBeforeLead || ChineseText.HasClauseMark(head) || ChineseText.EndsSentence(head) ||
                ChineseText.HasUnbalancedBrackets(head)) continue;
            if (BylineParser.NewsflashLength(line[(at + 1)..]) > 0) return at + 1;
        }
        return -1;
    }

    private const int MinHeadlineBeforeLead = 6;

    // 开展志愿服务活动 某某网某地7月27日讯(通讯员 某某)…: a page run onto one line, its headline before the lead (which
    // may read the headline as part of a long outlet name). Where the headline has no story of its own yet; where the
    // headline ends, or -1.
    private int HeadlineRunOntoLead(ReadOnlySpan<char> line)
    {
        if (IsOpenStory && (_cur!.Title is not null || _cur.Paragraphs.Count > 0 || _cur.HasByline)) return -1;
        var lead = HeadlineBeforeLead(line);
        if (lead <= 0 || !HanCharacters.IsHan(line[lead])) return -1;
        var head = ChineseText.Trim(line[..lead]);
        return BylineParser.NewsflashLength(head) == 0 && !PersonNames.IsOutletName(head) && !PersonNames.IsNameLine(head) ? lead : -1;
    }

    private int HeadlineThenLead(int i, int lead)
    {
        var line = TwinOf(i);
        var title = line.Slice(0, lead).Trim();
        // 标题 标题: the page's title and its headline printed one after the other.
        if (RepeatedHalf(title.Simple) is var half and > 0)
        {
            _discarded.Add(new DiscardedText(title.Slice(half).Trim().ToString(), DiscardReasons.RepeatedTitle));
            title = title.Slice(0, half).Trim();
        }
        Start(new DraftItem { Section = _section, Title = title.ToString() });
        _expectSubtitle = false;
        var rest = line.Slice(lead);
        var length = BylineParser.NewsflashLength(rest.Simple);
        _cur!.AddByline(BylineParser.Newsflash(rest.Slice(0, length)));
        var body = rest.Slice(length).Trim();
        if (body.Length > 0) AddBody(body.ToString(), _lines[i].GapBefore);
        return i + 1;
    }

    // Where the second of two equal halves set apart by a space starts, or -1.
    private static int RepeatedHalf(ReadOnlySpan<char> title)
    {
        var space = title.IndexOfAny(' ', '\u3000');
        if (space <= 0) return -1;
        var first = ChineseText.Trim(title[..space]);
        var second = ChineseText.Trim(title[space..]);
        return first.SequenceEqual(second) ? space : -1;
    }

    private int SectionHeader(int i)
    {
        var raw = Text(i);
        if (_cur is not null) _cur.Closed = true;
        _section = raw[0] == '【' ? raw[1..^1].Trim() : raw;
        _sections.Add(_section);
        _discarded.Add(new DiscardedText(raw, DiscardReasons.SectionHeader));
        return i + 1;
    }

    private int Newsflash(int i)
    {
        var line = TwinOf(i);
        if (HeadlineRunOntoLead(line.Simple) is var headEnd and > 0) return HeadlineThenLead(i, headEnd);
        var length = BylineParser.NewsflashLength(line.Simple);
        var continues = IsOpenStory && _cur!.BylineKind is not BylineKind.Newsflash &&
                        ((_cur.Paragraphs.Count == 0 && (_cur.Headings.Count == 0 || IsPendingHeadline || _captionUnderHeadline)) || IsCaptionUnderHeadline(_cur) ||
                         HasOnlyPictures(_cur));
        if (!continues) Start(new DraftItem { Section = _section });
        _cur!.AddByline(BylineParser.Newsflash(line.Slice(0, length)));
        _expectSubtitle = false;
        var rest = line.Slice(length).Trim();
        if (LabelledTitle.LabelLength(rest.Simple) is var label and > 0 && _cur.Title is null && _cur.Paragraphs.Count == 0)
        {
            // 某地1月25日电 题:某某草原描绘新图景: a wire story's headline printed after its dateline.
            _discarded.Add(new DiscardedText(rest.Slice(0, label).ToString(), DiscardReasons.TitleLabel));
            var headline = rest.Slice(label).Trim();
            var dash = TitleBlockParser.InlineDash(headline.Simple.ToString());
            if (dash < 0)
            {
                _cur.Title = headline.ToString();
                return i + 1;
            }
            // 题:某某草原描绘新图景——来自某县的报告: the wire headline carries its subtitle after the dash.
            var end = TitleBlockParser.DashEnd(headline.Simple, dash);
            _cur.Title = headline.Slice(0, dash).Trim().ToString();
            _discarded.Add(new DiscardedText(headline.Slice(dash, end - dash).ToString(), DiscardReasons.Marker));
            _cur.Subtitle = headline.Slice(end).Trim().ToString();
            return i + 1;
        }
        if (rest.Length > 0) AddBody(rest.ToString(), _lines[i].GapBefore);
        return i + 1;
    }

    // 标题 / 在某小区,志愿者在清扫街道。/ 某某网讯(…): the one short sentence between a headline and its lead is a
    // photo caption, and the lead still opens that headline's story.
    // Above the lead of a page without a headline, the caption must say it is one (图片来源, 图为, 供图).
    private bool IsCaptionUnderHeadline(DraftItem story)
    {
        if (story.HasByline || story.Headings.Count != 0 || story.Paragraphs.Count != 1) return false;
        var caption = SimplifiedChinese.Convert(story.Paragraphs[0]);
        if (ChineseText.VisibleLength(caption) > MaxLeadCaption) return false;
        if (story.Title is null) return _items.Count == 1 && HasPictureMark(caption);
        caption = WithoutPictureSource(caption);
        return (ChineseText.EndsSentence(caption) || caption.StartsWith("图为", StringComparison.Ordinal)) &&
               caption.AsSpan()[..^1].IndexOfAny("。！？!?") < 0;
    }

    private static readonly string[] PictureMarks = ["图片来源", "图为", "供图"];

    // 义工为老人测量血压。(图/某社区提供): the caption without the picture's source.
    private static string WithoutPictureSource(string caption)
    {
        if (caption.Length == 0 || caption[^1] is not (')' or '）')) return caption;
        var open = caption.LastIndexOfAny(['(', '（']);
        if (open <= 0) return caption;
        var inner = caption.AsSpan(open + 1);
        return inner.StartsWith("图/", StringComparison.Ordinal) || inner.StartsWith("图:", StringComparison.Ordinal) ||
               inner.StartsWith("图：", StringComparison.Ordinal) || inner.StartsWith("图片", StringComparison.Ordinal)
            ? caption[..open].TrimEnd()
            : caption;
    }

    private static bool HasPictureMark(string caption)
    {
        foreach (var mark in PictureMarks)
            if (caption.Contains(mark, StringComparison.Ordinal)) return true;
        return caption.TrimEnd(')', '）', '。', ' ').EndsWith('摄');
    }

    private const int MaxLeadCaption = 40;

    // 标题 / 某某启动仪式。 张三 摄 / 颁奖现场。 张三 摄 / 某网1月20日讯(记者 李四)…: the headline's pictures are printed
    // above its dateline lead, which still opens that headline's story.
    private bool HasOnlyPictures(DraftItem story) =>
        story.Title is not null && !story.HasByline && story.Paragraphs.Count > 0 && story.Paragraphs.Count == _inlineCaptions;

    // 标题 / 小朋友在清理垃圾 / 本报讯(记者 某某 文/图): on a web page, one short line between a bare headline and a lead
    // whose byline credits a picture is that picture's caption, not a second headline.
    private bool IsCaptionOverPhotoLead(List<int> block, LineKind? nextKind, int next)
    {
        if (!_web || block.Count != 1 || nextKind != LineKind.Newsflash || !IsOpenStory || !_cur!.IsTitleOnly || _cur.HasByline) return false;
        if (ChineseText.VisibleLength(Span(block[0])) > MaxLeadCaption / 2) return false;
        DatelineLead.Length(Span(next), out var start, out var length);
        if (start < 0) return false;
        var byline = Span(next).Slice(start, length);
        return byline.Contains("文/图", StringComparison.Ordinal) || byline.Contains("图/文", StringComparison.Ordinal) ||
               byline.Contains("摄", StringComparison.Ordinal);
    }

    private int OrganizationLine(int i)
    {
        var raw = TwinOf(i);
        if (_cur is { Closed: false } && _cur.Organization is null && (_cur.Paragraphs.Count > 0 || _cur.Title is not null))
        {
            _cur.AddByline(BylineParser.IsUnitAndPerson(raw.Simple) ? BylineParser.UnitAndPerson(raw) : BylineParser.Organization(raw));
            _cur.Closed = true;
        }
        else
        {
            _discarded.Add(new DiscardedText(raw.ToString(), DiscardReasons.UnattachedByline));
        }
        return i + 1;
    }

    private int MetaLine(int i)
    {
        var raw = TwinOf(i);
        // 供稿:某某乡 under a story, signed or not: the unit that contributed it (the field keeps its label only then).
        if (_cur is { Organization: null } && (_cur.Title is not null || _cur.Paragraphs.Count > 0) &&
            ContributingUnit.TryRead(raw.Simple, out var unitStart, out var unitLength))
        {
            _cur.AddByline(new Byline(raw.ToString(), [], raw.Slice(unitStart, unitLength).ToString(), BylineKind.Organization));
            return i + 1;
        }
        // A story closed by a unit or outlet in parentheses, (某某日报), still takes the site's author field printed under it.
        if (_cur is { Kind: ArticleKind.Article, Authors.Count: 0 } && (!_cur.Closed || _cur.Organization is not null) && (_cur.Title is not null || _cur.Paragraphs.Count > 0))
        {
            // 供稿:某街道 某某: the contributing unit and its writer.
            _cur.AddByline(BylineParser.IsBareUnitAndPerson(raw.Simple) && _cur.Organization is null
                ? BylineParser.UnitAndPerson(raw.Trim())
                : new Byline(raw.ToString(), BylineParser.Names(raw, strict: true), null, BylineKind.Author));
            if (_cur.Paragraphs.Count == 0) _cur.Anchored = true;
        }
        else
        {
            _discarded.Add(new DiscardedText(raw.ToString(), DiscardReasons.PageMeta));
        }
        return i + 1;
    }

    // A names line after body text: the byline printed at the end (品文杰 杨洋; (通讯员 谢洪波); □本报记者 林秀英 after the lead).
    private int TrailingNames(int i)
    {
        var raw = TwinOf(i);
        var cur = _cur!;
        cur.AddByline(BylineParser.Names(raw));
        _trailingNamesAt = i;
        // (通讯员 谢洪波) closes the story; a bare names line may stand under the lead or dated captions, with more body after it.
        if (Span(i)[0] is '(' or '（') cur.Closed = true;
        cur.LastParagraphOpen = false;
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
        cur.AddByline(BylineParser.Signoff(TwinOf(i)));
        cur.Closed = true;
        return i + 1;
    }

    private int MarkedHeading(int i)
    {
        var line = Text(i);
        var k = 1;
        while (k < line.Length && ChineseText.IsSpace(line[k])) k++;
        _discarded.Add(new DiscardedText(SourceLedger.Slice(line, 0, 1), DiscardReasons.Marker));
        AddHeading(SourceLedger.Slice(line, k));
        return i + 1;
    }

    // 标题 / body / 某某 摄影报道: the photographer reported the whole story, so the credit is the story's byline.
    // A headline over at most a short lead, its last paragraph the 图为… caption, and no byline: the credit under it
    // is the photo's, and the story is a picture story, not an article with a picture inside.
    private bool IsPhotoStoryCredit()
    {
        if (!IsOpenStory || _cur!.Title is null || _cur.HasByline || _cur.Kind != ArticleKind.Article || _cur.Headings.Count > 0 ||
            _cur.Paragraphs.Count is 0 or > PhotoNewsUnderHeadline.MaxLines)
            return false;
        // 标题 / 16日,… / 市民们… / 记者 某某摄: every line a caption's length, the credit is the whole story's.
        if (_cur.Paragraphs.TrueForAll(PhotoNewsUnderHeadline.IsCaptionLength)) return true;
        if (_cur.Paragraphs.Count > 2) return false;
        var caption = SimplifiedChinese.Convert(_cur.Paragraphs[^1]);
        return (caption.StartsWith("图为", StringComparison.Ordinal) && ChineseText.VisibleLength(caption) <= MaxLeadCaption) ||
               EndsWithPictureSentence(caption);
    }

    private const int MaxPictureNews = 200;

    // 某某活动火热进行中,…。图为某某在…。: a short lead whose last sentence describes the picture (photo news printed as
    // one paragraph).
    private static bool EndsWithPictureSentence(string paragraph)
    {
        var text = paragraph.AsSpan().TrimEnd(" \u3000");
        if (ChineseText.VisibleLength(text) > MaxPictureNews || !ChineseText.EndsSentence(text)) return false;
        var at = text.LastIndexOf("。图为", StringComparison.Ordinal);
        return at > 0 && text[(at + 1)..^1].IndexOf('。') < 0;
    }

    private bool IsStoryReportCredit(int i) =>
        IsOpenStory && _cur!.Paragraphs.Count > 0 && !_cur.HasByline &&
        ((_cur.Title is not null && Span(i).TrimEnd(")）。 ").EndsWith("摄影报道", StringComparison.Ordinal)) || IsWriterSignoff(i));

    private static readonly string[] WriterAndPhotographerVerbs = ["文并摄", "文/图", "图/文"];

    // 记者 某某 文并摄 under a story's long paragraph: the reporter wrote the text and took its pictures, so the credit
    // signs the story; the paragraph above is text, no caption.
    private bool IsWriterSignoff(int i)
    {
        if (i == 0 || _kinds[i - 1] != LineKind.Paragraph || _lines[i - 1].Length < MinReportBody) return false;
        var credit = Span(i).TrimEnd(")）。 ");
        foreach (var verb in WriterAndPhotographerVerbs)
            if (credit.EndsWith(verb, StringComparison.Ordinal)) return true;
        return false;
    }

    // 某报通讯员 某某 某某 摄影报道 / body: a reporter's photo report credit over the story opens it (or sits under its
    // headline); it is the story's byline, not a photo's credit with the headline as caption. A reporter's role and a
    // long body paragraph after it are required: 某某 某某摄影报道 between one-line captions credits each photo.
    private bool IsLeadingReportCredit(int i) =>
        i + 1 < _end && _kinds[i + 1] == LineKind.Paragraph && _lines[i + 1].Length >= MinReportBody &&
        Span(i).TrimEnd(")）。 ").EndsWith("摄影报道", StringComparison.Ordinal) &&
        (Span(i).Contains("记者", StringComparison.Ordinal) || Span(i).Contains("通讯员", StringComparison.Ordinal)) &&
        !(IsOpenStory && _cur!.Paragraphs.Count > 0);

    private const int MinReportBody = 60;

    private int CreditLine(int i)
    {
        if (IsLeadingReportCredit(i))
        {
            if (!(IsOpenStory && _cur!.Title is not null && !_cur.HasByline)) Start(new DraftItem { Section = _section });
            _cur!.AddByline(BylineParser.Names(TwinOf(i)));
            _expectSubtitle = false;
            return i + 1;
        }
        if (IsStoryReportCredit(i))
        {
            _cur!.AddByline(BylineParser.Names(TwinOf(i)));
            _cur.Closed = true;
            return i + 1;
        }
        if (IsPhotoStoryCredit())
        {
            // 标题 / lead / 图为… / 某某 摄: a picture story; the photographer is its author.
            _cur!.Kind = ArticleKind.Photo;
            _cur.AddByline(PhotoCredit.Credit(TwinOf(i)));
            _cur.Closed = true;
            return i + 1;
        }
        if (PhotoCredit.IsShared(Span(i)) && SplitDatedCaptions(TwinOf(i))) return i + 1;
        var credit = PhotoCredit.Credit(TwinOf(i));
        // A credit under a numbered caption that had none, or a shared credit closing a gallery.
        if (_cur is { Kind: ArticleKind.Photo, HasByline: false } photo && _lines[i].GapBefore <= 1)
        {
            photo.AddByline(credit);
            return i + 1;
        }
        EmitPhoto(null, TwinOf(i), numbered: false);
        return i + 1;
    }

    // Intro / 9月15日,在某公园… / 9月14日,在某广场… / 本组照片由记者某某提供: dated paragraphs closed by a shared
    // credit are the captions of its photos, not the body of the intro.
    private bool SplitDatedCaptions(Twin credit)
    {
        if (!IsOpenStory || _cur!.Title is not null || _cur.HasByline) return false;
        var paragraphs = _cur.Paragraphs;
        var first = paragraphs.Count;
        while (first > 0 && StartsWithDate(paragraphs[first - 1])) first--;
        if (paragraphs.Count - first < MinDatedCaptions) return false;
        var captions = paragraphs.GetRange(first, paragraphs.Count - first);
        paragraphs.RemoveRange(first, captions.Count);
        if (paragraphs.Count == 0 && _cur.Headings.Count == 0) _items.Remove(_cur);
        _cur.Closed = true;
        // The credit is printed once, under the last caption; every photo of the set names its photographers.
        var photos = new List<DraftItem>(captions.Count);
        for (var k = 0; k < captions.Count; k++)
        {
            EmitPhoto(captions[k], k == captions.Count - 1 ? credit : default, numbered: false);
            photos.Add(_cur!);
        }
        var photographers = photos[^1].Authors;
        foreach (var photo in photos.Take(photos.Count - 1))
        {
            photo.Authors.AddRange(photographers);
            photo.BylineKind = BylineKind.Photographer;
            photo.Closed = true;
        }
        return true;
    }

    private const int MinDatedCaptions = 2;

    // The last of several dated captions right above their shared credit joins the others instead of taking the credit alone.
    private bool ContinuesDatedCaptions(int i) =>
        PhotoCredit.IsShared(Span(i + 1)) && StartsWithDate(Text(i)) && IsOpenStory && _cur!.Title is null &&
        _cur.Paragraphs.Count > 0 && StartsWithDate(_cur.Paragraphs[^1]);

    // 9月15日,…: a caption dated by month and day.
    private static bool StartsWithDate(string paragraph)
    {
        var i = 0;
        while (i < paragraph.Length && i < 2 && char.IsAsciiDigit(paragraph[i])) i++;
        return i > 0 && i + 2 < paragraph.Length && paragraph[i] == '月' && paragraph.AsSpan(i + 1, Math.Min(3, paragraph.Length - i - 1)).Contains('日');
    }

    private int CaptionLine(int i)
    {
        // Several numbered captions may share one line (①… 摄 ②… 摄): cut before each inner number.
        var line = TwinOf(i);
        var from = 0;
        for (var k = 1; k < line.Length; k++)
        {
            if (!CaptionNumber.IsCircled(line.Simple[k]) || !ChineseText.IsSpace(line.Simple[k - 1]) && line.Simple[k - 1] is not ('摄' or '。')) continue;
            // …。⑩ 本报记者 某某 摄: a stray number before the caption's own credit starts no caption.
            var rest = line.Slice(k + 1).Trim();
            if (rest.Length > 0 && PhotoCredit.IsCreditLine(rest.Simple))
            {
                _discarded.Add(new DiscardedText(line.Slice(k, 1).ToString(), DiscardReasons.Marker));
                EmitPhoto(line.Slice(from, k - from).Trim().ToString(), rest, numbered: true);
                return i + 1;
            }
            EmitCaption(line.Slice(from, k - from).Trim());
            from = k;
        }
        EmitCaption(line.Slice(from).Trim());
        return i + 1;
    }

    private void EmitCaption(Twin caption)
    {
        var credit = PhotoCredit.TrailingStart(caption.Simple);
        if (credit > 0) EmitPhoto(caption.Slice(0, credit).Trim().ToString(), caption.Slice(credit), numbered: true);
        else EmitPhoto(caption.ToString(), default, numbered: true);
    }

    private int CaptionWithCredit(int i, int credit)
    {
        var text = TwinOf(i);
        string? headline = null;
        var before = _items.Count;
        var stars = HeadlineStars(text.Simple);
        if (stars > 0)
        {
            // 某地:某某湿地春意浓******位于…: a headline run onto its photo's caption behind a row of asterisks.
            var end = stars;
            while (end < text.Length && text.Simple[end] == '*') end++;
            headline = text.Slice(0, stars).Trim().ToString();
            _discarded.Add(new DiscardedText(text.Slice(stars, end - stars).ToString(), DiscardReasons.Marker));
            text = text.Slice(end);
            credit -= end;
        }
        // 某地晨景。张三 摄晨练的人群…。张三 摄: captions run together on one line, each closed by its own credit (a space
        // may follow the credit).
        var grouped = false;
        for (var end = GluedCaptionEnd(text.Simple, credit); end > 0; end = GluedCaptionEnd(text.Simple, credit))
        {
            var piece = text.Slice(0, end);
            CaptionWithCredit(piece, PhotoCredit.TrailingStart(piece.Simple), _lines[i].GapBefore, i, grouped: true);
            grouped = true;
            text = text.Slice(end);
            credit -= end;
        }
        CaptionWithCredit(text, credit, _lines[i].GapBefore, i, grouped);
        if (headline is not null)
        {
            if (before < _items.Count && _items[before] is { Kind: ArticleKind.Photo, Title: null } photo) photo.Title = headline;
            else _discarded.Add(new DiscardedText(headline, DiscardReasons.OrphanHeadline));
        }
        return i + 1;
    }

    // The end of the first caption that closes with a credit (…。张三 摄) and runs straight on into the next caption, or -1.
    private static int GluedCaptionEnd(ReadOnlySpan<char> text, int lastCredit)
    {
        for (var at = text.IndexOf('摄'); at >= 0 && at + 1 < lastCredit; at = Next(text, at))
        {
            // …张三 摄 晨练的人群…: a space may part the credit from the next caption.
            var next = at + 1;
            while (next < lastCredit && ChineseText.IsSpace(text[next])) next++;
            if (next >= lastCredit || !HanCharacters.IsHan(text[next])) continue;
            var start = PhotoCredit.TrailingStart(text[..(at + 1)]);
            if (start > 0 && ChineseText.VisibleLength(text[..start]) >= MinGluedCaption) return at + 1;
        }
        return -1;

        static int Next(ReadOnlySpan<char> text, int at)
        {
            var next = text[(at + 1)..].IndexOf('摄');
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    private const int MinGluedCaption = 8;
    private const int MinHeadlineStars = 3;

    // Where a row of three or more asterisks closes a short headline at the start of the line (no sentence before it), or -1.
    private static int HeadlineStars(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("***", StringComparison.Ordinal);
        if (at < 2 || ChineseText.VisibleLength(text[..at]) > LineClassifier.MaxShortLength || ChineseText.HasClauseMark(text[..at])) return -1;
        var end = at;
        while (end < text.Length && text[end] == '*') end++;
        return end - at >= MinHeadlineStars && end < text.Length ? at : -1;
    }

    /// <param name="text">The caption paragraph with its credit.</param>
    /// <param name="credit">Where the credit starts.</param>
    /// <param name="gap">Blank lines before the paragraph.</param>
    /// <param name="last">The paragraph's last line.</param>
    /// <param name="grouped">The caption is one of several run together on one line: a photo group, not the story's picture.</param>
    private void CaptionWithCredit(Twin text, int credit, int gap, int last, bool grouped = false)
    {
        var caption = text.Slice(0, credit).Trim();
        if (IsOpenStory && _cur!.Title is not null && _cur.Paragraphs.Count > 0 && _cur.Authors.Count == 0 && gap < 2 &&
            PersonNames.EndsWithPhotoReportVerb(text.Slice(credit).Simple))
        {
            // 标题 / body / 图为…。某某摄影报道: the photographer reported the story; the credit is its byline.
            AddBody(caption.ToString(), gap);
            _cur.AddByline(PhotoCredit.Credit(text.Slice(credit)));
            _cur.Closed = true;
            return;
        }
        if (IsInlineCaption(gap, caption.Length) || IsCaptionOverWebBody(caption.Length, last))
        {
            // 兰州市夜景。 韩晓刚 摄: a picture inside the article; its photographer is no author of the story.
            AddBody(caption.ToString(), gap);
            _discarded.Add(new DiscardedText(text.Slice(credit).ToString(), DiscardReasons.PhotoCredit));
            _inlineCaptions++;
            return;
        }
        if (IsOpenStory && _cur!.IsTitleOnly && !_cur.HasByline && last + 1 < _end && _kinds[last + 1] == LineKind.Newsflash)
        {
            // 标题 / 9月18日,…。 新华社记者 某某 摄 / 新华网北京9月18日电(记者 某某)…: the picture printed between a
            // headline and its dateline lead is the story's, and the lead still opens that headline's story.
            AddHeading(caption.ToString());
            _discarded.Add(new DiscardedText(text.Slice(credit).ToString(), DiscardReasons.PhotoCredit));
            _captionUnderHeadline = true;
            return;
        }
        if (!grouped && IsOpenStory && _cur!.Paragraphs.Count > 0 && IsOwnReporterCredit(_cur, text.Slice(credit)))
        {
            // The story's reporter took the picture: a caption of the story, not an item of the page.
            AddHeading(caption.ToString());
            _discarded.Add(new DiscardedText(text.Slice(credit).ToString(), DiscardReasons.PhotoCredit));
            return;
        }
        if (IsOpenStory && _cur!.Title is not null && !_cur.HasByline && _cur.Paragraphs.Count > 0 && last + 1 >= _end)
        {
            // The story's last paragraph closed by the credit of its picture: the photographers are its persons.
            AddBody(caption.ToString(), gap);
            _cur.AddByline(PhotoCredit.Credit(text.Slice(credit)));
            _cur.Closed = true;
            return;
        }
        EmitPhoto(caption.ToString(), text.Slice(credit), numbered: false);
    }

    private static bool IsOwnReporterCredit(DraftItem story, Twin credit)
    {
        if (story.Authors.Count == 0) return false;
        var photographers = PhotoCredit.Credit(credit).Authors;
        return photographers.Count > 0 && photographers.All(story.Authors.Contains);
    }

    // A short caption inside an open story with a title, before its body or between its paragraphs: a picture of
    // the article, not an item of the page.
    // A web headline anchored by its meta line owns the first caption below it, however many blank lines come between.
    private bool IsInlineCaption(int gap, int length) =>
        IsOpenStory && _cur!.Title is not null && (gap < 2 || (_web && _cur.Anchored && _cur.IsTitleOnly)) && length <= MaxInlineCaption;

    // 标题 / 某县城市面貌。单位供图 / 5月23日,…: on a web page a credited picture between a headline or paragraph and
    // more untitled text is the story's, however many blank lines the page sets around it.
    private bool IsCaptionOverWebBody(int length, int last) =>
        _web && IsOpenStory && _cur!.Title is not null && length <= MaxInlineCaption && last + 1 < _end &&
        _kinds[last + 1] == LineKind.Paragraph && !IsCaption(last + 1);

    private string? CaptionText(int i, out bool numbered)
    {
        numbered = _kinds[i] == LineKind.Caption;
        return Text(i);
    }

    // 本报记者 某某 / 通讯员 某某 / 文/某某 / 某某 报道 right above body text: a byline, never a headline.
    // So is a bare full name opening the page over its untitled text (某某某 / 8月23日,…): no headline is a person's name.
    private bool IsReporterLineOverBody(int i) =>
        _kinds[i] == LineKind.Names &&
        (PersonNames.HasRole(Span(i)) || IsWriterMark(Span(i)) || PersonNames.EndsWithReportVerb(Span(i)) ||
         (_cur is null && IsFullNames(Span(i)) && i + 1 < _end && !NamesAgain(Span(i), Span(i + 1)))) &&
        i + 1 < _end && _kinds[i + 1] is LineKind.Paragraph or LineKind.Newsflash && !IsCaption(i + 1);

    private const int FullName = 3;

    // 某某某 / 某某某,女,1965年生…: a profile's headline is its subject, whom the text names; a writer's name is not in the text.
    private static bool NamesAgain(ReadOnlySpan<char> names, ReadOnlySpan<char> text)
    {
        foreach (var n in PersonNames.Find(names))
            if (text.Contains(PersonNames.Compact(names, n), StringComparison.Ordinal)) return true;
        return false;
    }

    // 某某某, 某某某 某某某: given name and surname both printed, so not a two-character word that starts like a surname.
    private static bool IsFullNames(ReadOnlySpan<char> line)
    {
        var names = PersonNames.Find(line);
        foreach (var n in names)
            if (PersonNames.Compact(line, n).Length < FullName || !PersonNames.IsPlausible(PersonNames.Compact(line, n))) return false;
        return names.Count > 0;
    }

    private static bool IsAnonymousDateline(DraftItem story) =>
        story.BylineKind == BylineKind.Newsflash && story.Authors.Count == 0 && story.Organization is null;

    private static bool NamesSamePersons(DraftItem story, Byline reporter) =>
        story.Authors.Count > 0 && story.Authors.TrueForAll(reporter.Authors.Contains);

    private static bool IsWriterMark(ReadOnlySpan<char> line) =>
        line.StartsWith("文/", StringComparison.Ordinal) || line.StartsWith("文／", StringComparison.Ordinal);

    // A pending anchored headline owns the repeat and deck under it already (HeadlineAwaitingBody).
    private bool IsStackedDeck(int i, int j, int headlineLines) =>
        _web && !IsPendingHeadline && StackedDeck.Continues(Simple(i), Simple(j), headlineLines, _kinds[j], _lines[j].GapBefore,
            j + 1 < _end ? _kinds[j + 1] : null, j + 1 < _end ? _lines[j + 1].GapBefore : 0,
            j + 1 < _end && _lines[j + 1].Has(LineMarks.AfterPrintSource));

    private int TitleBlock(int i)
    {
        if (IsReporterLineOverBody(i))
        {
            // A page copied twice repeats its byline: the story goes on, and the repeated passage is found later.
            if (_cur is not null && _cur.BylineRaw.Contains(Text(i)))
            {
                _discarded.Add(new DiscardedText(Text(i), DiscardReasons.RepeatedByline));
                return i + 1;
            }
            // The headline was not printed (or stands apart above): the reporter line is the byline of the story below.
            // A meta line (作者:某某) under the headline may have named the same reporter already.
            var reporter = BylineParser.Names(TwinOf(i));
            // A dateline that named nobody (某地1月25日电 题:…) leaves the writers to this line.
            if (!(IsOpenStory && _cur!.IsTitleOnly && (!_cur.HasByline || NamesSamePersons(_cur, reporter) || IsAnonymousDateline(_cur))))
                Start(new DraftItem { Section = _section });
            _cur!.AddByline(reporter);
            return i + 1;
        }
        var block = new List<int>(4);
        int subtitle = -1, byline = -1;
        var j = i;
        while (j < _end && block.Count < MaxTitleBlockLines)
        {
            var deck = j > i && subtitle < 0 && IsStackedDeck(i, j, block.Count);
            if (j > i && _lines[j].GapBefore >= 2 && !deck) break;
            if (IsCaption(j)) break;
            // 某街道开展… / 乔屯街道 / the report: the unit's name heads its own report, under the page's headline.
            if (j > i && HasUnitSibling(j)) break;
            var k = _kinds[j];
            // On a web page every line is an element: a blank line ends the headline, except for a —— subtitle or a byline.
            if (_web && j > i && _lines[j].GapBefore >= 1 && k is not (LineKind.Dash or LineKind.Names) && !deck) break;
            if (k == LineKind.Short && subtitle < 0) { block.Add(j++); continue; }
            if (k == LineKind.Dash && block.Count > 0 && subtitle < 0) { subtitle = j++; continue; }
            if (k == LineKind.Names)
            {
                var next = j + 1 < _end ? _kinds[j + 1] : (LineKind?)null;
                if (block.Count == 0 && next == LineKind.Short && _lines[j + 1].GapBefore >= 2 && !_web)
                {
                    // 张明 王芳 set apart above a headline: a credit with no story of its own under it, never a headline.
                    Start(new DraftItem { Section = _section });
                    _cur!.AddByline(BylineParser.Names(TwinOf(j)));
                    _cur.Closed = true;
                    return j + 1;
                }
                if (block.Count > 0 && next is null or LineKind.Paragraph or LineKind.MarkedHeading or LineKind.Section or LineKind.Caption or LineKind.Newsflash)
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
        var hasByline = byline >= 0 || subtitle >= 0 || nextKind is LineKind.Newsflash or LineKind.Meta;
        var anchored = nextKind == LineKind.Meta || (block.Count > 0 && _lines[block[^1]].Has(LineMarks.BeforeMeta));

        if (!_web)
        {
            var adEnd = -1;
            for (var b = 0; b < block.Count; b++)
                if (AdBoxDetector.IsSponsorLine(Span(block[b]))) adEnd = b;
            if (adEnd >= 0 && (adEnd >= 1 || AdBoxDetector.IsStrongSponsorLine(Span(block[0]))) && (adEnd < block.Count - 1 || !hasByline))
            {
                EmitAd(block.Take(adEnd + 1));
                return block[adEnd] + 1;
            }
        }

        var lines = block.Select(Text).ToList();
        var simple = ReferenceEquals(_text, _simple) ? new List<string>(lines) : block.Select(Simple).ToList();
        string? trailingAuthor = null;
        DropRepeatedHalf(block, lines, simple);
        if (IsRepeatOfOpenHeadline(simple))
        {
            // The headline printed again under its caption (a page and its copy): the story goes on.
            if (block.Count == 1 && _cur!.Kicker is null && HasSuffixBeyond(_cur.Title!, lines[0]))
            {
                // The first copy (the page's title) ran on into the site's channel and the editor: the copy is the headline.
                _discarded.Add(new DiscardedText(_cur.Title!, DiscardReasons.RepeatedTitle));
                _cur.Title = SourceLedger.Trim(lines[0]);
            }
            else
                foreach (var b in block) _discarded.Add(new DiscardedText(Text(b), DiscardReasons.RepeatedTitle));
            if (subtitle >= 0 && _cur!.Subtitle is null)
            {
                _markers.Clear();
                _cur.Subtitle = TitleBlockParser.StripDashes(Text(subtitle), _markers);
                foreach (var (text, reason) in _markers) _discarded.Add(new DiscardedText(text, reason));
            }
            else if (subtitle >= 0 && _cur!.Subtitle is { } printed && HasSuffixBeyond(printed, Text(subtitle)))
            {
                // The first copy (the page's title) ran on into the site's name: the copy printed again is the subtitle.
                _discarded.Add(new DiscardedText(printed, DiscardReasons.RepeatedTitle));
                _markers.Clear();
                _cur.Subtitle = TitleBlockParser.StripDashes(Text(subtitle), _markers);
                foreach (var (text, reason) in _markers) _discarded.Add(new DiscardedText(text, reason));
            }
            else if (subtitle >= 0)
            {
                _discarded.Add(new DiscardedText(Text(subtitle), DiscardReasons.RepeatedTitle));
            }
            if (byline >= 0) _cur!.AddByline(BylineParser.Names(TwinOf(byline)));
            _expectSubtitle = _cur!.Subtitle is null;
            return j;
        }
        if (IsPendingHeadline && !anchored)
        {
            // Lines between a web headline and its body: a repeat of the headline, its subtitle, captions of portraits.
            if (RepeatsTitle(simple))
            {
                foreach (var b in block) _discarded.Add(new DiscardedText(Text(b), DiscardReasons.RepeatedTitle));
                _expectSubtitle = _cur!.Subtitle is null;
                return j;
            }
            if (_expectSubtitle && block.Count == 1 && subtitle < 0)
            {
                _cur!.Subtitle = lines[0];
                _expectSubtitle = false;
                return j;
            }
            foreach (var l in lines) AddHeading(l);
            return j;
        }

        if (IsCaptionOverPhotoLead(block, nextKind, j))
        {
            AddHeading(lines[0]);
            _captionUnderHeadline = true;
            return j;
        }

        bool story;
        if (hasByline || lines.Exists(l => TitleBlockParser.InlineDash(l) >= 0)) story = true;
        else if (anchored && nextIsBody && !IsPendingHeadline) story = true; // a headline over its meta line
        else if (j < _end && IsCaption(j) && lines.Count == 1 && !IsPendingHeadline) story = true; // a photo's own headline
        else if (nextIsBody && TitleBlockParser.TrailingAuthorStart(simple[^1]) is var at and > 0)
        {
            trailingAuthor = SourceLedger.Slice(lines[^1], at);
            lines[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(lines[^1], 0, at));
            simple[^1] = simple[^1][..at].TrimEnd();
            story = true;
        }
        else if (!IsOpenStory) story = true;
        else if (_web && _cur!.Paragraphs.Count == 0) story = true; // the open headline had no body: it was navigation
        else if (block.Count == 1 && HasUnitSibling(block[0]) && !IsOpenStoryWithOwnBody()) story = true;
        else if (EchoesOpenHeadline(simple)) story = false;
        else if (IsSibling(simple)) story = true;
        else if (nextKind is null) story = !_web && (lines.Count > 1 || PlaceNameDetector.StartsWithPlace(simple[0]));
        else story = nextIsBody && PlaceNameDetector.StartsWithPlace(simple[0]) && !simple.Exists(l => LineClassifier.HasListComma(l));

        if (!story)
        {
            // Stacked short lines are a list, and a line enumerating with 、 is body text cut by a column break.
            if (lines.Count > MaxHeadingLines || (nextIsBody && lines.Count == 1 && LineClassifier.HasListComma(simple[0])))
                foreach (var b in block) AddBody(Text(b), _lines[b].GapBefore);
            else
                foreach (var l in lines) AddHeading(l);
            return j;
        }

        string? writerUnit = null;
        if (subtitle < 0 && byline < 0 && trailingAuthor is null && WriterUnit.Closes(simple, _lines[block[^1]].GapBefore))
        {
            writerUnit = lines[^1];
            lines.RemoveAt(lines.Count - 1);
            simple.RemoveAt(simple.Count - 1);
        }
        _markers.Clear();
        var title = TitleBlockParser.Parse(lines, simple, subtitle >= 0 ? Text(subtitle) : null, _web, _markers);
        foreach (var (text, reason) in _markers) _discarded.Add(new DiscardedText(text, reason));
        var item = new DraftItem
        {
            Section = _section, Kicker = title.Kicker, Title = title.Title, Subtitle = title.Subtitle, Anchored = anchored,
            NumberedTitle = Enumerator.Length(simple[0]) > 0,
        };
        Start(item);
        _expectSubtitle = false;
        if (byline >= 0) item.AddByline(BylineParser.Names(TwinOf(byline)));
        if (trailingAuthor is not null) item.AddByline(BylineParser.Names(Twin.Of(trailingAuthor, SimplifiedChinese.Convert(trailingAuthor))));
        if (writerUnit is not null) item.AddByline(new Byline(writerUnit, [], SourceLedger.Trim(writerUnit), BylineKind.Organization));
        return j;
    }

    // 标题 / 副题 / 标题 / 副题, 标题 / 标题 / 标题: a headline block printed twice or more in a row is one headline.
    private void DropRepeatedHalf(List<int> block, List<string> lines, List<string> simple)
    {
        for (var period = 1; period <= block.Count / 2; period++)
        {
            if (block.Count % period != 0 || !RepeatsWithPeriod(simple, period)) continue;
            for (var k = period; k < block.Count; k++) _discarded.Add(new DiscardedText(lines[k], DiscardReasons.RepeatedTitle));
            var copies = block.Count - period;
            block.RemoveRange(period, copies);
            lines.RemoveRange(period, copies);
            simple.RemoveRange(period, copies);
            return;
        }
    }

    private static bool RepeatsWithPeriod(List<string> simple, int period)
    {
        for (var k = 0; k < simple.Count; k++)
            if (TitleKey.Of(simple[k]) != TitleKey.Of(simple[k % period]) || TitleKey.Of(simple[k]).Length == 0) return false;
        return true;
    }

    // 来自某县的调研-某某网 over 来自某县的调研: the first copy is the second with something run on after it.
    private static bool HasSuffixBeyond(string first, string again)
    {
        var a = TitleKey.Of(SimplifiedChinese.Convert(first));
        var b = TitleKey.Of(SimplifiedChinese.Convert(again));
        return b.Length > 0 && a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal);
    }

    // The open story has its headline and at most a short caption: the same headline again continues it.
    private bool IsRepeatOfOpenHeadline(List<string> simple) =>
        IsOpenStory && _cur!.Title is not null && _cur.Headings.Count == 0 && _cur.Paragraphs.Count <= 1 &&
        _cur.Paragraphs.TrueForAll(p => ChineseText.VisibleLength(p) <= MaxLeadCaption) && (RepeatsTitle(simple) || RestatesTitle(simple));

    // 某某入选4月“好人榜” / 某某入选4月“时代新人 好人榜”: the headline printed again with words put in (or left out) is
    // still the same headline; one reads as the other with a single stretch inserted.
    private bool RestatesTitle(List<string> simple)
    {
        var a = TitleKey.Of(string.Concat(simple));
        var b = TitleKey.Of(SimplifiedChinese.Convert(_cur!.Title!));
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < MinRestatedTitle || a.Length == b.Length) return false;
        var prefix = 0;
        while (prefix < shorter && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < shorter - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return prefix + suffix == shorter;
    }

    private const int MinRestatedTitle = 10;

    private bool RepeatsTitle(List<string> simple)
    {
        var title = SimplifiedChinese.Convert(_cur!.Title!);
        var joined = TitleKey.Of(string.Concat(simple));
        var key = TitleKey.Of(title);
        return joined.Length > 0 && (joined == key || TitleKey.Of((_cur.Kicker is null ? "" : SimplifiedChinese.Convert(_cur.Kicker)) + title) == joined);
    }

    // A story with text of its own under a headline that is no unit's name: unit names after it are its sections (a
    // roundup's 杨行镇 / 罗泾镇 under its intro), where under a bare page headline or another unit they head reports.
    private bool IsOpenStoryWithOwnBody() =>
        IsOpenStory && _cur!.Paragraphs.Count > 0 && (_cur.Title is null || UnitHeadings.Ending(SimplifiedChinese.Convert(_cur.Title)) is null);

    // 乔屯街道 with 大里街道 a few reports away: a short line naming a unit with a sibling on the page heads a report.
    private bool HasUnitSibling(int j)
    {
        if (_kinds[j] != LineKind.Short || UnitHeadings.Ending(Span(j)) is null) return false;
        var from = Math.Max(0, j - UnitHeadings.MaxSiblingDistance);
        var to = Math.Min(_end, j + UnitHeadings.MaxSiblingDistance + 1);
        for (var k = from; k < to; k++)
            if (k != j && _kinds[k] == LineKind.Short && UnitHeadings.AreSiblings(Span(j), Span(k))) return true;
        return false;
    }

    private const int MinHeadlineEcho = 6;

    // 8月份某榜发布 河北两群体一个人上榜 over the story, then 河北两群体一个人上榜 as a crosshead: a line that repeats part of
    // the open story's headline heads that part of the story, whatever place it opens with.
    private bool EchoesOpenHeadline(List<string> simple)
    {
        if (simple.Count != 1 || _cur!.Title is null) return false;
        var line = TitleKey.Of(simple[0]);
        var title = TitleKey.Of(SimplifiedChinese.Convert(_cur.Title));
        return line.Length >= MinHeadlineEcho && line.Length < title.Length && title.Contains(line, StringComparison.Ordinal);
    }

    // 二、 after a story titled 一、…, or 市委编办 after a story titled 市科技局: a sibling of the open story's title starts an item.
    private bool IsSibling(List<string> simple)
    {
        if (simple.Count != 1 || _cur!.Title is null) return false;
        var line = simple[0];
        if (_cur.NumberedTitle) return Enumerator.Length(line) > 0;
        var title = SimplifiedChinese.Convert(_cur.Title);
        return title.Length <= MaxSiblingTitle && line.Length <= MaxSiblingTitle && Math.Abs(title.Length - line.Length) <= 2 &&
               title[0] == line[0] && _cur.Kicker is null && _cur.Subtitle is null;
    }

    private bool IsCaption(int j) =>
        (_kinds[j] is LineKind.Paragraph or LineKind.Short && j + 1 < _end && _kinds[j + 1] == LineKind.PhotoCredit && !IsInlineCaption(_lines[j].GapBefore, _lines[j].Length)) ||
        (_kinds[j] == LineKind.Paragraph && PhotoCredit.TrailingStart(Span(j)) > 0);

    /// <summary>
    /// Adds a paragraph and the body lines that continue it (column breaks), copying the text once.
    /// </summary>
    private int BodyRun(int i)
    {
        var last = i;
        // The joined text is checked for a credit once.
        // A caption closed by the unit that supplied its picture (…指引路线(某景区供图)) ends there, though no full stop closes it.
        while (last + 1 < _end && _kinds[last + 1] == LineKind.Paragraph && !IsCaption(last + 1) && ParagraphRepairer.IsOpen(Span(last)) &&
               BylineParser.TrailingPictureSupplierStart(Span(last)) < 0)
        {
            last++;
        }
        if (last == i)
        {
            AddBody(Text(i), _lines[i].GapBefore);
            return i + 1;
        }
        var length = 0;
        var pieces = new SourcePiece[last - i + 1];
        for (var k = i; k <= last; k++)
        {
            pieces[k - i] = new SourcePiece(length, _lines[k].Start, _lines[k].Length);
            length += _lines[k].Length;
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
        SourceLedger.Record(text, pieces);
        var simple = SimplifiedChinese.Convert(text);
        var credit = PhotoCredit.TrailingStart(simple);
        if (credit > 0 && !IsStoryTextAndPictureCredit(simple, credit))
        {
            CaptionWithCredit(Twin.Of(text, simple), credit, _lines[i].GapBefore, last);
            return last + 1;
        }
        if (last + 1 < _end && _kinds[last + 1] == LineKind.PhotoCredit && _lines[last + 1].GapBefore <= 1 && !IsInlineCaption(_lines[i].GapBefore, text.Length))
        {
            // A wrapped caption with its credit on the next line.
            EmitPhoto(text, TwinOf(last + 1), numbered: false);
            return last + 2;
        }
        AddBody(text, _lines[i].GapBefore);
        return last + 1;
    }

    // …一段完整的报道。(某报记者 某某 通讯员 某某 文/图): a long paragraph closed by a parenthesised text-and-picture
    // credit is a story whose reporters also took its picture, not a photo caption; the credit is its byline.
    private static bool IsStoryTextAndPictureCredit(ReadOnlySpan<char> simple, int credit)
    {
        var tail = simple[credit..];
        return credit >= MinStoryBeforeCredit && (tail.Contains("文/图", StringComparison.Ordinal) || tail.Contains("图/文", StringComparison.Ordinal)) &&
               BylineParser.TrailingPersonsStart(simple) > 0;
    }

    private const int MinStoryBeforeCredit = 150;

    private void AddBody(string text, int gap)
    {
        if (!IsOpenStory)
        {
            Start(new DraftItem { Section = _section, Brief = _cur is { ClosedByTrailingByline: true } });
        }
        else if (_cur!.Brief && _cur.Title is null && _cur.Paragraphs.Count > 0 && !_cur.LastParagraphOpen && StoryLead.OpensStory(text))
        {
            // Briefs in a column: a dated opening starts the next one even before its (byline) closes it.
            Start(new DraftItem { Section = _section, Brief = true });
        }
        var cur = _cur!;
        _expectSubtitle = false;
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
        var simple = SimplifiedChinese.Convert(paragraph);
        var org = BylineParser.TrailingOrganizationStart(simple);
        if (org < 0 && BylineParser.TrailingPictureSupplierStart(simple) is var supplied and > 0 && IsPictureInStory(cur, simple, supplied)) org = supplied;
        var persons = org > 0 ? -1 : BylineParser.TrailingPersonsStart(simple);
        // Under a byline already read, only (文 某某 某某), the writers of the text even under a picture credit, or a roundup's
        // (稿源:某网 通讯员 某某), closing a contributed section, names persons; other names close only an unsigned story.
        var textCredit = persons > 0 && BylineParser.IsTextCredit(simple.AsSpan(persons));
        if (persons > 0 && cur.Authors.Count > 0 && !textCredit) persons = BylineParser.TrailingContributionCreditStart(simple);
        var caption = false;
        if (org > 0 && IsPictureInStory(cur, simple, org))
        {
            // …在采摘茶叶。(某乡供图) inside a headlined story: the unit supplied its picture, it signs nothing; the caption
            // ends there even without a full stop.
            cur.Paragraphs[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(paragraph, 0, org));
            _discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, org), DiscardReasons.PhotoCredit));
            caption = true;
        }
        else if (org > 0 && cur.Organization is null)
        {
            cur.Paragraphs[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(paragraph, 0, org));
            cur.AddByline(BylineParser.Organization(Twin.Of(SourceLedger.Slice(paragraph, org), simple[org..])));
            cur.Closed = cur.ClosedByTrailingByline = true;
        }
        else if (org < 0 && persons < 0 && cur.Authors.Count == 0 && cur.Organization is null &&
                 BylineParser.TrailingUnitAndPersonStart(simple) is var unit and > 0)
        {
            // …贡献力量。(某某社区 张三): the unit that reported and its writer close the story.
            cur.Paragraphs[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(paragraph, 0, unit));
            cur.AddByline(BylineParser.UnitAndPerson(Twin.Of(SourceLedger.Slice(paragraph, unit), simple[unit..])));
            cur.Closed = cur.ClosedByTrailingByline = true;
        }
        else if (persons > 0)
        {
            cur.Paragraphs[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(paragraph, 0, persons));
            var byline = BylineParser.Names(Twin.Of(SourceLedger.Slice(paragraph, persons), simple[persons..]));
            if (cur.Authors.Count > 0 && !textCredit && !byline.Authors.Intersect(cur.Authors).Any() && ContributedSection.Cut(cur) is { } section)
            {
                Start(section);
                cur = section;
            }
            cur.AddByline(byline);
            cur.Closed = cur.ClosedByTrailingByline = true;
        }
        cur.LastParagraphOpen = !caption && ParagraphRepairer.IsOpen(cur.Paragraphs[^1]);
    }

    private const int MaxPictureCaption = 60;

    // A one-sentence caption closed by (某单位供图) after the story's own paragraphs.
    private static bool IsPictureInStory(DraftItem story, string simple, int credit) =>
        story.Title is not null && story.Paragraphs.Count >= 2 && simple.AsSpan(credit).TrimEnd(")）").EndsWith("供图", StringComparison.Ordinal) &&
        ChineseText.VisibleLength(simple.AsSpan(0, credit)) <= MaxPictureCaption && simple.AsSpan(0, credit).TrimEnd('。').IndexOf('。') < 0;

    private void AddHeading(string text)
    {
        if (!IsOpenStory) Start(new DraftItem { Section = _section });
        _cur!.Headings.Add(new Heading(text, _cur.Paragraphs.Count));
        _cur.LastParagraphOpen = false;
    }

    private void EmitPhoto(string? caption, Twin credit, bool numbered)
    {
        if (IsOpenStory && _cur!.Title is not null && _cur.Paragraphs.Count == 0 && !_cur.HasByline && _cur.Headings.Count >= 2 && !credit.IsEmpty)
        {
            // Headline, the pictures' captions on their own lines, a lead and one credit: a gallery.
            EmitGallery(caption, credit);
            return;
        }
        if (IsOpenStory && _cur!.IsTitleOnly && _cur.Authors.Count == 0 && _cur.Organization is null && caption is not null)
        {
            // A headline right above a caption and its credit is the photo's own headline (a meta line naming no
            // person, 作者:管理员, may stand between them).
            _cur.Kind = ArticleKind.Photo;
            _cur.NumberedCaption = numbered;
            _cur.Paragraphs.Add(caption);
            if (!credit.IsEmpty) _cur.AddByline(PhotoCredit.Credit(credit));
            _cur.Closed = !credit.IsEmpty;
            return;
        }
        var photo = new DraftItem { Section = _section, Kind = ArticleKind.Photo, NumberedCaption = numbered };
        if (!string.IsNullOrEmpty(caption)) photo.Paragraphs.Add(caption);
        if (!credit.IsEmpty) photo.AddByline(PhotoCredit.Credit(credit));
        Start(photo);
        photo.Closed = credit.IsEmpty is false;
    }

    private void EmitGallery(string? lead, Twin credit)
    {
        var story = _cur!;
        var byline = PhotoCredit.Credit(credit);
        _items.Remove(story);
        _cur = null;
        for (var k = 0; k < story.Headings.Count; k++)
        {
            var photo = new DraftItem { Section = story.Section, Kind = ArticleKind.Photo, NumberedCaption = true };
            if (k == 0)
            {
                (photo.Kicker, photo.Title, photo.Subtitle) = (story.Kicker, story.Title, story.Subtitle);
                if (lead is not null) photo.Paragraphs.Add(lead);
            }
            photo.Paragraphs.Add(story.Headings[k].Text);
            if (k == 0) photo.AddByline(byline);
            else
            {
                photo.Authors.AddRange(byline.Authors);
                photo.BylineKind = BylineKind.Photographer;
            }
            photo.Closed = true;
            _items.Add(photo);
            _cur = photo;
        }
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
        _captionUnderHeadline = false;
        _inlineCaptions = 0;
        if (_cur is not null) _cur.Closed = true;
        _items.Add(item);
        _cur = item;
    }
}
