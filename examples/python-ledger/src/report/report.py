"""Summaries of balances."""
from money import format_cents


def total(balances):
    return format_cents(sum(balances.values()))


def largest(balances):
    if not balances:
        return None
    return min(balances.items(), key=lambda item: (-item[1], item[0]))[0]
