using Pact.Interview;

namespace Pact.Mcp.Tools;

/// <summary>
/// Puts an interview's unanswered questions to the user through MCP elicitation, when the client supports it; the
/// answers are merged by <see cref="InterviewAnswers"/> with their provenance (mcp_elicitation, confidence 1).
/// Questions that stay open come back from the interview gates as open_question warnings, as they do in the CLI.
/// </summary>
internal sealed class InterviewElicitation(McpServer server, TimeProvider time)
{
    public async Task<InterviewResult> AskAsync(InterviewResult interview, CancellationToken cancellationToken)
    {
        if (server.ClientCapabilities?.Elicitation is null)
        {
            return interview;
        }

        var answers = new List<(int Index, string Answer)>();
        foreach (var (index, question) in InterviewAnswers.Open(interview))
        {
            if (await AskOneAsync(question, cancellationToken) is { } answer)
            {
                answers.Add((index, answer));
            }
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
