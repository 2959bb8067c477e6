using Pact.Engine.Judge.Authority;
using Pact.Hooks;

namespace Pact.Engine.Hooks;

/// <summary>
/// Builds what the hook judges a call against, failing closed: the Pact project(s) of the call (the nearest pact.yaml
/// at or above the working directory and above <c>CLAUDE_PROJECT_DIR</c>, the session's root, so a <c>cd</c> away
/// loses nothing), their audit directories, the ones the user's config records and <c>PACT_AUDIT_DIR</c>. No project,
/// or a pact.yaml that does not read, is a refusal with the reason: without it the hook cannot know what to protect.
/// </summary>
public static class GuardScopeLoader
{
    /// <summary>The environment variables the scope depends on.</summary>
    public static readonly IReadOnlyList<string> Variables = ["PACT_AUDIT_DIR", "PACT_HOME", "HOME", "CLAUDE_PROJECT_DIR"];

    /// <summary>
    /// The first word of every operation that changes the law (<c>authority move</c> → <c>authority</c>), or both words
    /// in a group with verbs on both sides (<c>review adjudicate</c>, while <c>review submit</c> stays allowed).
    /// </summary>
    private static readonly IReadOnlySet<string> AuditSideVerbs = AuditOperations.All
        .Where(o => o.Side == AuditSide.Audit)
        .Select(o => o.Command.Split(' ') is [var group, ..] && AuditOperations.MixedGroups.Contains(group) ? o.Command : o.Command.Split(' ')[0])
        .ToHashSet(StringComparer.Ordinal);

    private const string Polish = "use pact_polish (or `pact polish`) for the hidden-suite verdict: counts and hints";

    public static async Task<(GuardScope? Scope, string? Refusal)> LoadAsync(ProjectStore store, string cwd, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var starts = new[] { cwd, environment.GetValueOrDefault("CLAUDE_PROJECT_DIR") }.OfType<string>().Where(s => s.Length > 0).ToList();
        var roots = starts.Select(ProjectLayout.Enclosing).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // Outside every Pact project there is no pact.yaml to read, but the audit directories this user has made are
        // known from the user's config (and PACT_AUDIT_DIR), so those, the key store and the config stay guarded while
        // the rest is allowed: a plugin enabled for the whole user must not stop work in every other repository.
        var config = AuditDirectoryRegistry.ConfigDirectory(environment);
        var secrets = new List<GuardedPath>();
        var locked = new List<GuardedPath>
        {
            new(config, "Pact's user config (the known audit directories, trusted keys)", "leave it to the person who runs Pact"),
        };
        foreach (var root in roots)
        {
            var (project, _, problems) = await store.OpenAsync(root, cancellationToken);
            if (project is null)
            {
                // A pact.yaml that does not read hides its audit_dir; allowing would let anything through, and a
                // pact.yaml broken on purpose would be the way to do it.
                var first = problems.FirstOrDefault()?.ToString() ?? "pact.yaml cannot be read";
                return (null, $"Pact cannot judge this call: the project's pact.yaml is not valid ({first}). Fix pact.yaml by hand (`pact validate` names the problem), then retry.");
            }

            if (project.Config.AuditDir is { Length: > 0 } audit)
            {
                secrets.Add(AuditDirectory(Path.GetFullPath(audit, root)));
            }

            secrets.Add(new(Path.Combine(project.Layout.PactDir, "judge"), "the hidden-suite masters kept in .pact/judge until `pact audit-init`", Polish, DenyContainers: false));
            locked.Add(new(project.Layout.PactYaml, "pact.yaml, the project's law (readiness, audit directory, runners)", "ask the pact-auditor agent (or the person) to change it"));
            locked.Add(new(project.Layout.PactDir, ".pact/, Pact's state and audit log", "let pact record its own state: run the pact tools"));
            locked.Add(new(project.Layout.TestsDir, "tests/, the locked views of the test suites (editing them changes nothing the judge runs and is logged as tampering)", "change the implementation under src/ until `pact test` passes; run `pact sync` to restore views you changed"));
            locked.Add(new(Path.Combine(root, ".claude"), ".claude/, the Claude Code settings that sandbox this session", "ask the person to change the session's settings"));
        }

        secrets.AddRange(AuditDirectoryRegistry.Read(environment).Select(AuditDirectory));
        if (environment.GetValueOrDefault("PACT_AUDIT_DIR") is { Length: > 0 } fromEnvironment)
        {
            secrets.Add(AuditDirectory(Path.GetFullPath(fromEnvironment, cwd)));
        }

        secrets.Add(new(Path.Combine(config, "keys"), "Pact's signing key store", "let the judge sign: `pact certify`"));

        var home = environment.GetValueOrDefault("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return (new GuardScope { Cwd = cwd, Home = home, Secrets = secrets, Locked = locked, AuditSideVerbs = AuditSideVerbs }, null);
    }

    private static GuardedPath AuditDirectory(string path) => new(path, "the audit directory", Polish);
}
