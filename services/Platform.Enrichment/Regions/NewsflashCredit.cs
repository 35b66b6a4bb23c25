namespace Platform.Enrichment.Regions;

/// <summary>
/// A newsflash lead is the outlet, then the credit in brackets (本网讯 (郭玉林), 云上恩施报道(鹤峰通联记者 梅燕)): the outlet
/// and a reporter's station can name the place, the reporters' own names cannot, though a given name may read as one
/// (郭玉林 is no 玉林).
/// </summary>
internal static class NewsflashCredit
{
    private static readonly char[] CreditOpeners = ['(', '\uFF08'];

    /// <summary>The lead before its credit, or null when the lead is only a credit.</summary>
    public static string? Outlet(string lead)
    {
        var credit = lead.IndexOfAny(CreditOpeners);
        var outlet = (credit < 0 ? lead : lead[..credit]).Trim();
        return outlet.Length == 0 ? null : outlet;
    }

    /// <summary>The lead with each of the byline's people blanked out (a space each, so no name runs into its neighbour).</summary>
    public static string WithoutPeople(string lead, IEnumerable<string> people)
    {
        foreach (var person in people)
            if (person.Length > 0) lead = lead.Replace(person, " ", StringComparison.Ordinal);
        return lead;
    }
}
