namespace Pact.Gates.Project;

/// <summary>
/// Warnings that the contracts, taken together, still aim at the task (reference C.6): the task's action verbs appear in
/// some function, leaf contracts have functions, and acceptance criteria find their words in the contracts.
/// </summary>
public static class NorthStarRule
{
    public const string Verbs = "project.north_star.verbs";
    public const string Criteria = "project.north_star.acceptance_criteria";

    private static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "parse", "validate", "generate", "create", "build", "search", "find", "filter", "sort", "transform", "convert",
        "calculate", "compute", "render", "format", "send", "receive", "store", "save", "load", "read", "write", "delete",
        "update", "check", "verify", "authenticate", "authorize", "encrypt", "decrypt", "compress", "serialize",
        "deserialize", "fetch", "audit", "analyze", "report", "export", "import", "process", "handle", "route",
        "dispatch", "schedule", "execute", "run", "monitor", "notify", "publish", "subscribe", "index", "crawl",
        "scrape", "extract", "merge", "split", "join", "connect", "register", "login",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "can", "has", "her", "was", "one", "our", "out", "had",
        "this", "that", "with", "from", "they", "been", "have", "its", "will", "each", "make", "when", "must", "should",
        "shall",
    };

    public static IEnumerable<Diagnostic> Check(ProjectArtifacts project)
    {
        if (project.Task.Trim().Length == 0 || project.Contracts.Count == 0)
        {
            yield break;
        }
        var contracts = project.Contracts.Values.ToList();
        var functions = string.Join(" ", contracts.SelectMany(c => c.Functions).Select(f => $"{f.Name} {f.Description}")).ToLowerInvariant();
        var verbs = project.Task.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(ActionVerbs.Contains).Distinct(StringComparer.Ordinal).ToList();
        var uncovered = verbs.Where(v => !functions.Contains(v, StringComparison.Ordinal)).ToList();
        if (uncovered.Count > 0.5 * verbs.Count)
        {
            yield return Findings.Warning(Verbs, "task.md", "", $"the task asks to {string.Join(", ", uncovered)}, and no contract function mentions it", "check that some component does each of these");
        }
        var corpus = string.Join(" ", contracts.SelectMany(c => new[] { c.Name, c.Description }
            .Concat(c.Functions.SelectMany(f => new[] { f.Name, f.Description }))
            .Concat(c.Types.SelectMany(t => new[] { t.Name, t.Description }))
            .Concat(c.Invariants))).ToLowerInvariant();
        var weak = project.AcceptanceCriteria.Where(criterion =>
        {
            var words = criterion.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')')).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToList();
            return words.Count > 0 && (double)words.Count(w => corpus.Contains(w, StringComparison.Ordinal)) / words.Count < 0.3;
        }).ToList();
        if (weak.Count > 0)
        {
            yield return Findings.Warning(Criteria, ArtifactPaths.Interview, "/acceptance_criteria", $"{weak.Count} acceptance criteria have little in common with the contracts: {string.Join("; ", weak.Select(w => w.Length > 100 ? w[..100] : w))}", "check that the contracts cover them");
        }
    }
}
