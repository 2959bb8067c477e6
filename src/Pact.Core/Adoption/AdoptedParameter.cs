namespace Pact.Adoption;

/// <summary>One parameter of an existing function as Python declares it: <see cref="Kind"/> is positional, keyword, varargs or varkw; annotation and default as written.</summary>
public sealed record AdoptedParameter(string Name, string? Annotation, string? Default, string Kind)
{
    /// <summary>*args and **kwargs have no place in a contract's inputs (each input is one named value).</summary>
    public bool IsVariadic => Kind is "varargs" or "varkw";
}
