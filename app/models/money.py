"""Money in the API: one convention for every amount, stated on every amount field.

Every amount is an integer in whole units of the ISO 4217 currency stated next to it (the
field's `currency`, or the one its description names): rupiah, yen, won, dollars; never
minor units and never fractions. Rp370.000 is 370000 IDR, 185,000 yen is 185000 JPY.

Why whole units rather than ISO 4217 minor units: ISO 4217 gives the rupiah two decimals, but
the sen has been out of use for decades, and every amount the programme handles (regulated
fees such as BPJS's Rp370.000, KUR PMI's Rp100 million limit, salaries in yen and won, whose
ISO exponent is 0 anyway) is quoted in whole units. Minor units would turn Rp370.000 into
37000000 and make every amount a client shows a hundredfold trap; the stored data has always
been in whole units.

A currency whose minor unit is in use (USD, EUR, MYR, SGD, HKD, SAR ...) is accepted, in
whole units only: an amount is an integer, so cents cannot be expressed and such an amount is
whole dollars or euros, as salaries and fees are quoted. Those currencies are accepted rather
than refused because job orders priced in them are real (fishing-vessel crews paid in USD,
plantations in Malaysia, care work in Europe), and refusing them would push agencies to
convert to rupiah at a rate the programme does not keep. A fractional amount is refused as
any non-integer is (422 `validation_failed`, naming the field).
"""

from typing import Annotated

from pydantic import Field

MAX_AMOUNT = 10**13  # far above any real amount in whole units of any currency
NO_MINOR_UNITS = "never minor units: no sen, no cents, no fractions"


def in_whole_units(what: str, currency: str, example: str) -> str:
    """A money field's description: what it is, its unit and currency, and an example."""
    return f"{what} in whole units of {currency} ({example}); {NO_MINOR_UNITS}."


IDR_EXAMPLE = "370000 is Rp370.000"
# An amount whose currency is another field of the same object.
Money = Annotated[int, Field(ge=0, le=MAX_AMOUNT)]
