namespace Pact.Contracts;

public sealed record FunctionContract
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<FieldSpec> Inputs { get; init; }
    public required string OutputType { get; init; }
    public IReadOnlyList<ErrorCase> ErrorCases { get; init; } = [];
    public IReadOnlyList<string> Preconditions { get; init; } = [];
    public IReadOnlyList<string> Postconditions { get; init; } = [];
    public bool Idempotent { get; init; }
    public bool IsAsync { get; init; }

    /// <summary>Free-text side effects, as the reference writes them; <see cref="StructuredSideEffects"/> carries the classified form.</summary>
    public IReadOnlyList<string> SideEffects { get; init; } = [];
    public IReadOnlyList<SideEffect> StructuredSideEffects { get; init; } = [];
    public PerformanceBudget? PerformanceBudget { get; init; }
}
