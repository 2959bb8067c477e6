using Pact.Audit;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Tamper;
using Pact.Engine.Projects;
using Pact.Judge;
using Pact.Projects;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// The tamper scan: implementation code aimed at the judge (the test framework, exit tricks, started processes,
/// environment probes, paths outside the component, equality of its own) is found by each language's parser, shown by
/// pact test, and refuses certify until the auditor adjudicates it; allowed lets certify proceed, refused keeps
/// refusing, and a changed line needs a new decision. The bundled examples have no finding.
/// </summary>
public sealed class TamperScanTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("python-ledger")]
    [InlineData("javascript-ledger")]
    [InlineData("typescript-ledger")]
    [InlineData("csharp-ledger")]
    public async Task BundledExamples_HaveNoFinding(string name)
    {
        var example = JudgeTools.RepositoryFile($"examples/{name}")!;
        var ids = Directory.EnumerateDirectories(Path.Combine(example, "src")).Select(Path.GetFileName).OfType<string>().ToList();

        var findings = await _f.Get<TamperScanner>().ScanAsync(new ProjectLayout(example), ids, null, Ct);

        Assert.Equal(3, ids.Count);
        Assert.Empty(findings);
    }

    public static TheoryData<string, string, string, int> Cheats => new()
    {
        // file, implementation, rule, line
        { "calc.py", "import sys\n\n\ndef add(a, b):\n    sys.modules.pop('pytest', None)\n    return a + b\n", "tamper.python.framework_internals", 5 },
        { "calc.py", "import pytest\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.framework_internals", 1 },
        { "calc.py", "import os\n\n\ndef add(a, b):\n    if a is None:\n        os._exit(0)\n    return a + b\n", "tamper.python.exit_tricks", 6 },
        { "calc.py", "import atexit\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.exit_tricks", 1 },
        { "calc.py", "import subprocess\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.detached_process", 1 },
        { "calc.py", "import os\n\n\ndef add(a, b):\n    if a is None:\n        os.setsid()\n    return a + b\n", "tamper.python.detached_process", 6 },
        { "calc.py", "import os\n\nJUDGED = 'PACT_RUN' in os.environ\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.environment_probe", 3 },
        { "calc.py", "def peek():\n    return open('/proc/self/environ').read()\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.outside_paths", 2 },
        { "calc.py", "def peek():\n    return open('../../tests/calc/contract_test.py').read()\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.outside_paths", 2 },
        { "calc.py", "class Sum(int):\n    def __eq__(self, other):\n        return True\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.equality_override", 2 },
        { "index.js", "import assert from \"node:assert\";\nassert.equal = () => {};\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.framework_internals", 1 },
        { "index.js", "import { createRequire } from \"node:module\";\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.framework_internals", 1 },
        { "index.js", "process.on(\"exit\", () => {});\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.exit_tricks", 1 },
        { "index.js", "export function add(a, b) { if (a === null) process.exit(0); return a + b; }\n", "tamper.javascript.exit_tricks", 1 },
        { "index.js", "import { spawn } from \"node:child_process\";\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.detached_process", 1 },
        { "index.js", "const judged = process.env.CI;\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.environment_probe", 1 },
        { "index.js", "const where = \"/home/user/.cache/results/junit.xml\";\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.environment_probe", 1 },
        { "index.js", "const secret = \"/etc/shadow\";\nexport function add(a, b) { return a + b; }\n", "tamper.javascript.outside_paths", 1 },
        { "index.js", "export function add(a, b) { return { valueOf() { return a + b; } }; }\n", "tamper.javascript.equality_override", 1 },
        { "index.ts", "interface Unused { x: number }\n\ntype Alias = string;\n\nexport function add(a: number, b: number): number {\n  if (a < 0) (process as any).exit(0);\n  return a + b;\n}\n", "tamper.typescript.exit_tricks", 6 },
        { "index.ts", "import assert from \"node:assert\";\n\nexport function add(a: number, b: number): number {\n  (assert as any).equal = () => {};\n  return a + b;\n}\n", "tamper.typescript.framework_internals", 1 },
        { "Calc.cs", "namespace Calc;\n\npublic static class Assert\n{\n    public static void Equal(object a, object b) { }\n}\n", "tamper.csharp.framework_internals", 3 },
        { "Calc.cs", "namespace Calc;\n\ninternal static class Boot\n{\n    [System.Runtime.CompilerServices.ModuleInitializer]\n    internal static void Start() { }\n}\n", "tamper.csharp.framework_internals", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic static class C\n{\n    public static long Add(long a, long b) { System.Environment.Exit(0); return a + b; }\n}\n", "tamper.csharp.exit_tricks", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic static class C\n{\n    static C() { System.AppDomain.CurrentDomain.ProcessExit += (_, _) => { }; }\n}\n", "tamper.csharp.exit_tricks", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic static class C\n{\n    public static void Run() => System.Diagnostics.Process.Start(\"sh\");\n}\n", "tamper.csharp.detached_process", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic static class C\n{\n    public static string? Where() => System.Environment.GetEnvironmentVariable(\"CI\");\n}\n", "tamper.csharp.environment_probe", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic static class C\n{\n    public static string Peek() => System.IO.File.ReadAllText(\"/etc/passwd\");\n}\n", "tamper.csharp.outside_paths", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic sealed class Money\n{\n    public override bool Equals(object? obj) => true;\n    public override int GetHashCode() => 0;\n}\n", "tamper.csharp.equality_override", 5 },
        { "Calc.cs", "namespace Calc;\n\npublic static class C\n{\n    public static dynamic Add(long a, long b) => a + b;\n}\n", "tamper.csharp.loose_contract_type", 5 },
    };

    [Theory]
    [MemberData(nameof(Cheats))]
    public async Task EachRuleFamily_FindsItsCheat_AtItsLine(string file, string implementation, string rule, int line)
    {
        await _f.InitAsync();
        _f.Write($"src/calc/{file}", file.EndsWith(".js", StringComparison.Ordinal) ? implementation + FixtureEvents.JavaScript("calc", "add") : implementation);
        var layout = new ProjectLayout(_f.Project);

        var findings = await _f.Get<TamperScanner>().ScanAsync(layout, ["calc"], null, Ct);

        Assert.Contains(findings, f => f.Rule == rule && f.Line == line && f.File == $"src/calc/{file}" && f.Message.Length > 0 && f.Fix.Contains("pact adjudicate", StringComparison.Ordinal));
    }

    private async Task AuditAsync() => Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);

    private Task<CommandResult<CertifyReport>> CertifyAsync() => _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);

    private Task<CommandResult<ImplementationFinding>> AdjudicateAsync(ImplementationFinding finding, string verdict) =>
        _f.Get<AdjudicationService>().AdjudicateAsync(_f.Project, "calc", finding.Rule, finding.File, finding.Line, verdict, $"reviewed: {verdict}", Ct);

    public static TheoryData<string, string> PythonFamilies => new()
    {
        { "import sys\n\n\ndef add(a, b):\n    if a is None:\n        sys.modules.clear()\n    return a + b\n", "tamper.python.framework_internals" },
        { "import os\n\n\ndef add(a, b):\n    if a is None:\n        os._exit(0)\n    return a + b\n", "tamper.python.exit_tricks" },
        { "import subprocess\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.detached_process" },
        { "import os\n\nJUDGED = 'PACT_RUN' in os.environ\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.environment_probe" },
        { "def peek():\n    return open('/proc/self/environ').read()\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.outside_paths" },
        { "class Sum(int):\n    def __eq__(self, other):\n        return int.__eq__(self, other)\n    __hash__ = int.__hash__\n\n\ndef add(a, b):\n    return a + b\n", "tamper.python.equality_override" },
    };

    [Theory]
    [MemberData(nameof(PythonFamilies))]
    public async Task Certify_RefusesAFinding_UntilTheAuditorAllowsIt(string implementation, string rule)
    {
        await _f.InitAsync();
        await _f.CalcAsync(implementation);
        await AuditAsync();

        var tested = await _f.TestAsync("calc");
        var finding = Assert.Single(tested.Data!.Findings, f => f.Rule == rule);
        Assert.Contains(tested.Diagnostics, d => d.Rule == rule && d.File == "src/calc/calc.py" && d.Line == finding.Line);
        Assert.True(tested.Ok, "a finding alone does not fail pact test");

        var refused = await CertifyAsync();
        Assert.False(refused.Ok);
        Assert.Contains(refused.Diagnostics, d => d.Rule == TamperAdjudicationGate.Unadjudicated && d.Line == finding.Line);
        Assert.False(File.Exists(Path.Combine(_f.Project, "certification", CertificationService.CertificateFile)));

        foreach (var other in tested.Data.Findings)
        {
            Assert.True((await AdjudicateAsync(other, ImplementationFinding.Allowed)).Ok);
        }

        var certified = await CertifyAsync();
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        Assert.Contains("tamper.adjudicate", File.ReadAllText(Path.Combine(_f.Project, ".pact", "audit.jsonl")), StringComparison.Ordinal);
        Assert.Contains(rule, File.ReadAllText(Path.Combine(_f.Dir.Combine("audit"), JudgeLedger.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_KeepsRefusing_AndAChangedLineNeedsANewDecision()
    {
        await _f.InitAsync();
        await _f.CalcAsync("import subprocess\n\n\ndef add(a, b):\n    return a + b\n");
        await AuditAsync();
        var finding = Assert.Single((await _f.TestAsync("calc")).Data!.Findings);

        Assert.True((await AdjudicateAsync(finding, ImplementationFinding.Refused)).Ok);
        var refused = await CertifyAsync();
        Assert.Contains(refused.Diagnostics, d => d.Rule == TamperAdjudicationGate.Refused);

        Assert.True((await AdjudicateAsync(finding, ImplementationFinding.Allowed)).Ok);
        Assert.True((await CertifyAsync()).Ok);

        // The allowed line changes: the decision was about other code, so the finding is pending again.
        _f.Write("src/calc/calc.py", "import subprocess as sp\n\n\ndef add(a, b):\n    return a + b\n" + JudgeFixture.EmittingAdd);
        var changed = await CertifyAsync();
        Assert.Contains(changed.Diagnostics, d => d.Rule == TamperAdjudicationGate.Unadjudicated);
    }

    [Fact]
    public async Task Adjudicate_NeedsTheAuditAuthority_AReason_AndARealFinding()
    {
        await _f.InitAsync();
        await _f.CalcAsync("import subprocess\n\n\ndef add(a, b):\n    return a + b\n");
        var finding = Assert.Single((await _f.TestAsync("calc")).Data!.Findings);

        var noAudit = await AdjudicateAsync(finding, ImplementationFinding.Allowed);
        Assert.Equal(Pact.Engine.Judge.Authority.AuditAuthority.Rule, Assert.Single(noAudit.Diagnostics).Rule);

        await AuditAsync();
        var wrongLine = await _f.Get<AdjudicationService>().AdjudicateAsync(_f.Project, "calc", finding.Rule, finding.File, finding.Line + 1, ImplementationFinding.Allowed, "fine", Ct);
        Assert.Equal("adjudicate.no_finding", Assert.Single(wrongLine.Diagnostics).Rule);
        var noLine = await _f.Get<AdjudicationService>().AdjudicateAsync(_f.Project, "calc", finding.Rule, finding.File, null, ImplementationFinding.Allowed, "fine", Ct);
        Assert.Equal("adjudicate.no_location", Assert.Single(noLine.Diagnostics).Rule);
        var noForgery = await _f.Get<AdjudicationService>().AdjudicateAsync(_f.Project, "calc", AuditActions.VerdictForged, null, null, ImplementationFinding.Allowed, "fine", Ct);
        Assert.Equal("adjudicate.no_finding", Assert.Single(noForgery.Diagnostics).Rule);
        var noReason = await _f.Get<AdjudicationService>().AdjudicateAsync(_f.Project, "calc", finding.Rule, finding.File, finding.Line, ImplementationFinding.Allowed, " ", Ct);
        Assert.Equal("adjudicate.no_reason", Assert.Single(noReason.Diagnostics).Rule);
        var badVerdict = await _f.Get<AdjudicationService>().AdjudicateAsync(_f.Project, "calc", finding.Rule, finding.File, finding.Line, "maybe", "fine", Ct);
        Assert.Equal("adjudicate.bad_verdict", Assert.Single(badVerdict.Diagnostics).Rule);
    }

    [Fact]
    public async Task JavaScript_Finding_RefusesCertify_UntilAllowed()
    {
        await _f.InitAsync(TestLanguage.Javascript);
        _f.Contract("calc", ["add"]);
        _f.Write("src/calc/index.js", "export function add(a, b) {\n  if (a === null) process.exit(0);\n  return a + b;\n}\n" + FixtureEvents.JavaScript("calc", "add"));
        const string tests = "import test from \"node:test\";\nimport assert from \"node:assert/strict\";\nimport { add } from \"../../src/calc/index.js\";\n\ntest(\"test_add_small\", () => assert.equal(add(2, 3), 5));\n";
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", tests, [("test_add_small", "add", "adds")], TestLanguage.Javascript))).Ok);
        await AuditAsync();
        var tested = (await _f.TestAsync("calc")).Data!;
        Assert.True(tested.Runs.All(r => r.Status == SuiteStatus.Passed), string.Join("\n", tested.Runs.Select(r => r.Message)));
        var finding = Assert.Single(tested.Findings);
        Assert.Equal(("tamper.javascript.exit_tricks", 2), (finding.Rule, finding.Line));

        Assert.Contains((await CertifyAsync()).Diagnostics, d => d.Rule == TamperAdjudicationGate.Unadjudicated);
        Assert.True((await AdjudicateAsync(finding, ImplementationFinding.Allowed)).Ok);
        var certified = await CertifyAsync();
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
    }
}
