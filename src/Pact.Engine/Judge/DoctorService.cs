using Pact.Engine.Judge.Isolation;

namespace Pact.Engine.Judge;

/// <summary>
/// <c>pact doctor [dir]</c>: runs the isolation probe (a real sandbox, as before every batch of suites) and locates
/// each runtime of each registered language. With a project, its pact.yaml decides whether isolation is required; a project that requires it on
/// a machine that cannot give it is an error here, before any suite is refused.
/// </summary>
public sealed class DoctorService(ProjectStore store, SandboxIsolation isolation, Toolchain.Toolchain toolchain, ToolchainProbe probe, Languages.LanguageRegistry languages)
{
    public const string Command = "doctor";

    /// <summary>A toolchain program that is missing or does not work (doctor, the syntax check, the run preflight).</summary>
    public const string MissingRule = "toolchain.missing";

    public async Task<CommandResult<DoctorReport>> CheckAsync(string? directory, CancellationToken cancellationToken)
    {
        PactConfig? config = null;
        if (directory is not null)
        {
            var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
            if (project is null)
            {
                return CommandResults.Fail<DoctorReport>(Command, outcome, diagnostics);
            }

            config = project.Config;
        }

        var choice = await isolation.ProbeAsync(config?.IsolationInForce, cancellationToken);
        // Each language's runtimes once, in the registry's order, then the sandbox; each run to print its version.
        var entries = languages.All.SelectMany(l => l.Tools(config)).DistinctBy(t => t.Name).Append(toolchain.BwrapEntry).ToList();
        var tools = new List<ToolStatus>(entries.Count);
        foreach (var entry in entries)
        {
            tools.Add(await probe.ProbeAsync(entry, cancellationToken));
        }

        var report = new DoctorReport
        {
            Isolation = choice.Report,
            Tools = tools,
            Languages = languages.Describe(config),
        };
        // A missing program is a warning, unless the project's own language needs it: then nothing of it can be judged.
        var needed = config is null ? [] : languages.Find(config.Language)?.Tools(config).Select(t => t.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var missing = tools.Where(t => t.Problem is not null).Select(t => new Diagnostic
        {
            Rule = MissingRule,
            Severity = needed.Contains(t.Name) ? Severity.Error : Severity.Warning,
            Message = needed.Contains(t.Name) ? $"{t.Problem}; this project's {config!.Language} suites need it" : t.Problem!,
            Fix = t.Install,
        }).ToList();
        if (!choice.Report.CanRun)
        {
            return new CommandResult<DoctorReport>
            {
                Command = Command,
                Outcome = Outcome.Invalid,
                Data = report,
                Diagnostics = [.. missing, new Diagnostic { Rule = "judge.isolation_unavailable", Message = "this project requires isolation (`isolation: required`, the default on Linux) and none works here: every suite would be refused", Fix = "install bubblewrap (apt-get install bubblewrap), or set `isolation: preferred` in pact.yaml to run unconfined" }],
            };
        }

        return missing.Any(d => d.Severity == Severity.Error)
            ? new CommandResult<DoctorReport> { Command = Command, Outcome = Outcome.Invalid, Data = report, Diagnostics = missing }
            : CommandResults.Ok(Command, report, missing);
    }
}
