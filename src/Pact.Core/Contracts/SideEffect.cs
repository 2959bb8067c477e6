namespace Pact.Contracts;

public sealed record SideEffect
{
    public required SideEffectKind Kind { get; init; }
    public string Target { get; set; } = "";
    public string Description { get; set; } = "";
}
