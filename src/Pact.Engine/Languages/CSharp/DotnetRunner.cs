namespace Pact.Engine.Languages.CSharp;

/// <summary>
/// C#: a Pact-generated xunit v3 test project (<see cref="CSharpTestProject"/>) compiles the locked test file against
/// the implementations, built into their own assembly, and <c>dotnet test</c> writes a TRX report. Empty Pact-owned Directory.Build.* files and a nuget.config
/// with no sources (packages come from the local cache) keep anything outside the sandbox out of the build.
/// </summary>
public sealed class DotnetRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{

    public IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot) =>
        [new RunnerTool("dotnet", toolchain.Dotnet, Toolchain.Toolchain.DotnetVariable), new RunnerTool("nuget-packages", PackageCache(), "NUGET_PACKAGES") { IsDirectory = true }];

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        var project = await CSharpTestProject.WriteAsync(request, cancellationToken);

        var environment = RunnerEnvironment.Base(sandbox);
        // The real path: MSBuild starts `dotnet` again by name, and must find the same SDK through PATH.
        var dotnet = Toolchain.RuntimePath.Real(request.Tool("dotnet", toolchain.Dotnet));
        if (Path.GetDirectoryName(dotnet) is { Length: > 0 } dotnetDir)
        {
            environment["PATH"] = dotnetDir + ":" + environment["PATH"];
        }

        var inside = sandbox.Inside;
        environment["DOTNET_CLI_HOME"] = inside.Home;
        // Read-only in a confined run: restore finds every package there (the project has no sources) and writes
        // only its own obj/.
        environment["NUGET_PACKAGES"] = request.Tool("nuget-packages", PackageCache());
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = dotnet,
            Arguments =
            [
                "test", Path.Combine(inside.TestDir(request.ComponentId), "PactTests.csproj"), "--logger", "trx;LogFileName=report.trx", "--results-directory", inside.ReportDir,
                "--disable-build-servers", "-p:UseSharedCompilation=false", "-nodeReuse:false", "--nologo",
            ],
            WorkingDirectory = inside.Root,
            Environment = environment,
            Timeout = request.Timeout,
            Confinement = request.Confinement,
        }, cancellationToken);
        return new RunnerOutcome(outcome, sandbox.Report("report.trx"), ReportFormat.Trx);
    }

    private static string PackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
