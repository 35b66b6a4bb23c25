namespace Platform.Fetch.Push;

/// <summary>The upstream source a push was authenticated as; <see cref="PushAuthentication"/> sets it as a request feature.</summary>
public sealed record PushSource(string Id);
