using Pact.Interview;

namespace Pact.Gates.Interview;

/// <summary>
/// An interview is consistent: questions are asked once, and every answer answers a question that was asked. A
/// question still without an answer is a warning, so whoever submitted it knows what to ask the user.
/// </summary>
public static class InterviewGates
{
    public const string DuplicateQuestion = "interview.question.duplicate";
    public const string UnknownQuestion = "interview.answer.unknown_question";
    public const string OpenQuestion = "interview.open_question";

    public static IReadOnlyList<Diagnostic> Check(InterviewResult interview, string file = ArtifactPaths.Interview)
    {
        var found = new List<Diagnostic>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < interview.Questions.Count; i++)
        {
            if (!asked.Add(interview.Questions[i]))
            {
                found.Add(Findings.Error(DuplicateQuestion, file, $"/questions/{i}", $"the question '{interview.Questions[i]}' is asked twice", "ask each question once"));
            }
        }
        foreach (var question in interview.UserAnswers.Keys.Where(q => !asked.Contains(q)).Order(StringComparer.Ordinal))
        {
            found.Add(Findings.Error(UnknownQuestion, file, Documents.JsonPointerText.Append("/user_answers", question), $"'{question}' is answered but was never asked", "add it to questions, or key the answer by the question's exact text"));
        }
        foreach (var (index, question) in InterviewAnswers.Open(interview))
        {
            found.Add(Findings.Warning(OpenQuestion, file, $"/questions/{index}", $"unanswered: {question}", "ask the user, then resubmit with the answer in user_answers (source agent_relayed in audited_answers)"));
        }
        return found;
    }
}
