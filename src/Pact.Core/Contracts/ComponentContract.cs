namespace Pact.Contracts;

/// <summary>The typed interface of one component: what an implementation must provide and what tests hold it to.</summary>
public sealed record ComponentContract
{
    public required string ComponentId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public int Version { get; set; } = 1;
    public IReadOnlyList<TypeSpec> Types { get; set; } = [];
    public IReadOnlyList<FunctionContract> Functions { get; set; } = [];

    /// <summary>Component ids of this project, or names of external dependencies.</summary>
    public IReadOnlyList<string> Dependencies { get; set; } = [];

    /// <summary>For each dependency, the functions of it this component calls.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DependencyContracts { get; set; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> Invariants { get; set; } = [];
    public IReadOnlyList<string> Requires { get; set; } = [];
    public string ProcessingRegister { get; set; } = "";
    public DataAccessDeclaration DataAccess { get; set; } = new();
    public AuthorityDeclaration Authority { get; set; } = new();
}
