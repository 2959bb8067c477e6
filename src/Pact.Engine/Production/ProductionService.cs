using Pact.Production;
using Pact.Readiness;

namespace Pact.Engine.Production;

/// <summary>
/// <c>pact production init|fingerprint|status|validate</c>: the opt-in production-readiness pack. Pact observes the
/// pack (user-edited YAML under <c>production_artifact_dir</c>) against its own evidence; it writes the pack only
/// when scaffolding it and when storing a new fingerprint.
/// </summary>
public sealed class ProductionService(ProjectStore store, DerivedEvidenceReader evidence)
{
    public const string InitCommand = "production init";
    public const string FingerprintCommand = "production fingerprint";
    public const string StatusCommand = "production status";
    public const string ValidateCommand = "production validate";

    /// <summary>External evidence older than this many days is stale unless the manifest says otherwise.</summary>
    public const int DefaultMaxValidationAgeDays = 30;

    public async Task<CommandResult<ProductionInitReport>> InitAsync(string directory, bool force, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ProductionInitReport>(InitCommand, outcome, diagnostics);
        }

        var layout = project.Layout;
        if (PackDir(project) is not { } packDir)
        {
            return CommandResults.Fail<ProductionInitReport>(InitCommand, Outcome.Invalid, OutsideProject(project));
        }

        var existing = ProductionFiles.All.Select(f => Path.Combine(packDir, f.Name)).Where(File.Exists).ToList();
        if (existing.Count > 0 && !force)
        {
            return CommandResults.Fail<ProductionInitReport>(InitCommand, Outcome.Invalid, new Diagnostic
            {
                Rule = "production.exists",
                File = layout.Relative(existing[0]),
                Message = $"the production pack already exists ({existing.Count} of its files are there); init never overwrites a pack",
                Fix = "edit the pack, or pass --force to scaffold it again (every pack file is rewritten; reports/ is kept)",
            });
        }

        var profile = project.Config.Readiness ?? new ReadinessProfile();
        var (fingerprint, _) = SourceFingerprint.Compute(layout, packDir);
        var manifest = new ProductionManifest
        {
            Version = "1",
            Readiness = profile,
            SourceFingerprint = fingerprint,
            FingerprintedAt = store.Time.GetUtcNow(),
            MaxValidationAgeDays = DefaultMaxValidationAgeDays,
        };
        var writes = new List<StagedWrite>
        {
            StagedWrite.Text(Path.Combine(packDir, ProductionFiles.Manifest),
                "# The readiness profile (a copy of pact.yaml's), the fingerprint the evidence was gathered against, and how\n"
                + "# old external evidence may be. Refresh the fingerprint with `pact production fingerprint --write`.\n"
                + YamlWriter.Write(JsonSerializer.SerializeToNode(manifest, PactJson.Context.ProductionManifest))),
            StagedWrite.Text(Path.Combine(packDir, ProductionFiles.ControlMatrix),
                "# Every control the readiness profile demands. derived: only Pact's own evidence satisfies it; external: an\n"
                + "# evidence record in done_gate.yaml. Any control may instead be recorded in na_register.yaml.\n"
                + YamlWriter.Write(JsonSerializer.SerializeToNode(SeedMatrix(profile), PactJson.Context.ControlMatrix))),
        };
        writes.AddRange(ProductionTemplates.Files.Select(f => StagedWrite.Text(Path.Combine(packDir, f.Key), f.Value + "\n")));

        var written = await store.CommitAsync(layout, AuditActions.ProductionInit, $"production pack in {layout.Relative(packDir)}", writes, cancellationToken);
        return written is null
            ? CommandResults.Fail<ProductionInitReport>(InitCommand, Outcome.Busy, store.Busy(layout))
            : CommandResults.Ok(InitCommand, new ProductionInitReport { PackDir = packDir, Fingerprint = fingerprint, Written = written });
    }

    /// <summary>The control matrix for <paramref name="profile"/>: one row per resolved control, as the gate will judge it.</summary>
    public static ControlMatrix SeedMatrix(ReadinessProfile profile) => new()
    {
        Version = "1",
        Controls = [.. ProductionGate.Controls(profile).Select(c => new ControlMatrixEntry
        {
            Id = c.Control.Id,
            Dimension = c.Dimension,
            Level = c.Level,
            Title = c.Control.Title,
            Kind = c.Level is null ? GateItemKind.External : ControlEvidenceMap.KindOf(c.Control.Id),
            Evidence = c.Level is null ? [] : ControlEvidenceMap.Of(c.Control.Id),
        })],
    };

    public async Task<CommandResult<FingerprintReport>> FingerprintAsync(string directory, bool write, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<FingerprintReport>(FingerprintCommand, outcome, diagnostics);
        }

        if (PackDir(project) is not { } packDir)
        {
            return CommandResults.Fail<FingerprintReport>(FingerprintCommand, Outcome.Invalid, OutsideProject(project));
        }

        var layout = project.Layout;
        var (fingerprint, files) = SourceFingerprint.Compute(layout, packDir);
        var report = new FingerprintReport { ProjectDir = layout.Root, Fingerprint = fingerprint, Files = files };
        if (!write)
        {
            return CommandResults.Ok(FingerprintCommand, report);
        }

        var path = Path.Combine(packDir, ProductionFiles.Manifest);
        if (!File.Exists(path))
        {
            return CommandResults.Fail<FingerprintReport>(FingerprintCommand, Outcome.NotFound, new Diagnostic
            {
                Rule = "production.missing", File = layout.Relative(path), Message = "there is no production manifest to write the fingerprint into", Fix = "run `pact production init` first",
            });
        }

        var document = DocumentParser.Parse(await File.ReadAllTextAsync(path, cancellationToken), layout.Relative(path));
        var read = ArtifactReader.Read(ArtifactKind.ProductionManifest, document, PactJson.Context.ProductionManifest);
        if (!read.Ok)
        {
            return CommandResults.Fail<FingerprintReport>(FingerprintCommand, Outcome.Invalid, read.Diagnostics);
        }

        // Only the two fields change; the rest of the manifest is the person's, kept as parsed.
        var root = document.Root!.AsObject();
        root["source_fingerprint"] = fingerprint;
        root["fingerprinted_at"] = store.Time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        var written = await store.CommitAsync(layout, AuditActions.ProductionFingerprint, fingerprint, [ProjectStore.Yaml(path, root)], cancellationToken);
        return written is null
            ? CommandResults.Fail<FingerprintReport>(FingerprintCommand, Outcome.Busy, store.Busy(layout))
            : CommandResults.Ok(FingerprintCommand, report with { Written = true });
    }

    /// <summary>The gate, reported without blocking: exit 0 whatever it finds, each blocking item a warning.</summary>
    public async Task<CommandResult<ProductionReport>> StatusAsync(string directory, CancellationToken cancellationToken)
    {
        var (report, failure) = await EvaluateAsync(StatusCommand, directory, cancellationToken);
        return failure ?? CommandResults.Ok(StatusCommand, report!, [.. report!.Items.Where(i => i.Blocks).Select(i => ProductionGate.ToDiagnostic(i, Severity.Warning))]);
    }

    /// <summary>The gate, blocking: invalid (exit 1) until every item is satisfied or justified not applicable.</summary>
    public async Task<CommandResult<ProductionReport>> ValidateAsync(string directory, CancellationToken cancellationToken)
    {
        var (report, failure) = await EvaluateAsync(ValidateCommand, directory, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return report!.Ready
            ? CommandResults.Ok(ValidateCommand, report)
            : new CommandResult<ProductionReport>
            {
                Command = ValidateCommand,
                Outcome = Outcome.Invalid,
                Data = report,
                Diagnostics = [.. report.Items.Where(i => i.Blocks).Select(i => ProductionGate.ToDiagnostic(i, Severity.Error))],
            };
    }

    private async Task<(ProductionReport? Report, CommandResult<ProductionReport>? Failure)> EvaluateAsync(string command, string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return (null, CommandResults.Fail<ProductionReport>(command, outcome, diagnostics));
        }

        if (PackDir(project) is not { } packDir)
        {
            return (null, CommandResults.Fail<ProductionReport>(command, Outcome.Invalid, OutsideProject(project)));
        }

        var layout = project.Layout;
        var files = new List<PackFileRead>();
        ProductionManifest? manifest = null;
        ControlMatrix? matrix = null;
        DoneGate? doneGate = null;
        NaRegister? naRegister = null;
        foreach (var (name, kind) in ProductionFiles.All)
        {
            var path = Path.Combine(packDir, name);
            var relative = layout.Relative(path);
            if (!File.Exists(path))
            {
                files.Add(new PackFileRead { Name = name, File = relative, Exists = false });
                continue;
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var document = DocumentParser.Parse(text, relative);
            IReadOnlyList<Diagnostic> errors = kind switch
            {
                null => [],
                ArtifactKind.ProductionManifest => Keep(ArtifactReader.Read(kind.Value, document, PactJson.Context.ProductionManifest), ref manifest),
                ArtifactKind.ControlMatrix => Keep(ArtifactReader.Read(kind.Value, document, PactJson.Context.ControlMatrix), ref matrix),
                ArtifactKind.DoneGate => Keep(ArtifactReader.Read(kind.Value, document, PactJson.Context.DoneGate), ref doneGate),
                ArtifactKind.NaRegister => Keep(ArtifactReader.Read(kind.Value, document, PactJson.Context.NaRegister), ref naRegister),
                _ => !document.Ok ? document.Diagnostics : document.Root is null ? [Empty(relative)] : SchemaValidator.Validate(kind.Value, document),
            };
            files.Add(new PackFileRead { Name = name, File = relative, Exists = true, Errors = errors, PlaceholderLine = PlaceholderRule.FirstLine(text) });
        }

        var evidenceFiles = new List<EvidenceFileRead>();
        foreach (var record in doneGate?.Evidence ?? [])
        {
            evidenceFiles.Add(await ReadEvidenceAsync(packDir, record.File, cancellationToken));
        }

        var (allowlist, allowlistErrors) = await ReadAllowlistAsync(layout, packDir, cancellationToken);
        var checks = StaticChecks.Run(layout, packDir, allowlist, allowlistErrors);
        var derived = await evidence.ReadAsync(project, checks, cancellationToken);
        var (fingerprint, _) = SourceFingerprint.Compute(layout, packDir);
        var items = ProductionGate.Evaluate(new ProductionGateInput
        {
            Profile = project.Config.Readiness ?? new ReadinessProfile(),
            PackDir = layout.Relative(packDir),
            Files = files,
            Manifest = manifest,
            Matrix = matrix,
            DoneGate = doneGate,
            NaRegister = naRegister,
            EvidenceFiles = evidenceFiles,
            Derived = derived,
            CurrentFingerprint = fingerprint,
            Now = store.Time.GetUtcNow(),
        });
        return (new ProductionReport
        {
            ProjectDir = layout.Root,
            PackDir = layout.Relative(packDir),
            Fingerprint = fingerprint,
            ManifestFingerprint = manifest?.SourceFingerprint,
            Ready = !items.Any(i => i.Blocks),
            Items = items,
            StaticChecks = checks,
        }, null);
    }

    private static IReadOnlyList<Diagnostic> Keep<T>(Checked<T> read, ref T? value)
        where T : class
    {
        value = read.Value;
        return read.Diagnostics;
    }

    /// <summary>The evidence file's hash and placeholder line; no hash when it is missing, a link, or outside the pack.</summary>
    private static async Task<EvidenceFileRead> ReadEvidenceAsync(string packDir, string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file, packDir);
        if (!path.StartsWith(packDir + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return new EvidenceFileRead();
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new EvidenceFileRead { Sha256 = Hashing.ContentHash.OfBytes(bytes), PlaceholderLine = PlaceholderRule.FirstLine(Encoding.UTF8.GetString(bytes)) };
    }

    private static async Task<(SecretsAllowlist? Allowlist, IReadOnlyList<Diagnostic> Errors)> ReadAllowlistAsync(ProjectLayout layout, string packDir, CancellationToken cancellationToken)
    {
        var path = Path.Combine(packDir, ProductionFiles.SecretsAllowlist);
        if (!File.Exists(path))
        {
            return (null, []);
        }

        var read = ArtifactReader.Read(ArtifactKind.SecretsAllowlist, await File.ReadAllTextAsync(path, cancellationToken), layout.Relative(path), PactJson.Context.SecretsAllowlist);
        return (read.Value, read.Diagnostics);
    }

    /// <summary>The pack directory (absolute), or null when production_artifact_dir points outside the project.</summary>
    private static string? PackDir(Project project)
    {
        var dir = Path.GetFullPath(project.Config.ProductionArtifactDir, project.Layout.Root);
        return dir != project.Layout.Root && project.Layout.Contains(dir) ? dir : null;
    }

    private static Diagnostic OutsideProject(Project project) => new()
    {
        Rule = "production.dir",
        File = "pact.yaml",
        Pointer = "/production_artifact_dir",
        Message = $"production_artifact_dir '{project.Config.ProductionArtifactDir}' is not a directory inside the project",
        Fix = "use a relative directory such as production",
    };

    private static Diagnostic Empty(string file) => new() { Rule = "input.empty", File = file, Pointer = "", Message = "the document is empty", Fix = "scaffold it again with `pact production init --force`" };
}
