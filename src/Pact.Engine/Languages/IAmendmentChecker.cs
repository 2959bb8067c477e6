
namespace Pact.Engine.Languages;

/// <summary>
/// Reads an amendment of a frozen suite with the language's own parser (never runs it): the locked code is a byte
/// prefix of the submitted code, and this says whether the appended part only adds tests or also redefines, shadows
/// or patches what the locked tests use.
/// </summary>
public interface IAmendmentChecker
{
    Task<IReadOnlyList<Redefinition>> CheckAsync(string lockedCode, string submittedCode, Configuration.PactConfig? config, CancellationToken cancellationToken);
}
