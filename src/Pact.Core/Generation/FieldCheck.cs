using System.Text.RegularExpressions;
using Pact.Gates.Contracts;

namespace Pact.Generation;

/// <summary>One mechanical validator of a field, parsed: a range or length bound, or a regex. Custom validators are not mechanical and have none.</summary>
public sealed record FieldCheck
{
    public required ValidatorKind Kind { get; init; }
    public BoundExpression? Bound { get; init; }
    public string Pattern { get; init; } = "";
    public required string Message { get; init; }

    public static IReadOnlyList<FieldCheck> Of(FieldSpec field) =>
        field.Validators.Select((v, i) => v.Kind switch
        {
            ValidatorKind.Range => BoundExpression.Parse(v.Expression, "value") is { } b ? new FieldCheck { Kind = v.Kind, Bound = b, Message = MessageOf(field, v) } : null,
            ValidatorKind.Length => BoundExpression.Parse(v.Expression, "len(value)") is { } b ? new FieldCheck { Kind = v.Kind, Bound = b, Message = MessageOf(field, v) } : null,
            ValidatorKind.Regex => new FieldCheck { Kind = v.Kind, Pattern = v.Expression, Message = MessageOf(field, v) },
            _ => null,
        }).OfType<FieldCheck>().ToList();

    /// <summary>The message the implementation raises: the contract's error_message, or one made from the expression.</summary>
    public static string MessageOf(FieldSpec field, ValidatorSpec validator) =>
        validator.ErrorMessage.Trim().Length > 0 ? validator.ErrorMessage : $"{field.Name} must satisfy {validator.Expression}";

    public bool Admits(Sample value) => (Kind, value) switch
    {
        (ValidatorKind.Range, Sample.Number n) => Bound!.Admits(n.Value),
        (ValidatorKind.Length, Sample.Text t) => Bound!.Admits(t.Value.Length),
        (ValidatorKind.Regex, Sample.Text t) => Regex.IsMatch(t.Value, Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)),
        _ => true,
    };
}
