"""The domain packs a committee can switch on (resources/plain/packs/<name>.csv). A module of its
own, so the command line can list them without loading the engine."""

PACKS: dict[str, str] = {
    "mental-health": "Mental health",
    "maternity": "Maternity",
    "ambulance": "Ambulance",
    "safeguarding": "Safeguarding",
    "legal": "Legal and regulatory",
    "investigations": "Investigations and learning",
    "governance": "Governance and finance",
}


def packs_on(switched_off: str) -> frozenset[str]:
    """The packs a committee uses, from the comma-separated names it switched off (unknown
    names, such as a pack a later version dropped, are ignored)."""
    off = {name.strip() for name in switched_off.split(",")}
    return frozenset(name for name in PACKS if name not in off)


def packs_off(on) -> str:
    """The comma-separated names to store for the packs switched on: those not in `on`."""
    chosen = set(on)
    return ",".join(name for name in PACKS if name not in chosen)
