namespace Pact.Serialization;

/// <summary>Writes enum members as snake_case strings (<c>HappyPath</c> → <c>happy_path</c>), the reference's spelling.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
