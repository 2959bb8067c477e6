using System.Text.Json.Nodes;
using Pact.Readiness;
using Pact.Specs;

namespace Pact.Engine.Specs;

/// <summary><c>pact spec show</c> and <c>pact spec apply</c>: read a build spec, resolve it, and write it into a project.</summary>
public sealed class SpecService(ProjectStore store)
{
    public const string ShowCommand = "spec show";
    public const string ApplyCommand = "spec apply";

    /// <summary>Validates a spec and gives it normalized, every readiness level resolved to its controls.</summary>
    public static CommandResult<NormalizedSpec> Show(ParsedDocument document)
    {
        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, document, PactJson.Context.BuildSpec);
        return read.Ok
            ? CommandResults.Ok(ShowCommand, Normalize(read.Value!, new ReadinessProfile()))
            : CommandResults.Fail<NormalizedSpec>(ShowCommand, Outcome.Invalid, read.Diagnostics);
    }

    /// <summary>Applies a spec (a file the CLI read, or an MCP argument) to the project.</summary>
    public async Task<CommandResult<SpecApplyReport>> ApplyAsync(string directory, ParsedDocument document, CancellationToken cancellationToken)
    {
        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, document, PactJson.Context.BuildSpec);
        return read.Ok
            ? await ApplyAsync(directory, read.Value!, document.File, cancellationToken)
            : CommandResults.Fail<SpecApplyReport>(ApplyCommand, Outcome.Invalid, read.Diagnostics);
    }

    private async Task<CommandResult<SpecApplyReport>> ApplyAsync(string directory, BuildSpec spec, string origin, CancellationToken cancellationToken)
    {
        var (project, projectOutcome, projectDiagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<SpecApplyReport>(ApplyCommand, projectOutcome, projectDiagnostics);
        }

        var (config, configErrors) = MergeConfig(project.ConfigDocument, project.Config.Readiness ?? new ReadinessProfile(), spec, store.Languages);
        if (configErrors.Count > 0)
        {
            return CommandResults.Fail<SpecApplyReport>(ApplyCommand, Outcome.Invalid, configErrors);
        }

        var layout = project.Layout;
        var writes = new List<StagedWrite> { ProjectStore.Yaml(layout.PactYaml, config) };
        if (spec.Task is not null)
        {
            writes.Add(StagedWrite.Text(layout.TaskMd, spec.Task));
        }

        if (spec.Sops is not null)
        {
            writes.Add(StagedWrite.Text(layout.SopsMd, spec.Sops));
        }

        // The project keeps the spec it was built from, unless the spec applied is that very file.
        if (Path.GetFullPath(origin) != layout.BuildSpecYaml)
        {
            writes.Add(ProjectStore.Yaml(layout.BuildSpecYaml, JsonSerializer.SerializeToNode(spec, PactJson.Context.BuildSpec)!));
        }

        var written = await store.CommitAsync(layout, AuditActions.SpecApply, $"applied build spec {Path.GetFileName(origin)}", writes, cancellationToken);
        if (written is null)
        {
            return CommandResults.Fail<SpecApplyReport>(ApplyCommand, Outcome.Busy, store.Busy(layout));
        }

        var profile = spec.Readiness?.ApplyTo(project.Config.Readiness ?? new ReadinessProfile()) ?? project.Config.Readiness ?? new ReadinessProfile();
        return CommandResults.Ok(ApplyCommand, new SpecApplyReport { ProjectDir = layout.Root, Written = written, Spec = Normalize(spec, profile) });
    }

    /// <summary>pact.yaml after the spec: its config keys set, its readiness applied over the current profile; checked against the pact.yaml schema and its language against <paramref name="languages"/>.</summary>
    public static (JsonObject Config, IReadOnlyList<Diagnostic> Errors) MergeConfig(JsonObject current, ReadinessProfile profile, BuildSpec spec, LanguageRegistry languages)
    {
        var (merged, config, errors) = ConfigMerge.Apply(current, profile, spec);
        if (config is null)
        {
            return (merged, errors);
        }

        return (merged, languages.Unknown(config.Language.Id, "language", "pact.yaml") is { } unknown ? [unknown with { Pointer = "/language" }] : []);
    }

    public static NormalizedSpec Normalize(BuildSpec spec, ReadinessProfile baseProfile) => new()
    {
        Version = spec.Version,
        Task = spec.Task,
        Sops = spec.Sops,
        Readiness = ResolvedReadiness.Of(spec.Readiness?.ApplyTo(baseProfile) ?? baseProfile),
        Config = spec.Config,
    };
}
