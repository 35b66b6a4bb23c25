namespace Platform.Evaluation;

/// <summary>A gold file that is not valid JSON or does not have the gold format; the message says where.</summary>
public sealed class GoldFormatException(string message, Exception? inner = null) : Exception(message, inner);
