namespace Pact.Hooks;

/// <summary>
/// The host-level half of "agents can't cheat": decides whether a coding agent's own tool call (Claude Code's
/// Read/Grep/Glob/Edit/Write/Bash …) may touch a secret (the audit directory: hidden tests, masters, signing key),
/// write a locked path (pact.yaml, .pact/, tests/, the session's sandbox settings), or run an audit-side pact command.
/// Paths are judged as the filesystem resolves them, not as they are spelled: relative to the working directory,
/// normalized, every symbolic link followed, globs expanded; a search whose root contains a secret is a read of it.
/// Pure apart from <see cref="IPathView"/>.
/// </summary>
public static class ToolCallGuard
{
    private static readonly HashSet<string> SearchTools = new(StringComparer.Ordinal) { "Grep", "Glob", "LS" };
    private static readonly HashSet<string> WriteTools = new(StringComparer.Ordinal) { "Edit", "Write", "MultiEdit", "NotebookEdit" };
    private static readonly string[] PathKeys = ["file_path", "path", "notebook_path"];

    /// <summary>Shell commands that change files: every path word of such a command counts as written.</summary>
    private static readonly HashSet<string> WriteVerbs = new(StringComparer.Ordinal)
    {
        "cp", "mv", "rm", "rmdir", "ln", "touch", "truncate", "dd", "chmod", "chown", "install", "rsync", "tee", "mkdir", "unlink", "shred", "patch",
    };

    private static readonly HashSet<string> PactExecutables = new(StringComparer.Ordinal) { "pact", "pact.exe", "pact.dll", "pact-mcp" };

    private const int MaxNesting = 3;

    public static HookDecision Check(string toolName, IReadOnlyDictionary<string, string> input, GuardScope scope, IPathView paths)
    {
        var judge = new Judgement(scope, paths);
        if (toolName == "Bash")
        {
            return input.GetValueOrDefault("command") is { Length: > 0 } command ? judge.Shell(command) : HookDecision.Allow;
        }

        var named = PathKeys.Select(k => input.GetValueOrDefault(k)).OfType<string>().Where(p => p.Length > 0).Select(judge.Full).ToList();
        if (SearchTools.Contains(toolName))
        {
            var root = named.FirstOrDefault() ?? scope.Cwd;
            if (judge.Search(root) is { } denied)
            {
                return denied;
            }

            if (toolName == "Glob" && input.GetValueOrDefault("pattern") is { Length: > 0 } pattern && judge.Search(Path.GetFullPath(pattern, root)) is { } globbed)
            {
                return globbed;
            }
        }

        foreach (var path in named)
        {
            if (judge.Secret(path) is { } secret)
            {
                return secret;
            }

            if (WriteTools.Contains(toolName) && judge.LockedWrite(path, ancestors: false) is { } locked)
            {
                return locked;
            }
        }

        return HookDecision.Allow;
    }

    private static HookDecision Deny(string why, string instead) => new(true, $"Pact: {why}. Instead, {instead}.");

    private static bool Inside(string path, string directory)
    {
        var root = Path.TrimEndingDirectorySeparator(directory);
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || root == "/";
    }

    private static bool HasGlob(string text) => text.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>The checks for one call, with the scope's paths resolved once.</summary>
    private sealed class Judgement(GuardScope scope, IPathView paths)
    {
        private readonly List<(GuardedPath Guarded, string[] Forms)> _secrets = scope.Secrets.Select(s => (s, Forms(paths, s.Path))).ToList();
        private readonly List<(GuardedPath Guarded, string[] Forms)> _locked = scope.Locked.Select(s => (s, Forms(paths, s.Path))).ToList();

        public string Full(string path) => Path.GetFullPath(HomeExpanded(path), scope.Cwd);

        /// <summary>A read, write or listing of <paramref name="path"/> (a full path) that lands in a secret.</summary>
        public HookDecision? Secret(string path)
        {
            foreach (var form in Reached(path))
            {
                foreach (var (guarded, forms) in _secrets)
                {
                    if (forms.Any(f => Inside(form, f)))
                    {
                        return Deny($"{Shown(path)} is in {guarded.What} ({guarded.Path}), which holds hidden tests, suite masters and the signing key; the implementing agent may not read or change it", guarded.Instead);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// A search or listing rooted at <paramref name="root"/> (or a shell word naming it): denied when it is in a
        /// secret or contains one. A glob counts by what it matches; <c>**</c> by the directory it starts from.
        /// </summary>
        public HookDecision? Search(string root)
        {
            if (Secret(root) is { } inside)
            {
                return inside;
            }

            foreach (var form in Reached(root))
            {
                foreach (var (guarded, forms) in _secrets.Where(s => s.Guarded.DenyContainers))
                {
                    if (forms.Any(f => Inside(f, form)))
                    {
                        return Deny($"the search root {Shown(form)} contains {guarded.What} ({guarded.Path}), so searching or listing it would read hidden tests, suite masters or the signing key", $"search inside the project (src/, tests/), or {guarded.Instead}");
                    }
                }
            }

            return null;
        }

        /// <summary>A write to <paramref name="path"/> that lands in a locked path (or, for <paramref name="ancestors"/>, removes or replaces one wholesale).</summary>
        public HookDecision? LockedWrite(string path, bool ancestors)
        {
            foreach (var form in Reached(path))
            {
                foreach (var (guarded, forms) in _locked)
                {
                    if (forms.Any(f => Inside(form, f) || (ancestors && Inside(f, form))))
                    {
                        return Deny($"{Shown(path)} would change {guarded.What}", guarded.Instead);
                    }
                }
            }

            return null;
        }

        public HookDecision Shell(string command)
        {
            var bases = new List<string> { scope.Cwd };
            return Shell(command, bases, 0) ?? HookDecision.Allow;
        }

        private HookDecision? Shell(string command, List<string> bases, int depth)
        {
            foreach (var simple in ShellWords.Parse(command))
            {
                if (AuditSide(simple.Words) is { } refused)
                {
                    return refused;
                }

                var writes = simple.Words.Count > 0 && (WriteVerbs.Contains(Path.GetFileName(simple.Words[0])) || InPlace(simple.Words));
                foreach (var word in simple.Words)
                {
                    foreach (var candidate in Candidates(word))
                    {
                        foreach (var full in bases.Select(b => Path.GetFullPath(HomeExpanded(candidate), b)).Distinct(StringComparer.Ordinal).ToList())
                        {
                            if (Search(full) is { } secret)
                            {
                                return secret;
                            }

                            if (writes && LockedWrite(full, ancestors: true) is { } locked)
                            {
                                return locked;
                            }
                        }
                    }

                    // A quoted script handed to bash -c, python3 -c …: its own words are read the same way.
                    if (depth < MaxNesting && word.IndexOfAny([' ', '(', ';', '|', '&', '"', '\'', '\n']) >= 0 && Shell(word, bases, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                foreach (var output in simple.Outputs)
                {
                    foreach (var full in bases.Select(b => Path.GetFullPath(HomeExpanded(output), b)))
                    {
                        if ((Secret(full) ?? LockedWrite(full, ancestors: false)) is { } denied)
                        {
                            return denied;
                        }
                    }
                }

                // cd changes what later relative words mean; every directory the string may be in is a base.
                if (simple.Words is ["cd" or "pushd", var target, ..])
                {
                    bases.AddRange(bases.Select(b => Path.GetFullPath(HomeExpanded(target), b)).ToList());
                }
            }

            return null;
        }

        /// <summary>A word, and the parts of it that may be paths on their own: after '=' (--file=x, if=x), between ':'.</summary>
        private static IEnumerable<string> Candidates(string word)
        {
            yield return word;
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0 && equals + 1 < word.Length)
            {
                yield return word[(equals + 1)..];
            }

            if (word.Contains(':', StringComparison.Ordinal))
            {
                foreach (var part in word.Split(':', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return part;
                }
            }
        }

        /// <summary>A pact invocation of an audit-side command (or an MCP server in any role but code).</summary>
        private HookDecision? AuditSide(IReadOnlyList<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var name = Path.GetFileName(words[i]);
                if (!PactExecutables.Contains(name))
                {
                    continue;
                }

                // The command's words without options, and without --role's value (`pact review --role solo adjudicate`).
                var rest = words.Skip(i + 1).Where((w, k) => !w.StartsWith('-') && !(k > 0 && words[i + k] == "--role")).ToList();
                var sub = name == "pact-mcp" ? "mcp" : rest.FirstOrDefault();
                var verb = rest.Count > 1 ? $"{sub} {rest[1]}" : null;
                if (sub is not null && (scope.AuditSideVerbs.Contains(sub) || (verb is not null && scope.AuditSideVerbs.Contains(verb))))
                {
                    return Deny($"`pact {(scope.AuditSideVerbs.Contains(sub) ? sub : verb)}` changes the law (plan, contracts, suites, verdicts or the authority), which is the auditor's side", "ask the pact-auditor agent: it has these tools on its pact-audit server");
                }

                var args = words.Skip(i + 1).ToList();
                var role = args.Select((w, k) => w == "--role" && k + 1 < args.Count ? args[k + 1] : w.StartsWith("--role=", StringComparison.Ordinal) ? w["--role=".Length..] : null).OfType<string>().LastOrDefault();
                if (sub == "mcp" && role != "code")
                {
                    return Deny($"a pact MCP server in the {role ?? "solo"} role would give this session the auditor's tools", "use the pact server you have (role code), and ask the pact-auditor agent for audit-side work");
                }
            }

            return null;
        }

        private static bool InPlace(IReadOnlyList<string> words) =>
            Path.GetFileName(words[0]) is "sed" or "perl" or "ruby" && words.Skip(1).Any(w => w.StartsWith("-i", StringComparison.Ordinal) || (w.StartsWith('-') && !w.StartsWith("--", StringComparison.Ordinal) && w.Contains('i', StringComparison.Ordinal)));

        /// <summary>Every path <paramref name="path"/> may mean: as spelled, as the filesystem resolves it, and what a glob in it matches.</summary>
        private IEnumerable<string> Reached(string path)
        {
            yield return path;
            yield return paths.Real(path);
            if (HasGlob(path))
            {
                foreach (var match in paths.Expand(path))
                {
                    yield return match;
                    yield return paths.Real(match);
                }
            }
        }

        private string HomeExpanded(string path) =>
            path == "~" || path.StartsWith("~/", StringComparison.Ordinal) ? scope.Home + path[1..]
            : path.StartsWith("$HOME", StringComparison.Ordinal) ? scope.Home + path["$HOME".Length..]
            : path.StartsWith("${HOME}", StringComparison.Ordinal) ? scope.Home + path["${HOME}".Length..]
            : path;

        private string Shown(string path) => Path.GetRelativePath(scope.Cwd, path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : path;

        private static string[] Forms(IPathView paths, string path) => [path, paths.Real(path)];
    }
}
