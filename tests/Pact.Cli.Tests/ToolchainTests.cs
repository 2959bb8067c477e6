namespace Pact.Cli.Tests;

/// <summary>
/// A missing or broken toolchain is reported as that, with the command that installs it: by `pact doctor`, by the
/// syntax check of a suite being locked, and by a run, never as the user's syntax error or a guess about os._exit.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ToolchainTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ToolchainTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    /// <summary>An interpreter that runs but has no pytest, as a fresh virtual environment's would.</summary>
    private string PythonWithoutPytest()
    {
        var python = _dir.Write("bin/python3", "#!/bin/sh\necho 'Python 3.11.2'\necho \"ModuleNotFoundError: No module named 'pytest'\" >&2\nexit 1\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return python;
    }

    [Fact]
    public async Task Doctor_NamesTheInstallCommand_OfAMissingPytestAndAMissingCompiler()
    {
        await CalcProject.CreateAsync(_dir, Project);

        var run = await Cli.ProcessAsync(["doctor", Project], new Dictionary<string, string?> { ["PACT_PYTHON"] = PythonWithoutPytest(), ["PACT_TSC"] = _dir.Combine("no-tsc") });

        // The project is Python: a Python without pytest is an error; the compiler only TypeScript needs is a warning.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error [toolchain.missing]", run.Err, StringComparison.Ordinal);
        Assert.Contains("No module named 'pytest'", run.Err, StringComparison.Ordinal);
        Assert.Contains("apt-get install python3-pytest", run.Err, StringComparison.Ordinal);
        Assert.Contains("warning [toolchain.missing]: tsc was not found", run.Err, StringComparison.Ordinal);
        Assert.Contains("npm install -g typescript", run.Err, StringComparison.Ordinal);
        Assert.Matches(@"node +v\d+\.\d+\.\d+ at /", run.Out);
    }

    [Fact]
    public async Task Doctor_ShowsVersionsAndWhereEachProgramCameFrom()
    {
        var run = await Cli.InProcessAsync("doctor", "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        var tools = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["data"]!["tools"]!.AsArray();
        var python = tools.Single(t => (string?)t!["name"] == "python")!;
        Assert.Matches(@"^Python 3\.\d+\.\d+, pytest \d+", (string?)python["version"]);
        Assert.Equal("PACT_PYTHON", (string?)python["source"]);
        Assert.All(tools, t => Assert.True(t!["problem"] is null || t["install"] is not null, $"{t!["name"]} is missing without an install command"));
    }

    [Fact]
    public async Task LockingASuite_WithoutAWorkingPython_IsAToolchainProblem_NotASyntaxError()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var suite = Path.Combine(Project, "tests", "calc", "contract_test_suite.json");

        var run = await Cli.ProcessAsync(["tests", Project, "calc", "-f", suite], new Dictionary<string, string?> { ["PACT_PYTHON"] = _dir.Combine("no-python") });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[toolchain.missing] at /generated_code", run.Err, StringComparison.Ordinal);
        Assert.Contains("pip install pytest", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("suite.code.syntax", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("fix the code", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunWithoutPytest_SaysSo_InsteadOfBlamingTheImplementation()
    {
        await CalcProject.CreateAsync(_dir, Project);

        var run = await Cli.ProcessAsync(["test", Project], new Dictionary<string, string?> { ["PACT_PYTHON"] = PythonWithoutPytest() });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("toolchain.missing", run.Out, StringComparison.Ordinal);
        Assert.Contains("No module named 'pytest'", run.Out, StringComparison.Ordinal);
        Assert.Contains("apt-get install python3-pytest", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("os._exit", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImplementationInTheWrongFile_IsNamed_AndTheImportErrorShows()
    {
        await CalcProject.CreateAsync(_dir, Project);
        File.Move(Path.Combine(Project, "src", "calc", "calc.py"), Path.Combine(Project, "src", "calc", "calculator.py"));

        var run = await Cli.InProcessAsync("test", Project);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("src/calc/calc.py does not exist", run.Out, StringComparison.Ordinal);
        Assert.Contains("contracts/calc/interface.py", run.Out, StringComparison.Ordinal);
        Assert.Contains("ImportError", run.Out, StringComparison.Ordinal);
    }
}
