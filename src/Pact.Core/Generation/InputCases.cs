namespace Pact.Generation;

/// <summary>
/// Mechanical input-validation tests of a contract's functions: for every input with range, length or regex
/// validators, one call per probe just outside a bound or the pattern, the other inputs valid, expecting the first
/// broken validator's error_message. Only refusals are generated: an accepted call runs the implementation, which a
/// mechanical test cannot judge. A function with an input no sample fits gets none.
/// </summary>
public static class InputCases
{
    public static IReadOnlyList<InputCase> For(ComponentContract contract)
    {
        var cases = new List<InputCase>();
        var samples = new Samples(contract);
        foreach (var function in contract.Functions)
        {
            var checkedInputs = function.Inputs.Where(i => FieldCheck.Of(i).Count > 0).ToList();
            if (checkedInputs.Count == 0)
            {
                continue;
            }
            var valid = function.Inputs.Select(i => (i.Name, Value: samples.Of(i.TypeRef, FieldCheck.Of(i)) ?? (i.Required ? null : new Sample.Nothing()))).ToList();
            if (valid.Any(v => v.Value is null))
            {
                continue;
            }
            foreach (var input in checkedInputs)
            {
                // Only refusals: an accepted call would run the implementation.
                foreach (var (id, value, failing) in ValidatorCases.FieldProbes(input).Where(p => p.Failing is not null))
                {
                    cases.Add(new InputCase
                    {
                        Id = $"call_{ValidatorCases.Id(function.Name)}_{id}",
                        Function = function.Name,
                        IsAsync = function.IsAsync,
                        Arguments = [.. valid.Select(v => (v.Name, v.Name == input.Name ? value : v.Value!))],
                        Message = failing!.Message,
                    });
                }
            }
        }
        return cases;
    }
}
