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
    public IReadOnlyList<SuiteRun> Runs { get; set; } = [];

    /// <summary>For --verify: every subject whose digest no longer matches, or that is gone.</summary>
    public IReadOnlyList<string> Changed { get; set; } = [];
}
