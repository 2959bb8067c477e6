namespace Pact.Gates.Decomposition;

/// <summary>Coverage heuristics of reference C.7, as warnings: blank and duplicated descriptions, task keywords the components do not mention.</summary>
public static class CoverageRule
{
    public const string BlankDescription = "decomposition.coverage.blank_description";
    public const string DuplicateDescription = "decomposition.coverage.duplicate_description";
    public const string TaskKeywords = "decomposition.coverage.task_keywords";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "should", "would", "could", "about", "these", "their", "which", "where", "there", "other", "every", "after",
        "before", "being", "between", "through", "under", "above", "below", "while", "during", "until", "since",
    };

    public static IEnumerable<Diagnostic> Check(DecompositionTree tree, string task, string file)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in tree.Nodes.Values.OrderBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            var at = StructureRule.Node(node.ComponentId);
            var description = node.Description.Trim().ToLowerInvariant();
            if (description.Length == 0)
            {
                yield return Findings.Warning(BlankDescription, file, $"{at}/description", $"'{node.ComponentId}' has no description", "say what the component is responsible for");
            }
            else if (description.Length > 20 && !seen.TryAdd(description, node.ComponentId))
            {
                yield return Findings.Warning(DuplicateDescription, file, $"{at}/description", $"'{node.ComponentId}' has the same description as '{seen[description]}'", "describe how the two differ, or merge them");
            }
        }
        var keywords = task.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 4 && w.All(char.IsLetter) && !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        if (keywords.Count > 0)
        {
            var corpus = string.Join(" ", tree.Nodes.Values.Select(n => n.Description.ToLowerInvariant()));
            var missing = keywords.Where(k => !corpus.Contains(k, StringComparison.Ordinal)).ToList();
            var coverage = 1.0 - ((double)missing.Count / keywords.Count);
            if (coverage < 0.3)
            {
                yield return Findings.Warning(TaskKeywords, file, "/nodes", $"only {coverage:P0} of the task's keywords appear in component descriptions (missing: {string.Join(", ", missing.Take(10))})", "check that the decomposition covers the whole task");
            }
        }
    }
}
