using Pact.Suites;

namespace Pact.Engine.Judge.Runners;

/// <summary>
/// C#: a Pact-generated xunit v3 test project (<see cref="CSharpTestProject"/>) compiles the locked test file against
/// the implementations, built into their own assembly, and <c>dotnet test</c> writes a TRX report. Empty Pact-owned Directory.Build.* files and a nuget.config
/// with no sources (packages come from the local cache) keep anything outside the sandbox out of the build.
/// </summary>
public sealed class DotnetRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{
    public TestLanguage Language => TestLanguage.Csharp;

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        var project = await CSharpTestProject.WriteAsync(request, cancellationToken);

        var environment = RunnerEnvironment.Base(sandbox);
        var dotnet = toolchain.Dotnet;
        if (Path.GetDirectoryName(Path.GetFullPath(Resolve(dotnet))) is { } dotnetDir)
        {
            environment["PATH"] = dotnetDir + ":" + environment["PATH"];
        }

        environment["DOTNET_CLI_HOME"] = sandbox.Home;
        environment["NUGET_PACKAGES"] = PackageCache();
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = dotnet,
            Arguments =
            [
                "test", project, "--logger", "trx;LogFileName=report.trx", "--results-directory", sandbox.PactDir,
                "--disable-build-servers", "-p:UseSharedCompilation=false", "-nodeReuse:false", "--nologo",
            ],
            WorkingDirectory = sandbox.Root,
            Environment = environment,
            Timeout = request.Timeout,
        }, cancellationToken);
        return new RunnerOutcome(outcome, sandbox.Report("report.trx"), ReportFormat.Trx);
    }

    private static string PackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string Resolve(string command)
    {
        if (command.Contains('/', StringComparison.Ordinal))
        {
            return command;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, command);
            if (File.Exists(candidate))
            {
                return new FileInfo(candidate).LinkTarget is { } target ? Path.GetFullPath(target, directory) : candidate;
            }
        }

        return command;
    }
}
