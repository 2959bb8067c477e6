namespace Pact.Engine.Tests.Assessment;

/// <summary>Small Python trees whose findings are known by hand from the Python Pact's rules (reference G).</summary>
internal static class AssessFixtures
{
    /// <summary>
    /// <c>app/</c> gives exactly one finding of each of the five categories: shallow.py (3 public names in 3 lines),
    /// core.py (imported by m1…m8: a hub at the warning threshold), a.py ↔ b.py, <c>from app.core import thing</c> in
    /// 8 files (scattered, info), and lonely.py, the one module without a test under <c>tests/</c> beside app/.
    /// </summary>
    public static string FiveCategories(TempDirectory dir)
    {
        dir.Write("app/core.py", "def thing():\n    total = 0\n    for i in range(10):\n        total += i\n    return total\n");
        for (var i = 1; i <= 8; i++)
        {
            dir.Write($"app/m{i}.py", $"from app.core import thing\n\n# uses thing\n\nVALUE_{i} = thing()\n");
        }
        dir.Write("app/shallow.py", "def alpha(): return 1\ndef beta(): return 2\nclass Gamma: pass\n");
        dir.Write("app/a.py", "import b\n\nA = 1\n");
        dir.Write("app/b.py", "X = 0\nimport a\n");
        dir.Write("app/lonely.py", "import os\nLONELY = os.sep\n");
        foreach (var name in new[] { "core", "shallow", "a", "b", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8" })
        {
            dir.Write($"tests/test_{name}.py", "def test_nothing():\n    pass\n");
        }
        return dir.Combine("app");
    }
}
