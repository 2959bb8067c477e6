namespace Pact.Health;

/// <summary>What exists on disk now, counted by the caller for <see cref="HealthLedger.Derive"/>.</summary>
/// <param name="PlanArtifacts">Interview, pitch and decomposition on disk.</param>
/// <param name="Contracts">Contracts on disk.</param>
/// <param name="Suites">Locked suites, visible and hidden.</param>
/// <param name="BudgetCap">pact.yaml's budget.</param>
/// <param name="Reviews">Advocate reviews stored under .pact/reviews/.</param>
/// <param name="ReviewRejections">Those of them with a critical or high finding: the review rejected the work.</param>
public sealed record HealthArtifacts(int PlanArtifacts, int Contracts, int Suites, double BudgetCap, int Reviews = 0, int ReviewRejections = 0);
