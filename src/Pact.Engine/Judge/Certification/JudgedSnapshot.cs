using Pact.Hashing;

namespace Pact.Engine.Judge.Certification;

/// <summary>
/// Every input certify judges (pact.yaml, contracts, views, visible and hidden masters and their locks, all of src/),
/// copied once under the project lock into a private directory outside the project (0700, files 0600) and hashed
/// from the very bytes copied. Sandboxes are filled from it and the certificate's subjects are its hashes, so what is
/// signed is what was tested; after the runs <see cref="Changes"/> compares the live project (and the copy itself)
/// with it. Taking it refuses, naming each entry, links anywhere, anything in src/ that is not source
/// (<see cref="SourcePolicy"/>), and code in src/ that no suite runs: the certificate covers exactly what the
/// sandboxes held.
/// </summary>
public sealed class JudgedSnapshot : IDisposable
{
    private const string AuditPrefix = "audit:";

    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    private JudgedSnapshot(string root, JudgeLayout live, PactConfig config)
    {
        Root = root;
        Live = live;
        Config = config;
        Judge = new JudgeLayout(new ProjectLayout(Path.Combine(root, "project")), live.AuditDir is null ? null : Path.Combine(root, "audit"));
    }

    public string Root { get; }

    /// <summary>The copy, laid out like the project and its audit directory, so it gives every file the same name.</summary>
    public JudgeLayout Judge { get; }

    /// <summary>The project it was taken of, with the audit directory its copy of pact.yaml names.</summary>
    public JudgeLayout Live { get; }

    /// <summary>The configuration parsed from the copied pact.yaml: the runs use these bytes, not an earlier read.</summary>
    public PactConfig Config { get; }

    /// <summary>Every copied file with the SHA-256 of the bytes copied, sorted by name.</summary>
    public IReadOnlyList<InTotoSubject> Subjects =>
        [.. _hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => new InTotoSubject { Name = h.Key, Digest = CertificationSubjects.Digest(h.Value) })];

    /// <summary>Takes the snapshot of <paramref name="layout"/> under its lock; null and the reasons when certify must refuse.</summary>
    public static async Task<(JudgedSnapshot? Snapshot, IReadOnlyList<Diagnostic> Problems)> TakeAsync(ProjectStore store, ProjectLayout layout, CancellationToken cancellationToken)
    {
        // No Pact command commits while the copy is taken, so it is one consistent project (writers that bypass
        // Pact are caught by the comparison after the runs).
        await using var held = await store.LockAsync(layout, cancellationToken);
        if (held is null)
        {
            return (null, [store.Busy(layout)]);
        }

        var root = Path.Combine(Path.GetTempPath(), $"pact-snapshot-{Guid.NewGuid():N}");
        if (layout.Contains(root))
        {
            return (null, [new Diagnostic { Rule = "certify.snapshot_in_project", File = root, Message = "the temporary directory lies inside the project, so the snapshot would be part of what it copies and open to the implementer", Fix = "set TMPDIR to a directory outside the project" }]);
        }

        // pact.yaml first: it names the audit directory whose masters are judged, and the runs use its copied bytes.
        var yaml = JudgedFile.Read(layout.PactYaml, layout.Root);
        if (yaml is null)
        {
            return (null, [Links(["pact.yaml"])]);
        }

        var config = ArtifactReader.Read(ArtifactKind.Config, DocumentParser.Parse(Encoding.UTF8.GetString(yaml).TrimStart('\uFEFF'), "pact.yaml"), PactJson.Context.PactConfig);
        if (!config.Ok)
        {
            return (null, config.Diagnostics);
        }

        var snapshot = new JudgedSnapshot(root, new JudgeLayout(layout, config.Value!), config.Value!);
        try
        {
            PrivateDirectory(root);
            var problems = await snapshot.CopyAsync(store, yaml, cancellationToken);
            if (problems.Count == 0)
            {
                return (snapshot, []);
            }

            snapshot.Dispose();
            return (null, problems);
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What differs now from the snapshot: in the live project (<c>(changed)</c>, <c>(added)</c>, <c>(deleted)</c>;
    /// a link counts as changed) and in the copy itself, which code under test could have found and rewritten between
    /// two suites (<c>(changed in the snapshot)</c>).
    /// </summary>
    public IReadOnlyList<string> Changes()
    {
        var changes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in CertificationSubjects.Entries(Live).Where(e => !e.IsDirectory))
        {
            seen.Add(entry.Name);
            if (!_hashes.TryGetValue(entry.Name, out var expected))
            {
                changes.Add($"{entry.Name} (added)");
            }
            else if (entry.IsLink || CertificationSubjects.Sha256(entry.Path, entry.Root) != expected)
            {
                changes.Add($"{entry.Name} (changed)");
            }
        }

        changes.AddRange(_hashes.Keys.Where(n => !seen.Contains(n)).Select(n => $"{n} (deleted)"));
        changes.AddRange(_hashes.Where(h => CertificationSubjects.Sha256(CopyPath(h.Key), CertificationSubjects.RootOf(Judge, h.Key)) != h.Value).Select(h => $"{h.Key} (changed in the snapshot)"));
        return [.. changes.Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file handle of a killed runner can outlive it briefly; the OS temp cleaner gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // Code under test made something read-only; same as above.
        }
    }

    private async Task<IReadOnlyList<Diagnostic>> CopyAsync(ProjectStore store, byte[] yaml, CancellationToken cancellationToken)
    {
        var entries = CertificationSubjects.Entries(Live).Where(e => e.Name != "pact.yaml").ToList();
        var links = entries.Where(e => e.IsLink).Select(e => e.Name).ToList();
        var problems = new List<Diagnostic>();
        Write("pact.yaml", yaml);

        // The fixed files first (contracts, masters, locks, views): the tested components are read from the copies.
        foreach (var entry in entries.Where(e => !e.IsLink && !IsSource(e.Name)))
        {
            if (!Copy(entry))
            {
                links.Add(entry.Name);
            }
        }

        foreach (var directory in entries.Where(e => e.IsDirectory && e.Name.Count(c => c == '/') == 1))
        {
            PrivateDirectory(CopyPath(directory.Name));
        }

        var tested = await TestedComponentsAsync(store, cancellationToken);
        var notSource = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var untested = new SortedSet<string>(StringComparer.Ordinal);
        var sources = new List<JudgedEntry>();
        foreach (var entry in entries.Where(e => !e.IsLink && IsSource(e.Name)))
        {
            var parts = entry.Name.Split('/');
            if (!entry.IsDirectory && (parts.Length == 2 || !tested.Contains(parts[1])))
            {
                untested.Add($"src/{parts[1]}");
            }
            else if (SourcePolicy.NotSource(entry.Name, entry.IsDirectory) is { } found)
            {
                notSource[found.Name] = found.Reason;
            }
            else
            {
                sources.Add(entry);
            }
        }

        if (links.Count > 0)
        {
            problems.Add(Links(links));
        }

        if (notSource.Count > 0)
        {
            problems.Add(new Diagnostic
            {
                Rule = "certify.not_source",
                File = notSource.Keys.First(),
                Message = $"src/ holds what is not source: {string.Join(", ", notSource.Select(n => $"{n.Key} ({n.Value})"))}; it would ship with the code and could run there, but the judge does not run it, so certify refuses rather than sign around it",
                Fix = $"delete it (`rm -r {string.Join(' ', notSource.Keys)}`; caches and build output are rebuilt by their tools) or move it out of src/, then certify again",
            });
        }

        if (untested.Count > 0)
        {
            problems.Add(new Diagnostic
            {
                Rule = "certify.untested_source",
                File = untested.First(),
                Message = $"no locked visible suite runs {string.Join(", ", untested)} (neither as its component nor as a dependency a contract names); certify signs only code a sandbox held",
                Fix = "lock a suite for that component (`pact tests <dir> <cid> --file …`), name it in a tested contract's dependencies, or move it out of src/",
            });
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var entry in sources)
        {
            if (!Copy(entry))
            {
                links.Add(entry.Name);
            }
        }

        return links.Count > 0 ? [Links(links)] : [];
    }

    /// <summary>
    /// Components a certify run puts in a sandbox: each with a visible suite and, transitively, each dependency its
    /// contract names that has a contract and a src/ folder (the rule <see cref="SuiteExecutor"/> applies), read from the copy.
    /// </summary>
    private async Task<HashSet<string>> TestedComponentsAsync(ProjectStore store, CancellationToken cancellationToken)
    {
        var layout = Judge.Project;
        var tested = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(Judge.Components(SuiteKind.Visible).Concat(Judge.Components(SuiteKind.Hidden)));
        while (pending.TryDequeue(out var id))
        {
            if (!tested.Add(id))
            {
                continue;
            }

            var contract = await store.ReadAsync(layout, layout.ContractJson(id), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
            foreach (var dependency in contract?.Value?.Dependencies ?? [])
            {
                if (Directory.Exists(layout.ComponentSrcDir(dependency)) && Directory.Exists(layout.ContractDir(dependency)))
                {
                    pending.Enqueue(dependency);
                }
            }
        }

        return tested;
    }

    private static bool IsSource(string name) => name.StartsWith("src/", StringComparison.Ordinal);

    /// <summary>Copies one entry; false when it turned out to be a link (swapped in after it was listed).</summary>
    private bool Copy(JudgedEntry entry)
    {
        if (entry.IsDirectory)
        {
            PrivateDirectory(CopyPath(entry.Name));
            return true;
        }

        if (JudgedFile.Read(entry.Path, entry.Root) is not { } bytes)
        {
            return false;
        }

        Write(entry.Name, bytes);
        return true;
    }

    private void Write(string name, byte[] bytes)
    {
        var path = CopyPath(name);
        PrivateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        {
            stream.Write(bytes);
        }

        _hashes[name] = ContentHash.OfBytes(bytes);
    }

    private string CopyPath(string name) => name.StartsWith(AuditPrefix, StringComparison.Ordinal)
        ? Path.Combine(Judge.AuditDir!, name[AuditPrefix.Length..])
        : Path.Combine(Judge.Project.Root, name);

    private static void PrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static Diagnostic Links(IEnumerable<string> names) => new()
    {
        Rule = "certify.symlink",
        File = names.First(),
        Message = $"{string.Join(", ", names.Order(StringComparer.Ordinal))}: a symbolic link (or not a regular file); certify reads judged files only as themselves and never follows a link",
        Fix = "replace each link with the file it stands for, or delete it, then certify again",
    };
}
