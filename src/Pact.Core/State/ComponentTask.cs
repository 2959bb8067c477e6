namespace Pact.State;

public sealed record ComponentTask
{
    public required string ComponentId { get; init; }
    public ComponentTaskStatus Status { get; set; } = ComponentTaskStatus.Pending;
    public int Attempts { get; init; }
    public string LastError { get; set; } = "";
}
