using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

public sealed class InterviewTests
{
    private const string Interview = """
        { "risks": ["double booking"], "questions": ["Which currencies?", "How long is a hold kept?"],
          "assumptions": ["EUR only"], "acceptance_criteria": ["a stay is priced in EUR"],
          "user_answers": { "How long is a hold kept?": "15 minutes" } }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Args(string interview) => new() { ["interview"] = JsonDocument.Parse(interview).RootElement.Clone() };

    [Fact]
    public async Task OpenQuestions_GoToTheUserByElicitation_AndAnswersKeepTheirProvenance()
    {
        var asked = new List<string>();
        var handlers = new McpClientHandlers
        {
            ElicitationHandler = (request, _) =>
            {
                asked.Add(request!.Message);
                return ValueTask.FromResult(new ElicitResult { Action = "accept", Content = new Dictionary<string, JsonElement> { ["answer"] = JsonDocument.Parse("\"EUR and CHF\"").RootElement.Clone() } });
            },
        };
        await using var f = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All, handlers: handlers);
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);

        var result = await f.Client.CallToolAsync("pact_interview", Args(Interview), cancellationToken: Ct);

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(["Pact interview question: Which currencies?"], asked);
        using var stored = JsonDocument.Parse(File.ReadAllText(Path.Combine(f.Project, "decomposition", "interview.json")));
        Assert.Equal("EUR and CHF", stored.RootElement.GetProperty("user_answers").GetProperty("Which currencies?").GetString());
        var audited = Assert.Single(stored.RootElement.GetProperty("audited_answers").EnumerateArray());
        Assert.Equal("mcp_elicitation", audited.GetProperty("source").GetString());
        Assert.Equal("q_000", audited.GetProperty("question_id").GetString());
    }

    [Fact]
    public async Task WithoutElicitation_OpenQuestionsComeBackForTheAgentToAsk()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);

        var result = await f.Client.CallToolAsync("pact_interview", Args(Interview), cancellationToken: Ct);

        Assert.NotEqual(true, result.IsError);
        var open = Assert.Single(result.StructuredContent!.Value.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("rule").GetString() == "interview.open_question");
        Assert.Equal("/questions/0", open.GetProperty("pointer").GetString());
        Assert.Contains("Which currencies?", open.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
