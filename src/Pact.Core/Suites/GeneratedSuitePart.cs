namespace Pact.Suites;

/// <summary>
/// The Pact-generated part of a locked visible suite: the contract's validator, refused-call and emission tests in the
/// suite's language. It is stored in the master (so it is hashed and frozen with the suite), shown read-only under
/// tests/&lt;cid&gt;/<see cref="FileName"/>, and run in the same file as the suite's code. A submitted suite never
/// carries it: the judge writes it from the contract when the suite is locked.
/// </summary>
public sealed record GeneratedSuitePart
{
    /// <summary>Every generated test name contains this; a submitted suite may not (rule <c>suite.generated_name_taken</c>), so the two parts never collide.</summary>
    public const string Prefix = "pact_gen_";

    /// <summary>The view's file name beside the suite file.</summary>
    public required string FileName { get; init; }

    public required string Code { get; init; }

    public IReadOnlyList<TestCase> TestCases { get; init; } = [];
}
