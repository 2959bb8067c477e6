using Pact.Suites;

namespace Pact.Engine.Judge.Runners;

/// <summary>
/// JavaScript: <c>node --test</c> on the locked file with the JUnit reporter (Node 20.13+). The sandbox gets a
/// Pact-owned package.json (ES modules); the implementation's own package.json is never copied.
/// </summary>
public sealed class NodeRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{
    public TestLanguage Language => TestLanguage.Javascript;

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        await WritePackageJsonAsync(request.Sandbox, cancellationToken);
        return await RunTestsAsync(processes, toolchain, request, request.TestFile, cancellationToken);
    }

    internal static Task WritePackageJsonAsync(Sandbox sandbox, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(sandbox.Root, "package.json"), "{ \"private\": true, \"type\": \"module\" }\n", cancellationToken);

    internal static async Task<RunnerOutcome> RunTestsAsync(ProcessRunner processes, Toolchain.Toolchain toolchain, RunRequest request, string testFile, CancellationToken cancellationToken)
    {
        var report = request.Sandbox.Report("junit.xml");
        var environment = RunnerEnvironment.Base(request.Sandbox);
        environment["NODE_NO_WARNINGS"] = "1";
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = toolchain.Node,
            Arguments = ["--test", "--test-reporter=junit", $"--test-reporter-destination={report}", testFile],
            WorkingDirectory = request.Sandbox.Root,
            Environment = environment,
            Timeout = request.Timeout,
        }, cancellationToken);
        return new RunnerOutcome(outcome, report, ReportFormat.JUnit) { FileLevelName = testFile.Replace('\\', '/') };
    }
}
