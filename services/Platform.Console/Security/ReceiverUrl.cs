namespace Platform.OperatorConsole.Security;

/// <summary>
/// Webhook URLs often carry a token of their own in the path or query; the admin API hides them behind the admin key,
/// so viewers see only scheme, host and port.
/// </summary>
public static class ReceiverUrl
{
    public static string Show(string url, bool admin)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (admin) return url;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : "…";
    }
}
