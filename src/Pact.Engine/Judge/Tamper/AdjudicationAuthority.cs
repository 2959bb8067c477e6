using Pact.Diagnostics;

namespace Pact.Engine.Judge.Tamper;

/// <summary>
/// Who may adjudicate a tamper finding: for now, whoever has an audit directory configured and can write it (the
/// auditor's side of the split). One method, so a general role check can replace it.
/// </summary>
public static class AdjudicationAuthority
{
    public const string Rule = "adjudicate.no_authority";

    /// <summary>Null when this user holds the audit authority for <paramref name="judge"/>, else why not.</summary>
    public static Diagnostic? Check(JudgeLayout judge)
    {
        if (judge.AuditDir is not { } audit || !Directory.Exists(audit))
        {
            return new Diagnostic { Rule = Rule, File = "pact.yaml", Message = "adjudicating a tamper finding is an audit-side decision, and this project has no audit directory", Fix = $"create one with `pact audit-init {judge.Project.Root} <dir outside the project>` and adjudicate as the user who owns it" };
        }

        var probe = Path.Combine(audit, $".adjudicate-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write))
            {
            }

            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic { Rule = Rule, File = audit, Message = $"this user cannot write the audit directory {audit}, so it does not hold the audit authority", Fix = "adjudicate as the auditor (the user who owns the audit directory)" };
        }
    }
}
