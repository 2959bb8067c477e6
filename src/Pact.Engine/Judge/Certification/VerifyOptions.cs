namespace Pact.Engine.Judge.Certification;

/// <summary>
/// How <c>pact certify --verify</c> decides which key it believes: a key pinned by the operator (<see cref="KeyFile"/>
/// or <see cref="KeyId"/> in the trust store), never one the project names. The environment is passed in rather than
/// read here, so a test (or a service embedding Pact) says whether it is CI and where the trust store is.
/// </summary>
public sealed record VerifyOptions
{
    /// <summary>The variables verification reads: whether this is CI, and where the user's trust store is.</summary>
    public static readonly IReadOnlyList<string> Variables = ["CI", "PACT_HOME", TrustStore.Variable, "HOME"];

    /// <summary>A PEM public key file to verify with (outside the project).</summary>
    public string? KeyFile { get; init; }

    /// <summary>The id of a key in the trust store to verify with.</summary>
    public string? KeyId { get; init; }

    /// <summary>Let an unpinned verify pass under CI (an operator's decision, on the command line only).</summary>
    public bool AllowUnpinned { get; init; }

    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>CI=true (GitHub, GitLab, most others) or CI=1.</summary>
    public bool InCi => Environment.TryGetValue("CI", out var ci) && ci is not null && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Options with this process's environment.</summary>
    public static VerifyOptions FromProcess(string? keyFile = null, string? keyId = null, bool allowUnpinned = false) => new()
    {
        KeyFile = keyFile,
        KeyId = keyId,
        AllowUnpinned = allowUnpinned,
        Environment = Variables.ToDictionary(v => v, System.Environment.GetEnvironmentVariable, StringComparer.Ordinal),
    };
}
