using System.Text.Json.Nodes;
using Pact.Engine.Gates;
using Pact.Engine.Projects;
using Pact.Diagnostics;
using Pact.Projects;

namespace Pact.Engine.Tests.Gates;

public sealed class SubmitServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SubmitService Submit => _f.Get<SubmitService>();

    private async Task InitAsync()
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        File.WriteAllText(Path.Combine(_f.Project, "task.md"), (string)ValidProject.Document()["task"]!);
        await ValidProject.InterviewAsync(_f, Ct);
    }

    private string Broken(string pointer, Action<JsonNode> breakIt)
    {
        var node = JsonNode.Parse(File.ReadAllText(ValidProject.Part(_f, pointer)))!;
        breakIt(node);
        return _f.Dir.Write("broken.json", node.ToJsonString());
    }

    [Fact]
    public async Task Decompose_AValidTree_StoresItAndLogsIt()
    {
        await InitAsync();

        var result = await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(["decomposition/tree.json"], result.Data!.Written);
        Assert.Contains("\"root_id\": \"booking\"", File.ReadAllText(Path.Combine(_f.Project, "decomposition", "tree.json")));
        Assert.Contains("\"action\":\"decompose\"", File.ReadAllText(Path.Combine(_f.Project, ".pact", "audit.jsonl")));
    }

    /// <summary>The phase order is a rule, not advice: a tree with no interview behind it is refused with the step to take.</summary>
    [Fact]
    public async Task Decompose_BeforeTheInterview_IsRefused_NamingThePhaseAndTheStep()
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        File.WriteAllText(Path.Combine(_f.Project, "task.md"), (string)ValidProject.Document()["task"]!);
        var before = TreeSnapshot.Of(_f.Project);

        var result = await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var refusal = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("order.interview_first", refusal.Rule);
        Assert.Contains("interview phase", refusal.Message);
        Assert.Contains($"pact interview {_f.Project} --file", refusal.Fix);
        Assert.Contains("pact_interview", refusal.Fix);
        Assert.Equal(before, TreeSnapshot.Of(_f.Project));

        await ValidProject.InterviewAsync(_f, Ct);
        Assert.True((await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct)).Ok);
    }

    [Fact]
    public async Task Decompose_AYamlTree_IsAcceptedToo()
    {
        await InitAsync();
        var yaml = _f.Dir.Write("tree.yaml", """
            root_id: app
            nodes:
              app: { component_id: app, name: App, description: The whole app., children: [reader, writer] }
              reader: { component_id: reader, name: Reader, description: Reads input files., depth: 1, parent_id: app }
              writer: { component_id: writer, name: Writer, description: Writes output files., depth: 1, parent_id: app }
            """);

        var result = await Submit.DecomposeAsync(_f.Project, yaml, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Decompose_ATreeFailingAGate_ChangesNothing()
    {
        await InitAsync();
        var before = TreeSnapshot.Of(_f.Project);
        var file = Broken("tree", t => t["nodes"]!["booking"]!["children"]!.AsArray().Add(JsonValue.Create("ghost")));

        var result = await Submit.DecomposeAsync(_f.Project, file, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(("decomposition.child.missing", "/nodes/booking/children/2"), (error.Rule, error.Pointer));
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Decompose_ATreeFailingItsSchema_ChangesNothing()
    {
        await InitAsync();
        var before = TreeSnapshot.Of(_f.Project);
        var file = Broken("tree", t => t["nodes"]!["pricing"]!["component_id"] = "Pricing!");

        var result = await Submit.DecomposeAsync(_f.Project, file, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("schema.", d.Rule, StringComparison.Ordinal));
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Decompose_AMissingFile_IsNotFound()
    {
        await InitAsync();

        var result = await Submit.DecomposeAsync(_f.Project, _f.Dir.Combine("nope.json"), Ct);

        Assert.Equal(Outcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Contract_Valid_IsStoredWithItsHistoryCopy_AndItsStub()
    {
        await InitAsync();
        Assert.True((await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct)).Ok);

        var result = await Submit.ContractAsync(_f.Project, "pricing", ValidProject.Part(_f, "contracts/pricing"), Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(["contracts/pricing/interface.json", "contracts/pricing/history/20261126_100000_v1.json", "contracts/pricing/interface.py"], result.Data!.Written);
        Assert.Equal(1, result.Data.Version);
    }

    [Fact]
    public async Task Contract_Changed_GetsTheNextVersion_AndIdenticalResubmissionKeepsIt()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);
        _f.Time.Advance(TimeSpan.FromMinutes(1));
        var changed = Broken("contracts/pricing", c => c["description"] = "Quotes the price of a stay, taxes included.");

        var first = await Submit.ContractAsync(_f.Project, "pricing", changed, Ct);
        var again = await Submit.ContractAsync(_f.Project, "pricing", changed, Ct);

        Assert.Equal(2, first.Data!.Version);
        Assert.Contains("contracts/pricing/history/20261126_100100_v2.json", first.Data.Written);
        Assert.Equal(2, again.Data!.Version);
        Assert.Empty(again.Data.Written);
    }

    [Theory]
    [InlineData("unresolved", "contract.type_ref.unresolved")]
    [InlineData("wrong_id", "contract.component_id.mismatch")]
    [InlineData("unknown_component", "contract.component.unknown")]
    [InlineData("overlap", "project.authority.overlap")]
    public async Task Contract_Refused_ChangesNothing(string how, string rule)
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);
        var before = TreeSnapshot.Of(_f.Project);
        var id = how == "unknown_component" ? "billing" : "availability";
        var file = Broken("contracts/availability", c =>
        {
            switch (how)
            {
                case "unresolved":
                    c["functions"]![0]!["output_type"] = "Receipt";
                    break;
                case "wrong_id":
                    c["component_id"] = "pricing";
                    break;
                case "unknown_component":
                    c["component_id"] = "billing";
                    break;
                case "overlap":
                    c["authority"] = new JsonObject { ["domains"] = new JsonArray("pricing.rates"), ["rationale"] = "Availability decides the nightly price of each free room." };
                    break;
            }
        });

        var result = await Submit.ContractAsync(_f.Project, id, file, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Rule == rule);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Contract_ThatClosesADependencyLoop_IsRefused()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);
        var before = TreeSnapshot.Of(_f.Project);
        var file = Broken("contracts/pricing", c => c["dependencies"] = new JsonArray("availability"));

        var result = await Submit.ContractAsync(_f.Project, "pricing", file, Ct);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("project.dependency.cycle", "contracts/pricing/interface.json", "/dependencies/0"), (error.Rule, error.File, error.Pointer));
        Assert.Contains("pricing -> availability -> pricing", error.Message, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Interview_Valid_IsStored_AndOneAnsweringAnUnaskedQuestion_IsRefused()
    {
        await InitAsync();
        var good = _f.Dir.Write("interview.yaml", """
            questions: [Which currencies?]
            user_answers: { "Which currencies?": EUR and USD }
            acceptance_criteria: [A quote is priced in the requested currency.]
            approved: true
            """);
        var bad = _f.Dir.Write("bad-interview.yaml", """
            questions: [Which currencies?]
            user_answers: { "Which rooms?": all }
            """);

        var stored = await Submit.InterviewAsync(_f.Project, good, Ct);
        var before = TreeSnapshot.Of(_f.Project);
        var refused = await Submit.InterviewAsync(_f.Project, bad, Ct);

        Assert.True(stored.Ok, string.Join("\n", stored.Diagnostics));
        Assert.Equal(["decomposition/interview.json"], stored.Data!.Written);
        Assert.Equal("interview.answer.unknown_question", Assert.Single(refused.Diagnostics, d => d.Severity == Pact.Diagnostics.Severity.Error).Rule);
        Assert.Equal("/questions/0", Assert.Single(refused.Diagnostics, d => d.Rule == "interview.open_question").Pointer);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Shape_Valid_IsStored_AndAFitCheckForAnotherAppetite_IsRefused()
    {
        await InitAsync();
        var good = _f.Dir.Write("pitch.yaml", """
            problem: Guests cannot see prices before booking.
            appetite: small
            no_gos: [loyalty points]
            fit_check: { appetite: small, fits: true }
            status: shaped
            """);
        var bad = _f.Dir.Write("bad-pitch.yaml", """
            problem: Guests cannot see prices before booking.
            appetite: small
            fit_check: { appetite: big, fits: true }
            """);

        var stored = await Submit.ShapeAsync(_f.Project, good, Ct);
        var before = TreeSnapshot.Of(_f.Project);
        var refused = await Submit.ShapeAsync(_f.Project, bad, Ct);

        Assert.True(stored.Ok, string.Join("\n", stored.Diagnostics));
        Assert.Equal(["decomposition/pitch.json"], stored.Data!.Written);
        var error = Assert.Single(refused.Diagnostics);
        Assert.Equal(("pitch.fit_check.appetite_mismatch", "/fit_check/appetite"), (error.Rule, error.Pointer));
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }
}
