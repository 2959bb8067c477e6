namespace Pact.Production;

/// <summary>
/// A gate item declared not applicable. The schema lets justification and review be blank so that validate, not the
/// schema, refuses them: its message then names the item, not only the field.
/// </summary>
public sealed record NaRecord
{
    public required string Item { get; init; }
    public string Justification { get; set; } = "";
    public string Review { get; set; } = "";
    public string? Notes { get; init; }
}
