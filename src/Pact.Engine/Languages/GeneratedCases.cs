using Pact.Generation;

namespace Pact.Engine.Languages;

/// <summary>
/// The case list of a contract's generated tests, in the order the test generators write them (validator cases,
/// refused calls, one emission test per function), each named by the language's rule for generated names.
/// </summary>
public static class GeneratedCases
{
    public static IReadOnlyList<TestCase> For(ComponentContract contract, Func<string, string> testName)
    {
        var cases = new List<TestCase>();
        foreach (var c in ValidatorCases.For(contract))
        {
            // A type's validator belongs to no function; the case still needs a function field, which hints only show.
            cases.Add(new TestCase { Id = testName(c.Id), Function = "", Category = c.Accepted ? TestCategory.EdgeCase : TestCategory.ErrorCase, Description = c.Accepted ? $"{c.Value.Type} accepts a value at its validators' bounds" : $"{c.Value.Type} refuses a value: {c.Message}" });
        }

        foreach (var c in InputCases.For(contract))
        {
            cases.Add(new TestCase { Id = testName(c.Id), Function = c.Function, Category = TestCategory.ErrorCase, Description = $"{c.Function} refuses an input outside its validators: {c.Message}" });
        }

        foreach (var function in contract.Functions)
        {
            cases.Add(new TestCase { Id = testName("emits_" + function.Name), Function = function.Name, Category = TestCategory.Invariant, Description = $"{function.Name} emits started, then completed or error, with its PACT key" });
        }

        return cases;
    }
}
