namespace Pact.Contracts;

public sealed record FunctionContract
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<FieldSpec> Inputs { get; init; }
    public required string OutputType { get; init; }
    public IReadOnlyList<ErrorCase> ErrorCases { get; set; } = [];
    public IReadOnlyList<string> Preconditions { get; set; } = [];
    public IReadOnlyList<string> Postconditions { get; set; } = [];
    public bool Idempotent { get; init; }
    public bool IsAsync { get; init; }

    /// <summary>Free-text side effects, as the reference writes them; <see cref="StructuredSideEffects"/> carries the classified form.</summary>
    public IReadOnlyList<string> SideEffects { get; set; } = [];
    public IReadOnlyList<SideEffect> StructuredSideEffects { get; set; } = [];
    public PerformanceBudget? PerformanceBudget { get; init; }
}
