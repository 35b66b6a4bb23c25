using System.Text;

namespace Platform.Parsing;

/// <summary>The comparison form of a headline: NFKC, without spaces, dashes and quotation marks.</summary>
internal static class TitleKey
{
    public static string Of(string text)
    {
        var n = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            if (ChineseText.IsSpace(c) || ChineseText.IsDash(c) || c is '“' or '”' or '"' or '\'' or '‘' or '’' or '《' or '》' or '「' or '」') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
