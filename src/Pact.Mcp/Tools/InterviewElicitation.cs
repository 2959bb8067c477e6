using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Pact.Diagnostics;
using Pact.Interview;

namespace Pact.Mcp.Tools;

/// <summary>
/// Puts an interview's unanswered questions to the user through MCP elicitation, when the client supports it; the
/// answers are merged by <see cref="InterviewAnswers"/> with their provenance (mcp_elicitation, confidence 1).
/// Questions that stay open are collected in <see cref="Open"/> so the agent can ask them itself and resubmit.
/// </summary>
internal sealed class InterviewElicitation(McpServer server, TimeProvider time)
{
    private readonly List<Diagnostic> _open = [];

    public IReadOnlyList<Diagnostic> Open => _open;

    public async Task<InterviewResult> AskAsync(InterviewResult interview, CancellationToken cancellationToken)
    {
        var answers = new List<(int Index, string Answer)>();
        var canAsk = server.ClientCapabilities?.Elicitation is not null;
        foreach (var (index, question) in InterviewAnswers.Open(interview))
        {
            if ((canAsk ? await AskOneAsync(question, cancellationToken) : null) is { } answer)
            {
                answers.Add((index, answer));
                continue;
            }

            _open.Add(new Diagnostic
            {
                Rule = "interview.open_question",
                Severity = Severity.Warning,
                Pointer = $"/questions/{index}",
                Message = $"unanswered: {question}",
                Fix = "ask the user, then resubmit with the answer in user_answers (source agent_relayed in audited_answers)",
            });
        }

        return InterviewAnswers.Merge(interview, answers, AnswerSource.McpElicitation, confidence: 1.0, time.GetUtcNow());
    }

    private async Task<string?> AskOneAsync(string question, CancellationToken cancellationToken)
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
