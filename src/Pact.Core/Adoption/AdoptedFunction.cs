namespace Pact.Adoption;

/// <summary>A top-level function of an existing module: its signature as written and the first line of its docstring.</summary>
public sealed record AdoptedFunction(string Name, string Doc, IReadOnlyList<AdoptedParameter> Parameters, string? Returns, bool IsAsync);
