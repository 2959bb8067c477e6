using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Runs;
using Pact.Judge;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// The isolation half of the cheat corpus (docs/THREAT_MODEL.md): implementations that try to reach past their
/// sandbox, run through the real judge with real pytest under bubblewrap. Each cheat reports what it managed to
/// reach through the one channel a visible run gives back (its failure message), so "nothing leaked" is checked on
/// every output and on every place the cheat tried to write, never assumed.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class IsolationCheatTests : IDisposable
{
    private readonly string _tag = "cheat" + Guid.NewGuid().ToString("N")[..10];
    private JudgeFixture _f = new();

    public void Dispose()
    {
        foreach (var pid in ProcessTable.WithMarker(_tag))
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Gone already.
            }
        }

        _f.Dispose();
    }

    /// <summary>
    /// Every cheat also runs unconfined (no bubblewrap, <c>isolation: preferred</c>), where it must work: that proves
    /// the cheat is real and that the confinement, not luck, is what stops it.
    /// </summary>
    private async Task InitAsync(bool confined, string extraConfig = "")
    {
        if (!confined)
        {
            _f.Dispose();
            _f = JudgeFixture.Unconfined();
        }

        await _f.InitAsync(extraConfig: extraConfig);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Audit => _f.Dir.Combine("audit");

    /// <summary>A Python calc implementation that runs <paramref name="cheat"/> (which fills <c>loot</c>) before adding; anything in loot fails the test with it as the message.</summary>
    private static string Cheating(string cheat) => $$"""
        import glob, os, socket, subprocess, sys

        def _cheat():
            loot = []
        {{string.Join("\n", cheat.Split('\n').Select(l => "    " + l))}}
            return loot

        def add(a, b):
            loot = _cheat()
            if loot:
                raise AssertionError("LOOT:" + " | ".join(str(x) for x in loot))
            return a + b
        """;

    private async Task WithHiddenSuiteAsync(string implementation)
    {
        await _f.CalcAsync(implementation);
        var init = await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
        var file = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", file, SuiteKind.Hidden)).Ok);
    }

    private static string Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    private static string Json(string[] values) => JsonSerializer.Serialize<IReadOnlyList<string>>(values, PactJson.Context.IReadOnlyListString);

    private static string Failures(SuiteRun run) => run.Message + " " + string.Join("\n", run.Failures.Select(f => f.ErrorMessage));

    /// <summary>Every output and every project file, checked for the hidden suite's canary, the key and the cheat's loot.</summary>
    private void AssertNoSecretAnywhere(params string[] outputs)
    {
        foreach (var output in outputs)
        {
            Assert.DoesNotContain(HiddenSuiteTests.Canary, output, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE KEY", output, StringComparison.Ordinal);
            Assert.DoesNotContain("LOOT:", output, StringComparison.Ordinal);
        }

        foreach (var file in Directory.EnumerateFiles(_f.Project, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains(HiddenSuiteTests.Canary, StringComparison.Ordinal), $"{file} holds the hidden suite's canary");
            Assert.False(text.Contains("PRIVATE KEY", StringComparison.Ordinal), $"{file} holds the signing key");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CodeUnderTest_CannotReadTheAuditDirectory_TheKey_OrTheProjectsJudgeFiles(bool confined)
    {
        await InitAsync(confined);
        // The attacker knows every path: they are in pact.yaml, which the implementer can read.
        var targets = new[]
        {
            Path.Combine(Audit, "masters", "calc", "hidden.json"),
            Path.Combine(Audit, "keys", SigningKeys.PrivateKeyFile),
            Path.Combine(_f.Project, "pact.yaml"),
            Path.Combine(_f.Project, ".pact", "audit.jsonl"),
        };
        await WithHiddenSuiteAsync(Cheating($$"""
            for path in {{Json(targets)}}:
                try:
                    loot.append(open(path).read())
                except OSError:
                    pass
            for path in glob.glob("/tmp/**/hidden.json", recursive=True):
                try:
                    loot.append(open(path).read())
                except OSError:
                    pass
            """));

        var test = await _f.TestAsync();

        if (!confined)
        {
            Assert.Contains(HiddenSuiteTests.Canary, Failures(Assert.Single(test.Data!.Runs)), StringComparison.Ordinal);
            return;
        }

        var polish = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);
        // The tamper scan finds the cheat's file reads; the auditor allows them, since the sandbox is under test here.
        foreach (var finding in test.Data!.Findings)
        {
            Assert.True((await _f.Get<Pact.Engine.Judge.Tamper.AdjudicationService>().AdjudicateAsync(_f.Project, finding.ComponentId, finding.Rule, finding.File, finding.Line, ImplementationFinding.Allowed, "reviewed: the sandbox, not the scan, is what this run tests", Ct)).Ok);
        }

        var certify = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(test.Ok, Json(test, PactJson.Context.CommandResultJudgeReport));
        Assert.All(test.Data!.Runs.Concat(polish.Data!.Runs), r => Assert.Equal(IsolationLevel.Bwrap, r.Isolation));
        Assert.True(certify.Ok, Json(certify, PactJson.Context.CommandResultCertifyReport));
        AssertNoSecretAnywhere(
            Json(test, PactJson.Context.CommandResultJudgeReport),
            Json(polish, PactJson.Context.CommandResultJudgeReport),
            Json(certify, PactJson.Context.CommandResultCertifyReport));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CodeUnderTest_CannotWriteIntoTheProject_TheRealHome_TheRealTmp_OrTheAuditDirectory(bool confined)
    {
        await InitAsync(confined);
        var planted = Path.Combine(_f.Project, "src", "calc", $"{_tag}.py");
        var outside = new[]
        {
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), $"{_tag}.txt"),
            Path.Combine(Path.GetTempPath(), $"{_tag}.txt"),
            Path.Combine("/tmp", $"{_tag}.txt"),
        };
        var view = Path.Combine(_f.Project, "tests", "calc", "contract_test.py");
        var master = Path.Combine(Audit, "masters", "calc", "hidden.json");
        await WithHiddenSuiteAsync(Cheating($$"""
            for path in {{Json([planted, view, master, .. outside])}}:
                try:
                    with open(path, "a") as f:
                        f.write("def test_planted():\n    assert True\n")
                except OSError:
                    pass
            """));
        var masterBefore = File.ReadAllText(master);
        var viewBefore = File.ReadAllText(view);

        try
        {
            var test = await _f.TestAsync();
            var polish = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);

            if (!confined)
            {
                Assert.True(File.Exists(planted) && outside.All(File.Exists) && File.ReadAllText(master) != masterBefore);
                return;
            }

            Assert.True(test.Ok && polish.Ok, Json(polish, PactJson.Context.CommandResultJudgeReport));
            Assert.False(File.Exists(planted), $"the code under test wrote {planted}");
            Assert.All(outside, path => Assert.False(File.Exists(path), $"the code under test wrote {path}"));
            Assert.Equal(viewBefore, File.ReadAllText(view));
            Assert.Equal(masterBefore, File.ReadAllText(master));
        }
        finally
        {
            foreach (var path in outside)
            {
                File.Delete(path);
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CodeUnderTest_CannotReachAListenerOnTheHostsLoopback(bool confined)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await InitAsync(confined);
        await _f.CalcAsync(Cheating($$"""
            try:
                s = socket.create_connection(("127.0.0.1", {{port}}), timeout=2)
                s.sendall(b"exfiltrated")
                s.close()
            except OSError:
                pass
            """));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Passed, run.Status);
        Assert.Equal(!confined, listener.Pending());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CodeUnderTest_SeesNoOtherProcessesEnvironment(bool confined)
    {
        // A process of the developer's, with a secret in its environment (the way a shell holds an API token).
        var secret = "PACT_TEST_SECRET_" + _tag;
        var info = new ProcessStartInfo("/bin/sleep", "30") { UseShellExecute = false };
        info.Environment[secret] = "the-developers-token";
        using var holder = Process.Start(info)!;
        try
        {
            await InitAsync(confined);
            await _f.CalcAsync(Cheating($$"""
                for key in os.environ:
                    if "{{secret}}" in key:
                        loot.append(key)
                for path in glob.glob("/proc/[0-9]*/environ"):
                    try:
                        if b"{{secret}}" in open(path, "rb").read():
                            loot.append(path)
                    except OSError:
                        pass
                """));

            var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

            Assert.True(run.Status == (confined ? SuiteStatus.Passed : SuiteStatus.Failed), Failures(run));
        }
        finally
        {
            holder.Kill();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NothingInTheSandboxSaysItIsBeingJudged(bool confined)
    {
        await InitAsync(confined);
        await _f.CalcAsync(Cheating("""
            words = ("pact", "judge", "sandbox")
            for key, value in os.environ.items():
                if any(w in (key + "=" + value).lower() for w in words):
                    loot.append(key + "=" + value)
            for where in (os.getcwd(), os.path.expanduser("~"), os.environ.get("TMPDIR", "/tmp"), __file__):
                if any(w in where.lower() for w in words):
                    loot.append(where)
            """));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.True(run.Status == (confined ? SuiteStatus.Passed : SuiteStatus.Failed), Failures(run));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AProcessThatLeavesTheSessionTheSandboxAndItsEnvironment_DoesNotOutliveTheRun(bool confined)
    {
        await InitAsync(confined);
        await _f.CalcAsync(Cheating($$"""
            if not os.path.exists(os.path.join(os.environ["TMPDIR"], "started")):
                open(os.path.join(os.environ["TMPDIR"], "started"), "w").close()
                subprocess.Popen(["/usr/bin/env", "-i", "/usr/bin/setsid", "/bin/sh", "-c", "cd / && sleep 60 # {{_tag}}"],
                                 start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            """));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Passed, run.Status);
        for (var i = 0; i < 50 && ProcessTable.WithMarker(_tag).Count > 0; i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(confined, ProcessTable.WithMarker(_tag).Count == 0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AHiddenSuiteOfAnotherRun_IsOutOfReach(bool confined)
    {
        // calc's hidden suite sleeps while the spy's visible suite, running beside it, hunts for it on disk.
        await InitAsync(confined, extraConfig: "workers: 2");
        _f.Contract("spy", ["peek"]);
        _f.Write("src/spy/spy.py", $$"""
            import glob, time

            def peek():
                deadline = time.time() + 6
                while time.time() < deadline:
                    for path in glob.glob("/tmp/**/contract_test.py", recursive=True):
                        try:
                            text = open(path).read()
                        except OSError:
                            continue
                        if "{{HiddenSuiteTests.Canary[..6]}}" + "{{HiddenSuiteTests.Canary[6..]}}" in text:
                            raise AssertionError(text)
                    time.sleep(0.05)
                return 1
            """ + FixtureEvents.Python("spy", "peek"));
        var spy = _f.SuiteFile("spy", "from spy import peek\n\n\ndef test_peek():\n    assert peek() == 1\n", [("test_peek", "peek", "peeks")]);
        Assert.True((await _f.LockAsync("spy", spy)).Ok);
        await _f.CalcAsync();
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct)).Ok);
        var hidden = HiddenSuiteTests.HiddenSuite() with { GeneratedCode = "import time\n" + HiddenSuiteTests.HiddenCode.Replace("    assert add", "    time.sleep(4)\n    assert add", StringComparison.Ordinal) };
        Assert.True((await _f.LockAsync("calc", _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(hidden, PactJson.Context.ContractTestSuite)), SuiteKind.Hidden)).Ok);

        var polish = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);

        var spied = polish.Data!.Runs.Single(r => r.ComponentId == "spy");
        if (!confined)
        {
            Assert.Contains(HiddenSuiteTests.Canary, Failures(spied), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(SuiteStatus.Passed, spied.Status);
        AssertNoSecretAnywhere(Json(polish, PactJson.Context.CommandResultJudgeReport));
    }

    [Fact]
    public async Task ADependencyThatIsAPath_BringsNothingFromOutsideTheProject()
    {
        // contracts/calc names "../../outside" as a dependency; outside the project sits code that makes add() pass.
        // Unconfined, where the copied directory would be importable: the id check, not the sandbox, must stop it.
        await InitAsync(confined: false);
        await _f.CalcAsync("from helper import add\n");
        var contract = Path.Combine(_f.Project, "contracts", "calc", "interface.json");
        File.WriteAllText(contract, File.ReadAllText(contract).Replace("\"dependencies\": []", "\"dependencies\": [\"../../outside\"]", StringComparison.Ordinal));
        _f.Dir.Write("outside/helper.py", "def add(a, b):\n    return a + b\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.NotEqual(SuiteStatus.Passed, run.Status);
    }

    [Fact]
    public async Task UnisolatedRuns_AreNotCertified_UnlessTheOperatorSaysSo_AndThenTheCertificateRecordsIt()
    {
        await InitAsync(confined: false);
        await _f.CalcAsync();

        var refused = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        var allowed = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: true, Ct);

        Assert.Equal("certify.unisolated", Assert.Single(refused.Diagnostics).Rule);
        Assert.Contains("calc (visible, none)", refused.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.False(refused.Data!.Certified);
        Assert.True(allowed.Ok, Json(allowed, PactJson.Context.CommandResultCertifyReport));
        var predicate = CertificatePredicate();
        Assert.Equal(IsolationLevel.None, predicate.Isolation);
        Assert.True(predicate.AllowedUnisolated);
        Assert.All(predicate.Runs, r => Assert.Equal(IsolationLevel.None, r.Isolation));
    }

    [Fact]
    public async Task IsolatedCertificates_SayBwrap()
    {
        await InitAsync(confined: true);
        await _f.CalcAsync();

        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        Assert.True(certified.Ok, Json(certified, PactJson.Context.CommandResultCertifyReport));
        var predicate = CertificatePredicate();
        Assert.Equal(IsolationLevel.Bwrap, predicate.Isolation);
        Assert.False(predicate.AllowedUnisolated);
        Assert.Contains("\"isolation\":\"bwrap\"", File.ReadAllText(Path.Combine(_f.Project, ".pact", "audit.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereIsolationIsRequired_AndNoneWorks_NothingRuns()
    {
        var ran = Path.Combine(_f.Dir.Path, $"{_tag}.ran");
        await InitAsync(confined: false);
        File.WriteAllText(Path.Combine(_f.Project, "pact.yaml"), File.ReadAllText(Path.Combine(_f.Project, "pact.yaml")).Replace("isolation: preferred", "isolation: required", StringComparison.Ordinal));
        await _f.CalcAsync($"open({JsonSerializer.Serialize(ran, PactJson.Context.String)}, 'w').close()\n\ndef add(a, b):\n    return a + b\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);
        var doctor = await _f.Get<DoctorService>().CheckAsync(_f.Project, Ct);

        Assert.Equal(SuiteStatus.Refused, run.Status);
        Assert.Contains("judge.isolation_unavailable", run.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/bwrap", run.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ran), "the code under test ran unconfined");
        Assert.False(doctor.Ok);
        Assert.Equal(IsolationLevel.None, doctor.Data!.Isolation.Level);
        Assert.False(doctor.Data.Isolation.CanRun);
    }

    [Fact]
    public async Task TheDoctor_ProbesARealSandbox()
    {
        var doctor = await _f.Get<DoctorService>().CheckAsync(null, Ct);

        Assert.True(doctor.Ok);
        Assert.Equal(IsolationLevel.Bwrap, doctor.Data!.Isolation.Level);
        Assert.Contains(doctor.Data.Isolation.Checks, c => c.Level == IsolationLevel.Bwrap && c.Available);
        Assert.Contains(doctor.Data.Tools, t => t.Name == "python" && t.Path is not null);
    }

    private CertificationPredicate CertificatePredicate()
    {
        var envelope = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(_f.Project, "certification", "certification.json")), PactJson.Context.DsseEnvelope)!;
        return JsonSerializer.Deserialize(Convert.FromBase64String(envelope.Payload), PactJson.Compact.InTotoStatement)!.Predicate;
    }

    [Theory]
    [InlineData("tools/python3")]
    [InlineData("LINK")]
    public async Task AnInterpreterFromTheProject_IsRefused_NeverRun(string configured)
    {
        // A "python" that writes a passing report without running anything; pact.yaml is the implementer's to edit.
        // Without PACT_PYTHON in the operator's environment, the project's python_path would be used — by the
        // judge, and by the syntax check that reads hidden suites.
        using var judge = new JudgeFixture(s => s.AddSingleton(new Toolchain.Toolchain(new Dictionary<string, string?> { [Toolchain.Toolchain.PythonVariable] = "/usr/bin/python3" })));
        await judge.InitAsync();
        await judge.CalcAsync("def add(a, b):\n    return 0\n");
        var ran = Path.Combine(_f.Dir.Path, $"{_tag}.ran");
        judge.Write("tools/python3", $"#!/bin/sh\ntouch {ran}\nfor a; do case $prev in --junitxml) printf '<testsuite><testcase name=\"test_add_small\"/><testcase name=\"test_add_negative\"/></testsuite>' > \"$a\";; esac; prev=$a; done\n");
        var fake = Path.Combine(judge.Project, "tools", "python3");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var link = Path.Combine(_f.Dir.Path, $"{_tag}-python");
        File.CreateSymbolicLink(link, fake);
        File.AppendAllText(Path.Combine(judge.Project, "pact.yaml"), $"environment:\n  python_path: {(configured == "LINK" ? link : configured)}\n");
        using var operatorless = new JudgeFixture(s => s.AddSingleton(new Toolchain.Toolchain(new Dictionary<string, string?>())));

        var test = await operatorless.Get<JudgeService>().TestAsync(judge.Project, [], Ct);
        var validate = await operatorless.Get<Pact.Engine.Gates.ValidateService>().ValidateAsync(judge.Project, Ct);

        Assert.False(test.Ok);
        var said = Json(test, PactJson.Context.CommandResultJudgeReport);
        Assert.Contains("inside the project", said, StringComparison.Ordinal);
        Assert.Contains(Toolchain.Toolchain.PythonVariable, said, StringComparison.Ordinal);
        Assert.False(validate.Ok);
        Assert.False(File.Exists(ran), "the project's interpreter was started");
    }
}
