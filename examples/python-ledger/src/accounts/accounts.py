"""Deposits and withdrawals on a map of balances (in cents), never mutating it."""
import time

from money import to_cents


class InsufficientFunds(ValueError):
    """The account holds less than the amount."""


def _emit(on_event, event, key, **data):
    """Reports one event to the caller's handler, if any (the shape Pact's generated emission tests check)."""
    if on_event is not None:
        on_event({"pact_key": key, "event": event, "output_classification": [], "side_effects": [], "ts": time.time_ns(), **data})


def _observed(key, on_event, work):
    """Runs work() between a started and a completed (or error) event."""
    _emit(on_event, "started", key)
    try:
        result = work()
    except Exception as error:
        _emit(on_event, "error", key, error=type(error).__name__)
        raise
    _emit(on_event, "completed", key)
    return result


def deposit(balances, account, amount, *, on_event=None):
    def work():
        updated = dict(balances)
        updated[account] = updated.get(account, 0) + to_cents(amount)
        return updated
    return _observed("PACT:accounts:deposit", on_event, work)


def withdraw(balances, account, amount, *, on_event=None):
    def work():
        cents = to_cents(amount)
        held = balances.get(account, 0)
        if held < cents:
            raise InsufficientFunds(account)
        updated = dict(balances)
        updated[account] = held - cents
        return updated
    return _observed("PACT:accounts:withdraw", on_event, work)
