namespace Pact.Judge;

/// <summary>What <c>pact certify</c> (and <c>--verify</c>) returns.</summary>
public sealed record CertifyReport
{
    public required string ProjectDir { get; init; }
    public bool Certified { get; init; }
    public bool Verified { get; init; }
    public int Subjects { get; init; }
    public string Certificate { get; set; } = "";
    public string KeyId { get; set; } = "";

    /// <summary>For --verify: the key was pinned by the operator (--key, --keyid, the trust store), not named by the project.</summary>
    public bool Pinned { get; init; }

    /// <summary>For --verify: where the key the signature was checked with came from.</summary>
    public string TrustedKey { get; set; } = "";
    public IReadOnlyList<SuiteRun> Runs { get; set; } = [];

    /// <summary>For --verify: every subject whose digest no longer matches, or that is gone.</summary>
    public IReadOnlyList<string> Changed { get; set; } = [];

    /// <summary>For --verify: the authority history the certificate carries (signed with it).</summary>
    public IReadOnlyList<AuthorityChange> AuthorityHistory { get; set; } = [];

    /// <summary>The reviews the certificate lists, with their adjudications.</summary>
    public IReadOnlyList<Pact.Reviews.ReviewSummary> Reviews { get; set; } = [];
}
