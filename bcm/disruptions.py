"""Disruption types: stable identifiers used everywhere (command line included), their labels, and what they cut."""

from __future__ import annotations

from bcm.errors import ValidationError
from db.models.plans import DISRUPTIONS

LABELS: dict[str, str] = {
    "power": "Loss of power",
    "fuel": "Fuel disruption",
    "ict": "ICT / Mosaic outage",
    "telephony": "Telephony loss",
    "premises": "Loss of premises",
    "staff": "Staff shortage",
    "weather": "Severe weather",
    "supplier": "Supplier or provider failure",
    "cyber": "Cyber attack",
}
assert tuple(LABELS) == DISRUPTIONS

# Which dependency kinds a disruption takes away; severe weather reaches services through their weather card.
CUTS: dict[str, tuple[str, ...]] = {
    "power": ("utilities_power",),
    "fuel": ("vehicles_fuel",),
    "ict": ("it_system",),
    "telephony": ("telephony",),
    "premises": ("premises",),
    "staff": ("staff_skill",),
    "weather": (),
    "supplier": ("supplier",),
    "cyber": ("it_system", "telephony"),
}


def parse_disruptions(values: list[str]) -> list[str]:
    """Known identifiers, in the order given, without repeats; an unknown one is refused with the list of known."""
    chosen: list[str] = []
    for value in values:
        key = value.strip().lower()
        if key not in LABELS:
            raise ValidationError.of("disruption", value, f"unknown type; known types: {', '.join(LABELS)}")
        if key not in chosen:
            chosen.append(key)
    if not chosen:
        raise ValidationError.of("disruption", "", f"name at least one type: {', '.join(LABELS)}")
    return chosen
