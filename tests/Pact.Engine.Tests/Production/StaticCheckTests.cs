using Pact.Engine.Projects;
using Pact.Engine.Production;
using Pact.Production;

namespace Pact.Engine.Tests.Production;

/// <summary>The static checks over fixture trees on disk: each result pass, fail or not-detected, with the files behind it.</summary>
public sealed class StaticCheckTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Root => _dir.Combine("tree");

    private ProjectLayout Layout => new(Root);

    private StaticCheckResult Check(DerivedEvidence check, SecretsAllowlist? allowlist = null)
    {
        Directory.CreateDirectory(Root);
        return StaticChecks.Run(Layout, Path.Combine(Root, "production"), allowlist, []).Single(c => c.Check == check);
    }

    // Built from parts so that this file itself is no planted secret.
    private static readonly string AwsKey = "AKIA" + "IOSFODNN7EXAMPLQ";
    private static readonly string GithubToken = "ghp_" + "x7Gk2pQ9rLm4Vt8Yw1Zc3Nb6Hd5Js0Fa2Ke9";

    [Fact]
    public void APlantedSecret_IsFound_WithItsFileAndLine()
    {
        _dir.Write("tree/src/app/settings.py", $"REGION = 'eu'\nAWS_ACCESS_KEY_ID = '{AwsKey}'\n");
        var result = Check(DerivedEvidence.SecretScan);
        Assert.Equal(StaticCheckStatus.Fail, result.Status);
        var finding = Assert.Single(result.Evidence);
        Assert.StartsWith("src/app/settings.py:2 aws_access_key", finding, StringComparison.Ordinal);
        Assert.DoesNotContain(AwsKey, finding, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAllowListedSecret_IsNotReported()
    {
        _dir.Write("tree/tests/fixtures/keys.py", $"FAKE = '{AwsKey}'\n");
        var allow = new SecretsAllowlist { Version = "1", Allow = [new SecretAllowance { File = "tests/fixtures/keys.py", Rule = SecretRules.AwsAccessKey, Reason = "AWS's documented example key" }] };
        var result = Check(DerivedEvidence.SecretScan, allow);
        Assert.Equal(StaticCheckStatus.Pass, result.Status);
        Assert.Contains("1 allow-listed", result.Summary, StringComparison.Ordinal);

        // The allowance is for that file and rule only.
        _dir.Write("tree/src/keys.py", $"REAL = '{AwsKey}'\n");
        Assert.Equal(StaticCheckStatus.Fail, Check(DerivedEvidence.SecretScan, allow).Status);
    }

    [Fact]
    public void SecretRules_FindEachShape_AndSpareLowEntropyValues()
    {
        Assert.Equal([SecretRules.AwsAccessKey], SecretRules.Scan($"key = {AwsKey}", "f").Select(f => f.Rule));
        Assert.Equal([SecretRules.GithubToken], SecretRules.Scan($"token: \"{GithubToken}\"", "f").Select(f => f.Rule));
        Assert.Equal([SecretRules.PrivateKey], SecretRules.Scan("-----BEGIN RSA " + "PRIVATE KEY-----\nMIIE...\n", "f").Select(f => f.Rule));
        Assert.Equal([SecretRules.PrivateKey], SecretRules.Scan("-----BEGIN OPENSSH " + "PRIVATE KEY-----", "f").Select(f => f.Rule));
        Assert.Equal([SecretRules.GenericApiKey], SecretRules.Scan("api_key = \"Zx81Lq0VbT4mR9sK2wP7nY3c\"", "f").Select(f => f.Rule));
        Assert.Equal([SecretRules.GenericApiKey], SecretRules.Scan("\"client_secret\": \"q8F2vLx9Tz4Mw1Rk7Bn3Yc5\"", "f").Select(f => f.Rule));
        Assert.Empty(SecretRules.Scan("password = \"changeme\"", "f"));
        Assert.Empty(SecretRules.Scan("api_key = \"xxxxxxxxxxxxxxxxxxxxxxxx\"", "f"));
        Assert.Empty(SecretRules.Scan("api_key = os.environ['API_KEY']", "f"));
        Assert.Empty(SecretRules.Scan("-----BEGIN PUBLIC KEY-----", "f"));
    }

    [Fact]
    public void DependencyManifests_AreDetected_AndTheirAbsenceFails()
    {
        Assert.Equal(StaticCheckStatus.Fail, Check(DerivedEvidence.DependencyManifest).Status);
        _dir.Write("tree/requirements.txt", "requests==2.32.3\n");
        _dir.Write("tree/web/package.json", "{}");
        _dir.Write("tree/svc/Svc.csproj", "<Project />");
        _dir.Write("tree/web/node_modules/left-pad/package.json", "{}");
        var result = Check(DerivedEvidence.DependencyManifest);
        Assert.Equal(StaticCheckStatus.Pass, result.Status);
        Assert.Equal(["requirements.txt", "svc/Svc.csproj", "web/package.json"], result.Evidence);
    }

    [Theory]
    [InlineData("bom.json", """{ "bomFormat": "CycloneDX", "specVersion": "1.5", "components": [] }""", "cyclonedx-json")]
    [InlineData("bom.xml", """<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components/></bom>""", "cyclonedx-xml")]
    [InlineData("sbom.spdx.json", """{ "spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "app" }""", "spdx-json")]
    [InlineData("sbom.spdx", "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\n", "spdx-tag-value")]
    public void AnSbom_IsRecognisedByItsContent(string name, string content, string format)
    {
        _dir.Write($"tree/{name}", content);
        var result = Check(DerivedEvidence.Sbom);
        Assert.Equal(StaticCheckStatus.Pass, result.Status);
        Assert.Equal($"{name} ({format})", Assert.Single(result.Evidence));
    }

    [Fact]
    public void AFileNamedLikeAnSbom_ThatIsNone_IsNoSbom()
    {
        _dir.Write("tree/sbom.json", """{ "components": [] }""");
        Assert.Equal(StaticCheckStatus.Fail, Check(DerivedEvidence.Sbom).Status);
    }

    private const string CompleteOpenApi = """
        openapi: 3.0.3
        info: { title: Booking API, version: "1.0" }
        security:
          - bearer: []
        components:
          securitySchemes:
            bearer: { type: http, scheme: bearer }
          responses:
            TooMany:
              description: rate limited
              headers:
                Retry-After: { schema: { type: integer } }
        paths:
          /bookings:
            get:
              responses:
                "200": { description: ok }
                "401": { description: unauthenticated }
                "429": { $ref: "#/components/responses/TooMany" }
                "500": { description: server error }
            post:
              responses:
                "201": { description: created }
                "400": { description: invalid }
                "429": { $ref: "#/components/responses/TooMany" }
                default: { description: error }
        """;

    [Fact]
    public void ACompleteOpenApiDocument_Passes()
    {
        _dir.Write("tree/api/openapi.yaml", CompleteOpenApi);
        var result = Check(DerivedEvidence.Openapi);
        Assert.True(result.Status == StaticCheckStatus.Pass, string.Join("\n", result.Evidence));
        Assert.Equal("api/openapi.yaml (OpenAPI 3.0.3)", Assert.Single(result.Evidence));
    }

    [Fact]
    public void AnOpenApiDocumentWithoutAuthErrorsOrRateLimits_IsFlaggedForEach()
    {
        _dir.Write("tree/api/openapi.json", """{"openapi": "3.1.0", "info": {"title": "Open", "version": "1"}, "paths": {"/items": {"get": {"responses": {"200": {"description": "ok"}}}}}}""");
        var result = Check(DerivedEvidence.Openapi);
        Assert.Equal(StaticCheckStatus.Fail, result.Status);
        Assert.Contains(result.Evidence, e => e.Contains("no security scheme", StringComparison.Ordinal));
        Assert.Contains(result.Evidence, e => e.Contains("no security requirement: GET /items", StringComparison.Ordinal));
        Assert.Contains(result.Evidence, e => e.Contains("no 4xx error response: GET /items", StringComparison.Ordinal));
        Assert.Contains(result.Evidence, e => e.Contains("no 5xx or default error response: GET /items", StringComparison.Ordinal));
        Assert.Contains(result.Evidence, e => e.Contains("no 429 (rate limited) response: GET /items", StringComparison.Ordinal));
        Assert.All(result.Evidence, e => Assert.StartsWith("api/openapi.json: ", e, StringComparison.Ordinal));
    }

    [Fact]
    public void A429ThatDoesNotSayWhenToRetry_IsFlagged()
    {
        _dir.Write("tree/openapi.yaml", CompleteOpenApi.Replace("Retry-After", "X-Trace", StringComparison.Ordinal));
        var result = Check(DerivedEvidence.Openapi);
        Assert.Equal(StaticCheckStatus.Fail, result.Status);
        Assert.Contains("when to retry", Assert.Single(result.Evidence), StringComparison.Ordinal);
    }

    [Fact]
    public void ATreeWithoutOpenApi_ReportsNotDetected_NotFailure()
    {
        _dir.Write("tree/config.yaml", "name: app\nport: 8080\n");
        _dir.Write("tree/src/app.py", "print('hi')\n");
        var result = Check(DerivedEvidence.Openapi);
        Assert.Equal(StaticCheckStatus.NotDetected, result.Status);
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void LeftoverStubBodies_Fail_AndNoSourceIsNotDetected()
    {
        Assert.Equal(StaticCheckStatus.NotDetected, Check(DerivedEvidence.StubScan).Status);
        _dir.Write("tree/src/calc/calc.py", "def add(a, b):\n    raise NotImplementedError('calc.add')\n");
        var result = Check(DerivedEvidence.StubScan);
        Assert.Equal(StaticCheckStatus.Fail, result.Status);
        Assert.StartsWith("src/calc/calc.py:2", Assert.Single(result.Evidence), StringComparison.Ordinal);
    }
}
