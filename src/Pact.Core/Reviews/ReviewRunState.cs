namespace Pact.Reviews;

/// <summary>How one reviewer's run through a backend ended: the review's recovery states.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReviewRunState>))]
public enum ReviewRunState
{
    /// <summary>Stored: read it, and adjudicate what it found.</summary>
    Completed,

    /// <summary>The backend is not installed: install it, or rerun with --advocate-only or --sim-only.</summary>
    Unavailable,

    /// <summary>It ran and failed (setup, a crash, a hang), or the gates refused its answer.</summary>
    Failed,
}
