using Pact.Shaping;

namespace Pact.Gates.Shaping;

/// <summary>A pitch agrees with itself: its fit check is for the pitch's appetite, and a pitch that does not fit is not submitted as shaped.</summary>
public static class PitchGates
{
    public const string AppetiteMismatch = "pitch.fit_check.appetite_mismatch";
    public const string DoesNotFit = "pitch.fit_check.does_not_fit";

    public static IReadOnlyList<Diagnostic> Check(ShapingPitch pitch, string file = ArtifactPaths.Pitch)
    {
        var found = new List<Diagnostic>();
        if (pitch.FitCheck is { } fit)
        {
            if (fit.Appetite != pitch.Appetite)
            {
                found.Add(Findings.Error(AppetiteMismatch, file, "/fit_check/appetite", $"the fit check is for a {fit.Appetite.ToString().ToLowerInvariant()} appetite, the pitch says {pitch.Appetite.ToString().ToLowerInvariant()}", "check the fit against the pitch's own appetite"));
            }
            if (!fit.Fits && pitch.Status is ShapingStatus.Shaped or ShapingStatus.Reviewed or ShapingStatus.Accepted)
            {
                found.Add(Findings.Error(DoesNotFit, file, "/fit_check/fits", "the pitch is marked shaped (or later) but its fit check says it does not fit the appetite", "cut scope until it fits, or leave the status raw"));
            }
        }
        return found;
    }
}
