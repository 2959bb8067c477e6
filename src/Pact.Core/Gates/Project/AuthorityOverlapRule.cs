namespace Pact.Gates.Project;

/// <summary>No two contracts claim authority over the same domain (exact names, reference C.1.7).</summary>
public static class AuthorityOverlapRule
{
    public const string Id = "project.authority.overlap";

    public static IEnumerable<Diagnostic> Check(IReadOnlyDictionary<string, ComponentContract> contracts) =>
        Check(contracts.OrderBy(p => p.Key, StringComparer.Ordinal));

    /// <summary>In the order given: the first claimant keeps a domain, each later one is reported.</summary>
    public static IEnumerable<Diagnostic> Check(IEnumerable<KeyValuePair<string, ComponentContract>> contracts)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, contract) in contracts)
        {
            for (var i = 0; i < contract.Authority.Domains.Count; i++)
            {
                var domain = contract.Authority.Domains[i];
                if (!owner.TryAdd(domain, id) && owner[domain] != id)
                {
                    yield return Findings.Error(Id, ArtifactPaths.Contract(id), $"/authority/domains/{i}", $"domain '{domain}' is already claimed by '{owner[domain]}'", $"one component owns a domain: drop it here, or from '{owner[domain]}'");
                }
            }
        }
    }
}
