namespace Platform.Parsing;

/// <summary>
/// An e-paper story copied to a web page as headline, blank line, deck, blank line, dateline lead (标题 / 副题 / 本报讯…):
/// the deck is the headline's, though on a web page a blank line otherwise ends a headline and leaves the first line an
/// orphan. Only the line right above the lead joins, and only a one-line headline, so site names and slogans stacked
/// higher up stay apart; a couplet or a lone name over the headline is its kicker (<see cref="CoupletKicker"/>), and an
/// attendance line (某某参加会见) closes a leader's speech headline (<see cref="SpeechHeadline"/>), not a deck.
/// </summary>
internal static class StackedDeck
{
    // An e-paper copy sets its headline and deck one or two blank lines apart.
    private const int MaxGap = 2;

    /// <summary>
    /// The line <paramref name="deck"/> is the deck of the one-line headline above it (both simplified): short, set apart,
    /// with the dateline lead right under it, or under the paper's print-source line that a copy keeps between deck and lead
    /// (《某报》(日期 02 版): <paramref name="nextAfterPrintSource"/>); a date or source line there anchors the deck as a headline of its own.
    /// </summary>
    public static bool Continues(string headline, string deck, int headlineLines, LineKind kind, int gapBefore, LineKind? next, int nextGap, bool nextAfterPrintSource = false) =>
        headlineLines == 1 && kind == LineKind.Short && gapBefore is >= 1 and <= MaxGap && next == LineKind.Newsflash &&
        (nextGap <= 1 || (nextAfterPrintSource && nextGap <= MaxGap)) &&
        !CoupletKicker.IsCouplet(headline) && !CoupletKicker.IsShortName(headline) && !TitleBlockParser.IsAttendanceLine(deck);
}
