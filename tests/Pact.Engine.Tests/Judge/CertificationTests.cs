using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Suites;
using Pact.Judge;
using Pact.Projects;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CertificationTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string P(string relative) => Path.Combine(_f.Project, relative);

    private CertificationService Service => _f.Get<CertificationService>();

    private async Task CertifiedAsync()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);
        var hidden = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", hidden, SuiteKind.Hidden)).Ok);
        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
    }

    [Fact]
    public async Task Certify_SignsAnInTotoStatementOverEveryFile_AndVerifies()
    {
        await CertifiedAsync();

        var envelope = JsonSerializer.Deserialize(File.ReadAllText(P("certification/certification.json")), PactJson.Context.DsseEnvelope)!;
        var statement = JsonSerializer.Deserialize(Convert.FromBase64String(envelope.Payload), PactJson.Context.InTotoStatement)!;
        Assert.Equal("https://in-toto.io/Statement/v1", statement.Type);
        Assert.Equal("2026-11-26T10:00:00.0000000+00:00", statement.Predicate.Timestamp);
        var names = statement.Subject.Select(s => s.Name).ToList();
        Assert.Contains("contracts/calc/interface.json", names);
        Assert.Contains("src/calc/calc.py", names);
        Assert.Contains("tests/calc/contract_test.py", names);
        Assert.Contains("audit:masters/calc/hidden.json", names);
        Assert.Equal(2, statement.Predicate.Runs.Count);
        Assert.DoesNotContain(HiddenSuiteTests.Canary, Encoding.UTF8.GetString(Convert.FromBase64String(envelope.Payload)), StringComparison.Ordinal);

        var verified = await _f.VerifyAsync();
        Assert.True(verified.Ok, string.Join("\n", verified.Diagnostics));
        Assert.Empty(verified.Data!.Changed);
        Assert.True((await _f.Get<Pact.Engine.Projects.StatusService>().GetAsync(_f.Project, Ct)).Data!.Certified);
    }

    [Theory]
    [InlineData("src/calc/calc.py")]
    [InlineData("contracts/calc/interface.json")]
    [InlineData("tests/calc/contract_test_suite.json")]
    public async Task OneChangedByte_InACertifiedFile_FailsVerify_NamingTheFile(string file)
    {
        await CertifiedAsync();
        var bytes = File.ReadAllBytes(P(file));
        bytes[^1] ^= 1;
        File.WriteAllBytes(P(file), bytes);

        var verified = await _f.VerifyAsync();

        Assert.Equal(Outcome.Invalid, verified.Outcome);
        Assert.Equal([$"{file} (changed)"], verified.Data!.Changed);
    }

    [Fact]
    public async Task ChangedHiddenMaster_AndAddedFile_FailVerify()
    {
        await CertifiedAsync();
        File.AppendAllText(_f.Dir.Combine("audit/masters/calc/hidden.json"), " ");
        _f.Write("src/calc/extra.py", "X = 1\n");

        var verified = await _f.VerifyAsync();

        Assert.Equal(["audit:masters/calc/hidden.json (changed)", "src/calc/extra.py (added)"], verified.Data!.Changed);
    }

    [Fact]
    public async Task EditedCertificate_FailsVerify()
    {
        await CertifiedAsync();
        var path = P("certification/certification.json");
        var envelope = JsonSerializer.Deserialize(File.ReadAllText(path), PactJson.Context.DsseEnvelope)!;
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(envelope.Payload)).Replace("\"passed\"", "\"failed\"", StringComparison.Ordinal);
        File.WriteAllText(path, JsonSerializer.Serialize(envelope with { Payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)) }, PactJson.Context.DsseEnvelope));

        var verified = await _f.VerifyAsync();

        Assert.Equal("certify.bad_signature", Assert.Single(verified.Diagnostics).Rule);
    }

    [Fact]
    public async Task CertificateResignedWithAnotherKey_FailsVerify_EvenWithTheKeyBesideItReplaced()
    {
        await CertifiedAsync();
        var path = P("certification/certification.json");
        var envelope = JsonSerializer.Deserialize(File.ReadAllText(path), PactJson.Context.DsseEnvelope)!;
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(path, JsonSerializer.Serialize(Dsse.Sign(Convert.FromBase64String(envelope.Payload), other), PactJson.Context.DsseEnvelope));
        File.WriteAllText(P("certification/public_key.pem"), other.ExportSubjectPublicKeyInfoPem());

        var verified = await _f.VerifyAsync();

        Assert.Contains(verified.Diagnostics, d => d.Rule == "certify.bad_signature");
        Assert.Contains(verified.Diagnostics, d => d.Rule == "certify.foreign_key");
    }

    [Fact]
    public async Task Certify_Refuses_WhileATamperEventIsOpen_AndWhenAHiddenSuiteFails()
    {
        await _f.InitAsync();
        await _f.CalcAsync("def add(a, b):\n    return {(2, 3): 5, (-2, -3): -5}[(a, b)]\n");
        File.AppendAllText(P("tests/calc/contract_test.py"), "# edited\n");

        var tampered = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.Equal("certify.tamper_open", Assert.Single(tampered.Diagnostics).Rule);

        await _f.Get<SuiteStateService>().SyncAsync(_f.Project, Ct);
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);
        var hidden = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", hidden, SuiteKind.Hidden)).Ok);
        var failing = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.Equal("certify.suites_failed", Assert.Single(failing.Diagnostics).Rule);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    [Fact]
    public async Task SoloMode_SignsWithTheKeyStoreInPactHome_NeverInsideTheProject()
    {
        var home = _f.Dir.Combine("pact-home");
        var before = Environment.GetEnvironmentVariable("PACT_HOME");
        Environment.SetEnvironmentVariable("PACT_HOME", home);
        try
        {
            await _f.InitAsync();
            await _f.CalcAsync();

            var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

            Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
            Assert.True(File.Exists(Path.Combine(home, "keys", SigningKeys.PrivateKeyFile)));
            Assert.True((await _f.VerifyAsync()).Ok);
            Environment.SetEnvironmentVariable("PACT_HOME", P("keys-here"));
            Assert.Equal("certify.key_in_project", Assert.Single((await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct)).Diagnostics).Rule);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PACT_HOME", before);
        }
    }
}
