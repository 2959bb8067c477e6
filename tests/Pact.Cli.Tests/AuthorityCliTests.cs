namespace Pact.Cli.Tests;

/// <summary>
/// The audit directory is the authority (issue 12, item 2): audit-init records it on both sides, a re-pointed
/// <c>audit_dir</c> is reported and never judged under, and only <c>pact authority move</c> (the old key approves) or
/// <c>pact authority new</c> (logged, shown from then on, carried by every certificate) changes it.
/// </summary>
public sealed class AuthorityCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public AuthorityCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private string Audit => _dir.Combine("audit");

    private string Yaml => Path.Combine(Project, "pact.yaml");

    private static string Text(Cli.Run run) => run.Out + run.Err;

    [Fact]
    public async Task AuditInit_OnAProjectThatHasAnAuthority_Refuses_AndNamesMoveAndNew()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, Audit);
        var before = TreeSnapshot.Of(Project);

        var again = await Cli.InProcessAsync("audit-init", Project, "--audit-dir", _dir.Combine("elsewhere"));

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("authority.exists", again.Err, StringComparison.Ordinal);
        Assert.Contains("pact authority move", again.Err, StringComparison.Ordinal);
        Assert.Contains("pact authority new", again.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
        Assert.False(Directory.Exists(_dir.Combine("elsewhere")));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("foreign")]
    [InlineData("rekeyed")]
    public async Task RepointedAuditDir_IsAnErrorInStatusAndValidate_AndNothingIsJudgedOrSigned(string how)
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, Audit);
        var other = _dir.Combine("other-audit");
        switch (how)
        {
            case "empty":
                Directory.CreateDirectory(other);
                break;
            case "foreign":
                // Another project's authority: its own id and key.
                await CalcProject.CreateAsync(_dir, _dir.Combine("q"));
                Assert.Equal(0, (await Cli.InProcessAsync("audit-init", _dir.Combine("q"), "--audit-dir", other)).ExitCode);
                break;
            case "rekeyed":
                // A copy of the real authority's files with a signing key of the implementer's own.
                CopyTree(Audit, other);
                Directory.Delete(Path.Combine(other, "keys"), recursive: true);
                break;
        }

        File.WriteAllText(Yaml, File.ReadAllText(Yaml).Replace(Audit, other, StringComparison.Ordinal));

        var status = await Cli.InProcessAsync("status", Project);
        var validate = await Cli.InProcessAsync("validate", Project);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("authority.repointed", status.Err, StringComparison.Ordinal);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("authority.repointed", validate.Err, StringComparison.Ordinal);
        foreach (var command in new[] { "test", "polish", "certify" })
        {
            var judged = await Cli.InProcessAsync(command, Project);
            Assert.Equal(1, judged.ExitCode);
            Assert.Contains("authority.repointed", Text(judged), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(Project, "certification", "certification.json")), "certify signed under a re-pointed authority");
    }

    [Fact]
    public async Task Move_WithTheOldAuthority_CarriesTheSuitesAndTheLedger_AndStatusIsClean()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, Audit);
        var moved = _dir.Combine("moved-audit");

        var move = await Cli.InProcessAsync("authority", "move", Project, moved);

        Assert.True(move.ExitCode == 0, Text(move));
        Assert.Contains($"audit_dir: {moved}", File.ReadAllText(Yaml), StringComparison.Ordinal);
        Assert.Contains("\"action\":\"authority.move\"", File.ReadAllText(Path.Combine(Audit, "ledger.jsonl")), StringComparison.Ordinal);
        Assert.Contains("\"action\":\"authority.move\"", File.ReadAllText(Path.Combine(moved, "ledger.jsonl")), StringComparison.Ordinal);
        Assert.Contains("\"action\":\"authority.move\"", File.ReadAllText(Path.Combine(Project, ".pact", "audit.jsonl")), StringComparison.Ordinal);
        var status = await Cli.InProcessAsync("status", Project);
        Assert.True(status.ExitCode == 0, Text(status));
        Assert.DoesNotContain("authority.", status.Err, StringComparison.Ordinal);
        var certified = await Cli.InProcessAsync("certify", Project);
        Assert.True(certified.ExitCode == 0, Text(certified));
        Assert.Contains("1 passed", certified.Out.Split('\n').First(l => l.Contains("hidden", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_WithoutTheOldAuthority_IsRefused_AndPointsToNew()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, Audit);
        Directory.Delete(Audit, recursive: true);
        var before = TreeSnapshot.Of(Project);

        var move = await Cli.InProcessAsync("authority", "move", Project, _dir.Combine("moved-audit"));

        Assert.Equal(1, move.ExitCode);
        Assert.Contains("authority.required", move.Err, StringComparison.Ordinal);
        Assert.Contains("pact authority new", move.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task New_AfterTheAuthorityIsLost_IsLogged_ShownByStatus_AndCarriedByEveryCertificate()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, Audit);
        Directory.Delete(Audit, recursive: true);
        var replacement = _dir.Combine("new-audit");
        Assert.Contains("authority.repointed", (await Cli.InProcessAsync("status", Project)).Err, StringComparison.Ordinal);

        var noReason = await Cli.InProcessAsync("authority", "new", Project, replacement, "--reason", " ");
        Assert.Equal(1, noReason.ExitCode);
        var created = await Cli.InProcessAsync("authority", "new", Project, replacement, "--reason", "the audit disk died");

        Assert.True(created.ExitCode == 0, Text(created));
        Assert.Contains("\"action\":\"authority.new\"", File.ReadAllText(Path.Combine(Project, ".pact", "audit.jsonl")), StringComparison.Ordinal);
        var status = await Cli.InProcessAsync("status", Project);
        Assert.True(status.ExitCode == 0, Text(status));
        Assert.Contains("authority replaced without approval on ", status.Err, StringComparison.Ordinal);
        Assert.Contains(": the audit disk died", status.Err, StringComparison.Ordinal);
        // The lost directory held the masters: the auditor locks the suites again under the new authority.
        Assert.Equal(0, (await Cli.InProcessAsync("tests", Project, "calc", "--file", _dir.Combine("p-visible.yaml"))).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("goodhart", Project, "calc", "--file", CalcProject.HiddenSuite(_dir))).ExitCode);
        var certified = await Cli.InProcessAsync("certify", Project);
        Assert.True(certified.ExitCode == 0, Text(certified));
        var verified = await Cli.InProcessAsync("certify", Project, "--verify", "--key", Path.Combine(replacement, "keys", "signing_key.pub.pem"));
        Assert.True(verified.ExitCode == 0, Text(verified));
        Assert.Contains("authority replaced without approval on ", verified.Out, StringComparison.Ordinal);
        Assert.Contains("the audit disk died", verified.Out, StringComparison.Ordinal);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
