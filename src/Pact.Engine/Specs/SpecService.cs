using System.Text.Json;
using System.Text.Json.Nodes;
using Pact.Diagnostics;
using Pact.Documents;
using Pact.Engine.Languages;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Projects;
using Pact.Readiness;
using Pact.Schemas;
using Pact.Serialization;
using Pact.Specs;

namespace Pact.Engine.Specs;

/// <summary><c>pact spec show</c> and <c>pact spec apply</c>: read a build spec, resolve it, and write it into a project.</summary>
public sealed class SpecService(ProjectStore store)
{
    public const string ShowCommand = "spec show";
    public const string ApplyCommand = "spec apply";

    public async Task<CommandResult<NormalizedSpec>> ShowAsync(string file, CancellationToken cancellationToken)
    {
        var (spec, outcome, diagnostics) = await ReadAsync(file, cancellationToken);
        return spec is null
            ? CommandResults.Fail<NormalizedSpec>(ShowCommand, outcome, diagnostics)
            : CommandResults.Ok(ShowCommand, Normalize(spec, new ReadinessProfile()));
    }

    public async Task<CommandResult<SpecApplyReport>> ApplyAsync(string directory, string file, CancellationToken cancellationToken)
    {
        var (spec, outcome, diagnostics) = await ReadAsync(file, cancellationToken);
        return spec is null
            ? CommandResults.Fail<SpecApplyReport>(ApplyCommand, outcome, diagnostics)
            : await ApplyAsync(directory, spec, Path.GetFullPath(file), cancellationToken);
    }

    /// <summary>Applies a spec given as text (an MCP tool argument); <paramref name="name"/> names it in messages.</summary>
    public async Task<CommandResult<SpecApplyReport>> ApplyTextAsync(string directory, string text, string name, CancellationToken cancellationToken)
    {
        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, text, name, PactJson.Context.BuildSpec);
        return read.Ok
            ? await ApplyAsync(directory, read.Value!, null, cancellationToken)
            : CommandResults.Fail<SpecApplyReport>(ApplyCommand, Outcome.Invalid, read.Diagnostics);
    }

    /// <summary>Validates a spec given as text and prints it normalized.</summary>
    public static CommandResult<NormalizedSpec> ShowText(string text, string name)
    {
        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, text, name, PactJson.Context.BuildSpec);
        return read.Ok
            ? CommandResults.Ok(ShowCommand, Normalize(read.Value!, new ReadinessProfile()))
            : CommandResults.Fail<NormalizedSpec>(ShowCommand, Outcome.Invalid, read.Diagnostics);
    }

    private async Task<CommandResult<SpecApplyReport>> ApplyAsync(string directory, BuildSpec spec, string? file, CancellationToken cancellationToken)
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
        if (file != layout.BuildSpecYaml)
        {
            writes.Add(ProjectStore.Yaml(layout.BuildSpecYaml, JsonSerializer.SerializeToNode(spec, PactJson.Context.BuildSpec)!));
        }

        var written = await store.CommitAsync(layout, "spec_apply", $"applied build spec {(file is null ? "(inline)" : Path.GetFileName(file))}", writes, cancellationToken);
        if (written is null)
        {
            return CommandResults.Fail<SpecApplyReport>(ApplyCommand, Outcome.Busy, store.Busy(layout));
        }

        var profile = spec.Readiness?.ApplyTo(project.Config.Readiness ?? new ReadinessProfile()) ?? project.Config.Readiness ?? new ReadinessProfile();
        return CommandResults.Ok(ApplyCommand, new SpecApplyReport { ProjectDir = layout.Root, Written = written, Spec = Normalize(spec, profile) });
    }

    /// <summary>Reads a build spec file (JSON or YAML) through its schema.</summary>
    public static async Task<(BuildSpec? Spec, Outcome Outcome, IReadOnlyList<Diagnostic> Diagnostics)> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (Directory.Exists(file))
        {
            return (null, Outcome.Invalid, [new Diagnostic { Rule = "input.is_directory", File = file, Message = "a build spec file was expected, but this is a directory", Fix = "pass the spec file itself, e.g. build_spec.yaml" }]);
        }

        if (!File.Exists(file))
        {
            return (null, Outcome.NotFound, [new Diagnostic { Rule = "input.not_found", File = file, Message = "the build spec file does not exist", Fix = "check the path; `pact init` writes a starter build_spec.yaml" }]);
        }

        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, await File.ReadAllTextAsync(file, cancellationToken), file, PactJson.Context.BuildSpec);
        return read.Ok ? (read.Value, Outcome.Ok, []) : (null, Outcome.Invalid, read.Diagnostics);
    }

    /// <summary>pact.yaml after the spec: its config keys set, its readiness applied over the current profile; checked against the pact.yaml schema and its language against <paramref name="languages"/>.</summary>
    public static (JsonObject Config, IReadOnlyList<Diagnostic> Errors) MergeConfig(JsonObject current, ReadinessProfile profile, BuildSpec spec, LanguageRegistry languages)
    {
        var merged = current.DeepClone().AsObject();
        foreach (var (key, value) in spec.Config)
        {
            merged[key] = JsonNode.Parse(value.GetRawText());
        }

        if (spec.Readiness is not null)
        {
            merged.Remove("readiness");
            merged["readiness"] = JsonSerializer.SerializeToNode(spec.Readiness.ApplyTo(profile), PactJson.Context.ReadinessProfile);
        }

        var check = ArtifactReader.Read(ArtifactKind.Config, new ParsedDocument { File = "pact.yaml", Format = DocumentFormat.Yaml, Root = merged }, PactJson.Context.PactConfig);
        if (!check.Ok)
        {
            return (merged, check.Diagnostics);
        }

        return (merged, languages.Unknown(check.Value!.Language.Id, "language", "pact.yaml") is { } unknown ? [unknown with { Pointer = "/language" }] : []);
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
