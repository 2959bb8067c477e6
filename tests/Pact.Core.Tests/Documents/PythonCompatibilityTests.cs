using Pact.Audit;
using Pact.Contracts;
using Pact.Documents;
using Pact.Hashing;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Documents;

/// <summary>Projects written by the Python Pact (pydantic model_dump_json: every key, explicit nulls) load unchanged.</summary>
public sealed class PythonCompatibilityTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "python", name));

    [Fact]
    public void PythonContract_Loads_WithEveryField()
    {
        var read = ArtifactReader.Read(ArtifactKind.Contract, Fixture("interface.json"), "contracts/auth_module/interface.json", PactJson.Context.ComponentContract);

        Assert.True(read.Ok, string.Join("\n", read.Diagnostics));
        var contract = read.Value!;
        Assert.Equal("auth_module", contract.ComponentId);
        Assert.Equal(2, contract.Version);
        Assert.Equal(ValidatorKind.Length, contract.Types[0].Fields[0].Validators[0].Kind);
        Assert.Equal(["ADMIN", "MEMBER"], contract.Types[1].Variants);
        Assert.Null(contract.Functions[0].PerformanceBudget);
        Assert.Equal(SideEffectKind.MutatesState, contract.Functions[0].StructuredSideEffects[0].Kind);
        Assert.Equal("1", contract.Functions[0].ErrorCases[0].ErrorData["attempts"]);
        Assert.Null(contract.Authority.Rationale);
        Assert.Equal(["find_user"], contract.DependencyContracts["user_store"]);
    }

    [Fact]
    public void PythonContract_KeepsItsContent_WhenPactWritesItBack()
    {
        var first = ArtifactReader.Read(ArtifactKind.Contract, Fixture("interface.json"), "interface.json", PactJson.Context.ComponentContract).Value!;
        var rewritten = System.Text.Json.JsonSerializer.Serialize(first, PactJson.Context.ComponentContract);
        var second = ArtifactReader.Read(ArtifactKind.Contract, rewritten, "interface.json", PactJson.Context.ComponentContract);

        Assert.True(second.Ok, string.Join("\n", second.Diagnostics));
        Assert.Equal(ContentHash.Of(first, PactJson.Context.ComponentContract), ContentHash.Of(second.Value!, PactJson.Context.ComponentContract));
    }

    [Fact]
    public void PythonAuditLine_KeepsItsExtraKeys()
    {
        var read = ArtifactReader.Read(ArtifactKind.AuditEvent, Fixture("audit.jsonl").Trim(), "audit.json", PactJson.Context.AuditEvent);

        Assert.True(read.Ok, string.Join("\n", read.Diagnostics));
        AuditEvent entry = read.Value!;
        Assert.Equal("decompose", entry.Action);
        Assert.Equal(0.42, entry.Extra!["cost"].GetDouble());
        Assert.Contains("\"components\"", System.Text.Json.JsonSerializer.Serialize(entry, PactJson.Context.AuditEvent), StringComparison.Ordinal);
    }
}
