namespace Pact.Engine.Tests;

/// <summary>
/// Tests that change this process's environment (PACT_HOME) run alone: every other test's solo key store is read from
/// that variable, so a certify in one test and its verify could otherwise see two different stores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
