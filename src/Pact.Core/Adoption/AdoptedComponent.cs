namespace Pact.Adoption;

/// <summary>
/// One proposed component: the modules it is made of (dotted names, its <see cref="Entry"/> first when one of them
/// gives it its name) and the components it imports from.
/// </summary>
public sealed record AdoptedComponent(string Id, IReadOnlyList<string> Modules, string? Entry, IReadOnlyList<string> Dependencies);
