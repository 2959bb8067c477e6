using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Pact.Diagnostics;

namespace Pact.Mcp.Tools;

/// <summary>
/// Puts an interview's unanswered questions to the user through MCP elicitation, when the client supports it, and
/// records each answer with its provenance (mcp_elicitation, confidence 1). Questions that stay open are returned
/// so the agent can ask them itself and resubmit.
/// </summary>
internal static class InterviewElicitation
{
    public static async Task<(JsonElement Interview, IReadOnlyList<Diagnostic> Open)> AskAsync(McpServer server, JsonElement interview, TimeProvider time, CancellationToken cancellationToken)
    {
        if (JsonNode.Parse(interview.GetRawText()) is not JsonObject root || root["questions"] is not JsonArray questions)
        {
            return (interview, []);
        }

        var answers = root["user_answers"] as JsonObject ?? [];
        var audited = root["audited_answers"] as JsonArray ?? [];
        var open = new List<Diagnostic>();
        var canAsk = server.ClientCapabilities?.Elicitation is not null;
        for (var i = 0; i < questions.Count; i++)
        {
            if (questions[i] is not JsonValue value || value.GetValueKind() != JsonValueKind.String || answers.ContainsKey(value.GetValue<string>()))
            {
                continue;
            }

            var question = value.GetValue<string>();
            var answer = canAsk ? await AskOneAsync(server, question, cancellationToken) : null;
            if (answer is null)
            {
                open.Add(new Diagnostic
                {
                    Rule = "interview.open_question",
                    Severity = Severity.Warning,
                    Pointer = $"/questions/{i}",
                    Message = $"unanswered: {question}",
                    Fix = "ask the user, then resubmit with the answer in user_answers (source agent_relayed in audited_answers)",
                });
                continue;
            }

            answers[question] = answer;
            // As JsonNode: the generic Add<T> would wrap the object in a JsonValue by reflection (not AOT-safe).
            audited.Add((JsonNode)new JsonObject
            {
                ["question_id"] = $"q_{i:000}",
                ["answer"] = answer,
                ["source"] = "mcp_elicitation",
                ["confidence"] = 1.0,
                ["timestamp"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            });
        }

        root["user_answers"] = answers;
        root["audited_answers"] = audited;
        return (JsonSerializer.SerializeToElement(root, Pact.Serialization.PactJson.Context.JsonNode), open);
    }

    private static async Task<string?> AskOneAsync(McpServer server, string question, CancellationToken cancellationToken)
    {
        var result = await server.ElicitAsync(new ElicitRequestParams
        {
            Message = $"Pact interview question: {question}",
            RequestedSchema = new ElicitRequestParams.RequestSchema
            {
                Properties = { ["answer"] = new ElicitRequestParams.StringSchema { Title = "Answer", Description = "Your answer; it is recorded with the project", MinLength = 1 } },
                Required = ["answer"],
            },
        }, cancellationToken);
        return result.Action == "accept" && result.Content is { } content && content.TryGetValue("answer", out var answer) && answer.ValueKind == JsonValueKind.String && answer.GetString() is { Length: > 0 } text
            ? text
            : null;
    }
}
