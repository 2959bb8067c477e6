using System.Diagnostics;
using Pact.Configuration;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Isolation;
using Pact.Engine.Judge.Processes;
using Pact.Engine.Judge.Runs;
using Pact.Judge;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// A confined run binds the judged sources read-only instead of copying them (docs/JUDGE.md, "A run"): the cheats a
/// bind opens that a copy did not (writing through it, a link swapped in between the check and the bind, refused
/// files shown because the folder is), and what an unconfined run copies instead.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SourceBindCheatTests : IDisposable
{
    private JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string P(string relative) => Path.Combine(_f.Project, relative);

    private async Task InitAsync(bool confined)
    {
        if (!confined)
        {
            _f.Dispose();
            _f = JudgeFixture.Unconfined();
        }

        await _f.InitAsync();
    }

    /// <summary>
    /// The code under test writes beside itself, into the sources the sandbox shows. A copy took the write harmlessly;
    /// a read-write bind would have written into the project (or, for certify, into the snapshot being certified).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CodeUnderTest_CannotWriteIntoTheSourcesItIsShown(bool confined)
    {
        await InitAsync(confined);
        await _f.CalcAsync("""
            import os, pathlib

            def _write():
                here = pathlib.Path(__file__)
                wrote = []
                for target in (here, here.with_name("planted.py"), here.parent / "sub" / "planted.txt"):
                    try:
                        with open(target, "a") as f:
                            f.write("# planted\n")
                        wrote.append(str(target))
                    except OSError:
                        pass
                return wrote

            def add(a, b):
                wrote = _write()
                if wrote:
                    raise AssertionError("WROTE:" + ",".join(wrote))
                return a + b
            """);
        _f.Write("src/calc/sub/keep.txt", "keep\n");
        var before = TreeSnapshot.Of(P("src"));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        TreeSnapshot.AssertUnchanged(before, P("src"));
        if (!confined)
        {
            // The copy is the sandbox's own: the write lands there and goes with it.
            Assert.Contains("WROTE:", run.Failures[0].ErrorMessage, StringComparison.Ordinal);
            return;
        }

        Assert.True(run.Status == SuiteStatus.Passed, run.Message + string.Join("\n", run.Failures.Select(f => f.ErrorMessage)));
        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        TreeSnapshot.AssertUnchanged(before, P("src"));
    }

    /// <summary>
    /// Bytecode the policy refuses, in a folder that is bound: an unchecked-hash .pyc in <c>__pycache__</c> and a
    /// sourceless module beside the code. Shown with the folder, Python would run them instead of the honest source.
    /// </summary>
    [Fact]
    public async Task RefusedBytecode_InABoundFolder_IsNotSeenByTheRun()
    {
        await _f.InitAsync();
        await _f.CalcAsync("""
            try:
                from answers import add
            except ImportError:
                def add(a, b):
                    return a + b
            """);
        var evil = _f.Dir.Write("evil/calc.py", "def add(a, b):\n    return 0\n");
        Python(P("src/calc"), "-c", $"import importlib.util, py_compile; py_compile.compile('{evil}', cfile=importlib.util.cache_from_source('calc.py'), invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)");
        Python(P("src/calc"), "-c", $"import py_compile; py_compile.compile('{evil}', cfile='answers.pyc')");
        _f.Write("src/calc/data/table.txt", "1 2 3\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.True(run.Status == SuiteStatus.Passed, run.Message + string.Join("\n", run.Failures.Select(f => f.ErrorMessage)));
        Assert.Contains("src/calc/__pycache__", run.Message, StringComparison.Ordinal);
        Assert.Contains("src/calc/answers.pyc", run.Message, StringComparison.Ordinal);
    }

    /// <summary>Data beside the code is shown to a confined run (bound, not copied); an unconfined run gets only what it imports, and says so.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DataBesideTheCode_IsBoundWhenConfined_AndLeftOutAndNamedWhenNot(bool confined)
    {
        await InitAsync(confined);
        await _f.CalcAsync("""
            import pathlib
            from helpers.offset import OFFSET

            def add(a, b):
                table = pathlib.Path(__file__).with_name("data") / "table.txt"
                if table.exists():
                    return a + b + int(table.read_text()) + OFFSET
                return a + b + OFFSET
            """);
        _f.Write("src/calc/helpers/__init__.py", "");
        _f.Write("src/calc/helpers/offset.py", "OFFSET = 0\n");
        _f.Write("src/calc/data/table.txt", "100\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        if (confined)
        {
            // The table is there: its 100 breaks every sum.
            Assert.Equal(SuiteStatus.Failed, run.Status);
            Assert.DoesNotContain("src/calc/data/table.txt", run.Message ?? "", StringComparison.Ordinal);
            return;
        }

        Assert.True(run.Status == SuiteStatus.Passed, run.Message + string.Join("\n", run.Failures.Select(f => f.ErrorMessage)));
        Assert.Contains("unconfined", run.Message, StringComparison.Ordinal);
        Assert.Contains("src/calc/data/table.txt", run.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The race a bind must survive: the folder is checked, then swapped for a link to the audit directory before
    /// bubblewrap mounts it (and a folder inside it too). A bind by path would mount whatever the link points at; the
    /// bind by descriptor mounts the folder that was checked.
    /// </summary>
    [Fact]
    public async Task AFolderSwappedForALink_AfterTheCheck_IsNotWhatTheRunSees()
    {
        var root = _f.Dir.Combine("checked");
        var source = Path.Combine(root, "src", "calc");
        _f.Dir.Write("checked/src/calc/calc.py", "checked\n");
        _f.Dir.Write("checked/src/calc/sub/inner.txt", "checked inner\n");
        var secret = _f.Dir.Write("audit/masters/calc/hidden.json", "SECRET-HIDDEN");
        var choice = await _f.Get<SandboxIsolation>().ProbeAsync(IsolationRequirement.Required, Ct);
        Assert.True(choice.Level.IsIsolated(), "bubblewrap must work here");
        var (sandbox, _) = Sandbox.Create("calc");
        using var owned = sandbox!;
        using var placed = SourceBinder.Place(root, ["calc"], sandbox!, bind: true, strict: false, imports: _ => true);
        Assert.Null(placed.Refusal);

        Directory.Move(Path.Combine(source, "sub"), _f.Dir.Combine("moved-sub"));
        Directory.CreateSymbolicLink(Path.Combine(source, "sub"), Path.GetDirectoryName(secret)!);
        Directory.Move(source, _f.Dir.Combine("moved-calc"));
        Directory.CreateSymbolicLink(source, Path.GetDirectoryName(secret)!);

        var confinement = SandboxIsolation.Confine(choice, sandbox!, [], [], placed.Mounts);
        var outcome = await _f.Get<ProcessRunner>().RunAsync(new ProcessSpec
        {
            FileName = "/bin/sh",
            Arguments = ["-c", "cat src/calc/calc.py src/calc/sub/inner.txt src/calc/hidden.json src/calc/sub/hidden.json 2>&1; ls -R src"],
            WorkingDirectory = sandbox!.Inside.Root,
            Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = "/usr/bin:/bin" },
            Timeout = TimeSpan.FromSeconds(30),
            Confinement = confinement,
        }, Ct);

        // The bound folder is the one checked; below it the folder is live, and a link in it resolves inside the
        // sandbox, where the audit directory does not exist.
        Assert.StartsWith("checked\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-HIDDEN", outcome.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A link already there when the folder is opened (at the folder, or above it below the root) is refused, never opened through.</summary>
    [Fact]
    public void AFolderReachedThroughALink_IsRefused()
    {
        var secret = _f.Dir.Write("audit/masters/calc/hidden.json", "SECRET-HIDDEN");
        Directory.CreateDirectory(_f.Dir.Combine("src"));
        Directory.CreateSymbolicLink(_f.Dir.Combine("src/calc"), Path.GetDirectoryName(Path.GetDirectoryName(secret))!);
        var (sandbox, _) = Sandbox.Create("calc");
        using var owned = sandbox!;

        using var placed = SourceBinder.Place(_f.Dir.Path, ["calc"], sandbox!, bind: true, strict: false, imports: _ => true);

        Assert.NotNull(placed.Refusal);
        Assert.Contains("symbolic link", placed.Refusal, StringComparison.Ordinal);
        Assert.Null(NativeFiles.OpenDirectory(_f.Dir.Combine("src/calc/calc"), _f.Dir.Combine("src")));
        using var real = NativeFiles.OpenDirectory(_f.Dir.Combine("audit/masters/calc"), _f.Dir.Path);
        Assert.NotNull(real);
    }

    private static string Python(string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable(Toolchain.Toolchain.PythonVariable) ?? "python3") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        return output;
    }
}
