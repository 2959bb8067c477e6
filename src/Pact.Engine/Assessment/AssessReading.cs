using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>A tree as one language read it; <see cref="Failure"/> is set when the language's tool could not run at all.</summary>
public sealed record AssessReading(IReadOnlyList<ParsedModule> Modules, IAssessProfile Profile, Diagnostic? Failure = null);
