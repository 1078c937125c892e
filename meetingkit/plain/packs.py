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
