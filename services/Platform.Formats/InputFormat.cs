namespace Platform.Formats;

/// <summary>The formats a bulletin can arrive in, as told apart by <see cref="FormatDetector"/>.</summary>
public enum InputFormat
{
    /// <summary>Plain text in any common charset.</summary>
    Text,
    /// <summary>An HTML page: its main content is extracted.</summary>
    Html,
    /// <summary>A PDF with a text layer.</summary>
    Pdf,
    /// <summary>A Word document (Office Open XML).</summary>
    Docx,
    /// <summary>A format recognised but not read (legacy .doc, spreadsheets, slides, RTF, ODF).</summary>
    Unsupported,
    /// <summary>Binary data that is no document at all (images, archives, executables).</summary>
    Binary,
    /// <summary>A password-protected document.</summary>
    Encrypted,
    /// <summary>Declared (by content type or file name) as a document format its bytes are not.</summary>
    Mismatched,
}
