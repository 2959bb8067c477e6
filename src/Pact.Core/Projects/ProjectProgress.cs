namespace Pact.Projects;

/// <summary>
/// What status found on disk and in the project log, reduced to the facts the next step depends on: which artifacts
/// exist and which components still lack each one. Each list names components in the order status found them.
/// </summary>
public sealed record ProjectProgress
{
    /// <summary>The project directory, as the commands of the next step name it.</summary>
    public required string Root { get; init; }

    public bool Certified { get; init; }

    public bool TaskWritten { get; init; }

    public bool Interviewed { get; init; }

    /// <summary>pact.yaml asks for shaping (<c>shaping: true</c>) and no pitch is stored yet.</summary>
    public bool NeedPitch { get; init; }

    public bool Decomposed { get; init; }

    public IReadOnlyList<string> NeedContract { get; init; } = [];

    public IReadOnlyList<string> NeedSuite { get; init; } = [];

    /// <summary>Leaves the readiness profile wants a hidden suite for and that have none.</summary>
    public IReadOnlyList<string> NeedHidden { get; init; } = [];

    /// <summary>No audit directory is configured (the hidden suites would have nowhere to live).</summary>
    public bool NoAuditDirectory { get; init; }

    public IReadOnlyList<string> NeedCode { get; init; } = [];

    /// <summary>The claims in force (<c>pact claim</c>): component → holder. The next implementation step is an unclaimed component.</summary>
    public IReadOnlyDictionary<string, string> Claimed { get; init; } = new Dictionary<string, string>();

    /// <summary>Leaves whose visible suite failed this many runs in a row (at least max_implementation_attempts): diagnose before another attempt.</summary>
    public IReadOnlyDictionary<string, int> NeedDiagnosis { get; init; } = new Dictionary<string, int>();

    /// <summary>Diagnoses that handed a component's fault to its contract or to a person, and still stand (<c>contract: …</c>, <c>human: …</c>).</summary>
    public IReadOnlyDictionary<string, string> OpenDiagnoses { get; init; } = new Dictionary<string, string>();

    /// <summary>Leaves whose latest visible run did not pass.</summary>
    public IReadOnlyList<string> NeedTest { get; init; } = [];

    /// <summary>Components whose latest hidden verdict did not pass.</summary>
    public IReadOnlyList<string> NeedPolish { get; init; } = [];

    /// <summary>No Advocate review has been stored yet (a review comes after the last polish, before certify).</summary>
    public bool NotReviewed { get; init; }

    /// <summary>Advocate reviews with a critical or high finding still undecided (certify refuses until each is).</summary>
    public IReadOnlyList<Pact.Reviews.ReviewStatus> NeedAdjudication { get; init; } = [];
}
