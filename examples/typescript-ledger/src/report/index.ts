// Summaries of balances.
import { formatCents } from "../money/index.js";
import type { Balances } from "../accounts/index.js";

export function total(balances: Balances): string {
  return formatCents(Object.values(balances).reduce((sum, cents) => sum + cents, 0));
}

export function largest(balances: Balances): string | null {
  const entries = Object.entries(balances).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return entries.length === 0 ? null : entries[0][0];
}
