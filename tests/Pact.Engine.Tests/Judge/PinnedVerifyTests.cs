using System.Security.Cryptography;
using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Projects;
using Pact.Judge;
using Pact.Projects;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// Pinned verification (issue 12, item 1): a certificate is only as good as the key it is checked with, and every key
/// the project can name (audit_dir's, the one beside the certificate) is the implementer's to choose.
/// </summary>
public sealed class PinnedVerifyTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string P(string relative) => Path.Combine(_f.Project, relative);

    private CertificationService Service => _f.Get<CertificationService>();

    private string Audit => _f.Dir.Combine("audit");

    private string AuditKey => Path.Combine(Audit, "keys", SigningKeys.PublicKeyFile);

    private async Task CertifiedAsync()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct)).Ok);
        var hidden = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", hidden, SuiteKind.Hidden)).Ok);
        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
    }

    /// <summary>
    /// The cheat: the judge never ran a suite. The project has its real audit directory (and key); the implementer
    /// re-points audit_dir at an empty directory (<paramref name="withOwnKey"/>: one holding a key of their own),
    /// writes an in-toto statement over the project's current files claiming every suite passed, signs it with a
    /// fresh key and puts that key beside the certificate.
    /// </summary>
    private async Task<ECDsa> ForgeAsync(bool withOwnKey = false)
    {
        await _f.InitAsync();
        await _f.CalcAsync("def add(a, b):\n    return 0\n");
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct)).Ok);
        var empty = Directory.CreateDirectory(_f.Dir.Combine("empty-audit")).FullName;
        File.WriteAllText(P("pact.yaml"), File.ReadAllText(P("pact.yaml")).Replace(Audit, empty, StringComparison.Ordinal));
        var (project, _, _) = await _f.Get<ProjectStore>().OpenAsync(_f.Project, Ct);
        var judge = new JudgeLayout(project!.Layout, project.Config);
        Assert.Equal(empty, judge.AuditDir);
        var statement = new InTotoStatement
        {
            Subject = [.. CertificationSubjects.Names(judge).Select(n => new InTotoSubject { Name = n, Digest = CertificationSubjects.Digest(CertificationSubjects.Sha256(CertificationSubjects.Resolve(judge, n), CertificationSubjects.RootOf(judge, n))!) })],
            Predicate = new CertificationPredicate
            {
                ProjectId = "project",
                ToolVersion = "forged",
                Timestamp = "2026-11-26T10:00:00.0000000+00:00",
                Components = ["calc"],
                Runs = [new SuiteRun { ComponentId = "calc", Kind = SuiteKind.Hidden, Status = SuiteStatus.Passed, Passed = 50, Total = 50, Isolation = IsolationLevel.Bwrap }],
                Isolation = IsolationLevel.Bwrap,
            },
        };
        var own = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(P("certification"));
        File.WriteAllText(P("certification/certification.json"), JsonSerializer.Serialize(Dsse.Sign(JsonSerializer.SerializeToUtf8Bytes(statement, PactJson.Compact.InTotoStatement), own), PactJson.Context.DsseEnvelope));
        File.WriteAllText(P("certification/public_key.pem"), own.ExportSubjectPublicKeyInfoPem() + "\n");
        if (withOwnKey)
        {
            _f.Dir.Write($"empty-audit/keys/{SigningKeys.PublicKeyFile}", own.ExportSubjectPublicKeyInfoPem() + "\n");
        }

        return own;
    }

    private Dictionary<string, string?> OutsideCi(params (string Name, string? Value)[] extra)
    {
        var environment = _f.Ci(extra);
        environment.Remove("CI");
        return environment;
    }

    [Fact]
    public async Task ForgedCertificate_WithItsOwnKeyBesideIt_AndAnEmptyAuditDir_FailsPinnedVerify()
    {
        using var own = await ForgeAsync();

        var verified = await _f.VerifyAsync(AuditKey);

        Assert.Equal(Outcome.Invalid, verified.Outcome);
        Assert.Contains(verified.Diagnostics, d => d.Rule == "certify.bad_signature");
        Assert.Contains(verified.Diagnostics, d => d.Rule == "certify.foreign_key");
        Assert.False(verified.Data!.Verified);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ForgedCertificate_FailsUnpinnedVerify_UnderCi(bool withOwnKey)
    {
        using var own = await ForgeAsync(withOwnKey);

        var verified = await _f.VerifyAsync(environment: _f.Ci());

        Assert.Equal(Outcome.Invalid, verified.Outcome);
        var refusal = Assert.Single(verified.Diagnostics);
        Assert.Equal("certify.unpinned", refusal.Rule);
        Assert.Contains("CI=true", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedCertificate_OutsideCi_FailsWithNoKeyOutsideTheProject_AndWithItsOwnKey_SaysUnpinned()
    {
        using (await ForgeAsync())
        {
            var verified = await _f.VerifyAsync(environment: OutsideCi());
            Assert.Equal("certify.no_trusted_key", Assert.Single(verified.Diagnostics).Rule);
        }

        // With a key the implementer chose, an unpinned verify cannot tell: it passes, and says it proves nothing.
        _f.Dir.Write($"empty-audit/keys/{SigningKeys.PublicKeyFile}", File.ReadAllText(P("certification/public_key.pem")));
        var unpinned = await _f.VerifyAsync(environment: OutsideCi());
        Assert.True(unpinned.Ok, string.Join("\n", unpinned.Diagnostics));
        Assert.False(unpinned.Data!.Pinned);
        Assert.Equal("certify.unpinned", Assert.Single(unpinned.Diagnostics).Rule);
    }

    [Fact]
    public async Task HonestCertificate_PassesPinnedVerify_WithKey_AndWithKeyIdFromPactTrustedKeys_AndFromTheTrustStore()
    {
        await CertifiedAsync();

        var byFile = await _f.VerifyAsync(AuditKey);
        Assert.True(byFile.Ok, string.Join("\n", byFile.Diagnostics));
        Assert.True(byFile.Data!.Pinned);
        Assert.Empty(byFile.Diagnostics);

        var pinned = _f.Dir.Write("ci-keys/audit-pub.pem", File.ReadAllText(AuditKey));
        var keyId = TrustStore.Read(pinned)!.KeyId;
        var byId = await _f.VerifyAsync(keyId: keyId, environment: _f.Ci((TrustStore.Variable, pinned)));
        Assert.True(byId.Ok, string.Join("\n", byId.Diagnostics));
        Assert.True(byId.Data!.Pinned);
        Assert.Equal(keyId, byId.Data.KeyId);

        // A key in the user's trust store pins without naming it, CI or not.
        var home = _f.Dir.Combine("pact-home");
        _f.Dir.Write($"pact-home/trusted_keys/audit.pem", File.ReadAllText(AuditKey));
        var byStore = await _f.VerifyAsync(environment: _f.Ci(("PACT_HOME", home)));
        Assert.True(byStore.Ok, string.Join("\n", byStore.Diagnostics));
        Assert.True(byStore.Data!.Pinned);
        Assert.Contains("trusted_keys", byStore.Data.TrustedKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HonestCertificate_FailsWithAWrongKey_AndAnUnknownKeyId_AndAKeyInsideTheProject()
    {
        await CertifiedAsync();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var wrong = _f.Dir.Write("wrong.pem", other.ExportSubjectPublicKeyInfoPem());

        Assert.Contains((await _f.VerifyAsync(wrong)).Diagnostics, d => d.Rule == "certify.bad_signature");
        Assert.Equal("certify.key_not_trusted", Assert.Single((await _f.VerifyAsync(keyId: SigningKeys.KeyId(other), environment: _f.Ci((TrustStore.Variable, AuditKey)))).Diagnostics).Rule);
        Assert.Equal("certify.key_in_project", Assert.Single((await _f.VerifyAsync(P("certification/public_key.pem"))).Diagnostics).Rule);

        // A trust-store entry inside the project (here: the key beside the certificate) is skipped, never trusted.
        var inside = await _f.VerifyAsync(keyId: SigningKeys.KeyId(TrustStoreKey()), environment: _f.Ci((TrustStore.Variable, P("certification/public_key.pem"))));
        Assert.Contains(inside.Diagnostics, d => d.Rule == "certify.trusted_key_in_project");
        Assert.Contains(inside.Diagnostics, d => d.Rule == "certify.key_not_trusted");
    }

    [Fact]
    public async Task HonestCertificate_UnpinnedOutsideCi_Passes_ButSaysUnpinned_AndUnderCiNeedsAllowUnpinned()
    {
        await CertifiedAsync();

        var unpinned = await _f.VerifyAsync(environment: OutsideCi());
        Assert.True(unpinned.Ok, string.Join("\n", unpinned.Diagnostics));
        Assert.False(unpinned.Data!.Pinned);
        var warning = Assert.Single(unpinned.Diagnostics);
        Assert.Equal("certify.unpinned", warning.Rule);
        Assert.Equal(Pact.Diagnostics.Severity.Warning, warning.Severity);

        Assert.Equal("certify.unpinned", Assert.Single((await _f.VerifyAsync(environment: _f.Ci())).Diagnostics).Rule);
        var allowed = await _f.VerifyAsync(environment: _f.Ci(), allowUnpinned: true);
        Assert.True(allowed.Ok, string.Join("\n", allowed.Diagnostics));
        Assert.False(allowed.Data!.Pinned);
    }

    [Fact]
    public async Task AuditInit_ReportsTheKeyIdToPin()
    {
        await _f.InitAsync();
        var init = await _f.Get<AuditInitService>().InitAsync(_f.Project, Audit, Ct);
        Assert.True(init.Ok);
        Assert.Equal(AuditKey, init.Data!.PublicKey);
        Assert.Equal(TrustStore.Read(AuditKey)!.KeyId, init.Data.KeyId);
    }

    private ECDsa TrustStoreKey()
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(P("certification/public_key.pem")));
        return key;
    }
}
