namespace Pact.Engine.Judge.Suites;

/// <summary>A master suite read back and checked against its lock hash.</summary>
public sealed record LockedSuite(ContractTestSuite Suite, SuiteLock Lock, byte[] Bytes);
