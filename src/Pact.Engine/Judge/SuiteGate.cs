using Pact.Contracts;
using Pact.Diagnostics;
using Pact.Suites;

namespace Pact.Engine.Judge;

/// <summary>
/// SEAM for the suite gates: the checks a suite must pass before the judge locks it. This minimal version checks
/// that the suite is for the component and that each case names a function of the contract; the full gates (coverage
/// per function, one error case per ErrorCase, …) replace <see cref="Check"/> without changing its callers.
/// </summary>
public static class SuiteGate
{
    public static IReadOnlyList<Diagnostic> Check(ContractTestSuite suite, ComponentContract contract, string file)
    {
        var problems = new List<Diagnostic>();
        if (suite.ComponentId != contract.ComponentId)
        {
            problems.Add(new Diagnostic
            {
                Rule = "suite.component_mismatch",
                File = file,
                Pointer = "/component_id",
                Message = $"the suite is for '{suite.ComponentId}' but the command names '{contract.ComponentId}'",
                Fix = "pass the suite of this component, or name the component the suite is for",
            });
        }

        var functions = contract.Functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < suite.TestCases.Count; i++)
        {
            var test = suite.TestCases[i];
            if (!functions.Contains(test.Function))
            {
                problems.Add(new Diagnostic
                {
                    Rule = "suite.unknown_function",
                    File = file,
                    Pointer = $"/test_cases/{i}/function",
                    Message = $"test '{test.Id}' names function '{test.Function}', which contracts/{contract.ComponentId}/interface.json does not declare",
                    Fix = functions.Count == 0 ? "add the function to the contract first" : $"use one of: {string.Join(", ", functions.Order(StringComparer.Ordinal))}",
                });
            }
        }

        foreach (var duplicate in suite.TestCases.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new Diagnostic { Rule = "suite.duplicate_test_id", File = file, Pointer = "/test_cases", Message = $"test id '{duplicate.Key}' is used {duplicate.Count()} times", Fix = "give every test a unique id" });
        }

        if (suite.TestCases.Count == 0 || suite.GeneratedCode.Trim().Length == 0)
        {
            problems.Add(new Diagnostic { Rule = "suite.empty", File = file, Pointer = "", Message = "the suite has no test cases or no generated_code", Fix = "a suite needs described test cases and the code that runs them" });
        }

        return problems;
    }
}
