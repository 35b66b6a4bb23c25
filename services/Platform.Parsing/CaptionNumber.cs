namespace Platform.Parsing;

/// <summary>
/// The number in front of a photo caption: ①, 图①:, 图1, or a bare 1 to 20 followed by a space and the
/// caption (1 21日上午,…), but not a numbered section heading (1 筑牢思想根基 凝聚奋进力量). Read in simplified characters.
/// </summary>
internal static class CaptionNumber
{
    /// <summary>Length of the number and its separator at the start of the line, or 0.</summary>
    public static int Length(ReadOnlySpan<char> line)
    {
        var i = 0;
        var picture = line.StartsWith('图');
        if (picture) i++;
        var bare = false;
        if (i < line.Length && IsCircled(line[i]))
        {
            i++;
        }
        else
        {
            var digits = 0;
            while (i + digits < line.Length && digits < 2 && char.IsAsciiDigit(line[i + digits])) digits++;
            if (digits == 0) return 0;
            i += digits;
            // A bare number needs a space after it; 3月, 12日 or 2021年 are dates, not numbers.
            if (!picture && (i >= line.Length || line[i] != ' ')) return 0;
            bare = !picture;
        }
        if (i < line.Length && line[i] is ':' or '：' or '.' or '、') i++;
        while (i < line.Length && ChineseText.IsSpace(line[i])) i++;
        // 1 筑牢思想根基 凝聚奋进力量: a numbered couplet is a feature's section heading; captions describe a scene.
        if (bare && i < line.Length && CoupletKicker.IsCouplet(line[i..].ToString())) return 0;
        return i < line.Length ? i : 0;
    }

    public static bool IsCircled(char c) => c is >= '①' and <= '⑳';
}
