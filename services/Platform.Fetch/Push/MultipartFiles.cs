using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Platform.Hosting.Http;

namespace Platform.Fetch.Push;

/// <summary>
/// Reads the file parts of a <c>multipart/form-data</c> push as they stream in, within limits: all parts together at
/// most the body limit (413 <c>body-too-large</c>, chunked or not) and at most a number of parts (413
/// <c>too-many-parts</c>), counted before anything is stored. Non-file parts count as parts and are skipped.
/// </summary>
public static class MultipartFiles
{
    public static async Task<(IReadOnlyList<PushedFile>? Files, ProblemHttpResult? Problem)> ReadAsync(Stream body, string? contentType, long maxBytes,
        int maxParts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || HeaderUtilities.RemoveQuotes(mediaType.Boundary) is not { Length: > 0 } boundary)
        {
            return (null, Malformed("The multipart body declares no boundary."));
        }
        var reader = new MultipartReader(boundary.ToString(), new BodyLimitStream(body, maxBytes)) { BodyLengthLimit = maxBytes };
        var files = new List<PushedFile>();
        var parts = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
            {
                if (++parts > maxParts)
                {
                    return (null, PlatformProblems.Create(StatusCodes.Status413PayloadTooLarge, "too-many-parts", "Too many parts",
                        $"A multipart push may hold at most {maxParts} parts (Platform:Fetch:MaxMultipartParts); send the rest in another request."));
                }
                var bytes = await BoundedBody.ReadAsync(section.Body, null, maxBytes, ct).ConfigureAwait(false);
                if (bytes is null) return (null, PushAnswers.TooLarge(maxBytes));
                if (section.AsFileSection() is { } file) files.Add(new PushedFile(file.FileName, section.ContentType, bytes));
            }
        }
        catch (BodyTooLargeException)
        {
            return (null, PushAnswers.TooLarge(maxBytes));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, PushAnswers.TooLarge(maxBytes));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            // The multipart reader reports truncated or unbounded parts as I/O errors: the client sent a broken body.
            return (null, Malformed(ex.Message));
        }
        return files.Count == 0 ? (null, Malformed("The multipart body holds no file parts.")) : (files, null);
    }

    private static ProblemHttpResult Malformed(string detail) =>
        PlatformProblems.Create(StatusCodes.Status400BadRequest, "malformed-multipart", "Malformed multipart body", detail);
}
