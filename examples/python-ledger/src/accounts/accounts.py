"""Deposits and withdrawals on a map of balances (in cents), never mutating it."""
from money import to_cents


class InsufficientFunds(ValueError):
    """The account holds less than the amount."""


def deposit(balances, account, amount):
    updated = dict(balances)
    updated[account] = updated.get(account, 0) + to_cents(amount)
    return updated


def withdraw(balances, account, amount):
    cents = to_cents(amount)
    held = balances.get(account, 0)
    if held < cents:
        raise InsufficientFunds(account)
    updated = dict(balances)
    updated[account] = held - cents
    return updated
