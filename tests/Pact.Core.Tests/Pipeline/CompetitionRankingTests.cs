using Pact.Pipeline;

namespace Pact.Core.Tests.Pipeline;

/// <summary>The judge's choice among competing attempts: visible pass rate, then hidden passes, then the smallest change.</summary>
public sealed class CompetitionRankingTests
{
    private static AttemptScore Score(int attempt, int passed, int total = 4, int? hidden = null, int changed = 10, bool completed = true) =>
        new() { Attempt = attempt, Completed = completed, VisiblePassed = passed, VisibleTotal = total, HiddenPassed = hidden, ChangedLines = changed };

    [Fact]
    public void TheBestVisiblePassRate_Wins_WhateverItsSize()
    {
        Assert.Equal(2, CompetitionRanking.Winner([Score(1, 3, changed: 1), Score(2, 4, changed: 90), Score(3, 0, changed: 0)])!.Attempt);
    }

    [Fact]
    public void ATieOnTheVisibleRate_GoesToTheMostHiddenPasses_ThenToTheFewestChangedLines()
    {
        Assert.Equal(3, CompetitionRanking.Winner([Score(1, 4, hidden: 2, changed: 5), Score(2, 2), Score(3, 4, hidden: 3, changed: 50)])!.Attempt);
        Assert.Equal(2, CompetitionRanking.Winner([Score(1, 4, hidden: 3, changed: 12), Score(2, 4, hidden: 3, changed: 7)])!.Attempt);
        // Everything equal: the earliest attempt, so the same round always picks the same winner.
        Assert.Equal(1, CompetitionRanking.Winner([Score(2, 4), Score(1, 4)])!.Attempt);
    }

    [Fact]
    public void AnAttemptThatDidNotComplete_NeverWins_AndWithNoneCompletedThereIsNoWinner()
    {
        Assert.Equal(2, CompetitionRanking.Winner([Score(1, 4, completed: false), Score(2, 1)])!.Attempt);
        Assert.Null(CompetitionRanking.Winner([Score(1, 0, completed: false)]));
        Assert.Empty(CompetitionRanking.TiedAtTheTop([Score(1, 0, completed: false)]));
    }

    [Fact]
    public void OnlyTheAttemptsTiedAtTheTop_AreToldApartByHiddenRuns()
    {
        var tied = CompetitionRanking.TiedAtTheTop([Score(1, 4), Score(2, 3), Score(3, 4), Score(4, 4, completed: false)]);

        Assert.Equal([1, 3], tied.Select(t => t.Attempt));
    }

    [Fact]
    public void ChangedLines_CountsLinesAddedAndRemoved_PerFile_IgnoringBlankLinesAndOrder()
    {
        var before = new Dictionary<string, string> { ["a.py"] = "x = 1\ny = 2\n\n", ["gone.py"] = "z = 3\n" };
        var after = new Dictionary<string, string> { ["a.py"] = "y = 2\nx = 1\nw = 4\n", ["new.py"] = "q = 5\nr = 6\n" };

        // a.py: w added (1); gone.py: z removed (1); new.py: two added (2).
        Assert.Equal(4, CompetitionRanking.ChangedLines(before, after));
        Assert.Equal(0, CompetitionRanking.ChangedLines(before, before));
    }
}
