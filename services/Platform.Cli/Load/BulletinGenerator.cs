namespace Platform.Cli.Load;

/// <summary>
/// Makes distinct, realistic bulletins from a corpus: each one keeps the layout of a corpus bulletin (masthead, titles,
/// bylines, headings: the short lines) and refills every body paragraph with sentences drawn at random from the whole
/// corpus, so articles differ from each other by far more than the near-duplicate distance. On request a share of the
/// bulletins are near-duplicates: an earlier bulletin with one sentence changed.
/// </summary>
public sealed class BulletinGenerator
{
    // A line with sentence punctuation and at least this many characters is body text; shorter lines are layout.
    private const int BodyLineMinLength = 20;
    private const int MinSentences = 3;
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?'];
    private static readonly char[] ClauseMarks = ['，', ',', '。', '；', '、'];

    private readonly string[][] _templates;
    private readonly string[] _sentences;
    private readonly double _nearDuplicateShare;
    private readonly Random _random;
    private readonly List<string[]> _made = [];

    /// <param name="corpus">Bulletin texts to recombine (the seeds or a folder's files); at least one with body paragraphs.</param>
    /// <param name="seed">Seed of the random choices: the same seed and corpus give the same bulletins.</param>
    /// <param name="nearDuplicateShare">Share (0–1) of bulletins that repeat an earlier one with one sentence changed.</param>
    public BulletinGenerator(IEnumerable<string> corpus, int seed, double nearDuplicateShare = 0)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(nearDuplicateShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nearDuplicateShare, 1);
        _templates = corpus.Select(text => text.ReplaceLineEndings("\n").Split('\n')).Where(lines => lines.Any(IsBody)).ToArray();
        _sentences = _templates.SelectMany(lines => lines.Where(IsBody)).SelectMany(SplitSentences).Distinct(StringComparer.Ordinal).ToArray();
        if (_templates.Length == 0 || _sentences.Length < 20)
        {
            throw new ArgumentException("The corpus needs bulletins with body paragraphs (lines of sentences) to recombine.", nameof(corpus));
        }
        _nearDuplicateShare = nearDuplicateShare;
        _random = new Random(seed);
    }

    /// <summary>Distinct sentences available for recombination.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>The next bulletin's text.</summary>
    public string Next()
    {
        string[] lines;
        if (_made.Count > 0 && _nearDuplicateShare > 0 && _random.NextDouble() < _nearDuplicateShare)
        {
            lines = [.. _made[_random.Next(_made.Count)]];
            var body = Enumerable.Range(0, lines.Length).Where(i => IsBody(lines[i])).ToArray();
            var at = body[_random.Next(body.Length)];
            lines[at] = lines[at] + NextSentence();
        }
        else
        {
            var template = _templates[_random.Next(_templates.Length)];
            lines = template.Select(line => IsBody(line) ? Refill(line) : line).ToArray();
        }
        _made.Add(lines);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A paragraph about as long as <paramref name="line"/>, of random corpus sentences: at least three, because a short
    /// article refilled with one or two could draw the same ones twice in a long run and be a near-duplicate.
    /// </summary>
    private string Refill(string line)
    {
        var paragraph = new System.Text.StringBuilder();
        for (var n = 0; n < MinSentences || paragraph.Length < line.Length; n++) paragraph.Append(NextSentence());
        return paragraph.ToString();
    }

    private string NextSentence() => _sentences[_random.Next(_sentences.Length)];

    private static bool IsBody(string line) => line.Length >= BodyLineMinLength && line.IndexOfAny(ClauseMarks) >= 0;

    /// <summary>Sentences with their closing punctuation; a trailing fragment without one gets a full stop.</summary>
    internal static IEnumerable<string> SplitSentences(string paragraph)
    {
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = paragraph.IndexOfAny(SentenceEnds, start);
            // A closing quotation mark after the full stop belongs to the sentence.
            var stop = end < 0 ? paragraph.Length : end + 1 < paragraph.Length && paragraph[end + 1] is '”' or '’' or '」' ? end + 2 : end + 1;
            var sentence = paragraph[start..stop].Trim();
            if (sentence.Length >= 8) yield return end < 0 ? sentence + "。" : sentence;
            start = stop;
        }
    }
}
