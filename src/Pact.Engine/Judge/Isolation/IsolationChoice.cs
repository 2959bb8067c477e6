namespace Pact.Engine.Judge.Isolation;

/// <summary>What the probe settled on for this machine: the report to show, and how to start bubblewrap when it works.</summary>
public sealed record IsolationChoice
{
    public required IsolationReport Report { get; init; }
    public string? Bwrap { get; init; }
    public bool Proc { get; init; }
    public bool DisableUserNamespaces { get; init; }

    public IsolationLevel Level => Report.Level;
}
