namespace Pact.Interview;

/// <summary>
/// Answers joining an interview: which questions are still open, and the interview with new answers merged in, each
/// recorded in audited_answers with where it came from, so a later reader can tell a person's answer from a guess.
/// </summary>
public static class InterviewAnswers
{
    /// <summary>The questions with no entry in user_answers, by their index in questions (what /questions/i points at).</summary>
    public static IReadOnlyList<(int Index, string Question)> Open(InterviewResult interview) =>
        [.. interview.Questions.Select((question, index) => (index, question)).Where(q => !interview.UserAnswers.ContainsKey(q.question))];

    /// <summary>The interview with <paramref name="answers"/> (question index → answer) given by <paramref name="source"/> at <paramref name="at"/>.</summary>
    public static InterviewResult Merge(InterviewResult interview, IReadOnlyList<(int Index, string Answer)> answers, AnswerSource source, double confidence, DateTimeOffset at) =>
        Merge(interview, [.. answers.Select(a => (a.Index, a.Answer, confidence, (string?)null))], source, at);

    /// <summary>The same, each answer with its own confidence and the assumption it was taken from (<c>pact approve</c>).</summary>
    public static InterviewResult Merge(InterviewResult interview, IReadOnlyList<(int Index, string Answer, double Confidence, string? Assumption)> answers, AnswerSource source, DateTimeOffset at)
    {
        if (answers.Count == 0)
        {
            return interview;
        }

        var user = new Dictionary<string, string>(interview.UserAnswers, StringComparer.Ordinal);
        var audited = interview.AuditedAnswers.ToList();
        foreach (var (index, answer, confidence, assumption) in answers)
        {
            user[interview.Questions[index]] = answer;
            audited.Add(new AuditedAnswer
            {
                QuestionId = $"q_{index:000}",
                Answer = answer,
                Source = source,
                Confidence = confidence,
                MatchedAssumption = assumption,
                Timestamp = at.ToString("O", CultureInfo.InvariantCulture),
            });
        }

        return interview with { UserAnswers = user, AuditedAnswers = audited };
    }
}
