using Platform.Storage;

namespace Platform.Publish.Webhooks;

/// <summary>A subscription as the API shows it: everything but the secret.</summary>
public sealed record SubscriptionView(
    string Id, string Url, string Pattern, string? Description, DateTimeOffset CreatedAt, string Status, long Cursor,
    int ConsecutiveFailures, DateTimeOffset? DisabledAt, string? DisabledReason)
{
    public static SubscriptionView From(Subscription s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Url, s.Pattern, s.Description, s.CreatedAt, s.DisabledAt is null ? "active" : "disabled", s.Cursor,
            s.ConsecutiveFailures, s.DisabledAt, s.DisabledReason);
    }
}
