namespace Platform.Formats;

/// <summary>
/// Whether bytes that declare no charset and are not UTF-8 plausibly are GB-encoded Chinese text. GB18030 decodes
/// almost any run of high bytes, so its success proves nothing: Big5 text and binary noise come out as characters too,
/// mostly rare ones and private-use ones. Chinese text written in GBK or GB2312 uses GB2312's characters (lead and
/// trail bytes 0xA1-0xFE) for nearly all its double-byte characters; when fewer than 90% are, the guess is refused.
/// </summary>
public static class GuessedGbText
{
    private const int MinShareGb2312Percent = 90;

    public static bool IsPlausible(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, gb2312 = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            if (lead < 0x81 || lead == 0xFF || i + 1 >= bytes.Length) continue;
            var trail = bytes[i + 1];
            multiByte++;
            if (trail is >= 0x30 and <= 0x39)
            {
                // A four-byte sequence: never GB2312.
                i += 3;
                continue;
            }
            if (lead is >= 0xA1 and <= 0xF7 && trail is >= 0xA1 and <= 0xFE) gb2312++;
            i++;
        }
        return multiByte == 0 || gb2312 * 100 >= multiByte * MinShareGb2312Percent;
    }
}
