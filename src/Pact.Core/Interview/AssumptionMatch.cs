namespace Pact.Interview;

/// <summary>
/// The assumption <c>pact approve</c> takes as the answer to an open question, as the Python Pact chooses it: the
/// assumption sharing the most significant words with the question (at least two, stop words and punctuation left
/// out; confidence their overlap over the longer of the two); else the assumption at the question's own index
/// (confidence 0.5); else the question accepted as stated (confidence 0).
/// </summary>
public static class AssumptionMatch
{
    public const string AcceptedAsStated = "Accepted as stated";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "do", "does", "did", "can",
        "could", "should", "would", "will", "may", "might", "must", "shall", "what", "which", "who", "whom", "how", "when",
        "where", "why", "there", "any", "all", "each", "every", "some", "no", "not", "we", "you", "they", "i", "our", "your",
    };

    /// <summary>The answer for the question at <paramref name="index"/>, how sure it is, and the assumption it came from (null for none).</summary>
    public static (string Answer, double Confidence, string? Assumption) For(string question, int index, IReadOnlyList<string> assumptions)
    {
        var asked = Words(question);
        var best = assumptions
            .Select(a => (Assumption: a, Words: Words(a)))
            .Select(a => (a.Assumption, Shared: a.Words.Intersect(asked).Count(), Longer: Math.Max(a.Words.Count, asked.Count)))
            .Where(a => a.Shared >= 2)
            .OrderByDescending(a => (double)a.Shared / a.Longer)
            .FirstOrDefault();
        if (best.Assumption is not null)
        {
            return (best.Assumption, Math.Round((double)best.Shared / best.Longer, 2), best.Assumption);
        }

        return index < assumptions.Count ? (assumptions[index], 0.5, assumptions[index]) : (AcceptedAsStated, 0.0, null);
    }

    private static HashSet<string> Words(string text) =>
        [.. new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w))];
}
