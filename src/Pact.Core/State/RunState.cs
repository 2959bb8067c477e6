using Pact.Interview;

namespace Pact.State;

/// <summary>.pact/state.json: where the run is. It is a cache over artifacts and events; a lost or stale one is rebuilt.</summary>
public sealed record RunState
{
    public required string Id { get; init; }
    public required string ProjectDir { get; init; }
    public RunStatus Status { get; set; } = RunStatus.Active;
    public Phase Phase { get; set; } = Phase.Interview;
    public IReadOnlyList<ComponentTask> ComponentTasks { get; set; } = [];
    public InterviewResult? InterviewResult { get; init; }
    public double TotalCostUsd { get; init; }
    public long TotalTokens { get; init; }
    public string LastCheckIn { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public string CompletedAt { get; set; } = "";
    public string PauseReason { get; set; } = "";
    public int PhaseCycles { get; init; }
    public IReadOnlyDictionary<string, JsonElement> HealthSnapshot { get; set; } = new Dictionary<string, JsonElement>();
    public string ProcessingRegister { get; set; } = "";
    public string AuditCommit { get; set; } = "";
    public IReadOnlyDictionary<string, JsonElement> ArbiterResponse { get; set; } = new Dictionary<string, JsonElement>();
    public IReadOnlyDictionary<string, JsonElement> ConstrainContext { get; set; } = new Dictionary<string, JsonElement>();
}
