namespace Pact.Gates.Contracts;

/// <summary>All gates of one contract. the dependencies map holds the contracts of its dependencies that exist.</summary>
public static class ContractGates
{
    public static IReadOnlyList<Diagnostic> Check(ComponentContract contract, IReadOnlyDictionary<string, ComponentContract> dependencies, string? file = null)
    {
        file ??= ArtifactPaths.Contract(contract.ComponentId);
        return
        [
            .. CompletenessRule.Check(contract, file),
            .. TypeRefRule.Check(contract, dependencies, file),
            .. ValidatorRule.Check(contract, file),
            .. RationaleRule.Check(contract, file),
            .. SideEffectRule.Check(contract, file),
            .. DependencyRule.Check(contract, dependencies, file),
            .. VagueLanguageRule.Check(contract, file),
        ];
    }
}
