using Pact.Audit;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Reporting;
using Pact.Engine.Judge.Tamper;
using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// One line of implementation code that takes over the verdict from inside the test run: wrapping pytest's test call,
/// rewriting the report at exit, neutering node:assert (also from TypeScript), a detached process that rewrites the
/// report after the run, dropping, duplicating or forging results. Each implementation is wrong (add returns 0 for
/// negatives), so an honest verdict is a failure; each must come back failed with the rule that caught it, and
/// nothing may be certified.
/// </summary>
public sealed class VerdictForgeryTests : IDisposable
{
    private const string Wrong = "def add(a, b):\n    return a + b if a >= 0 else 0\n";

    private const string JsTests = """
        import test from "node:test";
        import assert from "node:assert/strict";
        import { add } from "../../src/calc/index.js";

        test("test_add_small", () => assert.equal(add(2, 3), 5));
        test("test_add_negative", () => assert.equal(add(-2, -3), -5));

        """;

    /// <summary>Wraps pytest's test call so every failure vanishes.</summary>
    private const string SwallowingRuntest = """
        import pytest

        _runtest = pytest.Function.runtest

        def _swallow(self):
            try:
                _runtest(self)
            except BaseException:
                pass

        pytest.Function.runtest = _swallow
        """;

    private JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<SuiteRun> PythonAsync(string cheat, bool confined = true)
    {
        if (!confined)
        {
            _f.Dispose();
            _f = JudgeFixture.Unconfined();
        }

        await _f.InitAsync();
        await _f.CalcAsync(cheat + "\n\n" + Wrong);
        return Assert.Single((await _f.TestAsync()).Data!.Runs);
    }

    private async Task<SuiteRun> NodeAsync(TestLanguage language, string implementation, bool confined = true)
    {
        if (!confined)
        {
            _f.Dispose();
            _f = JudgeFixture.Unconfined();
        }

        await _f.InitAsync(language);
        _f.Contract("calc", ["add"]);
        _f.Write(language == TestLanguage.Typescript ? "src/calc/index.ts" : "src/calc/index.js", language == TestLanguage.Typescript ? FixtureEvents.TypeScript("calc", "add", implementation) : implementation + FixtureEvents.JavaScript("calc", "add"));
        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", JsTests, [("test_add_small", "add", "adds"), ("test_add_negative", "add", "adds negatives")], language));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
        return Assert.Single((await _f.TestAsync()).Data!.Runs);
    }

    /// <summary>Caught with <paramref name="rule"/>, counted as a failure, and certify refuses the project.</summary>
    private async Task AssertCaughtAsync(SuiteRun run, string rule)
    {
        Assert.True(run.Status == SuiteStatus.Failed, $"{run.Status}: {run.Message}");
        Assert.True(rule == run.Rule, $"{run.Status} {run.Total}/{run.Passed}: {run.Message} {string.Join(" | ", run.Failures.Select(f => f.TestId + ": " + f.ErrorMessage))}");
        Assert.Contains(rule, run.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", string.Join(" ", run.Failures.Select(f => f.TestId)), StringComparison.Ordinal);
        // Recorded in the project's audit log and in the judge's own ledger.
        Assert.Contains(File.ReadAllLines(Path.Combine(_f.Project, ".pact", "audit.jsonl")), l => l.Contains(AuditActions.VerdictForged, StringComparison.Ordinal) && l.Contains(rule, StringComparison.Ordinal));
        var (project, _, _) = await _f.Get<Pact.Engine.Projects.ProjectStore>().OpenAsync(_f.Project, Ct);
        var entries = (await _f.Get<JudgeLedger>().ReadAsync(new JudgeLayout(project!.Layout, project.Config), Ct)).Entries;
        Assert.Contains(entries, e => e.Action == AuditActions.VerdictForged && e.Detail.Contains(rule, StringComparison.Ordinal));
        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: _f.IsUnconfined, Ct);
        Assert.False(certified.Ok);
        Assert.False(File.Exists(Path.Combine(_f.Project, "certification", CertificationService.CertificateFile)));
    }

    /// <summary>
    /// Caught once, then taken out: the code is honest by the next certify, but a forger that fires only sometimes (or
    /// only outside certify) would look the same. A run that was forged stays on the record until the auditor has
    /// reviewed the code and cleared it, so certify refuses until then.
    /// </summary>
    [Fact]
    public async Task AForgerTakenOutAfterItWasCaught_StillRefusesCertify_UntilTheAuditorClearsIt()
    {
        await AssertCaughtAsync(await PythonAsync(SwallowingRuntest), ForgeryRules.Tampered);
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);
        // The solo ledger moved with the masters: the forged run is still on the record.
        Assert.Contains(AuditActions.VerdictForged, File.ReadAllText(_f.Dir.Combine("audit", JudgeLedger.FileName)), StringComparison.Ordinal);
        await _f.CalcAsync();
        Assert.True((await _f.TestAsync()).Ok);

        var refused = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        var reason = Assert.Single(refused.Diagnostics);
        Assert.Equal(ForgeryReviewGate.Unreviewed, reason.Rule);
        Assert.Contains("calc", reason.Message, StringComparison.Ordinal);
        Assert.Contains(ForgeryRules.Tampered, reason.Message, StringComparison.Ordinal);
        Assert.Contains($"pact adjudicate {_f.Project} calc {AuditActions.VerdictForged}", reason.Fix, StringComparison.Ordinal);

        var adjudication = _f.Get<AdjudicationService>();
        var noReason = await adjudication.AdjudicateAsync(_f.Project, "calc", AuditActions.VerdictForged, null, null, ImplementationFinding.Allowed, " ", Ct);
        Assert.Equal("adjudicate.no_reason", Assert.Single(noReason.Diagnostics).Rule);
        Assert.True((await adjudication.AdjudicateAsync(_f.Project, "calc", AuditActions.VerdictForged, null, null, ImplementationFinding.Refused, "the wrapper is still in git history", Ct)).Ok);
        Assert.Equal(ForgeryReviewGate.Unreviewed, Assert.Single((await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct)).Diagnostics).Rule);
        var cleared = await adjudication.AdjudicateAsync(_f.Project, "calc", AuditActions.VerdictForged, null, null, ImplementationFinding.Allowed, "reviewed calc.py: the runtest wrapper is gone", Ct);
        Assert.True(cleared.Ok, string.Join("\n", cleared.Diagnostics));

        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        Assert.Contains(File.ReadAllLines(_f.Dir.Combine("audit", JudgeLedger.FileName)), l => l.Contains(AuditActions.ForgeryReview, StringComparison.Ordinal) && l.Contains("runtest wrapper is gone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrappingPytestsTestCall_SoFailuresVanish_TripsTheCanary()
    {
        var run = await PythonAsync(SwallowingRuntest);

        await AssertCaughtAsync(run, "judge.tampered");
        // Two of the suite and the generated emission test of add; the canaries are never counted.
        Assert.Equal(3, run.Total);
    }

    [Fact]
    public async Task RewritingTheJUnitReportAtExit_DisagreesWithTheReporter()
    {
        var run = await PythonAsync("""
            import atexit
            import os
            import re
            import sys

            def _forge():
                path = sys.argv[sys.argv.index("--junitxml") + 1]
                with open(path) as f:
                    xml = f.read()
                xml = re.sub(r"<failure.*?</failure>", "", xml, flags=re.S)
                xml = re.sub(r'failures="\d+"', 'failures="0"', xml)
                with open(path, "w") as f:
                    f.write(xml)
                os._exit(0)

            atexit.register(_forge)
            """);

        await AssertCaughtAsync(run, "judge.report_mismatch");
    }

    [Fact]
    public async Task DroppingAFailingTest_AndRunningAPassingOneTwice_IsAMismatch()
    {
        var run = await PythonAsync("""
            import gc

            import pytest

            class _OnlyPassing:
                def pytest_collection_modifyitems(self, items):
                    keep = [i for i in items if i.name != "test_add_negative"]
                    items[:] = keep + [i for i in keep if i.name == "test_add_small"]

            for _config in [o for o in gc.get_objects() if isinstance(o, pytest.Config)]:
                _config.pluginmanager.register(_OnlyPassing())
            """);

        await AssertCaughtAsync(run, "judge.report_mismatch");
    }

    [Fact]
    public async Task AForgedRecordOnTheReportersChannel_IsAMismatch()
    {
        // The implementation runs in pytest's process, so it can find the reporter's socket; whatever it writes on
        // it is one more record than the suite has, or a second record for a case.
        var run = await PythonAsync("""
            import gc
            import socket

            for _s in [o for o in gc.get_objects() if isinstance(o, socket.socket)]:
                try:
                    _s.sendall(b'{"t":"case","id":"test_add_negative","outcome":"passed"}\n')
                except OSError:
                    pass
            """);

        await AssertCaughtAsync(run, "judge.report_mismatch");
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("typescript")]
    public async Task NeuteringNodeAssert_TripsTheCanary(TestLanguage language)
    {
        var implementation = language == TestLanguage.Typescript
            ? """
              import assert from "node:assert/strict";

              for (const k of Object.keys(assert as any)) (assert as any)[k] = () => {};

              export function add(a: number, b: number): number {
                return a >= 0 ? a + b : 0;
              }

              """
            : """
              import assert from "node:assert/strict";

              for (const k of Object.keys(assert)) assert[k] = () => {};

              export function add(a, b) {
                return a >= 0 ? a + b : 0;
              }

              """;

        var run = await NodeAsync(language, implementation);

        await AssertCaughtAsync(run, "judge.tampered");
        // Two of the suite and the generated emission test of add; the canaries are never counted.
        Assert.Equal(3, run.Total);
    }

    [Fact]
    public async Task ADetachedChildThatRewritesNodesReportAfterTheRun_DisagreesWithTheReporter()
    {
        // Unconfined, where a process in a new session that left the sandbox outlives the run (confined, the pid
        // namespace ends it): it holds the judge's end of the runner's stdout open, so the judge waits, and whenever
        // the runner's JUnit report is complete and has a failure, it puts a copy without failures in its place.
        var run = await NodeAsync(TestLanguage.Javascript, """
            import { spawn } from "node:child_process";
            import { readFileSync } from "node:fs";

            const runner = readFileSync(`/proc/${process.ppid}/cmdline`, "utf8").split("\0");
            const destination = runner.find((a) => a.startsWith("--test-reporter-destination=") && a.endsWith(".xml"));
            if (destination) {
              const path = destination.slice("--test-reporter-destination=".length);
              const forger = `
                const fs = require("node:fs");
                process.chdir("/");
                // The runner's stdout is the judge's pipe: held open, the judge waits for it before reading the report.
                const hold = fs.openSync("/proc/${process.ppid}/fd/1", "w");
                const path = ${JSON.stringify(path)};
                fs.writeFileSync(path + ".ready", "");
                const until = Date.now() + 8000;
                let forged = 0;
                while (Date.now() < until && (forged === 0 || Date.now() - forged < 3000)) {
                  let xml = "";
                  try { xml = fs.readFileSync(path, "utf8"); } catch {}
                  if (xml.includes("</testsuites>") && xml.includes("<failure")) {
                    fs.writeFileSync(path + ".tmp", xml.replace(/<failure[\\s\\S]*?<\\/failure>/g, ""));
                    fs.renameSync(path + ".tmp", path);
                    forged = Date.now();
                  }
                  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 0.2);
                }`;
              spawn(process.execPath, ["-e", forger], { detached: true, stdio: "ignore" }).unref();
              // The import waits until the forger holds the pipe, so a slow start on a busy machine cannot let the run
              // end first (the cheat would then not happen at all, and an honest failure is not what this test is about).
              const { existsSync } = await import("node:fs");
              for (const until = Date.now() + 10000; !existsSync(path + ".ready") && Date.now() < until;) {
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
              }
            }

            export function add(a, b) {
              return a >= 0 ? a + b : 0;
            }

            """, confined: false);

        await AssertCaughtAsync(run, "judge.report_mismatch");
    }

    [Fact]
    public async Task AnHonestImplementation_TripsNoCanary_AndCanariesReachNoCount()
    {
        await _f.InitAsync();
        await _f.CalcAsync();

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.True(run.Status == SuiteStatus.Passed, run.Message);
        // Two of the suite and the generated emission test of add.
        Assert.Equal((3, 3, 0), (run.Total, run.Passed, run.Failed));
        Assert.Equal("", run.Rule);
    }

    [Fact]
    public async Task AnHonestFailure_IsAFailure_NotATamperedRun()
    {
        var run = await PythonAsync("");

        Assert.Equal(SuiteStatus.Failed, run.Status);
        Assert.Equal("", run.Rule);
        Assert.Equal((3, 2, 1), (run.Total, run.Passed, run.Failed));
        Assert.Equal("test_add_negative", Assert.Single(run.Failures).TestId.Split("::")[^1]);
    }
}
