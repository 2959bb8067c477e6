namespace Pact.Gates.Shaping;

/// <summary>
/// With <c>shaping: true</c> the pitch (its appetite, rabbit holes and no-gos) is what the decomposition is cut to, so a
/// decomposition submitted before it is out of order and refused with the step to take.
/// </summary>
public static class PitchFirstRule
{
    public const string Rule = "order.pitch_first";

    public static IEnumerable<Diagnostic> Check(bool shaping, bool pitchStored, string root, string file)
    {
        if (shaping && !pitchStored)
        {
            yield return Findings.Error(Rule, file, "", "shaping is on (pact.yaml `shaping: true`) and no pitch is stored: the decomposition is cut to the pitch, so it comes after it", $"submit the pitch first: `pact shape {root} --file pitch.json` (pact_shape); or set shaping: false");
        }
    }
}
