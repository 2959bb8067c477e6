using Pact.Interview;

namespace Pact.Core.Tests.Interview;

public sealed class InterviewAnswersTests
{
    private static readonly InterviewResult Asked = new()
    {
        Questions = ["Which currencies?", "How long is a hold kept?", "Who may cancel?"],
        UserAnswers = new Dictionary<string, string> { ["How long is a hold kept?"] = "15 minutes" },
    };

    [Fact]
    public void Open_IsEveryQuestionWithoutAnAnswer_ByItsIndex() =>
        Assert.Equal([(0, "Which currencies?"), (2, "Who may cancel?")], InterviewAnswers.Open(Asked));

    [Fact]
    public void Merge_AddsTheAnswers_EachWithItsProvenance_AndKeepsTheOldOnes()
    {
        var at = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        var merged = InterviewAnswers.Merge(Asked, [(2, "the guest")], AnswerSource.McpElicitation, 1.0, at);

        Assert.Equal("15 minutes", merged.UserAnswers["How long is a hold kept?"]);
        Assert.Equal("the guest", merged.UserAnswers["Who may cancel?"]);
        var audited = Assert.Single(merged.AuditedAnswers);
        Assert.Equal(new AuditedAnswer { QuestionId = "q_002", Answer = "the guest", Source = AnswerSource.McpElicitation, Confidence = 1.0, Timestamp = "2026-11-26T10:00:00.0000000+00:00" }, audited);
        Assert.Equal([(0, "Which currencies?")], InterviewAnswers.Open(merged));
        Assert.Empty(Asked.AuditedAnswers); // the interview merged into is left as it was
        Assert.False(Asked.UserAnswers.ContainsKey("Who may cancel?"));
    }
}
