namespace Pact.Engine.Reviews;

/// <summary>
/// What a reviewer reads about the components under review (the review and simulacrum prompts): each one's contract,
/// its implementation files and its latest recorded test results. Never a hidden suite: only what is in the project.
/// </summary>
public sealed class ReviewMaterial
{
    /// <summary>A file over this many characters is cut: a review prompt is read by a model with a context limit.</summary>
    public const int MaxFileChars = 20_000;

    public sealed record Component(string Id, string Contract, IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> LatestRuns);

    public async Task<IReadOnlyList<Component>> ReadAsync(ProjectLayout layout, IReadOnlyList<string> componentIds, CancellationToken cancellationToken)
    {
        var (events, _) = await AuditLog.ReadAsync(layout.AuditLog, cancellationToken);
        var result = new List<Component>();
        foreach (var id in componentIds.Where(ComponentIds.IsValid))
        {
            var contract = await TextAsync(layout, layout.ContractJson(id), cancellationToken);
            var files = new List<(string, string)>();
            var src = layout.ComponentSrcDir(id);
            if (Directory.Exists(src) && new DirectoryInfo(src).LinkTarget is null)
            {
                foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories).Where(Readable).Order(StringComparer.Ordinal))
                {
                    files.Add((layout.Relative(file), await TextAsync(layout, file, cancellationToken)));
                }
            }

            // The last command that ran this component's suites, as the audit log recorded it (counts only).
            var latest = events.LastOrDefault(e => e.Runs?.Any(r => r.ComponentId == id) == true);
            IReadOnlyList<string> runs = latest is null ? [] :
                [.. latest.Runs!.Where(r => r.ComponentId == id).Select(r => $"{latest.Action} at {latest.Timestamp}: {r.Kind.ToString().ToLowerInvariant()} suite {r.Status.ToString().ToLowerInvariant()}, {r.Passed} of {r.Total} passed, {r.Failed} failed, {r.Errors} errors")];
            result.Add(new Component(id, contract, files, runs));
        }

        return result;
    }

    private static bool Readable(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return !parts.Any(p => p is "__pycache__" or "node_modules" or ".pytest_cache") && !path.EndsWith(".pyc", StringComparison.Ordinal) && new FileInfo(path).LinkTarget is null;
    }

    private static async Task<string> TextAsync(ProjectLayout layout, string path, CancellationToken cancellationToken)
    {
        if (SafePath.Check(layout.Root, path) is { } linked)
        {
            return $"(not shown: {linked.Message})";
        }

        if (!File.Exists(path))
        {
            return "(not written yet)";
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return text.Length > MaxFileChars ? text[..MaxFileChars] + $"\n… (cut at {MaxFileChars} characters)" : text;
    }
}
