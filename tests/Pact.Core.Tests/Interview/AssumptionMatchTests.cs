using Pact.Interview;

namespace Pact.Core.Tests.Interview;

/// <summary>The assumption <c>pact approve</c> takes as an open question's answer, as the Python Pact chooses it.</summary>
public sealed class AssumptionMatchTests
{
    private static readonly string[] Assumptions = ["amounts are integer cents", "a withdrawal may not overdraw the account", "reports are plain text"];

    [Fact]
    public void TheAssumptionSharingTheMostSignificantWords_IsTaken_WithTheirShareAsConfidence()
    {
        var (answer, confidence, assumption) = AssumptionMatch.For("Can a withdrawal overdraw an account, and by how much?", 0, Assumptions);

        // withdrawal, overdraw, account shared; the question has four significant words (much is one), the assumption three.
        Assert.Equal((Assumptions[1], 0.75, Assumptions[1]), (answer, confidence, assumption));
    }

    [Fact]
    public void OneSharedWord_IsNotEnough_SoTheAssumptionAtTheQuestionsPlaceIsTaken_AtHalfConfidence()
    {
        Assert.Equal((Assumptions[2], 0.5, Assumptions[2]), AssumptionMatch.For("Should reports be emailed?", 2, Assumptions));
    }

    [Fact]
    public void WithNoAssumptionToTake_TheQuestionIsAcceptedAsStated_AtNoConfidence()
    {
        Assert.Equal((AssumptionMatch.AcceptedAsStated, 0.0, (string?)null), AssumptionMatch.For("Which currencies?", 5, Assumptions));
        Assert.Equal((AssumptionMatch.AcceptedAsStated, 0.0, (string?)null), AssumptionMatch.For("Which currencies?", 0, []));
    }

    [Fact]
    public void StopWordsAndPunctuation_DoNotCountAsShared()
    {
        // "the", "are" and "?" are all the two share: not a match, so the place decides.
        Assert.Equal(0.5, AssumptionMatch.For("Are the amounts rounded?", 1, ["the values are exact", "rounding is to the cent"]).Confidence);
    }
}
