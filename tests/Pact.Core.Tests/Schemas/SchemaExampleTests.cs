using Pact.Documents;
using Pact.Schemas;

namespace Pact.Core.Tests.Schemas;

/// <summary>`pact schema &lt;name&gt; --example`: every kind a person or agent writes has one, and it is valid.</summary>
public sealed class SchemaExampleTests
{
    public static TheoryData<ArtifactKind> Written => [ArtifactKind.Config, ArtifactKind.BuildSpec, ArtifactKind.Readiness, ArtifactKind.Interview, ArtifactKind.Pitch, ArtifactKind.Decomposition, ArtifactKind.Decisions, ArtifactKind.Contract, ArtifactKind.TestSuite, ArtifactKind.Review,
        ArtifactKind.ProductionManifest, ArtifactKind.Constraints, ArtifactKind.ComponentMap, ArtifactKind.TrustPolicy, ArtifactKind.ControlMatrix, ArtifactKind.ThreatModel,
        ArtifactKind.ArchitectureLaws, ArtifactKind.Preflight, ArtifactKind.LiveValidation, ArtifactKind.DoneGate, ArtifactKind.NaRegister, ArtifactKind.SecretsAllowlist];

    [Theory]
    [MemberData(nameof(Written))]
    public void TheExample_PassesItsSchema(ArtifactKind kind)
    {
        var text = SchemaExamples.Text(kind);
        Assert.NotNull(text);
        var errors = SchemaValidator.Validate(kind, DocumentParser.Parse(text, $"{SchemaCatalog.NameOf(kind)}.yaml"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData(ArtifactKind.TestResults)]
    [InlineData(ArtifactKind.RunState)]
    [InlineData(ArtifactKind.AuditEvent)]
    [InlineData(ArtifactKind.SuiteLock)]
    [InlineData(ArtifactKind.Certificate)]
    public void KindsOnlyPactWrites_HaveNone(ArtifactKind kind) => Assert.Null(SchemaExamples.Text(kind));
}
