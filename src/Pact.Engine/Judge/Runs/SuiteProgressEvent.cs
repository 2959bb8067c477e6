namespace Pact.Engine.Judge.Runs;

/// <summary>One finished suite: which, how it ended, its counts, and how many suites of the command are done.</summary>
public sealed record SuiteProgressEvent(string ComponentId, SuiteKind Kind, SuiteStatus Status, int Passed, int Total, int Done);
