namespace Platform.Evaluation;

/// <summary>Region codes as compared: the digits, padded or cut to six (43 → 430000, 430105001 → 430105).</summary>
public static class RegionCode
{
    public static string? Six(string? code)
    {
        if (code is null) return null;
        var digits = new string(code.Where(char.IsDigit).ToArray());
        return digits.Length == 0 ? null : (digits + "000000")[..6];
    }
}
