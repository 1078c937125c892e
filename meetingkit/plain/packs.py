"""The domain packs a committee can switch on (resources/plain/packs/<name>.csv). A module of its
own, so the command line can list them without loading the engine."""

# Labels in plain words: a chair ticks them in File > Committee settings.
PACKS: dict[str, str] = {
    "mental-health": "Mental health",
    "maternity": "Maternity",
    "ambulance": "Ambulance",
    "safeguarding": "Abuse and neglect",
    "legal": "Law and inspections",
    "investigations": "Investigations and learning",
    "governance": "Boards, committees and money",
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
