namespace Platform.Formats;

/// <summary>
/// A bulletin's identity from its text: <see cref="Sha256"/> is the content key (<see cref="ContentKey"/>), the same for
/// one bulletin as text, HTML, PDF and DOCX, and <see cref="Id"/> its first 16 hex digits.
/// </summary>
public sealed record BulletinKey(string Id, string Sha256)
{
    public static BulletinKey Of(string text)
    {
        var key = ContentKey.Of(text);
        return new BulletinKey(key[..16], key);
    }
}
