using System.Text.Json.Nodes;
using Pact.Documents;
using Pact.Production;

namespace Pact.Core.Tests.Production;

public sealed class OpenApiShapeTests
{
    private static OpenApiAssessment Check(string yaml) => OpenApiShape.Check(DocumentParser.Parse(yaml, "api.yaml").Root!.AsObject(), "api.yaml");

    [Fact]
    public void ASwagger2Document_UsesSecurityDefinitions()
    {
        var result = Check("""
            swagger: "2.0"
            info: { title: Legacy, version: "1" }
            securityDefinitions:
              key: { type: apiKey, in: header, name: X-Key }
            security: [ { key: [] } ]
            paths:
              /ping:
                get:
                  responses:
                    "200": { description: ok }
                    "403": { description: forbidden }
                    "429": { description: slow down, headers: { X-RateLimit-Reset: { type: integer } } }
                    "503": { description: unavailable }
            """);
        Assert.Equal("2.0", result.Version);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void AnEmptySecurityArray_DeclaresAnOperationPublicOnPurpose()
    {
        var result = Check("""
            openapi: 3.1
            info: { title: Health, version: "1" }
            components: { securitySchemes: { bearer: { type: http, scheme: bearer } } }
            paths:
              /health:
                get:
                  security: []
                  responses:
                    "200": { description: ok }
                    "400": { description: bad }
                    "429": { description: slow, headers: { Retry-After: { schema: { type: integer } } } }
                    default: { description: error }
              /admin:
                post:
                  responses:
                    "200": { description: ok }
            """);
        Assert.Equal("3.1", result.Version);
        Assert.Contains("no security requirement: POST /admin", result.Problems);
        Assert.DoesNotContain(result.Problems, p => p.Contains("GET /health", StringComparison.Ordinal));
    }

    [Fact]
    public void ADocumentWithoutInfoOrPaths_IsStructurallyInvalid()
    {
        var result = OpenApiShape.Check(new JsonObject { ["openapi"] = "3.0.0" }, "api.json");
        Assert.Contains("info.title and info.version are required", result.Problems);
        Assert.Contains("paths is required", result.Problems);
    }

    [Fact]
    public void ANonOpenApiDocument_HasNoVersion()
    {
        Assert.Null(OpenApiShape.VersionOf(DocumentParser.Parse("name: app\n", "config.yaml").Root));
    }
}
