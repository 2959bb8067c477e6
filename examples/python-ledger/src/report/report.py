"""Summaries of balances."""
import time

from money import format_cents


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


def total(balances, *, on_event=None):
    return _observed("PACT:report:total", on_event, lambda: format_cents(sum(balances.values())))


def largest(balances, *, on_event=None):
    def work():
        if not balances:
            return None
        return min(balances.items(), key=lambda item: (-item[1], item[0]))[0]
    return _observed("PACT:report:largest", on_event, work)
