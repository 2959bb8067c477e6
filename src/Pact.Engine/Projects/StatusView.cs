using Pact.Health;

namespace Pact.Engine.Projects;

/// <summary>
/// What <see cref="StatusService"/> reads of a project: the status record, the health report behind its health field,
/// every warning of the read, and the audit log's own problems among them (all that <c>pact health</c> reports).
/// </summary>
internal sealed record StatusView(StatusReport Report, HealthReport Health, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<Diagnostic> AuditProblems);
