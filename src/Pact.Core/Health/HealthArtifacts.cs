namespace Pact.Health;

/// <summary>What exists on disk now, counted by the caller for <see cref="HealthLedger.Derive"/>.</summary>
public sealed record HealthArtifacts(int PlanArtifacts, int Contracts, int Suites, double BudgetCap);
