namespace Platform.Fetch;

/// <summary>Why a body cannot be a bulletin; <see cref="ProblemType"/> is the RFC 9457 type suffix.</summary>
public sealed record DecodeFailure(string ProblemType, string Title, string Detail);
