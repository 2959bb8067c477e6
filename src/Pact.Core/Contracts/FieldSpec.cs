namespace Pact.Contracts;

/// <summary>A named, typed field of a struct or a function input. <see cref="TypeRef"/> is a free type expression such as <c>list[dict[str, Foo]]</c>.</summary>
public sealed record FieldSpec
{
    public required string Name { get; init; }
    public required string TypeRef { get; init; }
    public bool Required { get; set; } = true;
    public string Default { get; set; } = "";
    public string Description { get; set; } = "";
    public IReadOnlyList<ValidatorSpec> Validators { get; set; } = [];
}
