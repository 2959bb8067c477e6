namespace Pact.Engine.Languages.JavaScript;

/// <summary>
/// JavaScript: <c>node --test</c> on the locked file with the JUnit reporter (Node 20.13+). The sandbox gets a
/// Pact-owned package.json (ES modules); the implementation's own package.json is never copied.
/// </summary>
public sealed class NodeRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{

    public IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot) => [NodeTool(toolchain)];

    internal static RunnerTool NodeTool(Toolchain.Toolchain toolchain) => new("node", toolchain.Node, Toolchain.Toolchain.NodeVariable);

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        await WritePackageJsonAsync(request.Sandbox, cancellationToken);
        await Judge.Typed.TypedValues.WriteNodeAsync(request, "src", cancellationToken);
        return await RunTestsAsync(processes, toolchain, request, request.TestFile, cancellationToken);
    }

    internal static Task WritePackageJsonAsync(Sandbox sandbox, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(sandbox.Root, "package.json"), "{ \"private\": true, \"type\": \"module\" }\n", cancellationToken);

    internal static async Task<RunnerOutcome> RunTestsAsync(ProcessRunner processes, Toolchain.Toolchain toolchain, RunRequest request, string testFile, CancellationToken cancellationToken)
    {
        var inside = request.Sandbox.Inside;
        var environment = RunnerEnvironment.Base(request.Sandbox);
        environment["NODE_NO_WARNINGS"] = "1";
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = request.Tool("node", toolchain.Node),
            // Pact's reporter runs in the runner process; the test file (and the implementation) in a child of it.
            Arguments =
            [
                "--import", Judge.Typed.TypedValues.NodeImport(request.Sandbox),
                "--test", "--test-reporter=junit", $"--test-reporter-destination={inside.Report("junit.xml")}",
                $"--test-reporter={Path.Combine(inside.Harness, Judge.Reporting.ReporterFiles.NodeReporter)}", "--test-reporter-destination=stdout", testFile,
            ],
            WorkingDirectory = inside.Root,
            Environment = environment,
            Timeout = request.Timeout,
            Confinement = request.Confinement,
        }, cancellationToken);
        return new RunnerOutcome(outcome, request.Sandbox.Report("junit.xml"), ReportFormat.JUnit) { FileLevelName = testFile.Replace('\\', '/') };
    }
}
