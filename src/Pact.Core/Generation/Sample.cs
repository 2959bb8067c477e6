namespace Pact.Generation;

/// <summary>A value generated tests pass in, independent of language; each emitter writes it as a literal or constructor call.</summary>
public abstract record Sample
{
    public sealed record Number(decimal Value, bool Integer) : Sample;

    public sealed record Text(string Value) : Sample;

    public sealed record Flag(bool Value) : Sample;

    public sealed record Nothing : Sample;

    public sealed record EmptyList : Sample;

    public sealed record EmptyMap : Sample;

    public sealed record Member(string Type, string Variant) : Sample;

    public sealed record Instance(string Type, IReadOnlyList<(string Field, Sample Value)> Fields) : Sample;
}
