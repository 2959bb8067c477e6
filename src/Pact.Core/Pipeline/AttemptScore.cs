namespace Pact.Pipeline;

/// <summary>
/// What the judge found of one competing implementation of a component: its visible run, its hidden run when one was
/// needed to break a tie, and how much it changed against the code it started from.
/// </summary>
public sealed record AttemptScore
{
    /// <summary>1 for the first attempt of the round.</summary>
    public required int Attempt { get; init; }

    /// <summary>Whether the agent finished; an attempt whose call failed is kept, scores nothing and cannot win.</summary>
    public required bool Completed { get; init; }

    public int VisiblePassed { get; init; }
    public int VisibleTotal { get; init; }

    /// <summary>Hidden tests passed, when the attempt tied on the visible pass rate and a hidden suite could run; else null.</summary>
    public int? HiddenPassed { get; init; }

    /// <summary>Lines added plus lines removed against the component's code before the round.</summary>
    public int ChangedLines { get; init; }

    /// <summary>Where the attempt's code is kept, relative to the project.</summary>
    public string Kept { get; init; } = "";

    /// <summary>The agent's summary, or why the attempt failed.</summary>
    public string Message { get; init; } = "";

    /// <summary>Passed over total; 0 for an attempt with no visible run.</summary>
    public double PassRate => VisibleTotal == 0 ? 0 : (double)VisiblePassed / VisibleTotal;
}
