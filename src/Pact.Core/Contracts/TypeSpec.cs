namespace Pact.Contracts;

/// <summary>A type a contract defines. Which members matter depends on <see cref="Kind"/>: fields (struct), item_type (list), variants (enum), inner_types (optional/union).</summary>
public sealed record TypeSpec
{
    public required string Name { get; init; }
    public required TypeKind Kind { get; init; }
    public IReadOnlyList<FieldSpec> Fields { get; set; } = [];
    public string ItemType { get; set; } = "";
    public IReadOnlyList<string> Variants { get; set; } = [];
    public IReadOnlyList<string> InnerTypes { get; set; } = [];
    public string Description { get; set; } = "";
    public string OwnerComponent { get; set; } = "";
}
