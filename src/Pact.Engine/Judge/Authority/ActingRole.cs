namespace Pact.Engine.Judge.Authority;

/// <summary>The role a command runs under and where it was read from (named in refusals, so the user sees why).</summary>
/// <param name="Role">The role.</param>
/// <param name="Source">Where it came from: <c>--role code</c>, <c>PACT_ROLE=code</c>, the judge service variable, or the default.</param>
/// <param name="Remote">The implementer's side of separate-user mode (<c>PACT_JUDGE</c> set): the audit directory is another user's.</param>
public sealed record ActingRole(PactRole Role, string Source, bool Remote = false)
{
    public const string Variable = "PACT_ROLE";
    public const string InvalidRule = "role.invalid";

    /// <summary>The MCP server's role, which its start already decided.</summary>
    public static ActingRole Of(PactRole role) => new(role, $"the server's --role {Name(role)}");

    /// <summary>
    /// <c>--role</c>, else <c>PACT_ROLE</c>, else code when <paramref name="judgeTarget"/> (PACT_JUDGE) is set (the
    /// implementer's side of separate-user mode), else solo. Null with <paramref name="problem"/> for a value that is none of the three.
    /// </summary>
    public static ActingRole? Resolve(string? option, string? variable, string? judgeTarget, out Diagnostic? problem)
    {
        problem = null;
        var remote = judgeTarget is { Length: > 0 };
        var (value, source) = option is not null ? (option, $"--role {option}") : variable is { Length: > 0 } ? (variable, $"{Variable}={variable}") : (null, "");
        if (value is null)
        {
            return remote ? new ActingRole(PactRole.Code, $"PACT_JUDGE={judgeTarget} (the implementer's side of separate-user mode)", Remote: true) : new ActingRole(PactRole.Solo, "the default role (solo)");
        }

        if (value is not ("solo" or "code" or "audit"))
        {
            problem = new Diagnostic { Rule = InvalidRule, Message = $"{source}: the role must be solo, code or audit", Fix = $"set {Variable} (or --role) to solo, code or audit, or leave it unset for solo" };
            return null;
        }

        return new ActingRole(Enum.Parse<PactRole>(value, ignoreCase: true), source, remote);
    }

    public static string Name(PactRole role) => role.ToString().ToLowerInvariant();
}
