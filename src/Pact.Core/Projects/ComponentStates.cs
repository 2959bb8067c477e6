namespace Pact.Projects;

/// <summary>The one rule that gives a component its <see cref="ComponentState"/>.</summary>
public static class ComponentStates
{
    /// <param name="component">What is on disk for it.</param>
    /// <param name="visiblePassed">Whether the judge's last visible run of it passed; null when none ran.</param>
    /// <param name="hiddenPassed">Whether its last hidden run passed; null when none ran.</param>
    /// <param name="certified">Whether the project has a certificate.</param>
    public static ComponentState Of(ComponentSummary component, bool? visiblePassed, bool? hiddenPassed, bool certified) => component switch
    {
        _ when certified && component.HasContract => ComponentState.Certified,
        { HasImplementation: true } when visiblePassed == false || hiddenPassed == false => ComponentState.Failing,
        { HasImplementation: true } when visiblePassed == true => ComponentState.Passing,
        { HasImplementation: true } or { ClaimedBy: not null } => ComponentState.Implementing,
        { HasTests: true } => ComponentState.Tested,
        { HasContract: true } => ComponentState.Contracted,
        _ => ComponentState.Pending,
    };
}
