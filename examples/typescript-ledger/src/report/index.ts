// Summaries of balances.
import { formatCents } from "../money/index.js";
import type { Balances } from "../accounts/index.js";

function totalUnobserved(balances: Balances): string {
  return formatCents(Object.values(balances).reduce((sum, cents) => sum + cents, 0));
}

function largestUnobserved(balances: Balances): string | null {
  const entries = Object.entries(balances).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return entries.length === 0 ? null : entries[0][0];
}

/** PACT:report:total, as the contract names it, with its events. */
export function total(balances: Record<string, number>, { onEvent }: { onEvent?: EventHandler } = {}): string {
  return observed("PACT:report:total", onEvent, () => totalUnobserved(balances));
}

/** PACT:report:largest, as the contract names it, with its events. */
export function largest(balances: Record<string, number>, { onEvent }: { onEvent?: EventHandler } = {}): string | null {
  return observed("PACT:report:largest", onEvent, () => largestUnobserved(balances));
}

// The events the contract's generated emission tests check: started, then completed or error, with the PACT key.
type EventHandler = (event: Record<string, unknown>) => void;
function observed<T>(key: string, onEvent: EventHandler | undefined, work: () => T): T {
  const emit = (event: string, data = {}) => onEvent?.({ pact_key: key, event, output_classification: [], side_effects: [], ts: Date.now(), ...data });
  emit("started");
  try {
    const result = work();
    emit("completed");
    return result;
  } catch (error) {
    emit("error", { error: (error as Error).name });
    throw error;
  }
}
