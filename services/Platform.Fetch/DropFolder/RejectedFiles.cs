namespace Platform.Fetch.DropFolder;

/// <summary>
/// Moves a refused drop-folder entry (the link itself, never its target) into the folder's <c>rejected/</c> subfolder
/// with a <c>.reason.txt</c> beside it, so the operator sees why and the next scan does not meet it again. A read-only
/// folder keeps the entry; the caller has recorded the refusal anyway.
/// </summary>
public static class RejectedFiles
{
    public const string FolderName = "rejected";

    /// <summary>Null when moved, else why it could not be.</summary>
    public static string? Move(string folder, string path, string reason)
    {
        try
        {
            var rejected = Directory.CreateDirectory(Path.Combine(folder, FolderName)).FullName;
            var destination = Path.Combine(rejected, Path.GetFileName(path));
            File.Move(path, destination, overwrite: true);
            File.WriteAllText(destination + ".reason.txt", reason + Environment.NewLine);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }
}
