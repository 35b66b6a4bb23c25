using System.IO.Compression;

namespace Platform.Formats.Docx;

/// <summary>
/// Bounds what a ZIP package inflates to before the Open XML SDK reads it: the entries are inflated into a counter
/// (nothing kept), since the sizes a ZIP declares can lie.
/// </summary>
internal static class PackageSizeGuard
{
    public static void Check(Stream package, long limit)
    {
        ArgumentNullException.ThrowIfNull(package);
        long total = 0;
        var buffer = new byte[81920];
        using (var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (archive.Entries.Sum(e => e.Length) > limit) throw TooLarge(limit);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > limit) throw TooLarge(limit);
                }
            }
        }
        package.Position = 0;
    }

    private static ExtractionFailedException TooLarge(long limit) =>
        new(ExtractionProblem.TooLarge($"The document decompresses to more than {limit} bytes."));
}
