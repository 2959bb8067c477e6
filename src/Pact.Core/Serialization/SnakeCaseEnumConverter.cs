using System.Runtime.CompilerServices;

namespace Pact.Serialization;

/// <summary>Writes enum members as snake_case strings (<c>HappyPath</c> → <c>happy_path</c>), the reference's spelling.</summary>
/// <remarks>
/// It reads what System.Text.Json's <c>JsonStringEnumConverter</c> (snake_case, no integers) reads: the snake_case
/// name, or the member's own name in any case, with surrounding spaces, as a value or as a property name. It is
/// stricter in one place. That converter also took "a, b" for an enum that is not <c>[Flags]</c> and OR-ed the
/// members into a value no member has; Pact never writes that, and this converter refuses it.
/// It is Pact's own rather than a subclass of that one because the framework's converter is built at run time, per
/// enum, out of about eighty generic methods. The framework-dependent builds could not precompile them, so they were
/// a sixth of what `pact status` JIT-compiled. This class is made by the source-generated context, so the
/// ReadyToRun compiler sees each instantiation. SnakeCaseEnumConverterTests checks both converters agree on every
/// member of every Pact enum.
/// </remarks>
public sealed class SnakeCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IEnumMemberNames
    where TEnum : struct, Enum
{
    private static readonly ulong[] Bits = [.. Enum.GetValues<TEnum>().Select(ToBits)];
    private static readonly string[] OwnNames = Enum.GetNames<TEnum>();
    private static readonly string[] JsonNames = [.. OwnNames.Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];
    private static readonly JsonEncodedText[] Encoded = [.. JsonNames.Select(name => JsonEncodedText.Encode(name))];

    IReadOnlyList<string> IEnumMemberNames.MemberNames => JsonNames;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException();

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Encoded[IndexOf(value)]);

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Encoded[IndexOf(value)]);

    /// <summary>An empty <see cref="JsonException"/> is completed by the serializer with the path and line.</summary>
    private static TEnum Parse(string? text)
    {
        var name = text.AsSpan().Trim();
        for (var i = 0; i < JsonNames.Length; i++)
        {
            if (name.SequenceEqual(JsonNames[i]))
            {
                return FromBits(Bits[i]);
            }
        }

        for (var i = 0; i < OwnNames.Length; i++)
        {
            if (name.Equals(OwnNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return FromBits(Bits[i]);
            }
        }

        throw new JsonException();
    }

    private static int IndexOf(TEnum value)
    {
        var bits = ToBits(value);
        var index = Array.IndexOf(Bits, bits);
        return index >= 0 ? index : throw new JsonException($"{bits} is not a member of {typeof(TEnum).Name}");
    }

    private static ulong ToBits(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, ushort>(ref value),
        4 => Unsafe.As<TEnum, uint>(ref value),
        _ => Unsafe.As<TEnum, ulong>(ref value),
    };

    private static TEnum FromBits(ulong bits)
    {
        var value = default(TEnum);
        switch (Unsafe.SizeOf<TEnum>())
        {
            case 1: Unsafe.As<TEnum, byte>(ref value) = (byte)bits; break;
            case 2: Unsafe.As<TEnum, ushort>(ref value) = (ushort)bits; break;
            case 4: Unsafe.As<TEnum, uint>(ref value) = (uint)bits; break;
            default: Unsafe.As<TEnum, ulong>(ref value) = bits; break;
        }

        return value;
    }
}
