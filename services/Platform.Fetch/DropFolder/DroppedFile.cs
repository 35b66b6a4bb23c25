namespace Platform.Fetch.DropFolder;

/// <summary>
/// Whether a drop-folder entry may be read, decided from its file-system metadata before anything is opened: a regular
/// file, or a symbolic link whose final target is a file directly in the folder. A link leading out of the folder (or
/// nowhere) is refused, and so is an entry of size 0: FIFOs, devices and sockets report 0, and opening a FIFO blocks.
/// </summary>
public static class DroppedFile
{
    /// <summary>The path to open (the link's target for a link), or the reason the entry is refused.</summary>
    public static (string? ReadPath, string? Refusal) Inspect(string folder, FileInfo entry, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var target = entry;
        if (entry.LinkTarget is not null)
        {
            if (entry.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } resolved)
            {
                return (null, $"symbolic link to '{entry.LinkTarget}', which is not an existing file");
            }
            if (!string.Equals(Path.GetDirectoryName(resolved.FullName), RealPath(folder), StringComparison.Ordinal))
            {
                return (null, $"symbolic link to '{resolved.FullName}', outside the drop folder");
            }
            target = resolved;
        }
        if (target.Length == 0) return (null, "empty, or not a regular file (a FIFO, device or socket)");
        if (target.Length > maxBytes) return (null, $"file exceeds Platform:Fetch:MaxBodyBytes ({maxBytes} bytes)");
        return (target.FullName, null);
    }

    /// <summary>The folder's full path with a link to it followed, as a link target inside it spells it.</summary>
    public static string RealPath(string folder)
    {
        var info = new DirectoryInfo(Path.GetFullPath(folder));
        return Path.TrimEndingDirectorySeparator(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
    }
}
