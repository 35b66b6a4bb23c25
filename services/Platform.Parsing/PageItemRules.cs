using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Decisions over the whole list of items once the page is cut:
/// <list type="bullet">
/// <item>a heading that repeats its story's headline is the page printing the headline twice (discarded), and so is
/// an untitled first line that repeats the next story's headline and subtitle, and a repost's title that announces
/// the next story's headline and subtitle;</item>
/// <item>a story's headline printed again further down its text (a picture's alt text) heads no item: the text after it
/// goes on with the story (<see cref="RepeatedHeadlineInStory"/>);</item>
/// <item>on a web page a headline with nothing under it is navigation or a related link (discarded), unless it
/// is all the page holds;</item>
/// <item>a page with no headline and one untitled story takes the 原标题: field as its headline (<see cref="OriginalTitleUnderStory"/>);</item>
/// <item>an untitled story on a page without headlines whose first paragraph opens with a bracketed headline (【某某丨标题】正文…) takes it (<see cref="BracketedLeadHeadline"/>);</item>
/// <item>on a web page, a line closed by —— alone above a headline is its kicker (<see cref="LeadInKicker"/>);</item>
/// <item>on a web page, a headline opening the page right above an anchored couplet headline is its kicker (<see cref="OpeningKicker"/>);</item>
/// <item>on a web page, a headline over its meta and photos takes the crossheaded text after them (<see cref="PicturesFirst"/>);</item>
/// <item>on a web page, a headline over one credited caption gives way to the untitled text after it (<see cref="PictureUnderHeadline"/>);</item>
/// <item>unpunctuated caption lines under a headline and deck, closed by a shared 图/文 credit, are a photo spread
/// (<see cref="CaptionLineSpread"/>);</item>
/// <item>a photo without a credit in a gallery takes the gallery's shared credit (本版图片均由…, one credit for a
/// numbered set);</item>
/// <item>place-and-phrase crossheads under an unsigned story are its sections (<see cref="PlaceCrossheads"/>);</item>
/// <item>two or more person-and-phrase headings over profiles naming that person are an honour list's items
/// (<see cref="ProfileHeadings"/>);</item>
/// <item>two or more paragraphs after a lead opening like a résumé (李明,男,…) are a candidate list's profiles
/// (<see cref="ResumeProfiles"/>);</item>
/// <item>inside a signed story, a heading over a paragraph opening with its own reporter credit heads the next report
/// (<see cref="CreditedSections"/>);</item>
/// <item>a yearbook chapter's paragraphs that open with a run-in heading are its entries (<see cref="YearbookEntries"/>);</item>
/// <item>briefs closed by their own byline take the headline run into their paragraph (<see cref="RunInHeadline"/>);</item>
/// <item>an untitled text after a run of quotes is the next quote, cut before its sign-off;</item>
/// <item>untitled paragraphs opening with the same dated lead as the credited caption after them (11月17日,某省某县…)
/// are the captions of one photo set, each a photo with that credit;</item>
/// <item>a credit printed alone above an untitled text that ends in short one-sentence lines (记者 某某 文/图, lead,
/// then the captions) credits those captions, each a photo, the lead going with the first;</item>
/// <item>one credited picture between a headlined story and its untitled rest, once the photo sets are read, is the
/// story's (<see cref="InlinePicture"/>);</item>
/// <item>credited pictures opening the page above an untitled story are that story's (<see cref="LeadPictures"/>);</item>
/// <item>a picture's long caption and credit printed twice in a row are one photo (<see cref="RepeatedPicture"/>);</item>
/// <item>a headlined story opening with two or more captions each printed twice in a row (alt text and caption) is a
/// photo feature: each pair is a photo (<see cref="DoubledCaptions"/>);</item>
/// <item>an untitled paragraph over a credited photo whose caption opens with 图为 is that photo's lead (<see cref="PhotoNewsLead"/>);</item>
/// <item>a headline over a few caption-length lines and one credited caption closing the page is one photo by that
/// photographer (<see cref="PhotoNewsUnderHeadline"/>);</item>
/// <item>a headlined story opening with two or more ▲ captions is a photo feature: the captions are photos
/// (<see cref="MarkedCaptions"/>);</item>
/// <item>on a web page, short lines after the last story's last paragraph are its gallery's captions (<see cref="GalleryCaptions"/>);</item>
/// <item>unsigned untitled paragraphs under a page's one headlined photo news are the photo's (<see cref="PhotoNewsTail"/>);</item>
/// <item>the page's last story without a byline, its last sentence followed by a space and one person's name
/// (…的磅礴力量。 某某), is signed by that writer.</item>
/// </list>
/// </summary>
internal static class PageItemRules
{
    public static void Apply(List<DraftItem> items, bool web, List<DiscardedText> discarded)
    {
        DropRepeatedHeadings(items, discarded);
        RepeatedHeadlineInStory.Join(items, discarded);
        DropRepeatedPageTitle(items, discarded);
        DropRepostTitle(items, discarded);
        CaptionLineSpread.Split(items, discarded);
        if (web) CoupletKicker.Attach(items);
        if (web) SpeechHeadline.Attach(items);
        if (web) LeadInKicker.Attach(items, discarded);
        if (web) OpeningKicker.Attach(items, discarded);
        if (web) PicturesFirst.Join(items);
        if (web) PictureUnderHeadline.Give(items);
        if (web) HeadlineAwaitingBody.Give(items, discarded);
        if (web) DropOrphanHeadlines(items, discarded);
        OriginalTitleUnderStory.Give(items, discarded);
        BracketedLeadHeadline.Apply(items, discarded);
        ColumnBriefs.Split(items, discarded);
        CollectionHeading.Drop(items, discarded);
        PlaceCrossheads.Fold(items);
        ProfileHeadings.Split(items);
        ResumeProfiles.Split(items);
        CreditedSections.Split(items);
        YearbookEntries.Split(items, discarded);
        RunInHeadline.Apply(items, discarded);
        SplitPhotoSets(items);
        CaptionsUnderCredit(items);
        CaptionsAboveCredit(items);
        CaptionsWithoutCredit(items);
        ShareGalleryCredits(items);
        PhotoSetContext.Apply(items, discarded);
        IntroduceGalleries(items);
        PhotoNewsLead.Fold(items);
        PhotoNewsUnderHeadline.Fold(items);
        InlinePicture.Fold(items, discarded);
        SummaryOverPicture.Fold(items, discarded);
        OpeningLineOverDatedStory.Fold(items);
        LeadPictures.Fold(items, discarded);
        RepeatedPicture.Merge(items, discarded);
        DoubledCaptions.Split(items);
        MarkedCaptions.Split(items);
        if (web) GalleryCaptions.Split(items);
        PhotoNewsTail.Fold(items);
        ContinueQuoteRuns(items);
        SignLastStory(items);
    }

    private static void SignLastStory(List<DraftItem> items)
    {
        if (items.Count == 0) return;
        var story = items[^1];
        if (story.Kind != ArticleKind.Article || story.HasByline || story.Paragraphs.Count < 2) return;
        var paragraph = story.Paragraphs[^1];
        var simple = SimplifiedChinese.Convert(paragraph);
        var start = BylineParser.TrailingNameStart(simple);
        if (start <= 0) return;
        story.Paragraphs[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(paragraph, 0, start));
        story.AddByline(BylineParser.Names(Twin.Of(SourceLedger.Slice(paragraph, start), simple[start..])));
    }

    /// <summary>
    /// A credit alone between two captioned photos of a gallery (… 张三 摄 / 李四 摄 / … 王五 摄): a picture printed
    /// without a caption, still an item of the page.
    /// </summary>
    public static bool IsUncaptionedPhoto(List<DraftItem> items, int k)
    {
        var item = items[k];
        if (item.Kind != ArticleKind.Photo || item.Authors.Count == 0 || k == 0 || k + 1 >= items.Count) return false;
        return IsCaptionedPhoto(items[k - 1]) && IsCaptionedPhoto(items[k + 1]);
    }

    private static bool IsCaptionedPhoto(DraftItem item) => item.Kind == ArticleKind.Photo && item.Paragraphs.Count > 0 && item.Authors.Count > 0;

    private static void DropRepeatedHeadings(List<DraftItem> items, List<DiscardedText> discarded)
    {
        foreach (var item in items)
        {
            if (item.Title is null || item.Headings.Count == 0) continue;
            var key = TitleKey.Of(SimplifiedChinese.Convert(item.Title));
            item.Headings.RemoveAll(h =>
            {
                if (TitleKey.Of(SimplifiedChinese.Convert(h.Text)) != key) return false;
                discarded.Add(new DiscardedText(h.Text, DiscardReasons.RepeatedTitle));
                return true;
            });
        }
    }

    // 标题--副题 as the page's first line, then the story under its own headline (新华社…电 题:标题——副题): the first line
    // is the page's title printed again, not an untitled item.
    private static void DropRepeatedPageTitle(List<DraftItem> items, List<DiscardedText> discarded)
    {
        if (items.Count < 2 || items[0] is not { Kind: ArticleKind.Article, Title: null, Kicker: null } first || first.HasByline ||
            first.Headings.Count > 0 || first.Paragraphs.Count != 1 || items[1].Title is not { } title)
            return;
        var line = TitleKey.Of(SimplifiedChinese.Convert(first.Paragraphs[0]));
        var headline = SimplifiedChinese.Convert(title);
        if (line != TitleKey.Of(headline) && line != TitleKey.Of(headline + SimplifiedChinese.Convert(items[1].Subtitle ?? ""))) return;
        discarded.Add(new DiscardedText(first.Paragraphs[0], DiscardReasons.RepeatedTitle));
        items.RemoveAt(0);
    }

    // 《某报》头版报道:标题——副题 over a lead, then 标题 / ——副题 over the story: a reposting account's title announces
    // the story it copies. Its title ends with the story's headline and gives the same subtitle; the announcement is
    // no item, its lead goes with the story.
    private static void DropRepostTitle(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 2; k >= 0; k--)
        {
            var (post, story) = (items[k], items[k + 1]);
            if (post.Kind != ArticleKind.Article || story.Kind != ArticleKind.Article || post.Title is null || story.Title is null ||
                post.HasByline || post.Kicker is not null || post.Headings.Count > 0 || post.Paragraphs.Count > 1)
                continue;
            var announced = TitleKey.Of(SimplifiedChinese.Convert(post.Title));
            var headline = TitleKey.Of(SimplifiedChinese.Convert(story.Title));
            if (announced.Length <= headline.Length || !announced.EndsWith(headline, StringComparison.Ordinal) ||
                TitleKey.Of(post.Subtitle ?? "") != TitleKey.Of(story.Subtitle ?? ""))
                continue;
            foreach (var text in (string?[])[post.Title, post.Subtitle])
                if (text is not null) discarded.Add(new DiscardedText(text, DiscardReasons.RepeatedTitle));
            story.PrependParagraphs(post.Paragraphs);
            items.RemoveAt(k);
        }
    }

    private static void DropOrphanHeadlines(List<DraftItem> items, List<DiscardedText> discarded)
    {
        var bodies = items.Count(i => i.Paragraphs.Count > 0);
        if (bodies == 0 && items.Count(i => i.Title is not null) <= 1) return; // the headline is all the page holds
        items.RemoveAll(item =>
        {
            if (item.Kind != ArticleKind.Article || item.Paragraphs.Count > 0 || item.Title is null) return false;
            foreach (var text in (string?[])[item.Kicker, item.Title, item.Subtitle])
                if (text is not null) discarded.Add(new DiscardedText(text, DiscardReasons.OrphanHeadline));
            foreach (var h in item.Headings) discarded.Add(new DiscardedText(h.Text, DiscardReasons.OrphanHeadline));
            foreach (var raw in item.BylineRaw) discarded.Add(new DiscardedText(raw, DiscardReasons.OrphanHeadline));
            return true;
        });
    }

    // A gallery: consecutive photos. Uncredited photos take the credit of the photo that closes the run when that
    // credit says it covers the page (本版图片均…) or the run is a numbered set with a single credit.
    private static void ShareGalleryCredits(List<DraftItem> items)
    {
        var i = 0;
        while (i < items.Count)
        {
            if (items[i].Kind != ArticleKind.Photo) { i++; continue; }
            var j = i;
            while (j + 1 < items.Count && items[j + 1].Kind == ArticleKind.Photo) j++;
            var credited = items.Skip(i).Take(j - i + 1).Where(p => p.Authors.Count > 0).ToList();
            if (credited.Count == 1)
            {
                var source = credited[0];
                var shared = PhotoCredit.IsShared(SimplifiedChinese.Convert(string.Join(' ', source.BylineRaw))) ||
                             items.Skip(i).Take(j - i + 1).All(p => p.NumberedCaption);
                if (shared)
                    for (var k = i; k <= j; k++)
                        if (items[k].Authors.Count == 0 && items[k] != source)
                        {
                            items[k].Authors.AddRange(source.Authors);
                            items[k].BylineKind = BylineKind.Photographer;
                        }
            }
            i = j + 1;
        }
    }

    private const int MinSharedLead = 8;

    private static void SplitPhotoSets(List<DraftItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var text = items[i];
            var photo = items[i + 1];
            if (text.Kind != ArticleKind.Article || text.Title is not null || text.HasByline || text.Headings.Count > 0 || text.Paragraphs.Count == 0) continue;
            if (photo.Kind != ArticleKind.Photo || photo.Title is not null || photo.Authors.Count == 0 || photo.Paragraphs.Count == 0) continue;
            var caption = photo.Paragraphs[0];
            var shared = CommonPrefix(text.Paragraphs[0], caption);
            if (shared < MinSharedLead || !StoryLead.OpensStory(caption) || !text.Paragraphs.TrueForAll(p => p.StartsWith(caption[..shared], StringComparison.Ordinal)))
                continue;
            // A caption run on into the next (a line cut without its full stop) is cut again where the lead repeats.
            var lead = caption[..shared];
            var captions = new List<string>();
            foreach (var p in text.Paragraphs)
            {
                var from = 0;
                for (var at = p.IndexOf(lead, lead.Length, StringComparison.Ordinal); at > 0; at = p.IndexOf(lead, at + lead.Length, StringComparison.Ordinal))
                {
                    captions.Add(SourceLedger.TrimEnd(SourceLedger.Slice(p, from, at - from)));
                    from = at;
                }
                captions.Add(SourceLedger.Slice(p, from));
            }
            var set = captions.ConvertAll(c => DraftItem.CreditedPhoto(c, text.Section, photo.Authors));
            items.RemoveAt(i);
            items.InsertRange(i, set);
            i += set.Count;
        }
    }

    private static void CaptionsUnderCredit(List<DraftItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var credit = items[i];
            var text = items[i + 1];
            if (credit.Kind != ArticleKind.Photo || credit.Paragraphs.Count > 0 || credit.Title is not null || credit.Headings.Count > 0 || credit.Authors.Count == 0) continue;
            if (text.Kind != ArticleKind.Article || text.Title is not null || text.HasByline || text.Headings.Count > 0) continue;
            var first = text.Paragraphs.Count;
            while (first > 0 && IsOneLineCaption(text.Paragraphs[first - 1])) first--;
            if (text.Paragraphs.Count - first < MinCaptionRun) continue;
            var set = new List<DraftItem>();
            for (var k = first; k < text.Paragraphs.Count; k++)
            {
                var photo = new DraftItem { Section = text.Section, Kind = ArticleKind.Photo, Closed = true };
                if (k == first)
                {
                    photo.Paragraphs.AddRange(text.Paragraphs.Take(first));
                    photo.BylineRaw.AddRange(credit.BylineRaw);
                }
                photo.Paragraphs.Add(text.Paragraphs[k]);
                photo.Authors.AddRange(credit.Authors);
                photo.BylineKind = BylineKind.Photographer;
                set.Add(photo);
            }
            items.RemoveRange(i, 2);
            items.InsertRange(i, set);
            i += set.Count - 1;
        }
    }

    // 标题 / 某社区志愿者为老人包饺子。/ 某小学学生清洗站台。/ 某车站志愿者为旅客指路。张三摄: one-line captions with
    // nothing between them, the last closed by a credit, are a run of photos under that credit (a photo spread prints
    // one credit per run); a headline over them goes with the first.
    private static void CaptionsAboveCredit(List<DraftItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var text = items[i];
            var photo = items[i + 1];
            if (text.Kind != ArticleKind.Article || text.HasByline || text.Headings.Count > 0 || text.Paragraphs.Count < MinCaptionsAbove) continue;
            if (photo.Kind != ArticleKind.Photo || photo.Title is not null || photo.Authors.Count == 0 || photo.Paragraphs.Count != 1) continue;
            if (!IsSpreadCaption(photo.Paragraphs[0]) || !text.Paragraphs.TrueForAll(IsSpreadCaption)) continue;
            var set = text.Paragraphs.ConvertAll(p => DraftItem.CreditedPhoto(p, text.Section, photo.Authors));
            (set[0].Kicker, set[0].Title, set[0].Subtitle) = (text.Kicker, text.Title, text.Subtitle);
            items.RemoveAt(i);
            items.InsertRange(i, set);
            i += set.Count;
        }
    }

    private const int MinCaptionsAbove = 2;

    // 某单位组织干部职工走进社区开展清洁家园志愿服务。: a spread's captions run a little longer than one line.
    private const int MaxSpreadCaption = 40;

    private static bool IsSpreadCaption(string paragraph) => IsOneLineCaption(paragraph, MaxSpreadCaption);

    private const int MinCaptionRun = 3;
    private const int MaxOneLineCaption = 30;

    // 志愿者入户宣传。: one short sentence, as a picture's caption is printed.
    private static bool IsOneLineCaption(string paragraph) => IsOneLineCaption(paragraph, MaxOneLineCaption);

    private static bool IsOneLineCaption(string paragraph, int maxLength) =>
        ChineseText.VisibleLength(paragraph) <= maxLength && ChineseText.EndsSentence(paragraph) &&
        paragraph.AsSpan()[..^1].IndexOfAny("。！？!?") < 0;

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    // An untitled text with no byline between photos is a caption that lost its credit (or never had one); at the end
    // of the page after photos, a caption cut with the page.
    private static void CaptionsWithoutCredit(List<DraftItem> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var d = items[i];
            if (d.Kind != ArticleKind.Article || d.Title is not null || d.HasByline || d.Headings.Count > 0 || d.Paragraphs.Count != 1) continue;
            if (items[i - 1].Kind != ArticleKind.Photo) continue;
            var between = i + 1 < items.Count && items[i + 1].Kind == ArticleKind.Photo;
            var cutAtEnd = i + 1 == items.Count && i >= 2 && items[i - 2].Kind == ArticleKind.Photo && ParagraphRepairer.IsOpen(d.Paragraphs[0]);
            if (between || cutAtEnd) d.Kind = ArticleKind.Photo;
        }
    }

    // A headline and intro with no byline over two or more untitled photos: the gallery's headline and lead belong
    // to its first photo (photo pages print them above the pictures).
    private static void IntroduceGalleries(List<DraftItem> items)
    {
        for (var i = 0; i + 2 < items.Count; i++)
        {
            var intro = items[i];
            if (intro.Kind != ArticleKind.Article || intro.HasByline || intro.Headings.Count > 0) continue;
            if (!IsUntitledPhoto(items[i + 1]) || !IsUntitledPhoto(items[i + 2])) continue;
            // 连日来,某区…。 / 图① … / 图② … / 某某 摄: one untitled paragraph opening the page introduces its numbered pictures.
            if (intro.Title is null && !(i == 0 && intro.Paragraphs.Count == 1 && items[1].NumberedCaption)) continue;
            var first = items[i + 1];
            (first.Kicker, first.Title, first.Subtitle) = (intro.Kicker, intro.Title, intro.Subtitle);
            first.Paragraphs.InsertRange(0, intro.Paragraphs);
            items.RemoveAt(i);
        }
    }

    private static bool IsUntitledPhoto(DraftItem d) => d.Kind == ArticleKind.Photo && d.Title is null;

    private static void ContinueQuoteRuns(List<DraftItem> items)
    {
        for (var i = 2; i < items.Count; i++)
        {
            var d = items[i];
            if (d.Kind == ArticleKind.Article && d.Title is null && !d.HasByline && d.Headings.Count == 0 &&
                items[i - 1].Kind == ArticleKind.Quote && items[i - 2].Kind == ArticleKind.Quote)
                d.Kind = ArticleKind.Quote;
        }
    }
}
