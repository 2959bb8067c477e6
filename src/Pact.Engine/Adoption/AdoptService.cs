using Pact.Adoption;
using Pact.Decomposition;
using Pact.Engine.Gates;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Suites;

namespace Pact.Engine.Adoption;

/// <summary>
/// <c>pact adopt</c>: brings an existing Python package or TypeScript tree under contracts without a model. It reads
/// the source with the language's own parser (<see cref="IAdoptionLanguage"/>), proposes a decomposition from the
/// import graph (<see cref="AdoptionPlanner"/>), copies each component's modules into <c>src/&lt;component&gt;/</c>
/// with the imports between them pointed at their new names (the original is never touched), drafts each contract from the public interface
/// (<see cref="DraftContracts"/>), and runs a smoke suite per component in the judge's sandbox against the copy.
/// The tree and contracts go through <c>pact decompose</c> and <c>pact contract</c>'s own gates: first in a scratch
/// copy of the project, so a refusal leaves the project as it was, then for real. Adoption is done when every smoke
/// suite passes; the host agent then tightens the contracts and the normal pipeline (tests, hidden tests, certify) applies.
/// </summary>
public sealed class AdoptService(ProjectStore store, SubmitService submit, SuiteExecutor executor, SuiteVault vault, Toolchain.ToolchainProbe probe, Judge.Isolation.SandboxIsolation isolation, Assessment.AssessService assess, IEnumerable<IAdoptionLanguage> languages)
{
    public const string Command = "adopt";

    /// <summary>The assessment's errors and warnings the task lists: enough to steer, not a report.</summary>
    private const int MaxTaskFindings = 15;

    /// <summary>Pact's own folders and files in a project: never a source to adopt.</summary>
    private static readonly IReadOnlySet<string> PactFolders = new HashSet<string>(StringComparer.Ordinal) { "src", "tests", "contracts", "decomposition", "certification", ".pact", "production", "learnings" };

    /// <param name="directory">The project (made by <c>pact init</c>, Python or TypeScript, with no tree, contracts or code yet).</param>
    /// <param name="source">The source folder, relative to the project or absolute; null for the project's one top-level candidate.</param>
    /// <param name="exclude">Globs (<c>*</c>, <c>?</c>) of source-relative paths not to adopt, e.g. platform-only modules.</param>
    /// <param name="dryRun">Propose and run the gates in the scratch copy only; write nothing.</param>
    /// <param name="cancellationToken">Stops the reader and the smoke runs.</param>
    public async Task<CommandResult<AdoptReport>> AdoptAsync(string directory, string? source, IReadOnlyList<string> exclude, bool dryRun, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<AdoptReport>(Command, outcome, diagnostics);
        }
        var layout = project.Layout;
        var language = languages.FirstOrDefault(l => l.Id == project.Config.Language);
        if (language is null)
        {
            var known = string.Join(" or ", languages.Select(l => l.Id.Id));
            return Fail(Outcome.Invalid, new Diagnostic
            {
                Rule = "adopt.language",
                File = "pact.yaml",
                Pointer = "/language",
                Message = $"pact adopt reads {known} code so far; this project is {project.Config.Language}",
                Fix = $"adopt into a project made with `pact init <dir> --language {languages.First().Id}`",
            });
        }
        if (NotPristine(layout) is { } occupied)
        {
            return Fail(Outcome.Invalid, new Diagnostic
            {
                Rule = "adopt.not_empty",
                File = layout.Relative(occupied),
                Message = $"the project already has {layout.Relative(occupied)}: adopt proposes the whole plan, so it only runs on a project with no tree, contracts or code yet",
                Fix = $"adopt into a fresh project (`pact init <new dir> --language {language.Id}`, then `pact adopt <new dir> --source <folder>`)",
            });
        }
        var (root, badSource) = SourceRoot(layout, source, language);
        if (root is null)
        {
            return Fail(badSource!.Rule == "adopt.source.missing" ? Outcome.NotFound : Outcome.Invalid, badSource);
        }

        // The smoke suites run last, after the writes: what would stop them (no pytest, no sandbox) refuses before anything is written.
        if (await RunnerProblemAsync(project, language, cancellationToken) is { } cannotRun)
        {
            return Fail(Outcome.Invalid, cannotRun);
        }

        var (discovered, skipped) = language.Discover(root);
        bool Excluded(string file) => exclude.Any(glob => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(glob, file, ignoreCase: false));
        var files = discovered.Where(f => !Excluded(f)).ToList();
        var leftOut = discovered.Where(Excluded).Select(f => $"{f}: --exclude").Concat(skipped).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return Fail(Outcome.Invalid, new Diagnostic { Rule = "adopt.source.empty", File = root, Message = $"{root} holds no {language.Id} module to adopt", Fix = $"give the folder of the {language.Source} to adopt with --source" });
        }
        var package = language.Package(root);
        // The assessment of the source as it is (hubs, cycles, shallow modules, gaps): reported, and carried into the task.
        var assessed = (await assess.AssessAsync(root, [], language.Id.Id, null, cancellationToken)).Data;
        var (modules, reserved, failure) = await language.ReadAsync(project.Config, root, package, files, cancellationToken);
        if (modules is null)
        {
            return Fail(Outcome.Invalid, failure!);
        }
        var unreadable = modules.Where(m => m.Error is not null).Select(m => new Diagnostic
        {
            Rule = "adopt.parse",
            File = Path.Combine(root, m.Path),
            Message = $"{m.Path} {m.Error}: adoption takes the code as it is, so every module must parse",
            Fix = "fix the module, or move it out of the source folder, and adopt again",
        }).ToList();
        if (unreadable.Count > 0)
        {
            return CommandResults.Fail<AdoptReport>(Command, Outcome.Invalid, unreadable);
        }

        var plan = AdoptionPlanner.Plan(AdoptionPlanner.IdFrom(package ?? Path.GetFileName(layout.Root)) + "_system", package, modules, reserved);
        var byDotted = modules.ToDictionary(m => m.Dotted, StringComparer.Ordinal);
        var contracts = plan.Components.Select(c => DraftContracts.For(c, byDotted, language.MapType)).ToList();
        var tree = Tree(plan, package ?? Path.GetFileName(root), language.Source, contracts);
        var (texts, rewriteFailure) = await language.RewriteAsync(project.Config, root, package, modules, plan, cancellationToken);
        if (texts is null)
        {
            return Fail(Outcome.Invalid, rewriteFailure!);
        }

        // A task still the template is replaced by one that says what was adopted: the tree's coverage gate reads it.
        var task = File.Exists(layout.TaskMd) && (await File.ReadAllTextAsync(layout.TaskMd, cancellationToken)).Trim() != Templates.Task.Trim()
            ? null
            : Task($"{language.Source} {package ?? Path.GetFileName(root)}", byDotted.GetValueOrDefault(package ?? "")?.Doc ?? "", plan, contracts, byDotted, assessed);

        // The gates judge the drafts in a scratch copy of the project first: a refusal there leaves this project untouched.
        var scratch = Directory.CreateTempSubdirectory("pact-adopt-");
        try
        {
            ScratchProject.CopyPlanning(layout, scratch.FullName);
            if (task is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(scratch.FullName, "task.md"), task, cancellationToken);
            }
            if (await SubmitAllAsync(scratch.FullName, tree, contracts, cancellationToken) is { } refused)
            {
                return CommandResults.Fail<AdoptReport>(Command, refused.Outcome, refused.Diagnostics);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        var suites = plan.Components.Select(c => language.Smoke(c, byDotted, plan)).ToList();
        var components = plan.Components.Select((c, i) => new AdoptedComponentReport
        {
            ComponentId = c.Id,
            Modules = [.. c.Modules.Select(m => byDotted[m].Path)],
            Dependencies = c.Dependencies,
            Functions = contracts[i].Functions.Count,
            Types = contracts[i].Types.Count,
        }).ToList();
        var report = new AdoptReport { Source = root, Language = language.Id.Id, RootId = tree.RootId, Components = components, LeftOut = leftOut, Assessment = assessed?.Summary ?? "", Findings = assessed?.Findings ?? [], DryRun = dryRun };
        if (dryRun)
        {
            return CommandResults.Ok(Command, report with { Next = $"pact adopt {directory} --source {root}" });
        }

        var writes = new List<StagedWrite>();
        foreach (var (component, i) in plan.Components.Select((c, i) => (c, i)))
        {
            foreach (var (file, text) in language.Sources(component, contracts[i], byDotted, plan, texts))
            {
                writes.Add(StagedWrite.Text(Path.Combine(layout.ComponentSrcDir(component.Id), file), text));
            }
            writes.Add(StagedWrite.Text(Path.Combine(layout.TestsDir, "smoke", language.SmokeFile(component.Id)), suites[i].GeneratedCode));
        }
        if (task is not null)
        {
            writes.Add(StagedWrite.Text(layout.TaskMd, task));
        }
        var written = await store.CommitAsync(layout, AuditActions.Adopt, $"{plan.Components.Count} components from {root}", writes, cancellationToken);
        if (written is null)
        {
            return Fail(Outcome.Busy, store.Busy(layout));
        }
        if (await SubmitAllAsync(layout.Root, tree, contracts, cancellationToken) is { } late)
        {
            // The scratch copy accepted the same documents: only a project changed in between gets here.
            return CommandResults.Fail<AdoptReport>(Command, late.Outcome, late.Diagnostics);
        }

        var runs = await SmokeAsync(project, plan, suites, cancellationToken);
        components = [.. components.Select((c, i) => c with { Smoke = runs[i].Status.ToString().ToLowerInvariant(), SmokePassed = runs[i].Passed, SmokeTotal = runs[i].Total })];
        var done = runs.All(r => r.Status == SuiteStatus.Passed);
        report = report with
        {
            Components = components,
            Written = [.. written, layout.Relative(layout.TreeJson), .. plan.Components.Select(c => layout.Relative(layout.ContractJson(c.Id)))],
            Done = done,
            Next = done
                ? $"tighten each draft contract (types, validators, error cases; MCP prompt tighten_adopted), then `pact tests {directory} <component> --file suite.json`"
                : "fix what the failed smoke runs name (tests/smoke/), then run `pact adopt` again on a fresh project",
        };
        if (!done)
        {
            var failed = runs.Where(r => r.Status != SuiteStatus.Passed).Select(r => new Diagnostic
            {
                Rule = "adopt.smoke_failed",
                File = $"tests/smoke/{language.SmokeFile(r.ComponentId)}",
                Message = $"{r.ComponentId}: the smoke suite {r.Status.ToString().ToLowerInvariant()} against the adopted code ({r.Passed}/{r.Total} passed){(r.Message.Length > 0 ? ": " + r.Message : "")}",
                Fix = "the copied module cannot be imported as it is in Pact's layout; see the failures, fix the original, and adopt again",
            }).ToList();
            return new CommandResult<AdoptReport> { Command = Command, Outcome = Outcome.Invalid, Data = report, Diagnostics = failed };
        }
        return CommandResults.Ok(Command, report);
    }

    private async Task<Diagnostic?> RunnerProblemAsync(Project project, IAdoptionLanguage language, CancellationToken cancellationToken)
    {
        foreach (var entry in store.Languages.Get(language.Id).Tools(project.Config))
        {
            if ((await probe.ProbeAsync(entry, cancellationToken)).Problem is { } missing)
            {
                return new Diagnostic { Rule = DoctorService.MissingRule, Message = $"{missing}: the smoke suites could not run, so nothing was adopted", Fix = entry.Install };
            }
        }
        var choice = await isolation.ProbeAsync(project.Config.IsolationInForce, cancellationToken);
        return choice.Report.CanRun ? null : new Diagnostic
        {
            Rule = "judge.isolation_unavailable",
            Message = "this project requires isolation for every run (pact.yaml `isolation: required`) and no sandbox works here, so the smoke suites could not run and nothing was adopted",
            Fix = "install bubblewrap (`pact doctor` says what works), or set `isolation: preferred`",
        };
    }

    private async Task<IReadOnlyList<SuiteRun>> SmokeAsync(Project project, AdoptionPlan plan, IReadOnlyList<ContractTestSuite> suites, CancellationToken cancellationToken)
    {
        var judge = new JudgeLayout(project.Layout, project.Config);
        var reads = vault.ForOneCall();
        var at = store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        foreach (var suite in suites)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(suite, PactJson.Context.ContractTestSuite);
            var entry = new SuiteLock { ComponentId = suite.ComponentId, Kind = SuiteKind.Visible, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), LockedAt = at };
            reads.Provide(judge, suite.ComponentId, SuiteKind.Visible, new LockedSuite(suite, entry, bytes));
        }
        return await executor.RunAsync(project, judge, [.. plan.Components.Select(c => (c.Id, SuiteKind.Visible))], null, reads, RunOptions.None, cancellationToken);
    }

    private async Task<CommandResult<SubmitReport>?> SubmitAllAsync(string directory, DecompositionTree tree, IReadOnlyList<ComponentContract> contracts, CancellationToken cancellationToken)
    {
        var decomposed = await submit.DecomposeAsync(directory, Document(JsonSerializer.Serialize(tree, PactJson.Context.DecompositionTree), "decomposition/tree.json"), afterInterview: false, cancellationToken);
        if (!decomposed.Ok)
        {
            return decomposed;
        }
        foreach (var contract in contracts)
        {
            var submitted = await submit.ContractAsync(directory, contract.ComponentId, Document(JsonSerializer.Serialize(contract, PactJson.Context.ComponentContract), $"contracts/{contract.ComponentId}/interface.json"), cancellationToken);
            if (!submitted.Ok)
            {
                return submitted;
            }
        }
        return null;
    }

    private static ParsedDocument Document(string json, string file) => DocumentParser.Parse(json, file);

    /// <summary>The task of an adoption: the package, its components as proposed, and what done means from here.</summary>
    private static string Task(string source, string doc, AdoptionPlan plan, IReadOnlyList<ComponentContract> contracts, IReadOnlyDictionary<string, AdoptedModule> modules, Pact.Assessment.AssessmentReport? assessed)
    {
        var text = new StringBuilder($"# Task\n\nThe existing {source}, under contracts with its behaviour unchanged.");
        text.Append(doc.Length > 0 ? $" {doc}\n" : "\n");
        text.Append("\n## Components (proposed by pact adopt)\n\n");
        foreach (var (component, contract) in plan.Components.Zip(contracts))
        {
            var names = string.Join(", ", contract.Functions.Select(f => f.Name));
            text.Append($"- {component.Id} ({string.Join(", ", component.Modules.Select(m => modules[m].Path))}): {names}. {contract.Description}\n");
        }
        var findings = assessed?.Findings.Where(f => f.Severity != Severity.Info).ToList() ?? [];
        if (findings.Count > 0)
        {
            text.Append($"\n## What pact assess found\n\n{assessed!.Summary}\n\n");
            foreach (var finding in findings.Take(MaxTaskFindings))
            {
                // The category and the module only: the descriptions' words ("modules import it") would read as verbs the task asks for.
                text.Append($"- {finding.Category} ({finding.Severity.ToString().ToLowerInvariant()}) in {finding.ModulePath}\n");
            }
            text.Append(findings.Count > MaxTaskFindings ? $"- … and {findings.Count - MaxTaskFindings} more (`pact assess {assessed.RootPath}`)\n" : "");
        }
        text.Append("\n## Done means\n\n");
        text.Append("- Each draft contract states what its code does: types instead of Any, validators, error cases, conditions.\n");
        text.Append("- Each component's visible and hidden suites pass against the adopted code in src/, and the project is certified.\n");
        return text.ToString();
    }

    /// <summary>The root (a system node over the components) and one leaf per component; a single component is the root itself.</summary>
    private static DecompositionTree Tree(AdoptionPlan plan, string name, string source, IReadOnlyList<ComponentContract> contracts)
    {
        var leaves = plan.Components.Select((c, i) => new DecompositionNode
        {
            ComponentId = c.Id,
            Name = contracts[i].Name,
            Description = contracts[i].Description,
            Depth = plan.Components.Count == 1 ? 0 : 1,
            ParentId = plan.Components.Count == 1 ? "" : plan.RootId,
        }).ToList();
        if (leaves.Count == 1)
        {
            return new DecompositionTree { RootId = leaves[0].ComponentId, Nodes = new Dictionary<string, DecompositionNode>(StringComparer.Ordinal) { [leaves[0].ComponentId] = leaves[0] } };
        }
        var nodes = leaves.ToDictionary(l => l.ComponentId, StringComparer.Ordinal);
        nodes[plan.RootId] = new DecompositionNode
        {
            ComponentId = plan.RootId,
            Name = name,
            Description = $"The existing {source} {name}, adopted as {leaves.Count} components: {string.Join(", ", leaves.Select(l => l.ComponentId))}.",
            Children = [.. leaves.Select(l => l.ComponentId)],
        };
        return new DecompositionTree { RootId = plan.RootId, Nodes = nodes };
    }

    private static string? NotPristine(ProjectLayout layout)
    {
        if (File.Exists(layout.TreeJson))
        {
            return layout.TreeJson;
        }
        foreach (var folder in new[] { layout.ContractsDir, layout.SrcDir })
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).FirstOrDefault(e => Path.GetFileName(e) != ".gitkeep") is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>The source folder: --source (relative to the project), else the project's one top-level candidate.</summary>
    private static (string? Root, Diagnostic? Problem) SourceRoot(ProjectLayout layout, string? source, IAdoptionLanguage language)
    {
        if (source is null)
        {
            var packages = Directory.EnumerateDirectories(layout.Root)
                .Where(d => !PactFolders.Contains(Path.GetFileName(d)) && !Path.GetFileName(d).StartsWith('.') && language.MayBeSource(d))
                .Order(StringComparer.Ordinal).ToList();
            if (packages.Count != 1)
            {
                return (null, new Diagnostic
                {
                    Rule = "adopt.source.ambiguous",
                    Pointer = "/source",
                    Message = packages.Count == 0 ? $"the project holds no {language.Source} to adopt" : $"the project holds {packages.Count} folders that could be the {language.Source} ({string.Join(", ", packages.Select(Path.GetFileName))})",
                    Fix = "name the folder to adopt with --source DIR",
                });
            }
            return (packages[0], null);
        }
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(source, layout.Root));
        if (!Directory.Exists(root))
        {
            return (null, new Diagnostic { Rule = "adopt.source.missing", Pointer = "/source", File = source, Message = $"{source} is not a directory", Fix = "give the folder of the package to adopt" });
        }
        var inside = layout.Contains(root) ? layout.Relative(root).Split('/')[0] : null;
        if (root == layout.Root || (inside is not null && PactFolders.Contains(inside)))
        {
            return (null, new Diagnostic
            {
                Rule = "adopt.source.pact_folder",
                Pointer = "/source",
                File = source,
                Message = $"{source} is {(root == layout.Root ? "the project itself" : $"Pact's own {inside}/")}: adopt copies the package into src/, so the source must be a folder of its own",
                Fix = "give the package folder (e.g. --source mypackage, or a path outside the project)",
            });
        }
        return (root, null);
    }

    private static CommandResult<AdoptReport> Fail(Outcome outcome, Diagnostic diagnostic) => CommandResults.Fail<AdoptReport>(Command, outcome, diagnostic);
}
