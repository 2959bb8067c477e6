namespace Pact.Generation;

/// <summary>
/// Mechanical validator tests of a contract (no model involved): for every struct type with validated fields, one
/// acceptance test with a valid instance, one rejection test per bound or pattern (just outside it, expecting the
/// validator's error_message), and boundary tests (exactly on an inclusive bound is accepted).
/// </summary>
public static class ValidatorCases
{
    public static IReadOnlyList<ValidatorCase> For(ComponentContract contract)
    {
        var cases = new List<ValidatorCase>();
        var samples = new Samples(contract);
        foreach (var type in contract.Types.Where(t => t.Kind == TypeKind.Struct))
        {
            var checkedFields = type.Fields.Where(f => FieldCheck.Of(f).Count > 0).ToList();
            if (checkedFields.Count == 0 || samples.Of(type.Name) is not Sample.Instance valid)
            {
                continue;
            }
            var prefix = Id(type.Name);
            cases.Add(new ValidatorCase { Id = $"{prefix}_accepts_valid", Value = valid, Accepted = true });
            foreach (var field in checkedFields)
            {
                foreach (var (id, value, failing) in FieldProbes(field))
                {
                    cases.Add(new ValidatorCase
                    {
                        Id = $"{prefix}_{id}",
                        Value = valid with { Fields = [.. valid.Fields.Select(f => f.Field == field.Name ? (f.Field, value) : f)] },
                        Accepted = failing is null,
                        Message = failing?.Message ?? "",
                    });
                }
            }
        }
        return cases;
    }

    /// <summary>
    /// Every probe of one field's (or input's) validators: the id part naming field, validator and probe, the probed
    /// value, and the first validator that refuses it (null when all admit it).
    /// </summary>
    internal static IEnumerable<(string Id, Sample Value, FieldCheck? Failing)> FieldProbes(FieldSpec field)
    {
        var checks = FieldCheck.Of(field);
        var integer = field.TypeRef.Trim() == "int";
        for (var k = 0; k < checks.Count; k++)
        {
            foreach (var (suffix, value) in Probes(checks[k], integer))
            {
                yield return ($"{Id(field.Name)}_{checks[k].Kind.ToString().ToLowerInvariant()}{k + 1}_{suffix}", value, checks.FirstOrDefault(c => !c.Admits(value)));
            }
        }
    }

    /// <summary>Values on and just outside each bound, and a string the pattern refuses.</summary>
    internal static IEnumerable<(string Suffix, Sample Value)> Probes(FieldCheck check, bool integer)
    {
        switch (check.Kind)
        {
            case ValidatorKind.Range:
                var bound = check.Bound!;
                if (bound.Low is { } low)
                {
                    yield return ("below_low", new Sample.Number(low - 1, integer));
                    yield return ("at_low", new Sample.Number(low, integer && low == decimal.Truncate(low)));
                }
                if (bound.High is { } high)
                {
                    yield return ("above_high", new Sample.Number(high + 1, integer));
                    yield return ("at_high", new Sample.Number(high, integer && high == decimal.Truncate(high)));
                }
                break;
            case ValidatorKind.Length:
                var length = check.Bound!;
                if (length.High is { } max)
                {
                    yield return ("too_long", new Sample.Text(new string('a', (int)max + 1)));
                    yield return ("at_max_length", new Sample.Text(new string('a', (int)max)));
                }
                if (length.Low is { } min && min >= 1)
                {
                    yield return ("too_short", new Sample.Text(new string('a', (int)min - 1)));
                }
                break;
            case ValidatorKind.Regex:
                var refused = new[] { "", "!!!", " ", "a b", "\u00e9\u00e9" }.FirstOrDefault(s => !check.Admits(new Sample.Text(s)));
                if (refused is not null)
                {
                    yield return ("mismatch", new Sample.Text(refused));
                }
                break;
        }
    }

    public static string Id(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 && !char.IsUpper(name[i - 1]) ? "_" : "") + char.ToLowerInvariant(c) : char.IsLetterOrDigit(c) ? c.ToString() : "_"));
}
