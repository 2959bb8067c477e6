namespace Pact.Production;

/// <summary>production/na_register.yaml.</summary>
public sealed record NaRegister
{
    public required string Version { get; init; }
    public IReadOnlyList<NaRecord> Records { get; set; } = [];
}
