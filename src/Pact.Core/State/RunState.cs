using System.Text.Json;
using Pact.Interview;

namespace Pact.State;

/// <summary>.pact/state.json: where the run is. It is a cache over artifacts and events; a lost or stale one is rebuilt.</summary>
public sealed record RunState
{
    public required string Id { get; init; }
    public required string ProjectDir { get; init; }
    public RunStatus Status { get; init; } = RunStatus.Active;
    public Phase Phase { get; init; } = Phase.Interview;
    public IReadOnlyList<ComponentTask> ComponentTasks { get; init; } = [];
    public InterviewResult? InterviewResult { get; init; }
    public double TotalCostUsd { get; init; }
    public long TotalTokens { get; init; }
    public string LastCheckIn { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    public string CompletedAt { get; init; } = "";
    public string PauseReason { get; init; } = "";
    public int PhaseCycles { get; init; }
    public IReadOnlyDictionary<string, JsonElement> HealthSnapshot { get; init; } = new Dictionary<string, JsonElement>();
    public string ProcessingRegister { get; init; } = "";
    public string AuditCommit { get; init; } = "";
    public IReadOnlyDictionary<string, JsonElement> ArbiterResponse { get; init; } = new Dictionary<string, JsonElement>();
    public IReadOnlyDictionary<string, JsonElement> ConstrainContext { get; init; } = new Dictionary<string, JsonElement>();
}
