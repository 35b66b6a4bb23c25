namespace Platform.Parsing;

/// <summary>What a printed line looks like on its own, before its neighbours are considered.</summary>
internal enum LineKind
{
    /// <summary>Body text: has clause punctuation, ends a sentence, is long, or was cut mid-sentence.</summary>
    Paragraph,
    /// <summary>A short line without clause punctuation: title, kicker, heading or sponsor-box line.</summary>
    Short,
    /// <summary>A paragraph opening with 本报讯(…).</summary>
    Newsflash,
    /// <summary>A whole line in parentheses naming an organization: (海淀区文明办).</summary>
    Organization,
    /// <summary>A line introduced by ——: subtitle under a title, or a speaker's sign-off under a quote.</summary>
    Dash,
    /// <summary>Photographer credit on its own line: 徐军勇 许智良 摄.</summary>
    PhotoCredit,
    /// <summary>Only personal names or a source abbreviation: 方文婷 陈磊, 津文.</summary>
    Names,
    /// <summary>A heading with a bullet marker: ◎ 强化市级推动….</summary>
    MarkedHeading,
    /// <summary>A section header: 【新时代文明实践中心建设】.</summary>
    Section,
    /// <summary>The author field of a page meta line (作者:吴建国 郑海波): the byline of the headline above it.</summary>
    Meta,
    /// <summary>A numbered photo caption: ①…, 图②:…, 3 21日下午….</summary>
    Caption,
    /// <summary>A heading that introduces the block under it and never starts an item: 某村妇联主席王秀兰——.</summary>
    LeadIn,
}
