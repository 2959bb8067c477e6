namespace Pact.Engine.Judge.Runs;

/// <summary>
/// The sources of one run as <see cref="SourceBinder"/> placed them: the mounts a confined run gets (their descriptors
/// are held until dispose), or, unconfined, what was copied; what was left out and why. A refusal means nothing runs.
/// </summary>
public sealed class PlacedSources : IDisposable
{
    public string? Refusal { get; init; }

    /// <summary>The mounts for bubblewrap, in order; empty for an unconfined run (its sources are copied).</summary>
    public IReadOnlyList<SourceMount> Mounts { get; init; } = [];

    /// <summary>What is not source (<see cref="SourcePolicy"/>), left out or hidden: named in the run's message.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>Unconfined only: files the runner does not import, not copied (data beside the code), named in the message.</summary>
    public IReadOnlyList<string> NotImported { get; init; } = [];

    public static PlacedSources Refused(string refusal) => new() { Refusal = refusal };

    public void Dispose()
    {
        foreach (var mount in Mounts)
        {
            mount.Handle?.Dispose();
        }
    }
}
