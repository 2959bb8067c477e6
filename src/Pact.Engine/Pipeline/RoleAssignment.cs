using Pact.Engine.Backends;

namespace Pact.Engine.Pipeline;

/// <summary>Who plays one role of a run: the backend, the model asked for (null for the backend's own) and one call's time limit.</summary>
internal sealed record RoleAssignment(IAgentBackend Backend, string? Model, TimeSpan Timeout);
