"""Word forms: British/American spelling variants, inflections to match, and inflecting a plain
replacement to agree with the word it replaces (utilised -> used)."""

from __future__ import annotations

import re

_IRREGULAR: dict[str, tuple[str, str]] = {  # verb: (past, past participle)
    "be": ("was", "been"), "begin": ("began", "begun"), "build": ("built", "built"),
    "buy": ("bought", "bought"), "choose": ("chose", "chosen"), "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"), "do": ("did", "done"), "find": ("found", "found"),
    "get": ("got", "got"), "give": ("gave", "given"), "go": ("went", "gone"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "keep": ("kept", "kept"),
    "lead": ("led", "led"), "leave": ("left", "left"), "let": ("let", "let"),
    "make": ("made", "made"), "mean": ("meant", "meant"), "meet": ("met", "met"),
    "pay": ("paid", "paid"), "put": ("put", "put"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "send": ("sent", "sent"), "set": ("set", "set"),
    "show": ("showed", "shown"), "speed": ("sped", "sped"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "write": ("wrote", "written"), "lose": ("lost", "lost"), "spend": ("spent", "spent"),
    "undertake": ("undertook", "undertaken"), "undergo": ("underwent", "undergone"),
    "arise": ("arose", "arisen"), "foresee": ("foresaw", "foreseen"),
    "overcome": ("overcame", "overcome"), "seek": ("sought", "sought"),
    "withdraw": ("withdrew", "withdrawn"), "bring": ("brought", "brought"),
    "understand": ("understood", "understood"), "draw": ("drew", "drawn"),
    "withhold": ("withheld", "withheld"), "oversee": ("oversaw", "overseen"),
    "uphold": ("upheld", "upheld"),
}
_DOUBLE = {"put", "set", "run", "stop", "plan", "get", "begin", "cut", "let", "drop", "step",
           "chat", "shut", "sit", "ship", "commit", "admit", "refer", "prefer", "omit", "equip"}
_PLURAL_IRREGULAR = {"person": "people", "child": "children", "analysis": "analyses",
                     "criterion": "criteria", "staff": "staff", "money": "money", "help": "help",
                     "information": "information", "advice": "advice", "equipment": "equipment"}
_BE_OR_HAVE = {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
               "having", "'s", "get", "got", "gets"}
_VOWEL = set("aeiou")


# Every British spelling below contains one of these: a term with none of them has no variants
# (one search instead of ten, for the nine in ten terms that have none).
_VARIANT_MARK = re.compile("is|our|ae|oe|tre|ogue|lled|lling")
_VARIANT_OR_HYPHEN = re.compile("is|our|ae|oe|tre|ogue|lled|lling|-")
# What re.search(r"(s|x|z|ch|sh)$", word) matches: one of these endings, or one before a final
# line break (as $ allows).
_SIBILANT = ("s", "x", "z", "ch", "sh", "s\n", "x\n", "z\n", "ch\n", "sh\n")


def spelling_variants(term: str) -> set[str]:
    """British and American spellings of a term (both are matched)."""
    out = {term}
    if not _VARIANT_MARK.search(term):
        return out
    for a, b in (("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("our", "or"),
                 ("ae", "e"), ("oe", "e"), ("tre", "ter"), ("ogue", "og"), ("lled", "led"),
                 ("lling", "ling")):
        for word in list(out):
            if a in word:
                out.add(word.replace(a, b))
    if term.startswith("oe"):
        out.add("e" + term[2:])
    return out


def verb_forms(verb: str) -> dict[str, str]:
    """base, s, ed (past), en (participle), ing forms of a regular or listed irregular verb."""
    if verb in _IRREGULAR:
        past, participle = _IRREGULAR[verb]
    elif verb.endswith("e"):
        past = participle = verb + "d"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWEL:
        past = participle = verb[:-1] + "ied"
    elif verb in _DOUBLE:
        past = participle = verb + verb[-1] + "ed"
    else:
        past = participle = verb + "ed"
    if verb in ("be",):
        third, ing = "is", "being"
    elif verb in ("do", "go"):
        third, ing = verb + "es", verb + "ing"
    elif verb == "have":
        third, ing = "has", "having"
    elif verb.endswith(_SIBILANT):
        third, ing = verb + "es", verb + "ing"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWEL:
        third, ing = verb[:-1] + "ies", verb + "ing"
    else:
        third = verb + "s"
        if verb.endswith("ee") or verb.endswith("ye"):
            ing = verb + "ing"
        elif verb.endswith("ie"):
            ing = verb[:-2] + "ying"
        elif verb.endswith("e"):
            ing = verb[:-1] + "ing"
        elif verb in _DOUBLE:
            ing = verb + verb[-1] + "ing"
        else:
            ing = verb + "ing"
    return {"base": verb, "s": third, "ed": past, "en": participle, "ing": ing}


def plural(noun: str) -> str:
    if noun in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[noun]
    if noun.endswith(_SIBILANT):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWEL:
        return noun[:-1] + "ies"
    return noun + "s"


def _match_verb_forms(verb: str) -> dict[str, str]:
    """Forms to recognise in text: generous (also tries doubled consonants)."""
    forms = verb_forms(verb)
    out = {forms["s"]: "s", forms["ed"]: "ed", forms["ing"]: "ing", verb: "base"}
    if forms["en"] != forms["ed"]:
        out[forms["en"]] = "en"  # only ever a participle: undertaken -> done, never did
    if verb[-1:] not in _VOWEL and verb[-1:] not in "wxy" and len(verb) > 2:
        out.setdefault(verb + verb[-1] + "ed", "ed")
        out.setdefault(verb + verb[-1] + "ing", "ing")
    return out


def surface_forms(term: str, pos: str) -> dict[str, str]:
    """Every lower-case spelling of `term` to recognise, mapped to its form tag:
    base, s, ed (past or participle), en (participle only), ing (verbs) or pl (nouns). The head word of a phrase is inflected: the first
    word for a verb, the last word for a noun. (Runs for every word-list entry at every start,
    so the common cases are made without splitting and joining words.)"""
    lower = term.lower()
    if pos == "v":
        space = lower.find(" ")
        head, rest = (lower, "") if space < 0 else (lower[:space], lower[space:])
        out = {form + rest: tag for form, tag in _match_verb_forms(head).items()}
    else:
        out = {lower: "base"}
        if pos == "n":
            last = lower.rfind(" ") + 1
            out[lower[:last] + plural(lower[last:])] = "pl"
    result: dict[str, str] = {}
    for form, tag in out.items():
        if not _VARIANT_OR_HYPHEN.search(form):  # nearly every form: itself only
            result.setdefault(form, tag)
            continue
        for variant in spelling_variants(form):
            result.setdefault(variant, tag)
            if "-" in variant:  # co-production, coproduction, co production
                result.setdefault(variant.replace("-", ""), tag)
                result.setdefault(variant.replace("-", " "), tag)
    return result


_JOINERS = {"of", "who", "that", "to", "with", "for", "in", "on", "from", "by", "about"}
_PARTICIPLES = {"made", "given", "taken", "done", "shown", "seen", "held", "kept"}
_SINGULAR_VERB = {"is": "are", "has": "have", "was": "were", "does": "do"}


def singular_phrase(phrase: str) -> str:
    """patient safety incident investigations -> patient safety incident investigation (the
    long form of a plural short form, for a singular use of it)."""
    words = phrase.split(" ")
    last = words[-1]
    plural_of = {v: k for k, v in _PLURAL_IRREGULAR.items()}
    if last.lower() in plural_of:
        words[-1] = plural_of[last.lower()]
    elif last.endswith("ies") and len(last) > 4:
        words[-1] = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        words[-1] = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        words[-1] = last[:-1]
    return " ".join(words)


def plural_phrase(phrase: str) -> str:
    """people involved -> people involved; piece of work -> pieces of work;
    person who uses our services -> people who use our services."""
    words = phrase.split(" ")
    if "people" in words:
        return phrase
    head = len(words) - 1
    for index in range(1, len(words)):
        # a participle after the head ("care provided by"), not one before it ("frequently
        # asked questions")
        participle = words[index] in _PARTICIPLES or words[index].endswith("ed")
        if (words[index] in _JOINERS or (participle and (index == len(words) - 1
                                                         or words[index + 1] in _JOINERS))
                or (words[index].endswith("ing") and index < len(words) - 1)):
            head = index - 1
            break
    if (words[head].endswith("s") and not words[head].endswith("ss")
            or words[head] in _PLURAL_IRREGULAR.values()
            or (words[head].endswith("ing") and head < len(words) - 1)):
        return phrase  # already plural, or an -ing phrase ("passing on care")
    words[head] = plural(words[head])
    if head + 2 < len(words) and words[head + 1] in ("who", "that"):
        verb = words[head + 2]
        words[head + 2] = _SINGULAR_VERB.get(verb, verb[:-1] if verb.endswith("s") else verb)
    return " ".join(words)


def inflect(plain: str, pos: str, tag: str, previous_word: str = "") -> str:
    """Inflect a plain replacement to the form `tag` of the word it replaces."""
    if tag == "base" or not plain:
        return plain
    words = plain.split(" ")
    if tag == "pl":
        return plural_phrase(plain)
    forms = verb_forms(words[0])
    if tag == "ed":
        words[0] = forms["en"] if previous_word.lower() in _BE_OR_HAVE else forms["ed"]
    else:
        words[0] = forms[tag]
    return " ".join(words)


def match_case(replacement: str, original: str) -> str:
    """Give the replacement the capitalisation of the original (Title, UPPER or lower)."""
    if not replacement or not original:
        return replacement
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return replacement.upper()
    if original[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement
