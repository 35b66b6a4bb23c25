using System.Text.Json.Serialization;

namespace Platform.Contracts.Documents;

/// <summary>How far a bulletin or article has travelled through the pipeline.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PipelineStatus>))]
public enum PipelineStatus
{
    /// <summary>Stored by fetch, not yet parsed.</summary>
    [JsonStringEnumMemberName("received")] Received,
    /// <summary>Parsed into documents, not yet enriched.</summary>
    [JsonStringEnumMemberName("parsed")] Parsed,
    /// <summary>Enrichment stored, not yet published.</summary>
    [JsonStringEnumMemberName("enriched")] Enriched,
    /// <summary>Final document stored and its public event appended.</summary>
    [JsonStringEnumMemberName("published")] Published,
    /// <summary>Could not be processed; see the reject reason.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
}
