namespace Pact.Contracts;

/// <summary>A type a contract defines. Which members matter depends on <see cref="Kind"/>: fields (struct), item_type (list), variants (enum), inner_types (optional/union).</summary>
public sealed record TypeSpec
{
    public required string Name { get; init; }
    public required TypeKind Kind { get; init; }
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];
    public string ItemType { get; init; } = "";
    public IReadOnlyList<string> Variants { get; init; } = [];
    public IReadOnlyList<string> InnerTypes { get; init; } = [];
    public string Description { get; init; } = "";
    public string OwnerComponent { get; init; } = "";
}
