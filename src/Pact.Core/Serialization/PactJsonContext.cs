using System.Text.Json;
using System.Text.Json.Serialization;
using Pact.Audit;
using Pact.Configuration;
using Pact.Contracts;
using Pact.Decomposition;
using Pact.Diagnostics;
using Pact.Interview;
using Pact.Readiness;
using Pact.Shaping;
using Pact.Specs;
using Pact.State;
using Pact.Suites;

namespace Pact.Serialization;

/// <summary>
/// The one serializer context of Pact: every type that goes to disk or over the wire is listed here, so nothing
/// falls back to reflection (and Native AOT stays possible). Names are snake_case, as the Python Pact writes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
// Artifacts
[JsonSerializable(typeof(ComponentContract))]
[JsonSerializable(typeof(DecompositionTree))]
[JsonSerializable(typeof(IReadOnlyList<EngineeringDecision>))]
[JsonSerializable(typeof(ContractTestSuite))]
[JsonSerializable(typeof(TestResults))]
[JsonSerializable(typeof(InterviewResult))]
[JsonSerializable(typeof(ShapingPitch))]
[JsonSerializable(typeof(PactConfig))]
[JsonSerializable(typeof(ReadinessProfile))]
[JsonSerializable(typeof(BuildSpec))]
[JsonSerializable(typeof(RunState))]
[JsonSerializable(typeof(AuditEvent))]
// Views and results
[JsonSerializable(typeof(ResolvedReadiness))]
[JsonSerializable(typeof(NormalizedSpec))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class PactJsonContext : JsonSerializerContext;
