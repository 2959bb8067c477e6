namespace Pact.Engine.Languages.Python;

/// <summary>
/// pytest, configured only by Pact: a Pact-owned ini (<c>-c</c>), rootdir at the sandbox, no conftest files,
/// no plugin autoload, no cache, implementations on sys.path only after pytest loaded; the result is read from <c>--junitxml</c>.
/// </summary>
public sealed class PythonRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{

    public IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot) =>
        [new RunnerTool("python", toolchain.Python(config), Toolchain.Toolchain.PythonVariable) { BaseDirectory = toolchain.PythonFromProject(config) ? projectRoot : null }];

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        var inside = sandbox.Inside;
        // The implementations go on sys.path through the ini, after pytest is imported: a module named like pytest
        // or one of its plugins in src/ cannot replace the runner.
        var paths = string.Join(' ', request.Components.Select(inside.Src).Append(inside.InRoot("src")));
        await File.WriteAllTextAsync(Path.Combine(sandbox.PactDir, "pytest.ini"), $"[pytest]\npythonpath = {paths}\n", cancellationToken);
        var environment = RunnerEnvironment.Base(sandbox);
        environment["PYTHONDONTWRITEBYTECODE"] = "1";
        environment["PYTHONNOUSERSITE"] = "1";
        environment["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1";
        // Pact's typed-value plugin and its reporter (Reporting/ReporterFiles), from read-only directories, imported
        // as -p plugins before the implementations are on sys.path.
        await Judge.Typed.TypedValues.WritePythonAsync(request, cancellationToken);
        environment["PYTHONPATH"] = inside.Plugins + ":" + inside.Harness;
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = request.Tool("python", toolchain.Python(request.Config)),
            Arguments =
            [
                "-B", "-m", "pytest", request.TestFile,
                "-c", Path.Combine(inside.PactDir, "pytest.ini"), "--rootdir", inside.Root, "--noconftest", "-p", "no:cacheprovider", "-p", Judge.Typed.TypedValues.PythonPlugin, "-p", Judge.Reporting.ReporterFiles.PythonModule,
                "--junitxml", inside.Report("junit.xml"), "-o", "junit_family=xunit2", "-q", "--tb=short", "--no-header",
            ],
            WorkingDirectory = inside.Root,
            Environment = environment,
            Timeout = request.Timeout,
            Confinement = request.Confinement,
        }, cancellationToken);
        return new RunnerOutcome(outcome, sandbox.Report("junit.xml"), ReportFormat.JUnit);
    }
}
