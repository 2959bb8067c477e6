namespace Pact.Engine.Assessment;

/// <summary>
/// One language of <c>pact assess</c>: which files it reads, and how it turns a tree into modules and the profile
/// that resolves their imports and tests. The Assessor's rules are the same for all of them.
/// </summary>
public interface IAssessReader
{
    /// <summary>The id <c>--language</c> takes.</summary>
    string Language { get; }

    /// <summary>The file extensions that make a tree this language's, for detection when <c>--language</c> is absent.</summary>
    IReadOnlySet<string> DetectedBy { get; }

    /// <summary>The tree's modules and profile; a file that does not parse is a module with an error, never a failure.</summary>
    Task<AssessReading> ReadAsync(string root, CancellationToken cancellationToken);
}
