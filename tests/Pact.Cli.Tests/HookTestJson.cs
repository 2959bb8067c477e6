using System.Text.Json.Serialization;

namespace Pact.Cli.Tests;

[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class HookTestJson : JsonSerializerContext;
