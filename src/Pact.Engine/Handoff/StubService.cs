using Pact.Handoff;

namespace Pact.Engine.Handoff;

/// <summary>
/// <c>pact stub</c>: the interface stub of an accepted contract in the project's language. Generated from the contract
/// each time (the same text <c>pact contract</c> wrote), so a stub file edited or deleted by hand changes nothing.
/// </summary>
public sealed class StubService(ProjectStore store)
{
    public const string Command = "stub";

    public async Task<CommandResult<StubReport>> StubAsync(string directory, string componentId, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<StubReport>(Command, outcome, diagnostics);
        }

        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<StubReport>(Command, Outcome.Invalid, badId);
        }

        var layout = project.Layout;
        var contract = await store.ReadAsync(layout, layout.ContractJson(componentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
        if (contract is null)
        {
            return CommandResults.Fail<StubReport>(Command, Outcome.NotFound, new Diagnostic { Rule = "stub.contract.missing", File = layout.Relative(layout.ContractJson(componentId)), Message = $"'{componentId}' has no contract yet, so there is no stub", Fix = $"submit it with `pact contract {directory} {componentId} --file interface.json`" });
        }

        if (!contract.Ok)
        {
            return CommandResults.Fail<StubReport>(Command, Outcome.Invalid, contract.Diagnostics);
        }

        return CommandResults.Ok(Command, Of(layout, contract.Value!, project.Language));
    }

    /// <summary>The stub of <paramref name="contract"/> in <paramref name="language"/>, as <c>pact contract</c> writes it.</summary>
    public static StubReport Of(ProjectLayout layout, ComponentContract contract, ILanguage language) => new()
    {
        ComponentId = contract.ComponentId,
        Language = language.Id,
        File = layout.Relative(layout.ContractStub(contract.ComponentId, language.StubExtension)),
        ImplementationFile = language.ImplementationFile(contract),
        Text = language.Stub(contract, Path.GetFileName(layout.Root)),
    };
}
