namespace Platform.Fetch.Push;

/// <summary>One file part of a multipart push, read whole: its file name and Content-Type as sent.</summary>
public sealed record PushedFile(string? FileName, string? ContentType, byte[] Bytes);
