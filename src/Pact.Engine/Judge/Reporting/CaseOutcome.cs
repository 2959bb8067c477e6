namespace Pact.Engine.Judge.Reporting;

public enum CaseOutcome
{
    Passed,
    Failed,

    /// <summary>Error in setup or teardown, or a skip: a locked test must run, so neither is a pass.</summary>
    NotRun,
}
