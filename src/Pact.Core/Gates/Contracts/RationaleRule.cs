using Pact.Gates.Text;

namespace Pact.Gates.Contracts;

/// <summary>
/// Declared data access and claimed authority carry a specific rationale (reference C.1.3 and C.2): required once
/// anything is declared, at least 20 characters, none of the banned vague phrases.
/// </summary>
public static class RationaleRule
{
    public const string DataAccessMissing = "contract.data_access.rationale.missing";
    public const string DataAccessShort = "contract.data_access.rationale.short";
    public const string DataAccessVague = "contract.data_access.rationale.vague";
    public const string AuthorityMissing = "contract.authority.rationale.missing";
    public const string AuthorityShort = "contract.authority.rationale.short";
    public const string AuthorityVague = "contract.authority.rationale.vague";

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, string file)
    {
        var access = contract.DataAccess;
        if (access.Reads.Count + access.Writes.Count + access.SideEffects.Count > 0)
        {
            var finding = Judge(access.Rationale, "/data_access/rationale", file, DataAccessMissing, DataAccessShort, DataAccessVague, "what data is read or written and why");
            if (finding is not null)
            {
                yield return finding;
            }
        }
        if (contract.Authority.Domains.Count > 0)
        {
            var finding = Judge(contract.Authority.Rationale ?? "", "/authority/rationale", file, AuthorityMissing, AuthorityShort, AuthorityVague, "why this component is the single source of truth for these domains");
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static Diagnostic? Judge(string text, string pointer, string file, string missing, string tooShort, string vague, string what)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return Findings.Error(missing, file, pointer, "a rationale is required once anything is declared", $"say {what}");
        }
        if (trimmed.Length < RationaleQuality.MinimumLength)
        {
            return Findings.Error(tooShort, file, pointer, $"the rationale is too short ({trimmed.Length} characters, at least {RationaleQuality.MinimumLength})", $"say {what}");
        }
        return RationaleQuality.VaguePhrase(trimmed) is { } phrase
            ? Findings.Error(vague, file, pointer, $"the rationale uses the vague phrase '{phrase}'", $"replace it: say {what}")
            : null;
    }
}
