using Pact.Engine.Gates;
using Pact.Import;
using Pact.Gates;

namespace Pact.Engine.Import;

/// <summary>
/// <c>pact import</c>: another tool's Markdown specs (GitHub Spec Kit, OpenSpec, Kiro) made into Pact's plan:
/// task.md (the requirements under their own ids, the user stories), sops.md (the stack and conventions), the
/// interview with the source's open questions (not approved: the user answers them) and a draft tree from the plan's
/// structure. The interview and tree go through <c>pact interview</c>'s and <c>pact decompose</c>'s own gates in a
/// scratch copy of the project first, so a refusal leaves the project as it was; then all four files are written in
/// one commit.
/// </summary>
public sealed class ImportService(ProjectStore store, SubmitService submit)
{
    public const string Command = "import";

    /// <param name="directory">The project (made by <c>pact init</c>, with no tree or contracts yet).</param>
    /// <param name="from">The source's format: spec-kit, openspec or kiro.</param>
    /// <param name="path">The source folder, relative to the project or absolute: the feature folder, or the repository holding it.</param>
    /// <param name="dryRun">Read and run the gates in the scratch copy only; write nothing.</param>
    /// <param name="cancellationToken">Stops the reads and the gates.</param>
    public async Task<CommandResult<ImportReport>> ImportAsync(string directory, string from, string path, bool dryRun, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ImportReport>(Command, outcome, diagnostics);
        }
        var layout = project.Layout;
        if (ImportSource.Normalize(from) is not { } format)
        {
            return Fail(Outcome.Invalid, new Diagnostic
            {
                Rule = "import.format",
                File = path,
                Pointer = "/from",
                Message = $"'{from}' is not a format pact import reads; it reads {string.Join(", ", ImportSource.Formats)}",
                Fix = $"pass --from {string.Join(", --from ", ImportSource.Formats)}",
            });
        }
        if (NotEmpty(layout) is { } occupied)
        {
            return Fail(Outcome.Invalid, new Diagnostic
            {
                Rule = "import.not_empty",
                File = layout.Relative(occupied),
                Message = $"the project already has {layout.Relative(occupied)}: an import drafts the whole plan, so it only runs on a project with no tree or contracts yet",
                Fix = $"import into a fresh project (`pact init <new dir>`, then `pact import <new dir> --from {format} {path}`)",
            });
        }
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, layout.Root));
        if (!Directory.Exists(root))
        {
            return Fail(Outcome.NotFound, new Diagnostic
            {
                Rule = "import.source.missing",
                File = path,
                Pointer = "/path",
                Message = $"{path} is not a directory (paths are relative to the project {layout.Root}, or absolute)",
                Fix = $"give the {format} feature folder, or the repository holding it",
            });
        }

        var (spec, read, problem) = await ImportSource.ReadAsync(format, root, path, cancellationToken);
        if (spec is null)
        {
            return Fail(Outcome.Invalid, problem!);
        }
        var task = TaskDraft.Render(spec, path);
        var existingSops = File.Exists(layout.SopsMd) ? await File.ReadAllTextAsync(layout.SopsMd, cancellationToken) : "";
        var sops = SopsDraft.Render(spec, existingSops);
        var interview = InterviewDraft.From(spec);
        var tree = TreeDraft.From(spec);

        // The gates judge the drafts in a scratch copy of the project first: a refusal there leaves this project untouched,
        // and what they accepted there is exactly what is written here.
        byte[] interviewBytes, treeBytes;
        var warnings = new List<Diagnostic>();
        var scratch = Directory.CreateTempSubdirectory("pact-import-");
        try
        {
            ScratchProject.CopyPlanning(layout, scratch.FullName);
            await File.WriteAllTextAsync(Path.Combine(scratch.FullName, "task.md"), task, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(scratch.FullName, "sops.md"), sops, cancellationToken);
            var interviewed = await submit.InterviewAsync(scratch.FullName, DocumentParser.Parse(JsonSerializer.Serialize(interview, PactJson.Context.InterviewResult), ArtifactPaths.Interview), null, cancellationToken);
            if (!interviewed.Ok)
            {
                return CommandResults.Fail<ImportReport>(Command, interviewed.Outcome, interviewed.Diagnostics);
            }
            var decomposed = await submit.DecomposeAsync(scratch.FullName, DocumentParser.Parse(JsonSerializer.Serialize(tree, PactJson.Context.DecompositionTree), ArtifactPaths.Tree), cancellationToken);
            if (!decomposed.Ok)
            {
                return CommandResults.Fail<ImportReport>(Command, decomposed.Outcome, decomposed.Diagnostics);
            }
            warnings.AddRange(interviewed.Diagnostics);
            warnings.AddRange(decomposed.Diagnostics);
            interviewBytes = await File.ReadAllBytesAsync(Path.Combine(scratch.FullName, ArtifactPaths.Interview), cancellationToken);
            treeBytes = await File.ReadAllBytesAsync(Path.Combine(scratch.FullName, ArtifactPaths.Tree), cancellationToken);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        var report = new ImportReport
        {
            Format = format,
            Source = root,
            Read = read,
            Title = spec.Title,
            Requirements = [.. spec.Requirements.Select(r => r.Id)],
            Questions = interview.Questions,
            RootId = tree.RootId,
            Components = [.. tree.Leaves().Select(n => n.ComponentId)],
            DryRun = dryRun,
        };
        if (dryRun)
        {
            return CommandResults.Ok(Command, report with { Next = $"pact import {directory} --from {format} {path}" }, warnings);
        }

        IReadOnlyList<StagedWrite> writes =
        [
            StagedWrite.Text(layout.TaskMd, task),
            StagedWrite.Text(layout.SopsMd, sops),
            new StagedWrite(layout.InterviewJson, interviewBytes),
            new StagedWrite(layout.TreeJson, treeBytes),
        ];
        var written = await store.CommitAsync(layout, AuditActions.Import, $"{format} from {path}: {spec.Requirements.Count} requirements, {interview.Questions.Count} open questions, {tree.Nodes.Count} components", writes, cancellationToken);
        if (written is null)
        {
            return Fail(Outcome.Busy, store.Busy(layout));
        }
        return CommandResults.Ok(Command, report with
        {
            Written = written,
            Next = interview.Questions.Count > 0
                ? $"answer the {interview.Questions.Count} open questions of {ArtifactPaths.Interview} with the user and resubmit it approved (`pact interview {directory} --file ...`), then review the draft tree and write the contracts"
                : "review the draft tree (decomposition/tree.json), approve the interview, then write the contracts (`pact contract`)",
        }, warnings);
    }

    /// <summary>The first of the tree and the contracts that exists: an import drafts the plan, so it never replaces one.</summary>
    private static string? NotEmpty(ProjectLayout layout)
    {
        if (File.Exists(layout.TreeJson))
        {
            return layout.TreeJson;
        }
        return Directory.Exists(layout.ContractsDir) ? Directory.EnumerateFileSystemEntries(layout.ContractsDir).FirstOrDefault(e => Path.GetFileName(e) != ".gitkeep") : null;
    }

    private static CommandResult<ImportReport> Fail(Outcome outcome, Diagnostic diagnostic) => CommandResults.Fail<ImportReport>(Command, outcome, diagnostic);
}
