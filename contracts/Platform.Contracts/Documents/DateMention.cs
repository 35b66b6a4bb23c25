namespace Platform.Contracts.Documents;

/// <summary>A date mentioned in an article.</summary>
/// <param name="Text">The text as printed (e.g. "3月5日", "二〇二〇年四月二十九日", "次日", "近日").</param>
/// <param name="Value">ISO value ("2020-03-05", "2020-03", "2020"), or null for relative words that name no day
/// (近日, 日前), for dates that cannot be resolved without an anchor, and for impossible dates (2月30日).</param>
/// <param name="Precision">"day", "month", "year" or "relative".</param>
/// <param name="Inferred">True when part of the value was not printed and was worked out from <paramref name="Anchor"/>
/// (3月5日, 29日上午, 本月9日, 上周三, 昨天, 次日, 去年).</param>
/// <param name="Offset">Character offset in the article text.</param>
/// <param name="Anchor">What an inferred value was worked out from: the bulletin's date ("2020-04-29"), the date
/// printed just before (for 次日, 当天 and ranges), or a year ("2024") when only a year is known; null when nothing was inferred.</param>
/// <param name="Warning">Why a printed date has no value (2月30日 does not exist, 13月 is no month), or null.</param>
public sealed record DateMention(string Text, string? Value, string Precision, bool Inferred, int Offset,
    string? Anchor = null, string? Warning = null);
