namespace Pact.Gates.Contracts;

/// <summary>
/// Side effects are classified: a function that describes side effects in free text also lists them as
/// <c>structured_side_effects</c> with a kind, and <c>none</c> is not combined with real effects.
/// </summary>
public static class SideEffectRule
{
    public const string Unclassified = "contract.side_effect.unclassified";
    public const string Contradictory = "contract.side_effect.contradictory";

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, string file)
    {
        for (var f = 0; f < contract.Functions.Count; f++)
        {
            var function = contract.Functions[f];
            var structured = function.StructuredSideEffects;
            if (function.SideEffects.Any(s => s.Trim().Length > 0) && structured.Count == 0)
            {
                yield return Findings.Error(Unclassified, file, $"/functions/{f}/side_effects", $"'{function.Name}' describes side effects but does not classify them", "add structured_side_effects with a kind each: reads_file, writes_file, network_call, mutates_state or logging");
            }
            var none = structured.Select((s, i) => (s, i)).FirstOrDefault(p => p.s.Kind == SideEffectKind.None && structured.Count > 1);
            if (none.s is not null)
            {
                yield return Findings.Error(Contradictory, file, $"/functions/{f}/structured_side_effects/{none.i}/kind", $"'{function.Name}' lists 'none' beside other side effects", "remove the 'none' entry, or the others");
            }
        }
    }
}
