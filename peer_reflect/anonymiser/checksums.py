"""Checksums that tell a real identifier from a run of digits."""
from __future__ import annotations


def nhs_number_valid(digits: str) -> bool:
    """NHS number: 10 digits, modulus 11 with weights 10..2 (NHS Data Dictionary)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def luhn_valid(digits: str) -> bool:
    """Payment cards (and many other ids) end in a Luhn check digit."""
    if not digits.isdigit() or len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_valid(text: str) -> bool:
    """ISO 13616 mod-97 check."""
    s = "".join(text.split()).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
    except ValueError:
        return False
