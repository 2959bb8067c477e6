using System.Text.Json.Nodes;
using Pact.Engine.Specs;
using Pact.Readiness;
using Pact.Specs;
using Pact.State;

namespace Pact.Engine.Projects;

/// <summary><c>pact init</c>: scaffolds a project (task, SOPs, pact.yaml with a readiness profile, build_spec.yaml, .gitignore, AGENTS.md, the sandboxing .claude/settings.json), optionally from a build spec.</summary>
public sealed class InitService(ProjectStore store)
{
    public const string Command = AuditActions.Init;

    /// <summary>Scaffolds <paramref name="directory"/>, from <paramref name="spec"/> (a file the CLI read, or an MCP argument) when given.</summary>
    public async Task<CommandResult<InitReport>> InitAsync(string directory, ParsedDocument? spec, TestLanguage? language, CancellationToken cancellationToken)
    {
        if (spec is null || File.Exists(new ProjectLayout(directory).Root))
        {
            return await ScaffoldAsync(directory, null, language, cancellationToken);
        }

        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, spec, PactJson.Context.BuildSpec);
        return read.Ok
            ? await ScaffoldAsync(directory, read.Value, language, cancellationToken)
            : CommandResults.Fail<InitReport>(Command, Outcome.Invalid, read.Diagnostics);
    }

    private async Task<CommandResult<InitReport>> ScaffoldAsync(string directory, BuildSpec? spec, TestLanguage? language, CancellationToken cancellationToken)
    {
        var layout = new ProjectLayout(directory);
        if (File.Exists(layout.Root))
        {
            return CommandResults.Fail<InitReport>(Command, Outcome.Invalid, ProjectStore.NotADirectory(layout.Root));
        }

        if (File.Exists(layout.PactYaml))
        {
            return CommandResults.Fail<InitReport>(Command, Outcome.Invalid, new Diagnostic
            {
                Rule = "project.already_initialized",
                File = layout.Relative(layout.PactYaml),
                Message = "this directory is already a Pact project",
                Fix = $"change it with `pact spec apply {layout.Root} <spec>`, or choose a new directory",
            });
        }

        var named = language?.Id ?? SpecLanguage(spec) ?? TestLanguage.Python.Id;
        if (store.Languages.Find(named) is not { } chosen)
        {
            return CommandResults.Fail<InitReport>(Command, Outcome.Invalid, store.Languages.Unknown(named, "language", null)!);
        }

        var starter = new JsonObject { ["language"] = chosen.Id.Id };
        var (config, errors) = SpecService.MergeConfig(starter, new ReadinessProfile(), (spec ?? new BuildSpec()) with { Readiness = spec?.Readiness ?? new SpecReadiness() }, store.Languages);
        if (errors.Count > 0)
        {
            return CommandResults.Fail<InitReport>(Command, Outcome.Invalid, errors);
        }

        // A --language flag wins over the spec's config.language.
        config["language"] = starter["language"]!.DeepClone();

        var writes = new List<StagedWrite>();
        var conflicts = new List<Diagnostic>();
        Scaffold(layout.TaskMd, spec?.Task, Templates.Task, writes, conflicts, layout);
        Scaffold(layout.SopsMd, spec?.Sops, Templates.Sops(chosen), writes, conflicts, layout);
        var settingsPath = ClaudeSettings.PathIn(layout.Root);
        var known = config["audit_dir"]?.GetValueKind() == JsonValueKind.String && config["audit_dir"]!.GetValue<string>() is { Length: > 0 } audit ? Path.GetFullPath(audit, layout.Root) : null;
        var (settings, unreadable) = ClaudeSettings.Merge(File.Exists(settingsPath) ? await File.ReadAllTextAsync(settingsPath, cancellationToken) : null, known);
        if (unreadable is not null)
        {
            conflicts.Add(unreadable);
        }
        else
        {
            writes.Add(StagedWrite.Text(settingsPath, settings!));
        }

        if (conflicts.Count > 0)
        {
            return CommandResults.Fail<InitReport>(Command, Outcome.Invalid, conflicts);
        }

        writes.Add(ProjectStore.Yaml(layout.PactYaml, config));
        if (spec is not null || !File.Exists(layout.BuildSpecYaml))
        {
            writes.Add(ProjectStore.Yaml(layout.BuildSpecYaml, StarterSpec(spec, chosen)));
        }

        writes.Add(StagedWrite.Text(layout.GitIgnore, GitIgnore(layout)));
        writes.Add(StagedWrite.Text(layout.AgentsMd, AgentsMd(layout)));
        writes.Add(ProjectStore.Json(layout.StateJson, new RunState
        {
            Id = RandomNumberGenerator.GetHexString(12, lowercase: true),
            ProjectDir = layout.Root,
            CreatedAt = store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        }, PactJson.Context.RunState));

        foreach (var folder in new[] { layout.DecompositionDir, layout.ContractsDir, layout.SrcDir, layout.TestsDir })
        {
            Directory.CreateDirectory(folder);
        }

        var written = await store.CommitAsync(layout, AuditActions.Init, $"initialized a {chosen.Id} project", writes, cancellationToken);
        return written is null
            ? CommandResults.Fail<InitReport>(Command, Outcome.Busy, store.Busy(layout))
            : CommandResults.Ok(Command, new InitReport { ProjectDir = layout.Root, Language = chosen.Id, Created = written });
    }

    /// <summary>Writes a file the spec supplies or the template, but never overwrites different content a person already wrote.</summary>
    private static void Scaffold(string path, string? fromSpec, string template, List<StagedWrite> writes, List<Diagnostic> conflicts, ProjectLayout layout)
    {
        if (!File.Exists(path))
        {
            writes.Add(StagedWrite.Text(path, fromSpec ?? template));
        }
        else if (fromSpec is not null && File.ReadAllText(path) != fromSpec)
        {
            conflicts.Add(new Diagnostic
            {
                Rule = "init.would_overwrite",
                File = layout.Relative(path),
                Message = "the file exists and the spec would replace its content",
                Fix = $"move the file away, or run `pact init` without --spec and then `pact spec apply`",
            });
        }
    }

    private static string? SpecLanguage(BuildSpec? spec) =>
        spec is not null && spec.Config.TryGetValue("language", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonNode StarterSpec(BuildSpec? spec, ILanguage language)
    {
        var node = JsonSerializer.SerializeToNode(spec ?? new BuildSpec { Task = Templates.Task, Sops = Templates.Sops(language) }, PactJson.Context.BuildSpec)!.AsObject();
        if (spec is null)
        {
            // Starter readiness in the short form, the one people and agents edit.
            node["readiness"] = new JsonObject(ResolvedReadiness.Of(new ReadinessProfile()).Dimensions.Select(d =>
                KeyValuePair.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Dimension.ToString()), (JsonNode?)JsonValue.Create(d.Level.ToString().ToLowerInvariant()))));
            node["config"] = new JsonObject { ["language"] = language.Id.Id };
        }

        return node;
    }

    private static string GitIgnore(ProjectLayout layout) =>
        WithSection(layout.GitIgnore, Templates.GitIgnore, text => text.Split('\n').Any(l => l.Trim() is ".pact/" or ".pact" or "/.pact/" or "/.pact"));

    private static string AgentsMd(ProjectLayout layout) =>
        WithSection(layout.AgentsMd, Templates.Agents, text => text.Contains(Templates.AgentsMarker, StringComparison.Ordinal));

    /// <summary>A file a person wrote keeps its text; Pact's section is added once, at the end, unless it is there already.</summary>
    private static string WithSection(string path, string section, Func<string, bool> hasSection)
    {
        if (!File.Exists(path))
        {
            return section;
        }

        var existing = File.ReadAllText(path);
        return hasSection(existing) ? existing : existing.TrimEnd('\n') + "\n\n" + section;
    }
}
