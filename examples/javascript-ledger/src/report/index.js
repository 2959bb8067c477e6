// Summaries of balances.
import { formatCents } from "../money/index.js";


function totalUnobserved(balances) {
  return formatCents(Object.values(balances).reduce((sum, cents) => sum + cents, 0));
}

function largestUnobserved(balances) {
  const entries = Object.entries(balances).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return entries.length === 0 ? null : entries[0][0];
}

/** PACT:report:total, as the contract names it, with its events. */
export function total(balances, { onEvent } = {}) {
  return observed("PACT:report:total", onEvent, () => totalUnobserved(balances));
}

/** PACT:report:largest, as the contract names it, with its events. */
export function largest(balances, { onEvent } = {}) {
  return observed("PACT:report:largest", onEvent, () => largestUnobserved(balances));
}

// The events the contract's generated emission tests check: started, then completed or error, with the PACT key.
function observed(key, onEvent, work) {
  const emit = (event, data = {}) => onEvent?.({ pact_key: key, event, output_classification: [], side_effects: [], ts: Date.now(), ...data });
  emit("started");
  try {
    const result = work();
    emit("completed");
    return result;
  } catch (error) {
    emit("error", { error: error.name });
    throw error;
  }
}
