using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>What the segmenter made of the content lines: draft items, text that belongs to none, section names.</summary>
internal sealed record SegmentedPage(List<DraftItem> Items, List<DiscardedText> Discarded, List<string> Sections);
