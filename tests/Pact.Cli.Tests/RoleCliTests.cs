using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine;
using Pact.Engine.Judge.Authority;

namespace Pact.Cli.Tests;

/// <summary>
/// Roles in the CLI (issue 12, item 3, same-user mode): the implementer's environment says <c>PACT_ROLE=code</c> (or
/// <c>--role code</c>), and every audit-side command is then refused with <c>authority.required</c>, changing nothing;
/// without that role an audit-side command still needs the authority: an audit directory this user can write.
/// </summary>
public sealed class RoleCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public RoleCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private string Audit => _dir.Combine("audit");

    /// <summary>The audit-side commands the must-show list names, each as it would succeed with the authority.</summary>
    private string[][] AuditSide() =>
    [
        ["goodhart", Project, "calc", "--file", CalcProject.HiddenSuite(_dir)],
        ["unfreeze", Project, "calc", "--reason", "the contract changed"],
        ["adjudicate", Project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "allowed", "--reason", "unused import"],
        ["authority", "move", Project, _dir.Combine("moved-audit")],
    ];

    private async Task SetUpAsync()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, Audit, "import subprocess\n\n\ndef add(a, b):\n    return a + b\n");
        Assert.Equal(0, (await Cli.InProcessAsync("freeze", Project)).ExitCode);
    }

    [Fact]
    public async Task RoleCode_RefusesEveryAuditSideCommand_AndChangesNothing()
    {
        await SetUpAsync();
        var project = TreeSnapshot.Of(Project);
        var audit = TreeSnapshot.Of(Audit);

        foreach (var args in AuditSide())
        {
            var run = await Cli.InProcessAsync([.. args, "--role", "code"]);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("authority.required", run.Err, StringComparison.Ordinal);
            Assert.Contains($"`pact {string.Join(' ', args.TakeWhile(a => a != Project))}`", run.Err, StringComparison.Ordinal);
            Assert.Contains("auditor", run.Err, StringComparison.Ordinal);
        }

        TreeSnapshot.AssertUnchanged(project, Project);
        TreeSnapshot.AssertUnchanged(audit, Audit);
        Assert.False(Directory.Exists(_dir.Combine("moved-audit")));
    }

    [Fact]
    public async Task PactRoleCode_InTheEnvironment_RefusesGoodhart_AsARealProcess()
    {
        await SetUpAsync();
        var audit = TreeSnapshot.Of(Audit);
        var weaker = _dir.Write("weaker.yaml", File.ReadAllText(CalcProject.HiddenSuite(_dir)).Replace("3345", "0", StringComparison.Ordinal));

        var run = await Cli.ProcessAsync(["goodhart", Project, "calc", "--file", weaker], new Dictionary<string, string?> { ["PACT_ROLE"] = "code" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("authority.required", run.Err, StringComparison.Ordinal);
        Assert.Contains("PACT_ROLE=code", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(audit, Audit);
    }

    [Fact]
    public async Task PactRole_WithAnUnknownValue_IsAUsageError()
    {
        var run = await Cli.ProcessAsync(["status", Project], new Dictionary<string, string?> { ["PACT_ROLE"] = "auditor" });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PACT_ROLE", run.Err, StringComparison.Ordinal);
        Assert.Contains("solo, code or audit", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheAuditDirectory_AuditSideCommandsAreRefused()
    {
        await SetUpAsync();
        Directory.Move(Audit, Audit + ".away");
        var project = TreeSnapshot.Of(Project);

        foreach (var args in AuditSide())
        {
            var run = await Cli.InProcessAsync(args);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("authority.required", run.Err, StringComparison.Ordinal);
        }

        TreeSnapshot.AssertUnchanged(project, Project);
        Assert.False(Directory.Exists(Audit));
    }

    [Fact]
    public async Task WithAReadOnlyAuditDirectory_AuditSideCommandsAreRefused()
    {
        // Root writes through any mode bits, so the audit directory is made read-only the way the kernel enforces for
        // root too: a read-only bind mount around the real CLI process.
        await SetUpAsync();
        var audit = TreeSnapshot.Of(Audit);
        var project = TreeSnapshot.Of(Project);

        foreach (var args in AuditSide())
        {
            var run = await Cli.ProcessAsync(args, new Dictionary<string, string?>(), wrapper: ["/usr/bin/bwrap", "--bind", "/", "/", "--ro-bind", Audit, Audit, "--dev", "/dev", "--proc", "/proc"]);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("authority.required", run.Err, StringComparison.Ordinal);
            Assert.Contains("cannot write", run.Err, StringComparison.Ordinal);
        }

        TreeSnapshot.AssertUnchanged(audit, Audit);
        TreeSnapshot.AssertUnchanged(project, Project);
    }

    [Fact]
    public async Task WithTheAuthority_TheAuditSideCommandsWork()
    {
        await SetUpAsync();
        Assert.Equal(0, (await Cli.InProcessAsync("test", Project)).ExitCode);

        foreach (var args in AuditSide())
        {
            var run = await Cli.InProcessAsync(args);

            Assert.True(run.ExitCode == 0, $"pact {string.Join(' ', args)}: {run.Out}{run.Err}");
        }
    }

    [Fact]
    public void EveryOperationOfTheAuthoritysTable_IsACommandOfTheCli()
    {
        using var services = new ServiceCollection().AddPact().BuildServiceProvider();
        var root = PactCli.Build(new CliContext(services, TextWriter.Null, TextWriter.Null, TextReader.Null));

        foreach (var operation in AuditOperations.All)
        {
            Command at = root;
            foreach (var word in operation.Command.Split(' '))
            {
                at = Assert.Single(at.Subcommands, c => c.Name == word);
            }
        }
    }
}
