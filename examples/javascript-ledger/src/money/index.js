// Amounts of money as integer cents.
export class InvalidAmount extends Error {}

const AMOUNT = /^(\d+)(?:\.(\d{2}))?$/;

export function toCents(text) {
  const match = AMOUNT.exec(text.trim());
  if (match === null) {
    throw new InvalidAmount(text);
  }
  return Number(match[1]) * 100 + Number(match[2] ?? "0");
}

export function formatCents(cents) {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
