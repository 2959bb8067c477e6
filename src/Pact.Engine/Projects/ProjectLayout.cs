namespace Pact.Engine.Projects;

/// <summary>Where each artifact of a project lives (reference layout, section A). Paths are absolute; ids are checked by the schemas before they get here.</summary>
public sealed class ProjectLayout(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The root of the project <paramref name="start"/> is in: the nearest directory at or above it holding a pact.yaml.</summary>
    public static string? Enclosing(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(new ProjectLayout(dir.FullName).PactYaml))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    public string TaskMd => Path.Combine(Root, "task.md");
    public string SopsMd => Path.Combine(Root, "sops.md");
    public string PactYaml => Path.Combine(Root, "pact.yaml");
    public string BuildSpecYaml => Path.Combine(Root, "build_spec.yaml");
    public string GitIgnore => Path.Combine(Root, ".gitignore");
    public string AgentsMd => Path.Combine(Root, "AGENTS.md");
    public string DecompositionDir => Path.Combine(Root, "decomposition");
    public string TreeJson => Path.Combine(DecompositionDir, "tree.json");
    public string DecisionsJson => Path.Combine(DecompositionDir, "decisions.json");
    public string InterviewJson => Path.Combine(DecompositionDir, "interview.json");
    public string PitchJson => Path.Combine(DecompositionDir, "pitch.json");
    public string ContractsDir => Path.Combine(Root, "contracts");
    public string SrcDir => Path.Combine(Root, "src");
    public string TestsDir => Path.Combine(Root, "tests");
    public string CertificationDir => Path.Combine(Root, "certification");
    public string PactDir => Path.Combine(Root, ".pact");
    public string StateJson => Path.Combine(PactDir, "state.json");
    public string AuditLog => Path.Combine(PactDir, "audit.jsonl");
    public string LockFile => Path.Combine(PactDir, "lock");

    /// <summary>The workers' claims on components (<c>pact claim</c>), one file each, and the lock that orders them.</summary>
    public string LeasesDir => Path.Combine(PactDir, "leases");

    /// <summary>What the daemon last said about itself (<c>pact daemon</c>, read by <c>pact monitor</c>).</summary>
    public string DaemonJson => Path.Combine(PactDir, "daemon.json");

    /// <summary>How the last <c>pact run</c> was asked to drive the project, and why it stopped (what <c>pact resume</c> reads).</summary>
    public string RunJson => Path.Combine(PactDir, "run.json");

    /// <summary>The latest diagnosis of a component that kept failing (<c>pact diagnose</c>).</summary>
    public string DiagnosisJson(string componentId) => Path.Combine(PactDir, "diagnoses", componentId + ".json");

    /// <summary>Held by the running daemon for its whole life: the OS lets go of it when the process dies, even by kill -9.</summary>
    public string DaemonLock => Path.Combine(PactDir, "daemon.lock");

    /// <summary>The daemon's output, appended by the monitor that started it.</summary>
    public string DaemonLog => Path.Combine(PactDir, "daemon.log");

    /// <summary>The plan a person approved for implementation (<c>pact approve --plan</c>).</summary>
    public string PlanApprovalJson => Path.Combine(PactDir, "approvals", "plan.json");
    public string LeaseJson(string componentId) => Path.Combine(LeasesDir, componentId + ".json");
    public string LeasesLock => Path.Combine(PactDir, "leases.lock");

    /// <summary>The project's record of its authority (audit directory, key id, project id), written by audit-init.</summary>
    public string AuthorityJson => Path.Combine(PactDir, "authority.json");

    /// <summary>Advocate and Simulacrum reviews, one directory each (review.json, simulacrum.md, adjudications.json).</summary>
    public string ReviewsDir => Path.Combine(PactDir, "reviews");
    public string ReviewDir(string reviewId) => Path.Combine(ReviewsDir, reviewId);
    public string ReviewJson(string reviewId) => Path.Combine(ReviewDir(reviewId), "review.json");
    public string SimulacrumMd(string reviewId) => Path.Combine(ReviewDir(reviewId), "simulacrum.md");
    public string ReviewAdjudicationsJson(string reviewId) => Path.Combine(ReviewDir(reviewId), "adjudications.json");

    public string ContractDir(string componentId) => Path.Combine(ContractsDir, componentId);
    public string ContractJson(string componentId) => Path.Combine(ContractDir(componentId), "interface.json");
    /// <summary>The interface stub written beside the contract, in the project's language (<c>interface.py</c>, <c>.ts</c> …).</summary>
    public string ContractStub(string componentId, string extension) => Path.Combine(ContractDir(componentId), $"interface.{extension}");
    public string ContractHistoryDir(string componentId) => Path.Combine(ContractDir(componentId), "history");
    public string SuiteJson(string componentId) => Path.Combine(TestsDir, componentId, "contract_test_suite.json");
    public string ComponentSrcDir(string componentId) => Path.Combine(SrcDir, componentId);

    /// <summary>Whether the component has an implementation: any file under its source directory.</summary>
    public bool HasCode(string componentId) =>
        Directory.Exists(ComponentSrcDir(componentId)) && Directory.EnumerateFiles(ComponentSrcDir(componentId), "*", SearchOption.AllDirectories).Any();
    public string CertificateJson => Path.Combine(CertificationDir, "certification.json");

    /// <summary>A path relative to the root, with '/' separators, for messages and audit events.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>True when <paramref name="path"/> (after resolving "..") lies inside the project.</summary>
    public bool Contains(string path)
    {
        var full = Path.GetFullPath(path, Root);
        return full == Root || full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
