namespace Pact.Shaping;

public sealed record RabbitHole
{
    public required string Description { get; init; }
    public RabbitHoleStatus Status { get; set; } = RabbitHoleStatus.NeedsReview;
    public string? Mitigation { get; init; }
}
