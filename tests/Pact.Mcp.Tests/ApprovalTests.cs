using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pact.Cli.Tests;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>
/// pact_approve puts a person's gate to the user by MCP elicitation. What is under test is who decides: the user's
/// answer on the form, never the calling agent, and only for what the user was shown.
/// </summary>
public sealed class ApprovalTests : IDisposable
{
    private const string Interview = """
        { "risks": ["double booking"], "questions": ["Which currencies?"],
          "assumptions": ["Which currencies: EUR only"], "acceptance_criteria": ["a stay is priced in EUR"] }
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Args(string json) => JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    /// <summary>A client whose user leaves interview questions unanswered and answers every approval with <paramref name="answer"/>, after <paramref name="whileReading"/>.</summary>
    private static McpClientHandlers User(List<string> shown, ElicitResult answer, Action? whileReading = null) => new()
    {
        ElicitationHandler = (request, _) =>
        {
            if (request!.Message.StartsWith("Pact interview question", StringComparison.Ordinal))
            {
                return ValueTask.FromResult(new ElicitResult { Action = "decline" });
            }

            shown.Add(request.Message);
            whileReading?.Invoke();
            return ValueTask.FromResult(answer);
        },
    };

    private static ElicitResult Says(bool approve) => new() { Action = "accept", Content = new Dictionary<string, JsonElement> { ["approve"] = JsonDocument.Parse(approve ? "true" : "false").RootElement.Clone() } };

    private static async Task<McpFixture> InterviewedAsync(McpClientHandlers? handlers)
    {
        var f = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All, handlers: handlers);
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);
        var interview = await f.Client.CallToolAsync("pact_interview", new Dictionary<string, object?> { ["interview"] = JsonDocument.Parse(Interview).RootElement.Clone() }, cancellationToken: Ct);
        Assert.NotEqual(true, interview.IsError);
        return f;
    }

    [Fact]
    public async Task TheInterview_IsApprovedByTheUsersYes_WithWhatTheyWereShown_RecordedAsTheirs()
    {
        var shown = new List<string>();
        await using var f = await InterviewedAsync(User(shown, Says(true)));

        var result = await f.Client.CallToolAsync("pact_approve", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.NotEqual(true, result.IsError);
        var question = Assert.Single(shown);
        Assert.Contains("Which currencies? -> Which currencies: EUR only", question, StringComparison.Ordinal);
        using var stored = JsonDocument.Parse(File.ReadAllText(Path.Combine(f.Project, "decomposition", "interview.json")));
        Assert.True(stored.RootElement.GetProperty("approved").GetBoolean());
        Assert.Equal("mcp_elicitation", Assert.Single(stored.RootElement.GetProperty("audited_answers").EnumerateArray()).GetProperty("source").GetString());
        var log = await f.Client.CallToolAsync("pact_log", Args("""{"action": "approve"}"""), cancellationToken: Ct);
        var events = log.StructuredContent!.Value.GetProperty("data").GetProperty("events").EnumerateArray();
        Assert.Contains(events, e => e.GetProperty("detail").GetString()!.EndsWith("by the user through the MCP client's elicitation form", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("decline")]
    [InlineData("cancel")]
    public async Task AUserWhoDoesNotSayYes_ApprovesNothing(string answer)
    {
        var shown = new List<string>();
        await using var f = await InterviewedAsync(User(shown, answer == "no" ? Says(false) : new ElicitResult { Action = answer }));
        var before = File.ReadAllBytes(Path.Combine(f.Project, "decomposition", "interview.json"));

        var result = await f.Client.CallToolAsync("pact_approve", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.True(result.IsError);
        Assert.Equal("approve.declined", result.StructuredContent!.Value.GetProperty("diagnostics")[0].GetProperty("rule").GetString());
        Assert.Single(shown);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(f.Project, "decomposition", "interview.json")));
    }

    [Fact]
    public async Task AClientThatCannotAskTheUser_IsSentToThePerson_AndNothingIsApproved()
    {
        await using var f = await InterviewedAsync(handlers: null);
        var before = File.ReadAllBytes(Path.Combine(f.Project, "decomposition", "interview.json"));

        var result = await f.Client.CallToolAsync("pact_approve", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.True(result.IsError);
        var refused = result.StructuredContent!.Value.GetProperty("diagnostics")[0];
        Assert.Equal("approve.needs_person", refused.GetProperty("rule").GetString());
        Assert.Contains($"pact approve {f.Project}", refused.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(f.Project, "decomposition", "interview.json")));
    }

    [Fact]
    public async Task AnInterviewThatChangesWhileTheUserReads_IsNotApproved()
    {
        var shown = new List<string>();
        var interview = "";
        // The cheat: the assumption shown to the user is swapped for another before their yes arrives.
        await using var f = await InterviewedAsync(User(shown, Says(true), () => File.WriteAllText(interview, File.ReadAllText(interview).Replace("EUR only", "any currency", StringComparison.Ordinal))));
        interview = Path.Combine(f.Project, "decomposition", "interview.json");

        var result = await f.Client.CallToolAsync("pact_approve", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.True(result.IsError);
        Assert.Equal("approve.interview_changed", result.StructuredContent!.Value.GetProperty("diagnostics")[0].GetProperty("rule").GetString());
        Assert.Contains("EUR only", Assert.Single(shown), StringComparison.Ordinal);
        using var stored = JsonDocument.Parse(File.ReadAllText(interview));
        Assert.False(stored.RootElement.GetProperty("approved").GetBoolean());
        Assert.Contains("any currency", stored.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanThatChangesWhileTheUserReads_IsNotApproved_ThePlanShownIs()
    {
        var project = _dir.Combine("calc");
        await CalcProject.WithAuthorityAsync(_dir, project, _dir.Combine("audit"));
        var interviewed = await Pact.Cli.Tests.Cli.InProcessAsync("interview", project, "--file", _dir.Write("interview.json", Pact.Tests.FixtureInterview.Json));
        Assert.True(interviewed.ExitCode == 0, interviewed.Out + interviewed.Err);
        var tree = Path.Combine(project, "decomposition", "tree.json");
        var approval = Path.Combine(project, ".pact", "approvals", "plan.json");
        var shown = new List<string>();
        // The cheat: the plan is edited after Pact put it to the user and before their yes arrives (the same tree,
        // written out again, so the plan is still complete and only its bytes tell).
        var edited = false;
        await using (var f = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All, project: project, handlers: User(shown, Says(true), () =>
        {
            if (!edited)
            {
                File.WriteAllText(tree, System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(tree))!.ToJsonString());
                edited = true;
            }
        })))
        {
            var changed = await f.Client.CallToolAsync("pact_approve", Args("""{"plan": true}"""), cancellationToken: Ct);

            Assert.True(changed.IsError);
            Assert.Equal("approve.plan_changed", changed.StructuredContent!.Value.GetProperty("diagnostics")[0].GetProperty("rule").GetString());
            Assert.False(File.Exists(approval));

            var approved = await f.Client.CallToolAsync("pact_approve", Args("""{"plan": true}"""), cancellationToken: Ct);

            Assert.NotEqual(true, approved.IsError);
        }

        Assert.Equal(2, shown.Count);
        Assert.Contains("Approve the plan of", shown[1], StringComparison.Ordinal);
        using var stored = JsonDocument.Parse(File.ReadAllText(approval));
        Assert.Contains($"fingerprint {stored.RootElement.GetProperty("fingerprint").GetString()![..12]}", shown[1], StringComparison.Ordinal);
    }
}
