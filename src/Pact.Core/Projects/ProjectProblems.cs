namespace Pact.Projects;

/// <summary>
/// The rules of the problems a project directory itself can have, shared by the store that reports them and the
/// readers that act on them (the CLI's did-you-mean, certify's busy outcome).
/// </summary>
public static class ProjectProblems
{
    /// <summary>The directory does not exist.</summary>
    public const string NotFound = "project.not_found";

    /// <summary>The directory exists but holds no pact.yaml.</summary>
    public const string NotInitialized = "project.not_initialized";

    /// <summary>Another command holds the project's lock.</summary>
    public const string Busy = "project.busy";
}
