using System.Text.Json.Serialization.Metadata;
using Pact.Gates;
using Pact.Gates.Decomposition;
using Pact.Gates.Interview;
using Pact.Gates.Project;
using Pact.Gates.Shaping;
using Pact.Interview;

namespace Pact.Engine.Gates;

/// <summary>
/// Submitting artifacts an agent wrote: <c>pact decompose</c> (the tree), <c>pact contract</c> (one interface),
/// <c>pact interview</c> and <c>pact shape</c> (the pitch). Each document (a file the CLI read, or an MCP argument)
/// goes through its schema and then its gates; only a submission without errors is stored, so a refused one changes
/// nothing. Warnings come back with the result.
/// </summary>
public sealed class SubmitService(ProjectStore store, ProjectReader reader)
{
    // Each submission is logged under its command's name.
    public const string DecomposeCommand = AuditActions.Decompose;
    public const string ContractCommand = AuditActions.Contract;
    public const string InterviewCommand = AuditActions.Interview;
    public const string ShapeCommand = AuditActions.Shape;

    public Task<CommandResult<SubmitReport>> DecomposeAsync(string directory, ParsedDocument document, CancellationToken cancellationToken) =>
        DecomposeAsync(directory, document, afterInterview: true, cancellationToken);

    /// <summary>
    /// The decomposition; <paramref name="afterInterview"/> false only for <c>pact adopt</c>, whose tree is read from
    /// code that already exists, with no interview to cut it to.
    /// </summary>
    internal async Task<CommandResult<SubmitReport>> DecomposeAsync(string directory, ParsedDocument document, bool afterInterview, CancellationToken cancellationToken)
    {
        var (project, tree, failure) = await OpenAndReadAsync(DecomposeCommand, directory, document, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }
        var layout = project!.Layout;
        var task = File.Exists(layout.TaskMd) ? await File.ReadAllTextAsync(layout.TaskMd, cancellationToken) : "";
        IReadOnlyList<Diagnostic> found =
        [
            .. SubmissionOrder.Decompose(!afterInterview || File.Exists(layout.InterviewJson), layout.Root, document.File),
            .. PitchFirstRule.Check(project.Config.Shaping, File.Exists(layout.PitchJson), layout.Root, document.File),
            .. BuildModeRule.Check(tree!, project.Config.BuildMode, document.File),
            .. DecompositionGates.Check(tree!, task),
        ];
        return await StoreAsync(DecomposeCommand, layout, found, [ProjectStore.Json(layout.TreeJson, tree!, PactJson.Context.DecompositionTree)],
            $"decomposition with {tree!.Nodes.Count} components", null, null, cancellationToken);
    }

    public async Task<CommandResult<SubmitReport>> ContractAsync(string directory, string componentId, ParsedDocument document, CancellationToken cancellationToken)
    {
        // The id names the directory the contract goes to: refused before anything is read, not after.
        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<SubmitReport>(ContractCommand, Outcome.Invalid, badId);
        }
        var (project, contract, failure) = await OpenAndReadAsync(ContractCommand, directory, document, ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }
        var layout = project!.Layout;
        var path = ArtifactPaths.Contract(componentId);
        if (contract!.ComponentId != componentId)
        {
            return CommandResults.Fail<SubmitReport>(ContractCommand, Outcome.Invalid, new Diagnostic
            {
                Rule = "contract.component_id.mismatch",
                File = document.File,
                Pointer = "/component_id",
                Message = $"this is the contract of '{contract.ComponentId}', not of '{componentId}'",
                Fix = $"submit it as the contract of '{contract.ComponentId}', or correct component_id",
            });
        }
        var read = await reader.ReadAsync(project, checkSyntax: false, cancellationToken);
        if (read.Artifacts.Tree is not { } tree || !tree.Nodes.ContainsKey(componentId))
        {
            return CommandResults.Fail<SubmitReport>(ContractCommand, Outcome.Invalid, new Diagnostic
            {
                Rule = "contract.component.unknown",
                File = ArtifactPaths.Tree,
                Pointer = "/nodes",
                Message = read.Artifacts.Tree is null ? "the project has no valid decomposition yet" : $"'{componentId}' is not a component of the decomposition",
                Fix = read.Artifacts.Tree is null ? "submit the tree first with `pact decompose`" : "submit contracts for the components in decomposition/tree.json (see `pact components`)",
            });
        }
        contract = WithVersion(contract, read.Artifacts.Contracts.GetValueOrDefault(componentId));
        var contracts = new Dictionary<string, ComponentContract>(read.Artifacts.Contracts, StringComparer.Ordinal) { [componentId] = contract };
        // The project's gates with this contract in place, narrowed to what they say about this contract.
        // Loops and shared authority are reported on the contract that closes the loop or claims second: this one.
        var found = ProjectGates.Check(read.Artifacts with { Contracts = contracts })
            .Where(d => d.File == path && d.Rule is not DependencyGraphRule.Cycle and not AuthorityOverlapRule.Id).ToList();
        found.AddRange(AuthorityOverlapRule.Check(read.Artifacts.Contracts.Where(p => p.Key != componentId).OrderBy(p => p.Key, StringComparer.Ordinal).Append(KeyValuePair.Create(componentId, contract))));
        if (DependencyGraphRule.CycleThrough(componentId, contracts) is { } cycle)
        {
            found.Add(cycle);
        }
        // The stub in the project's language goes with the contract, so the implementer starts from it.
        var stub = Handoff.StubService.Of(layout, contract, project.Language);
        var stubWrite = StagedWrite.Text(Path.Combine(layout.Root, stub.File), stub.Text);
        return await StoreAsync(ContractCommand, layout, found, [.. store.Contract(layout, contract), stubWrite], $"contract {componentId} v{contract.Version}", componentId, contract.Version, cancellationToken);
    }

    /// <summary>
    /// <paramref name="answer"/>, when given, may answer the interview's open questions (the MCP server asks the user)
    /// after the schema and before the gates, so only a well-formed interview is put to anyone.
    /// </summary>
    public async Task<CommandResult<SubmitReport>> InterviewAsync(string directory, ParsedDocument document, Func<InterviewResult, CancellationToken, Task<InterviewResult>>? answer, CancellationToken cancellationToken)
    {
        var (project, interview, failure) = await OpenAndReadAsync(InterviewCommand, directory, document, ArtifactKind.Interview, PactJson.Context.InterviewResult, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }
        if (answer is not null)
        {
            interview = await answer(interview!, cancellationToken);
        }
        var layout = project!.Layout;
        return await StoreAsync(InterviewCommand, layout, InterviewGates.Check(interview!), [ProjectStore.Json(layout.InterviewJson, interview!, PactJson.Context.InterviewResult)],
            $"interview with {interview!.Questions.Count} questions", null, null, cancellationToken);
    }

    public async Task<CommandResult<SubmitReport>> ShapeAsync(string directory, ParsedDocument document, CancellationToken cancellationToken)
    {
        var (project, pitch, failure) = await OpenAndReadAsync(ShapeCommand, directory, document, ArtifactKind.Pitch, PactJson.Context.ShapingPitch, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }
        var layout = project!.Layout;
        return await StoreAsync(ShapeCommand, layout, PitchGates.Check(pitch!), [ProjectStore.Json(layout.PitchJson, pitch!, PactJson.Context.ShapingPitch)],
            $"shaping pitch ({pitch!.Status.ToString().ToLowerInvariant()})", null, null, cancellationToken);
    }

    /// <summary>
    /// A changed contract gets a new version: at least one more than the stored one, so history keeps every revision.
    /// Resubmitting identical content keeps the version.
    /// </summary>
    private static ComponentContract WithVersion(ComponentContract submitted, ComponentContract? stored)
    {
        if (stored is null)
        {
            return submitted;
        }
        var same = JsonSerializer.Serialize(submitted with { Version = stored.Version }, PactJson.Context.ComponentContract)
            == JsonSerializer.Serialize(stored, PactJson.Context.ComponentContract);
        return same ? stored : submitted with { Version = Math.Max(submitted.Version, stored.Version + 1) };
    }

    private async Task<CommandResult<SubmitReport>> StoreAsync(string command, ProjectLayout layout, IReadOnlyList<Diagnostic> found, IReadOnlyList<StagedWrite> writes, string detail, string? componentId, int? version, CancellationToken cancellationToken)
    {
        if (found.Any(d => d.Severity == Severity.Error))
        {
            return CommandResults.Fail<SubmitReport>(command, Outcome.Invalid, found);
        }
        var written = await store.CommitAsync(layout, command, $"submitted {detail}", writes, cancellationToken, componentId);
        if (written is null)
        {
            return CommandResults.Fail<SubmitReport>(command, Outcome.Busy, store.Busy(layout));
        }
        var artifact = command switch { DecomposeCommand => "decomposition", ShapeCommand => "pitch", _ => command };
        return CommandResults.Ok(command, new SubmitReport { ProjectDir = layout.Root, Artifact = artifact, ComponentId = componentId, Version = version, Written = written }, found);
    }

    private async Task<(Project? Project, T? Value, CommandResult<SubmitReport>? Failure)> OpenAndReadAsync<T>(string command, string directory, ParsedDocument document, ArtifactKind kind, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return (null, null, CommandResults.Fail<SubmitReport>(command, outcome, diagnostics));
        }
        var read = ArtifactReader.Read(kind, document, type);
        return read.Ok ? (project, read.Value, null) : (null, null, CommandResults.Fail<SubmitReport>(command, Outcome.Invalid, read.Diagnostics));
    }
}
