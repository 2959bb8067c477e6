// Amounts of money as integer cents.
export class InvalidAmount extends Error {}

const AMOUNT = /^(\d+)(?:\.(\d{2}))?$/;

export function toCents(text: string): number {
  const match = AMOUNT.exec(text.trim());
  if (match === null) {
    throw new InvalidAmount(text);
  }
  return Number(match[1]) * 100 + Number(match[2] ?? "0");
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** PACT:money:to_cents, as the contract names it, with its events. */
export function to_cents(text: string, { onEvent }: { onEvent?: EventHandler } = {}): number {
  return observed("PACT:money:to_cents", onEvent, () => toCents(text));
}

/** PACT:money:format_cents, as the contract names it, with its events. */
export function format_cents(cents: number, { onEvent }: { onEvent?: EventHandler } = {}): string {
  return observed("PACT:money:format_cents", onEvent, () => formatCents(cents));
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
