namespace Platform.Publish.Webhooks;

/// <summary>Body of <c>POST /v1/subscriptions</c>.</summary>
/// <param name="Url">http(s) URL the events are POSTed to.</param>
/// <param name="Pattern">AMQP topic pattern over routing keys, e.g. <c>article.published.43.#</c>; <c>#</c> for everything.</param>
/// <param name="Secret">Shared secret (at least 16 characters) the deliveries are signed with.</param>
/// <param name="Description">Optional free text.</param>
public sealed record SubscriptionRequest(string? Url, string? Pattern, string? Secret, string? Description = null)
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 512;
    public const int MaxDescriptionLength = 500;

    /// <summary>What is wrong with the body (field → message); empty when valid.</summary>
    public Dictionary<string, string[]> Validate(WebhookAddressPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new Dictionary<string, string[]>();
        if (policy.Refusal(Url) is { } refusal) errors["url"] = [refusal];
        if (!RoutingPattern.IsValid(Pattern))
            errors["pattern"] = ["pattern must be an AMQP topic pattern: dot-separated words, '*' for one word, '#' for zero or more (at most 255 characters)."];
        if (Secret is null || Secret.Length < MinSecretLength || Secret.Length > MaxSecretLength)
            errors["secret"] = [$"secret must be {MinSecretLength}-{MaxSecretLength} characters."];
        if (Description is { Length: > MaxDescriptionLength }) errors["description"] = [$"description must be at most {MaxDescriptionLength} characters."];
        return errors;
    }
}
