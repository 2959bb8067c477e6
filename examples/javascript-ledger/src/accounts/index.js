// Deposits and withdrawals on a map of balances (in cents), never mutating it.
import { toCents } from "../money/index.js";

export class InsufficientFunds extends Error {}

export function deposit(balances, account, amount) {
  return { ...balances, [account]: (balances[account] ?? 0) + toCents(amount) };
}

export function withdraw(balances, account, amount) {
  const cents = toCents(amount);
  const held = balances[account] ?? 0;
  if (held < cents) {
    throw new InsufficientFunds(account);
  }
  return { ...balances, [account]: held - cents };
}
