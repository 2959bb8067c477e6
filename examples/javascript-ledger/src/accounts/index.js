// Deposits and withdrawals on a map of balances (in cents), never mutating it.
import { toCents } from "../money/index.js";

export class InsufficientFunds extends Error {}

function depositUnobserved(balances, account, amount) {
  return { ...balances, [account]: (balances[account] ?? 0) + toCents(amount) };
}

function withdrawUnobserved(balances, account, amount) {
  const cents = toCents(amount);
  const held = balances[account] ?? 0;
  if (held < cents) {
    throw new InsufficientFunds(account);
  }
  return { ...balances, [account]: held - cents };
}

/** PACT:accounts:deposit, as the contract names it, with its events. */
export function deposit(balances, account, amount, { onEvent } = {}) {
  return observed("PACT:accounts:deposit", onEvent, () => depositUnobserved(balances, account, amount));
}

/** PACT:accounts:withdraw, as the contract names it, with its events. */
export function withdraw(balances, account, amount, { onEvent } = {}) {
  return observed("PACT:accounts:withdraw", onEvent, () => withdrawUnobserved(balances, account, amount));
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
