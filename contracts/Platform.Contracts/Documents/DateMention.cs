namespace Platform.Contracts.Documents;

/// <summary>A date mentioned in an article.</summary>
/// <param name="Text">The text as printed (e.g. "3月5日", "二〇二〇年四月二十九日", "次日", "近日").</param>
/// <param name="Value">ISO value ("2020-03-05", "2020-03", "2020"), or null for relative words that name no day
/// (近日, 日前), for dates that cannot be resolved without an anchor, and for impossible dates (2月30日).</param>
/// <param name="Precision">"day", "month", "year" or "relative"; for periods "ten-days" (3月上旬, 月底: Value is the month),
/// "quarter" (一季度), "half-year" (上半年), "season" (2024年春季) and "period" (年初, 年底), whose Value is the year.</param>
/// <param name="Inferred">True when part of the value was not printed and was worked out from <paramref name="Anchor"/>
/// (3月5日, 29日上午, 本月9日, 上周三, 昨天, 次日, 去年).</param>
/// <param name="Offset">Character offset in the article text.</param>
/// <param name="Anchor">What an inferred value was worked out from: the bulletin's date ("2020-04-29"), the date
/// printed just before (for 次日, 当天 and ranges), or a year ("2024") when only a year is known; null when nothing was inferred.</param>
/// <param name="Warning">Why a printed date has no value (2月30日 does not exist, 13月 is no month), or null.</param>
/// <param name="Start">First day ("2024-03-01") of a period (3月上旬, 一季度, 上半年, 春季, 年底), or null for days, months and years.</param>
/// <param name="End">Last day ("2024-03-10") of a period, or null.</param>
/// <param name="Time">Time of day printed right after a day ("09:30" for 上午9时30分, "15:30" for 下午3点半), or null.</param>
public sealed record DateMention(string Text, string? Value, string Precision, bool Inferred, int Offset,
    string? Anchor = null, string? Warning = null, string? Start = null, string? End = null, string? Time = null);
