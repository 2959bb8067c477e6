using Pact.Configuration;
using Pact.Suites;

namespace Pact.Engine.Judge.Runners;

/// <summary>
/// C#: a Pact-generated xunit v3 test project compiles the locked test file together with the implementations'
/// .cs files, and <c>dotnet test</c> writes a TRX report. Empty Pact-owned Directory.Build.* files and a nuget.config
/// with no sources (packages come from the local cache) keep anything outside the sandbox out of the build.
/// </summary>
public sealed class DotnetRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{
    // The versions this repository's own tests use (Directory.Packages.props), so the local package cache has them.
    private const string XunitVersion = "4.0.2";
    private const string XunitRunnerVersion = "4.0.1";
    private const string TestSdkVersion = "18.11.0";

    public TestLanguage Language => TestLanguage.Csharp;

    public IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot) =>
        [new RunnerTool("dotnet", toolchain.Dotnet, Toolchain.Toolchain.DotnetVariable), new RunnerTool("nuget-packages", PackageCache(), "NUGET_PACKAGES") { IsDirectory = true }];

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "Directory.Build.props"), "<Project />\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "Directory.Build.targets"), "<Project />\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "Directory.Packages.props"), "<Project />\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "nuget.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n", cancellationToken);
        var project = Path.Combine(sandbox.TestDir(request.ComponentId), "PactTests.csproj");
        var sources = string.Join("\n", request.Components.Select(c => $"    <Compile Include=\"../../src/{c}/**/*.cs\" />"));
        await File.WriteAllTextAsync(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <OutputType>Exe</OutputType>
                <IsPackable>false</IsPackable>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <RunSettingsFilePath></RunSettingsFilePath>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{SuiteFiles.CodeFileName(TestLanguage.Csharp)}" />
            {sources}
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="xunit.v3.mtp-off" Version="{XunitVersion}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{XunitRunnerVersion}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{TestSdkVersion}" />
              </ItemGroup>
            </Project>

            """, cancellationToken);

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
