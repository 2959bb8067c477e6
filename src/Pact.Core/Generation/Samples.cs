namespace Pact.Generation;

/// <summary>
/// Valid sample values for a contract's types and fields, chosen mechanically: inside every range and length bound,
/// matching every pattern (from a short list of candidate strings), the first enum variant, nested instances.
/// Null when no candidate fits (the type then gets no generated tests).
/// </summary>
public sealed class Samples(ComponentContract contract)
{
    private static readonly string[] Strings =
    [
        "abc", "ABCD", "a", "AB12", "abcd1234", "ABCD1234", "x1", "test@example.com", "2024-01-01", "hello world", "A", "0", "1234",
        "ABC", "abc_def", "abc-def",
    ];

    public Sample? Of(string typeRef, IReadOnlyList<FieldCheck>? checks = null, int depth = 0)
    {
        checks ??= [];
        var name = typeRef.Trim();
        if (name.EndsWith("| None", StringComparison.Ordinal) || name.StartsWith("Optional[", StringComparison.Ordinal))
        {
            var inner = name.StartsWith("Optional[", StringComparison.Ordinal) ? name[9..^1] : name[..name.LastIndexOf('|')];
            return Of(inner, checks, depth);
        }
        switch (name)
        {
            case "int":
                return Pick(checks, true);
            case "float":
                return Pick(checks, false);
            case "str":
                return Strings.Select(s => new Sample.Text(s)).Concat(Lengths(checks)).FirstOrDefault(s => checks.All(c => c.Admits(s)));
            case "bool":
                return new Sample.Flag(true);
            case "None":
                return new Sample.Nothing();
        }
        if (name.StartsWith("list", StringComparison.Ordinal) || name.StartsWith("set", StringComparison.Ordinal) || name.StartsWith("tuple", StringComparison.Ordinal))
        {
            return new Sample.EmptyList();
        }
        if (name.StartsWith("dict", StringComparison.Ordinal))
        {
            return new Sample.EmptyMap();
        }
        var type = contract.Types.FirstOrDefault(t => t.Name == name);
        if (type is null || depth > 4)
        {
            return null;
        }
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return type.Variants.Count > 0 ? new Sample.Member(type.Name, type.Variants[0]) : null;
            case TypeKind.List:
                return new Sample.EmptyList();
            case TypeKind.Optional:
                return new Sample.Nothing();
            case TypeKind.Union:
                return type.InnerTypes.Count > 0 ? Of(type.InnerTypes[0], null, depth + 1) : null;
            case TypeKind.Struct:
                var fields = new List<(string, Sample)>();
                foreach (var field in type.Fields)
                {
                    var value = Of(field.TypeRef, FieldCheck.Of(field), depth + 1);
                    if (value is null)
                    {
                        return null;
                    }
                    fields.Add((field.Name, value));
                }
                return new Sample.Instance(type.Name, fields);
            default:
                return null;
        }
    }

    private static IEnumerable<Sample> Lengths(IReadOnlyList<FieldCheck> checks) =>
        checks.Where(c => c.Kind == ValidatorKind.Length && c.Bound!.Low is not null).Select(c => (Sample)new Sample.Text(new string('a', (int)c.Bound!.Low!.Value + 1)));

    private static Sample? Pick(IReadOnlyList<FieldCheck> checks, bool integer)
    {
        var candidates = new List<decimal>();
        foreach (var bound in checks.Where(c => c.Kind == ValidatorKind.Range).Select(c => c.Bound!))
        {
            if (bound.Low is { } low && bound.High is { } high)
            {
                candidates.Add(integer ? Math.Ceiling((low + high) / 2) : (low + high) / 2);
            }
            if (bound.Low is { } l)
            {
                candidates.Add(integer ? Math.Floor(l) + 1 : l + 1);
            }
            if (bound.High is { } h)
            {
                candidates.Add(integer ? Math.Ceiling(h) - 1 : h - 1);
            }
        }
        candidates.AddRange([1, 10, 100, 0, -1]);
        return candidates.Select(v => new Sample.Number(v, integer)).FirstOrDefault(s => checks.All(c => c.Admits(s)));
    }
}
