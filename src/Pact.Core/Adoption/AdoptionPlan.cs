namespace Pact.Adoption;

/// <summary>
/// What <c>pact adopt</c> proposes for a tree: the root id, the components (acyclic, dependencies first) and the flat
/// module name each adopted module gets under <c>src/&lt;component&gt;/</c>.
/// </summary>
public sealed record AdoptionPlan(string RootId, IReadOnlyList<AdoptedComponent> Components, IReadOnlyDictionary<string, string> FlatNames);
