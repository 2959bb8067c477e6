using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Pact.Engine.Projects;

/// <summary>
/// Reads and changes projects on disk. Every change goes through <see cref="CommitAsync"/>: under the project lock,
/// all files are staged (written and synced to temporaries) before any is renamed into place, and one audit event
/// records the change. A refused or crashed change leaves every artifact as it was or wholly replaced.
/// </summary>
public sealed class ProjectStore(TimeProvider time, PactRuntime runtime, Languages.LanguageRegistry languages)
{
    public TimeProvider Time => time;

    /// <summary>The languages a project may name in pact.yaml.</summary>
    public Languages.LanguageRegistry Languages => languages;

    /// <summary>Opens an initialized project, or explains why <paramref name="directory"/> is not one.</summary>
    public async Task<(Project? Project, Outcome Outcome, IReadOnlyList<Diagnostic> Diagnostics)> OpenAsync(string directory, CancellationToken cancellationToken)
    {
        var layout = new ProjectLayout(directory);
        if (File.Exists(layout.Root))
        {
            return (null, Outcome.Invalid, [NotADirectory(layout.Root)]);
        }

        if (!Directory.Exists(layout.Root))
        {
            return (null, Outcome.NotFound, [new Diagnostic { Rule = ProjectProblems.NotFound, File = layout.Root, Message = "the project directory does not exist", Fix = $"create it with `pact init {layout.Root}`" }]);
        }

        if (SafePath.Check(layout.Root, layout.PactYaml) is { } linked)
        {
            return (null, Outcome.Invalid, [linked]);
        }

        if (!File.Exists(layout.PactYaml))
        {
            return (null, Outcome.NotFound, [new Diagnostic { Rule = ProjectProblems.NotInitialized, File = layout.Root, Message = "this directory is not a Pact project (it has no pact.yaml)", Fix = $"run `pact init {layout.Root}` first, or pass the project's own directory" }]);
        }

        var document = DocumentParser.Parse(await File.ReadAllTextAsync(layout.PactYaml, cancellationToken), "pact.yaml");
        var config = ArtifactReader.Read(ArtifactKind.Config, document, PactJson.Context.PactConfig);
        if (!config.Ok)
        {
            return (null, Outcome.Invalid, config.Diagnostics);
        }

        if (ConfigSupport.Check(document) is { Count: > 0 } unsupported)
        {
            return (null, Outcome.Invalid, unsupported);
        }

        if (ExecutableConfigCheck.Check(config.Value!, layout) is { Count: > 0 } executables)
        {
            return (null, Outcome.Invalid, executables);
        }

        if (languages.Find(config.Value!.Language) is not { } language)
        {
            return (null, Outcome.Invalid, [languages.Unknown(config.Value.Language.Id, "language", "pact.yaml")!]);
        }

        return (new Project { Layout = layout, Config = config.Value!, ConfigDocument = document.Root!.AsObject(), Language = language }, Outcome.Ok, []);
    }

    /// <summary>Reads one JSON artifact of the project through the schema. Null value and no diagnostics: the file does not exist.</summary>
    public async Task<Checked<T>?> ReadAsync<T>(ProjectLayout layout, string path, ArtifactKind kind, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (SafePath.Check(layout.Root, path) is { } unsafePath)
        {
            return Checked<T>.Failure(unsafePath);
        }

        if (!File.Exists(path))
        {
            return null;
        }

        return ArtifactReader.Read(kind, await File.ReadAllTextAsync(path, cancellationToken), layout.Relative(path), type);
    }

    /// <summary>The JSON form Pact writes artifacts in: indented, snake_case, ending with a newline.</summary>
    public static StagedWrite Json<T>(string path, T value, JsonTypeInfo<T> type) =>
        StagedWrite.Text(path, JsonSerializer.Serialize(value, type) + "\n");

    public static StagedWrite Yaml(string path, JsonNode node) => StagedWrite.Text(path, YamlWriter.Write(node));

    /// <summary>Stages a contract and its dated copy under contracts/&lt;cid&gt;/history/.</summary>
    public IReadOnlyList<StagedWrite> Contract(ProjectLayout layout, Pact.Contracts.ComponentContract contract)
    {
        var stamp = time.GetUtcNow().ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture);
        var history = Path.Combine(layout.ContractHistoryDir(contract.ComponentId), $"{stamp}_v{contract.Version}.json");
        return [Json(layout.ContractJson(contract.ComponentId), contract, PactJson.Context.ComponentContract), Json(history, contract, PactJson.Context.ComponentContract)];
    }

    /// <summary>
    /// Applies <paramref name="writes"/> as one change and logs it as <paramref name="action"/>. Files whose content
    /// is unchanged are not rewritten. Returns the written paths (relative), or null when the lock could not be had.
    /// <paramref name="runs"/> and <paramref name="usage"/> go into the event for the health metrics.
    /// </summary>
    public async Task<IReadOnlyList<string>?> CommitAsync(ProjectLayout layout, string action, string detail, IReadOnlyList<StagedWrite> writes, CancellationToken cancellationToken, string? componentId = null, IReadOnlyList<AuditRun>? runs = null, AuditUsage? usage = null) =>
        (await CommitLoggedAsync(layout, action, detail, writes, cancellationToken, componentId, runs, usage))?.Files;

    /// <summary>As <see cref="CommitAsync"/>, also saying which audit-log line recorded the change (a judged event's ledger entry names it).</summary>
    public async Task<Committed?> CommitLoggedAsync(ProjectLayout layout, string action, string detail, IReadOnlyList<StagedWrite> writes, CancellationToken cancellationToken, string? componentId = null, IReadOnlyList<AuditRun>? runs = null, AuditUsage? usage = null)
    {
        // Every path is checked before the lock file is opened (it lives in .pact/, which could be a link too), so a
        // refused change creates nothing; and again under the lock, so a link swapped in meanwhile is refused as well.
        CheckPaths(layout, writes);

        // Waiting for another process is wall-clock business, not domain time: a fake clock must not stall it.
        await using var held = await ProjectLock.AcquireAsync(layout.LockFile, runtime.LockTimeout, TimeProvider.System, cancellationToken);
        if (held is null)
        {
            return null;
        }

        CheckPaths(layout, writes);
        var changed = writes.Where(w => !SameContent(w)).ToList();
        var staged = new List<(string Temp, string Path)>(changed.Count);
        try
        {
            foreach (var write in changed)
            {
                var temp = await AtomicFile.StageAsync(write.Path, write.Content, cancellationToken, write.OwnerOnly);
                if (write.ReadOnly && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                }

                staged.Add((temp, write.Path));
            }
        }
        catch
        {
            staged.ForEach(s => AtomicFile.Discard(s.Temp));
            throw;
        }

        foreach (var (temp, path) in staged)
        {
            AtomicFile.Commit(temp, path);
        }

        var files = changed.Select(w => layout.Relative(w.Path)).ToList();
        var logged = await AuditLog.AppendAsync(layout.AuditLog, new AuditEvent
        {
            Timestamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            Action = action,
            Detail = detail,
            ComponentId = componentId,
            Actor = runtime.Actor,
            Files = files,
            Runs = runs,
            Usage = usage,
        }, cancellationToken);
        return new Committed(files, logged);
    }

    /// <summary>
    /// Holds the project lock for a read that must see one consistent project (the certify snapshot): no other Pact
    /// command commits while it is held. Null when another process kept it for the lock timeout.
    /// </summary>
    public Task<ProjectLock?> LockAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        SafePath.Ensure(layout.Root, layout.LockFile);
        return ProjectLock.AcquireAsync(layout.LockFile, runtime.LockTimeout, TimeProvider.System, cancellationToken);
    }

    /// <summary>The no-follow, stay-inside rule for every file a change touches: its writes, the lock and the audit log.</summary>
    private static void CheckPaths(ProjectLayout layout, IReadOnlyList<StagedWrite> writes)
    {
        SafePath.Ensure(layout.Root, layout.LockFile);
        SafePath.Ensure(layout.Root, layout.AuditLog);
        foreach (var write in writes)
        {
            SafePath.Ensure(write.Within ?? layout.Root, write.Path, write.Within is null ? layout.Relative : null);
        }
    }

    public static Diagnostic NotADirectory(string path) => new()
    {
        Rule = "project.not_a_directory",
        File = path,
        Message = "a file stands where the project directory should be",
        Fix = "pass the project's directory, not a file inside it; or move the file away",
    };

    /// <summary>Why <see cref="CommitAsync"/> returned null.</summary>
    public Diagnostic Busy(ProjectLayout layout) => new()
    {
        Rule = ProjectProblems.Busy,
        File = layout.Relative(layout.LockFile),
        Message = $"another Pact process kept the project locked for {runtime.LockTimeout.TotalSeconds:0} s",
        Fix = "wait for the other command (a long test run?) to finish and retry",
    };

    private static bool SameContent(StagedWrite write) =>
        File.Exists(write.Path) && File.ReadAllBytes(write.Path).AsSpan().SequenceEqual(write.Content.Span);
}
