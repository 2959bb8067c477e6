using Pact.Configuration;
using Pact.Diagnostics;
using Pact.Engine.Judge.Isolation;
using Pact.Engine.Projects;
using Pact.Engine.Toolchain;
using Pact.Judge;
using Pact.Projects;

namespace Pact.Engine.Judge;

/// <summary>
/// <c>pact doctor [dir]</c>: runs the isolation probe (a real sandbox, as before every batch of suites) and locates
/// each runtime of each registered language. With a project, its pact.yaml decides whether isolation is required; a project that requires it on
/// a machine that cannot give it is an error here, before any suite is refused.
/// </summary>
public sealed class DoctorService(ProjectStore store, SandboxIsolation isolation, Toolchain.Toolchain toolchain, Languages.LanguageRegistry languages)
{
    public const string Command = "doctor";

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
        // Each language's runtimes once, in the registry's order, then the sandbox.
        var tools = languages.All.SelectMany(l => l.Tools(config)).DistinctBy(t => t.Name).Append(new ToolchainEntry("bwrap", toolchain.Bwrap, Toolchain.Toolchain.BwrapVariable));
        var report = new DoctorReport
        {
            Isolation = choice.Report,
            Tools = [.. tools.Select(t => new ToolStatus { Name = t.Name, Variable = t.Variable, Path = t.Command is null ? null : RuntimePath.Locate(t.Command) is { } p && File.Exists(p) ? p : null })],
            Languages = languages.Describe(config),
        };
        if (!choice.Report.CanRun)
        {
            return new CommandResult<DoctorReport>
            {
                Command = Command,
                Outcome = Outcome.Invalid,
                Data = report,
                Diagnostics = [new Diagnostic { Rule = "judge.isolation_unavailable", Message = "this project requires isolation (`isolation: required`, the default on Linux) and none works here: every suite would be refused", Fix = "install bubblewrap (apt-get install bubblewrap), or set `isolation: preferred` in pact.yaml to run unconfined" }],
            };
        }

        return CommandResults.Ok(Command, report);
    }
}
