using Pact.Suites;

namespace Pact.Engine.Judge.Runners;

/// <summary>
/// pytest, configured only by Pact: an empty Pact-owned ini (<c>-c</c>), rootdir at the sandbox, no conftest files,
/// no plugin autoload, no cache, implementations on sys.path only after pytest loaded; the result is read from <c>--junitxml</c>.
/// </summary>
public sealed class PythonRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{
    public TestLanguage Language => TestLanguage.Python;

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        var ini = sandbox.Report("pytest.ini");
        // The implementations go on sys.path through the ini, after pytest is imported: a module named like pytest
        // or one of its plugins in src/ cannot replace the runner.
        var paths = string.Join(' ', request.Components.Select(sandbox.Src).Append(Path.Combine(sandbox.Root, "src")));
        await File.WriteAllTextAsync(ini, $"[pytest]\npythonpath = {paths}\n", cancellationToken);
        var report = sandbox.Report("junit.xml");
        var environment = RunnerEnvironment.Base(sandbox);
        environment["PYTHONDONTWRITEBYTECODE"] = "1";
        environment["PYTHONNOUSERSITE"] = "1";
        environment["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1";
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = toolchain.Python(request.Config),
            Arguments =
            [
                "-B", "-m", "pytest", request.TestFile,
                "-c", ini, "--rootdir", sandbox.Root, "--noconftest", "-p", "no:cacheprovider",
                "--junitxml", report, "-o", "junit_family=xunit2", "-q", "--tb=short", "--no-header",
            ],
            WorkingDirectory = sandbox.Root,
            Environment = environment,
            Timeout = request.Timeout,
        }, cancellationToken);
        return new RunnerOutcome(outcome, report, ReportFormat.JUnit);
    }
}
