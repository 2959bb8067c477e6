namespace Pact.Contracts;

public sealed record SideEffect
{
    public required SideEffectKind Kind { get; init; }
    public string Target { get; init; } = "";
    public string Description { get; init; } = "";
}
