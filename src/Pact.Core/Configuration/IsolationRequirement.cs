namespace Pact.Configuration;

/// <summary>pact.yaml <c>isolation</c>: whether a suite may run when no isolating sandbox is available here.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<IsolationRequirement>))]
public enum IsolationRequirement
{
    /// <summary>Refuse to run the code under test unconfined (the default on Linux).</summary>
    Required,

    /// <summary>Confine when possible, otherwise run unconfined and say so in every result (the default elsewhere).</summary>
    Preferred,
}
