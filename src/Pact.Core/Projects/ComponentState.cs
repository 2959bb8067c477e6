namespace Pact.Projects;

/// <summary>Where one component stands in the work, derived from its artifacts and the judge's last runs of it.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ComponentState>))]
public enum ComponentState
{
    /// <summary>In the decomposition, with no contract yet.</summary>
    Pending,

    /// <summary>It has a contract, and no suite yet.</summary>
    Contracted,

    /// <summary>Its suite is locked, and it has no code yet.</summary>
    Tested,

    /// <summary>A worker has claimed it, or it has code the judge has not run yet.</summary>
    Implementing,

    /// <summary>Its code passed the judge's last visible run, and its last hidden run if it had one.</summary>
    Passing,

    /// <summary>The judge's last visible or hidden run of its code failed.</summary>
    Failing,

    /// <summary>The project's certificate covers it.</summary>
    Certified,
}
