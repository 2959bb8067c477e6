using System.Diagnostics;
using System.Text.Json;
using Pact.Engine.Judge.Certification;
using Pact.Hashing;
using Pact.Judge;
using Pact.Projects;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// Certify signs exactly what it tested: cheats that make the certified bytes differ from the tested bytes (a swap
/// while the suites run, files the sandbox copy or the certificate leave out), each with the way it is stopped.
/// </summary>
public sealed class CertifySnapshotTests : IDisposable
{
    private const string Evil = "def add(a, b):\n    return 0\n";

    private JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    /// <summary>
    /// Cheats by the code under test run unconfined: confined, it cannot reach the project or the snapshot at all
    /// (IsolationCheatTests), and the snapshot must hold without isolation too (`isolation: preferred`).
    /// </summary>
    private async Task InitUnconfinedAsync()
    {
        _f.Dispose();
        _f = JudgeFixture.Unconfined();
        await _f.InitAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string P(string relative) => Path.Combine(_f.Project, relative);

    private CertificationService Service => _f.Get<CertificationService>();

    /// <summary>
    /// The code under test (a real pytest process) rewrites a judged file of the live project while certify runs:
    /// the honest code passes in the sandbox, and before the snapshot the certificate hashed what the file held at
    /// the end (the swapped code), so the swapped code was certified and even verified.
    /// </summary>
    [Theory]
    [InlineData("src/calc/calc.py")]
    [InlineData("src/calc/added.py")]
    [InlineData("pact.yaml")]
    [InlineData("contracts/calc/interface.json")]
    [InlineData(".pact/judge/calc/visible.json")]
    public async Task CodeUnderTest_ThatRewritesTheProjectMidRun_IsRefused_NamingTheFile(string file)
    {
        await InitUnconfinedAsync();
        var target = P(file);
        var content = file == "src/calc/calc.py" ? Evil : file == "pact.yaml" ? File.ReadAllText(target) + "# changed mid-run\n" : File.Exists(target) ? File.ReadAllText(target) + " " : "X = 1\n";
        await _f.CalcAsync($$"""
            import pathlib
            pathlib.Path({{Py(target)}}).write_text({{Py(content)}})

            def add(a, b):
                return a + b
            """);

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        Assert.Equal(Outcome.Invalid, certified.Outcome);
        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.changed_during_run", refusal.Rule);
        Assert.Contains(file, refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    /// <summary>A second writer (this test's thread) swaps the code while certify runs: the certificate never names bytes that were not tested.</summary>
    [Fact]
    public async Task ConcurrentSwapFromOutside_NeverCertifiesTheSwappedCode()
    {
        await InitUnconfinedAsync();
        var started = _f.Dir.Combine("started");
        await _f.CalcAsync($"import pathlib, time\npathlib.Path({Py(started)}).touch()\ntime.sleep(1)\n\n\ndef add(a, b):\n    return a + b\n");
        var swapper = Task.Run(async () =>
        {
            // Swap once the tests run: after any copy the judge took at the start, before it hashes anything at the end.
            while (!File.Exists(started))
            {
                await Task.Delay(10, Ct);
            }

            File.WriteAllText(P("src/calc/calc.py"), Evil);
        }, Ct);

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        await swapper;

        Assert.Equal("certify.changed_during_run", Assert.Single(certified.Diagnostics).Rule);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    /// <summary>
    /// With the live project out of reach, the code under test rewrites the snapshot itself (found in the temporary
    /// directory; with isolation it is not even visible): a later suite would run the rewritten copy.
    /// </summary>
    [Fact]
    public async Task CodeUnderTest_ThatRewritesTheSnapshot_IsRefused()
    {
        await InitUnconfinedAsync();
        var marker = "pact-mine-" + Guid.NewGuid().ToString("N");
        await _f.CalcAsync($$"""
            # {{marker}}
            import glob, pathlib
            for copy in glob.glob({{Py(Path.Combine(Path.GetTempPath(), "pact-snapshot-*", "project", "src", "calc", "calc.py"))}}):
                if {{Py(marker)}} in pathlib.Path(copy).read_text():
                    pathlib.Path(copy).write_text({{Py(Evil)}})

            def add(a, b):
                return a + b
            """);

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.changed_during_run", refusal.Rule);
        Assert.Contains("src/calc/calc.py (changed in the snapshot)", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The race a snapshot read must survive: a folder swapped for a link after the tree was listed. Here the link is
    /// simply there, and a read through it returns nothing, while a root that itself sits behind a link is fine.
    /// </summary>
    [Fact]
    public void JudgedRead_ThroughALinkBelowTheRoot_ReturnsNothing()
    {
        var root = _f.Dir.Combine("tree");
        var secret = _f.Dir.Write("audit/masters/calc/visible.json", "secret");
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "calc"), Path.GetDirectoryName(secret)!);
        var aliased = _f.Dir.Combine("alias");
        Directory.CreateSymbolicLink(aliased, Path.GetDirectoryName(secret)!);

        Assert.Null(JudgedFile.Read(Path.Combine(root, "calc", "visible.json"), root));
        Assert.Null(JudgedFile.Read(Path.Combine(aliased, "visible.json"), _f.Dir.Path));
        Assert.Equal("secret"u8.ToArray(), JudgedFile.Read(Path.Combine(aliased, "visible.json"), aliased));
        // The streamed hash --verify takes opens the file the same way, so a link gives it no digest either.
        Assert.Null(JudgedFile.Sha256(Path.Combine(root, "calc", "visible.json"), root));
        Assert.Null(JudgedFile.Sha256(Path.Combine(aliased, "visible.json"), _f.Dir.Path));
        Assert.Equal(ContentHash.OfBytes("secret"u8), JudgedFile.Sha256(Path.Combine(aliased, "visible.json"), aliased));
    }

    /// <summary>
    /// A bytecode cache compiled from other code, with PEP 552's unchecked-hash mode: Python runs it instead of the
    /// honest source beside it. The sandbox copy and the certificate both left <c>__pycache__</c> out.
    /// </summary>
    [Fact]
    public async Task PlantedUncheckedPyc_BesideHonestSource_IsRefused()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var evil = _f.Dir.Write("evil/calc.py", Evil);
        Python(P("src/calc"), "-c", $"import importlib.util, py_compile; py_compile.compile({Py(evil)}, cfile=importlib.util.cache_from_source('calc.py'), invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)");
        Assert.Equal("0", Python(P("src/calc"), "-c", "import calc; print(calc.add(2, 3))").Trim());

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.not_source", refusal.Rule);
        Assert.Contains("src/calc/__pycache__", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("src/calc/__pycache__", refusal.Fix, StringComparison.Ordinal);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    /// <summary>The suggested cheat: a sourceless .pyc of a "return the right answers" module, source deleted.</summary>
    [Fact]
    public async Task SourcelessPyc_IsRefused()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Python(P("src/calc"), "-m", "py_compile", "calc.py");
        File.Move(Directory.GetFiles(P("src/calc/__pycache__"))[0], P("src/calc/calc.pyc"));
        Directory.Delete(P("src/calc/__pycache__"));
        File.Delete(P("src/calc/calc.py"));

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.not_source", refusal.Rule);
        Assert.Contains("src/calc/calc.pyc", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/calc/bin/calc.dll")]
    [InlineData("src/calc/obj/project.assets.json")]
    [InlineData("src/calc/node_modules/left-pad/index.js")]
    [InlineData("src/calc/.pytest_cache/v/cache/lastfailed")]
    [InlineData("src/calc/calc.egg-info/PKG-INFO")]
    public async Task FilesUnderBuildAndCacheFolders_AreRefused_NamingTheFolder(string file)
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        _f.Write(file, "payload\n");
        var folder = string.Join('/', file.Split('/')[..3]);

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.not_source", refusal.Rule);
        Assert.Contains(folder, refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    /// <summary>Runner configuration would ship with the code but was never in effect in the sandbox: certify refuses, pact test names it.</summary>
    [Fact]
    public async Task RunnerConfig_IsRefusedByCertify_AndNamedByTest()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        _f.Write("src/calc/pytest.ini", "[pytest]\n");
        _f.Write("src/calc/__pycache__/calc.cpython-311.pyc", "not really bytecode");

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        var tested = Assert.Single((await _f.TestAsync()).Data!.Runs);

        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.not_source", refusal.Rule);
        Assert.Contains("src/calc/pytest.ini", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(SuiteStatus.Passed, tested.Status);
        Assert.Contains("src/calc/pytest.ini", tested.Message, StringComparison.Ordinal);
        Assert.Contains("src/calc/__pycache__", tested.Message, StringComparison.Ordinal);
    }

    /// <summary>Links where no sandbox copy looks (a cache folder, a folder no suite tests) were silently left out of the certificate.</summary>
    [Theory]
    [InlineData("src/calc/__pycache__/answers.json")]
    [InlineData("src/notes/answers.json")]
    [InlineData("src/answers.json")]
    public async Task SymbolicLinkAnywhereInSrc_IsRefused(string link)
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(P(link))!);
        File.CreateSymbolicLink(P(link), P("pact.yaml"));

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        // A link in a cache folder or in untested code is refused for that too; the link is named either way.
        var refusal = Assert.Single(certified.Diagnostics, d => d.Rule == "certify.symlink");
        Assert.Contains(link, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("symbolic link", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    /// <summary>Code in src/ that no suite runs (here a module the tested one could import in production) was certified untested.</summary>
    [Theory]
    [InlineData("src/helpers.py")]
    [InlineData("src/other/other.py")]
    public async Task SourceNoSuiteTests_IsRefused(string file)
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        _f.Write(file, "X = 1\n");

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        var refusal = Assert.Single(certified.Diagnostics);
        Assert.Equal("certify.untested_source", refusal.Rule);
        Assert.Contains(string.Join('/', file.Split('/')[..2]), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PactYaml_IsASubject_AndAChangeAfterCertificationFailsVerify()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        Assert.True((await _f.VerifyAsync()).Ok);

        File.AppendAllText(P("pact.yaml"), "test_timeout_seconds: 5\n");
        var verified = await _f.VerifyAsync();

        Assert.Equal(Outcome.Invalid, verified.Outcome);
        Assert.Equal(["pact.yaml (changed)"], verified.Data!.Changed);
    }

    /// <summary>What is certified is what the sandboxes held: every src file is a subject, nothing else from src/ is.</summary>
    [Fact]
    public async Task Subjects_AreExactlyTheSnapshot_EveryFileUnderSrc()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        _f.Write("src/calc/data/table.txt", "1 2 3\n");
        _f.Write("src/calc/.hidden", "x\n");

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));

        var envelope = JsonSerializer.Deserialize(File.ReadAllText(P("certification/certification.json")), PactJson.Context.DsseEnvelope)!;
        var statement = JsonSerializer.Deserialize(Convert.FromBase64String(envelope.Payload), PactJson.Context.InTotoStatement)!;
        Assert.Equal(["src/calc/.hidden", "src/calc/calc.py", "src/calc/data/table.txt"], statement.Subject.Select(s => s.Name).Where(n => n.StartsWith("src/", StringComparison.Ordinal)));
        Assert.Contains("pact.yaml", statement.Subject.Select(s => s.Name));
        Assert.True((await _f.VerifyAsync()).Ok);
        _f.Write("src/calc/__pycache__/calc.cpython-311.pyc", "x");
        Assert.Equal(["src/calc/__pycache__/calc.cpython-311.pyc (added)"], (await _f.VerifyAsync()).Data!.Changed);
    }

    /// <summary>A Python string literal (the paths and texts here hold no quotes of that kind).</summary>
    private static string Py(string text) => "'''" + text.Replace("\\", "\\\\", StringComparison.Ordinal) + "'''";

    /// <summary>Runs the interpreter the judge uses, the way production would.</summary>
    private static string Python(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("PACT_PYTHON") ?? "python3") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
