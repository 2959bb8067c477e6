using System.Text.Json.Nodes;
using Pact.Diagnostics;
using Pact.Gates.Contracts;
using Pact.Gates.Decomposition;
using Pact.Gates.Project;

namespace Pact.Core.Tests.Gates;

/// <summary>The advisory rules: they warn, and never turn a project invalid.</summary>
public sealed class WarningTests
{
    private static IReadOnlyList<Diagnostic> Check(params JsonArray[] patches)
    {
        var document = CorpusProject.Valid();
        foreach (var patch in patches)
        {
            document = JsonPatch.Apply(document, patch);
        }
        var found = ProjectGates.Check(CorpusProject.Read(document));
        Assert.DoesNotContain(found, d => d.Severity == Severity.Error);
        return found;
    }

    private static JsonArray Replace(string path, JsonNode? value) => [new JsonObject { ["op"] = "replace", ["path"] = path, ["value"] = value }];

    private static JsonArray Add(string path, JsonNode? value) => [new JsonObject { ["op"] = "add", ["path"] = path, ["value"] = value }];

    [Fact]
    public void VagueLanguage_InADescription_Warns()
    {
        var found = Check(Replace("/contracts/pricing/functions/0/description", "Prices stays following industry standard rules."));

        var warning = Assert.Single(found);
        Assert.Equal((VagueLanguageRule.Id, "/functions/0/description"), (warning.Rule, warning.Pointer));
    }

    [Fact]
    public void ATypeDefinedDifferentlyInTwoContracts_Warns()
    {
        var found = Check(Add("/contracts/availability/types", new JsonArray(new JsonObject
        {
            ["name"] = "Quote",
            ["kind"] = "struct",
            ["fields"] = new JsonArray(new JsonObject { ["name"] = "total", ["type_ref"] = "float" }),
        })));

        Assert.Contains(found, d => d.Rule == CrossComponentRule.TypeFields && d.File == "contracts/pricing/interface.json");
        Assert.Contains(found, d => d.Rule == CrossComponentRule.InterfaceMismatch || d.Rule == CrossComponentRule.TypeFields);
    }

    [Fact]
    public void ATaskWhoseVerbsNoFunctionMentions_Warns()
    {
        var found = Check(Replace("/task", "Encrypt, compress and publish every booking."));

        Assert.Contains(found, d => d.Rule == NorthStarRule.Verbs);
    }

    [Fact]
    public void AnAcceptanceCriterionTheContractsDoNotMention_Warns()
    {
        var found = Check(Replace("/acceptance_criteria", new JsonArray("Loyalty members earn airline miles on weekends.")));

        Assert.Contains(found, d => d.Rule == NorthStarRule.Criteria);
    }

    [Fact]
    public void DuplicateAndBlankDescriptions_AndUncoveredTaskKeywords_Warn()
    {
        var found = Check(
            Replace("/tree/nodes/pricing/description", "Checks which rooms are free for a stay and offers them with a price."),
            Replace("/tree/nodes/booking/description", " "),
            Replace("/task", "Reconcile invoices, ledgers, refunds, chargebacks and settlements nightly."));

        Assert.Contains(found, d => d.Rule == CoverageRule.DuplicateDescription);
        Assert.Contains(found, d => d.Rule == CoverageRule.BlankDescription && d.Pointer == "/nodes/booking/description");
        Assert.Contains(found, d => d.Rule == CoverageRule.TaskKeywords);
    }

    [Fact]
    public void ALeafWithAContractButNoSuite_Warns()
    {
        var found = Check([new JsonObject { ["op"] = "remove", ["path"] = "/suites/availability" }]);

        var warning = Assert.Single(found);
        Assert.Equal(CoverageOfTreeRule.MissingSuite, warning.Rule);
    }
}
