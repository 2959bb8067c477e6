"""Amounts of money as integer cents."""
import re


class InvalidAmount(ValueError):
    """The text is not an amount."""


_AMOUNT = re.compile(r"^(\d+)(?:\.(\d{2}))?$")


def to_cents(text):
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise InvalidAmount(text)
    return int(match.group(1)) * 100 + int(match.group(2) or 0)


def format_cents(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"
