namespace Pact.Contracts;

/// <summary>The typed interface of one component: what an implementation must provide and what tests hold it to.</summary>
public sealed record ComponentContract
{
    public required string ComponentId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public int Version { get; init; } = 1;
    public IReadOnlyList<TypeSpec> Types { get; init; } = [];
    public IReadOnlyList<FunctionContract> Functions { get; init; } = [];

    /// <summary>Component ids of this project, or names of external dependencies.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>For each dependency, the functions of it this component calls.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DependencyContracts { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> Invariants { get; init; } = [];
    public IReadOnlyList<string> Requires { get; init; } = [];
    public string ProcessingRegister { get; init; } = "";
    public DataAccessDeclaration DataAccess { get; init; } = new();
    public AuthorityDeclaration Authority { get; init; } = new();
}
