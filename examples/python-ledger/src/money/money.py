"""Amounts of money as integer cents."""
import re
import time


class InvalidAmount(ValueError):
    """The text is not an amount."""


_AMOUNT = re.compile(r"^(\d+)(?:\.(\d{2}))?$")


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


def to_cents(text, *, on_event=None):
    def work():
        match = _AMOUNT.match(text.strip())
        if match is None:
            raise InvalidAmount(text)
        return int(match.group(1)) * 100 + int(match.group(2) or 0)
    return _observed("PACT:money:to_cents", on_event, work)


def format_cents(cents, *, on_event=None):
    def work():
        sign = "-" if cents < 0 else ""
        whole = abs(cents)
        return f"{sign}{whole // 100}.{whole % 100:02d}"
    return _observed("PACT:money:format_cents", on_event, work)
