using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Cli.Tests;

/// <summary>
/// Pact's enum converter replaced System.Text.Json's (for start-up, see its remarks). Files written before must read
/// the same, and what it writes must not change: for every member of every enum that uses it, both converters are
/// given the same inputs, as values and as dictionary keys, and must give the same member or both refuse.
/// </summary>
public sealed class SnakeCaseEnumConverterTests
{
    public static TheoryData<string> Enums()
    {
        var data = new TheoryData<string>();
        foreach (var type in PactEnums())
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Fact]
    public void EveryPactAssemblysEnums_AreFound()
    {
        // Guards the theory below against finding nothing to compare.
        Assert.True(PactEnums().Count() >= 30, $"found only {PactEnums().Count()} enums with the converter");
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void PactsConverter_ReadsAndWritesAsTheFrameworksDid(string enumType)
    {
        var type = Type.GetType(enumType, throwOnError: true)!;
        typeof(SnakeCaseEnumConverterTests).GetMethod(nameof(Compare), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null);
    }

    private static void Compare<TEnum>()
        where TEnum : struct, Enum
    {
        // Called directly: the test process has reflection-based serialization turned off, as Pact has.
        var options = new JsonSerializerOptions();
        JsonConverter<TEnum> ours = new SnakeCaseEnumConverter<TEnum>();
        var framework = (JsonConverter<TEnum>)new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false).CreateConverter(typeof(TEnum), options)!;
        foreach (var member in Enum.GetValues<TEnum>())
        {
            Assert.Equal(Written(framework, member, options, key: false), Written(ours, member, options, key: false));
            Assert.Equal(Written(framework, member, options, key: true), Written(ours, member, options, key: true));

            var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(member.ToString());
            var number = Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string[] inputs = [snake, member.ToString(), member.ToString().ToLowerInvariant(), member.ToString().ToUpperInvariant(), $" {snake} ", snake.ToUpperInvariant(), number, "", "no_such_member"];
            foreach (var input in inputs)
            {
                var text = JsonSerializer.Serialize(input, Pact.Serialization.PactJson.Context.String);
                Assert.Equal(Read(framework, text, options, key: false), Read(ours, text, options, key: false));
                Assert.Equal(Read(framework, text, options, key: true), Read(ours, text, options, key: true));
            }

            Assert.Equal(Read(framework, number, options, key: false), Read(ours, number, options, key: false));
        }
    }

    private static string Written<TEnum>(JsonConverter<TEnum> converter, TEnum value, JsonSerializerOptions options, bool key)
        where TEnum : struct, Enum
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (key)
            {
                writer.WriteStartObject();
                converter.WriteAsPropertyName(writer, value, options);
                writer.WriteNumberValue(1);
                writer.WriteEndObject();
            }
            else
            {
                converter.Write(writer, value, options);
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Read<TEnum>(JsonConverter<TEnum> converter, string json, JsonSerializerOptions options, bool key)
        where TEnum : struct, Enum
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(key ? $"{{{json}:1}}" : json));
        try
        {
            reader.Read();
            if (key)
            {
                if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                {
                    return "not a property name";
                }

                return converter.ReadAsPropertyName(ref reader, typeof(TEnum), options).ToString();
            }

            return converter.Read(ref reader, typeof(TEnum), options).ToString();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return "refused";
        }
    }

    private static IEnumerable<Type> PactEnums() =>
        new[] { typeof(PactJson).Assembly, typeof(Pact.Engine.Projects.StatusService).Assembly, typeof(Pact.Mcp.Hosting.McpRole).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } c && c.GetGenericTypeDefinition() == typeof(SnakeCaseEnumConverter<>));
}
