namespace Pact.Tests;

/// <summary>
/// Code appended to a test fixture's implementation so its function reports the events the suite's Pact-generated
/// emission test checks (started, then completed or error), keeping each fixture about what its own test shows.
/// </summary>
public static class FixtureEvents
{
    /// <summary>Python that makes <paramref name="function"/> of component <paramref name="cid"/> report its events, appended after its definition.</summary>
    public static string Python(string cid, string function) => $$"""


        def _pact_fixture_observed(work, key):
            import time

            def observed(*args, on_event=None, **kwargs):
                def emit(event):
                    if on_event is not None:
                        on_event({"pact_key": key, "event": event, "output_classification": [], "side_effects": [], "ts": time.time_ns()})
                emit("started")
                try:
                    result = work(*args, **kwargs)
                except Exception:
                    emit("error")
                    raise
                emit("completed")
                return result
            return observed


        if callable(globals().get("{{function}}")):
            {{function}} = _pact_fixture_observed({{function}}, "PACT:{{cid}}:{{function}}")

        """;

    /// <summary>
    /// JavaScript that makes <paramref name="function"/> of component <paramref name="cid"/> report its events (its
    /// options argument's onEvent), appended after its declaration: a module's function binding can be reassigned, and
    /// importers see the new value. TypeScript refuses that assignment, so it is for JavaScript only.
    /// </summary>
    public static string JavaScript(string cid, string function) => $$"""


        {
          const work = {{function}};
          {{function}} = function (...args) {
            const options = args[args.length - 1];
            const onEvent = options && typeof options === "object" && typeof options.onEvent === "function" ? options.onEvent : undefined;
            const emit = (event) => onEvent?.({ pact_key: "PACT:{{cid}}:{{function}}", event, output_classification: [], side_effects: [], ts: Date.now() });
            const inputs = onEvent ? args.slice(0, -1) : args;
            emit("started");
            try {
              // Called without its inputs (as the emission test may be), it refuses, as Python does.
              if (inputs.length < work.length) throw new TypeError("missing arguments");
              const result = work(...inputs);
              emit("completed");
              return result;
            } catch (error) {
              emit("error");
              throw error;
            }
          };
        }

        """;

    /// <summary>
    /// A TypeScript implementation whose exported <paramref name="function"/> reports its events: the function is
    /// renamed and an exported wrapper takes its place, since TypeScript refuses reassigning a function binding.
    /// </summary>
    public static string TypeScript(string cid, string function, string implementation) =>
        implementation.Replace($"export function {function}(", $"function {function}_work(", StringComparison.Ordinal) + $$"""


        export function {{function}}(...args: any[]): any {
          const options = args[args.length - 1];
          const onEvent = options && typeof options === "object" && typeof options.onEvent === "function" ? options.onEvent : undefined;
          const emit = (event: string) => onEvent?.({ pact_key: "PACT:{{cid}}:{{function}}", event, output_classification: [], side_effects: [], ts: Date.now() });
          const inputs = onEvent ? args.slice(0, -1) : args;
          emit("started");
          try {
            if (inputs.length < {{function}}_work.length) throw new TypeError("missing arguments");
            const result = ({{function}}_work as any)(...inputs);
            emit("completed");
            return result;
          } catch (error) {
            emit("error");
            throw error;
          }
        }

        """;
}
