namespace Pact.Engine.Judge.Reporting;

/// <summary>One test as a report or the reporter channel gives it: its name as the runner reports it, and whether it passed.</summary>
public sealed record ReportedCase(string Name, CaseOutcome Outcome);
