namespace Pact.Engine.Judge.Tamper;

/// <summary>
/// The tamper scan (docs/THREAT_MODEL.md B): before each run, the implementation files that would be copied into the
/// sandbox are read with each language's own parser (<see cref="ILanguage.Tamper"/>) (Python's <c>ast</c>, node's acorn after the pinned TypeScript
/// compiler, Roslyn) for code aimed at the judge rather than the task: reaching into the test framework, exit and
/// signal tricks, started or detached processes, environment probes, paths outside the component, equality of its
/// own. Findings are named rules like the gates'; they are shown by <c>pact test</c> and <c>pact polish</c> and block
/// <c>pact certify</c> until the auditor adjudicates each one (<see cref="AdjudicationService"/>). The scan never
/// runs the code; a parser that cannot run fails closed with <c>tamper.scan_failed</c>.
/// </summary>
public sealed class TamperScanner(LanguageRegistry languages, JudgeLedger ledger)
{
    public const string ScanFailed = "tamper.scan_failed";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj", "__pycache__", ".git", ".venv", ".pytest_cache" };

    /// <summary>One finding as a parser reports it: path relative to the project root, 1-based line.</summary>
    public sealed record RawFinding(string Path, int Line, string Rule, string Message);

    /// <summary>Findings in the src/ of <paramref name="componentIds"/> under <paramref name="sources"/>, with the decisions <paramref name="judge"/>'s ledger holds.</summary>
    public async Task<IReadOnlyList<ImplementationFinding>> ReviewAsync(JudgeLayout judge, ProjectLayout sources, IReadOnlyList<string> componentIds, PactConfig? config, CancellationToken cancellationToken)
    {
        var found = await ScanAsync(sources, componentIds, config, cancellationToken);
        var decisions = Decisions((await ledger.ReadAsync(judge, cancellationToken)).Entries);
        return [.. found.Select(f => decisions.TryGetValue(f.Hash, out var d) ? f with { Verdict = d.Verdict, Reason = d.Reason } : f)];
    }

    /// <summary>The findings alone, no decisions.</summary>
    public async Task<IReadOnlyList<ImplementationFinding>> ScanAsync(ProjectLayout sources, IReadOnlyList<string> componentIds, PactConfig? config, CancellationToken cancellationToken)
    {
        var findings = new List<ImplementationFinding>();
        foreach (var id in componentIds.Distinct(StringComparer.Ordinal))
        {
            var root = sources.ComponentSrcDir(id);
            if (!Directory.Exists(root) || new DirectoryInfo(root).LinkTarget is not null)
            {
                continue;
            }

            var files = Files(sources.Root, root, languages.TamperRules).ToList();
            var texts = files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(sources.Root, f)), StringComparer.Ordinal);
            var raw = new List<RawFinding>();
            foreach (var rules in languages.TamperRules)
            {
                raw.AddRange(await rules.ScanAsync([.. files.Where(f => rules.Reads(f))], texts, config, cancellationToken));
            }

            findings.AddRange(raw.Select(r => Finding(sources, id, r, texts.TryGetValue(r.Path, out var text) ? text : "")));
        }

        return findings;
    }

    /// <summary>The latest decision per finding hash, from the ledger's <see cref="AuditActions.TamperAdjudicate"/> entries.</summary>
    public static IReadOnlyDictionary<string, (string Verdict, string Reason)> Decisions(IReadOnlyList<LedgerEntry> entries)
    {
        var decisions = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Action == AuditActions.TamperAdjudicate))
        {
            if (ParseDetail(entry.Detail) is { } d)
            {
                decisions[d.Hash] = (d.Verdict, d.Reason);
            }
        }

        return decisions;
    }

    /// <summary>The ledger's detail of a decision: "allowed tamper.python.exit_tricks src/calc/calc.py:3 #&lt;hash&gt;: reason".</summary>
    public static string Detail(ImplementationFinding finding, string verdict, string reason) =>
        $"{verdict} {finding.Rule} {finding.File}:{finding.Line} #{finding.Hash}: {reason}";

    private static (string Verdict, string Hash, string Reason)? ParseDetail(string detail)
    {
        var hashAt = detail.IndexOf(" #", StringComparison.Ordinal);
        var space = detail.IndexOf(' ', StringComparison.Ordinal);
        if (hashAt < 0 || space < 0 || detail.Length < hashAt + 2 + 64 + 1)
        {
            return null;
        }

        var reason = detail[(hashAt + 2 + 64)..].TrimStart(':').Trim();
        return (detail[..space], detail.Substring(hashAt + 2, 64), reason);
    }

    private static ImplementationFinding Finding(ProjectLayout sources, string componentId, RawFinding raw, string text)
    {
        var lines = text.Split('\n');
        var line = raw.Line >= 1 && raw.Line <= lines.Length ? lines[raw.Line - 1].Trim() : "";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{raw.Rule}\n{raw.Path}\n{line}")));
        return new ImplementationFinding
        {
            ComponentId = componentId,
            Rule = raw.Rule,
            File = raw.Path,
            Line = raw.Line,
            Message = raw.Message,
            Hash = hash,
            Fix = $"remove it if the task does not need it; otherwise the auditor decides: `pact adjudicate {sources.Root} {componentId} {raw.Rule} --file {raw.Path} --line {raw.Line} --verdict allowed|refused --reason \"…\"`",
        };
    }

    /// <summary>Implementation files under <paramref name="root"/>, relative to <paramref name="projectRoot"/>; links and build or package folders are not followed.</summary>
    private static IEnumerable<string> Files(string projectRoot, string root, IReadOnlyList<ITamperRules> rules)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (!SkippedFolders.Contains(sub.Name))
                    {
                        pending.Push(sub.FullName);
                    }
                }
                else if (rules.Any(r => r.Reads(entry.Name)))
                {
                    yield return Path.GetRelativePath(projectRoot, entry.FullName).Replace('\\', '/');
                }
            }
        }
    }

    /// <summary>Runs a scan script that reads <c>[{path, text}]</c> on stdin and prints a JSON list of <c>{path, line, rule, message}</c>; fails closed.</summary>
    internal static async Task<IReadOnlyList<RawFinding>> ScriptAsync(ProcessRunner processes, string tool, string program, IReadOnlyList<string> arguments, IReadOnlyList<string> selected, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        if (selected.Count == 0)
        {
            return [];
        }

        var input = new System.Text.Json.Nodes.JsonArray([.. selected.Select(f => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject { ["path"] = f, ["text"] = texts[f] })]).ToJsonString();
        var answer = await CheckerScript.RunAsync(processes, program, arguments, input, f => new RawFinding(
            f.GetProperty("path").GetString() ?? selected[0],
            CheckerScript.Line(f) ?? 1,
            f.GetProperty("rule").GetString() ?? ScanFailed,
            f.GetProperty("message").GetString() ?? ""), cancellationToken);
        return answer.Problem is { } why
            ? [new(selected[0], 1, ScanFailed, $"the {tool} tamper scan could not run ({why}), so the implementation is unscanned; nothing is certified unscanned")]
            : answer.Items!;
    }
}
