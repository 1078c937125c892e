"""Passive voice, nouns made from verbs, sentence ends and masks: the edges of the fast paths."""

from __future__ import annotations

import pytest

from meetingkit.plain import check
from meetingkit.plain.mask import mask
from meetingkit.plain.wording import nominalisation_spans, passive_spans


def spans_text(text: str, spans) -> list[str]:
    return [text[span[0]:span[1]] for span in spans]


@pytest.mark.parametrize(("text", "found"), [
    ("the report was reviewed by the team.", ["was reviewed"]),
    ("it is being reviewed and was also written down.", ["is being reviewed", "was also written"]),
    ("plans were quickly made. they have been seen.", ["were quickly made", "been seen"]),
    ("this seen is odd; his done too.", []),  # 'is' inside a longer word
    ("we reviewed it. it is good.", []),
    ("_was_ reviewed\n(is)\nmade", []),
])
def test_passive_voice(text, found):
    assert spans_text(text, passive_spans(text)) == found


@pytest.mark.parametrize(("text", "found"), [
    ("we agreed the implementation of the plan.", [("the implementation of", "implement")]),
    ("an investigation of\nthe fall", [("an investigation of", "investigate")]),
    ("(the implementation  of it)", [("the implementation  of", "implement")]),
    ("bathe implementation of", []),  # 'the' must be a whole word
    ("the implementation offers", []),  # 'of' must be a whole word
    ("the co-implementation of", []),
    ("the implementation proof", []),
])
def test_nominalisations(text, found):
    assert [(text[s:e], verb) for s, e, verb in nominalisation_spans(text)] == found


def test_abbreviations_do_not_end_sentences_but_ordinary_full_stops_do():
    words = " ".join(["word"] * 12)
    one = check(f"{words} e.g. Ward staff, _Dr. Patel and Mr. Khan said.")
    assert one.stats.sentences == 1
    two = check(f"{words} egg. Ward staff said.")  # 'egg' ends in 'g.' but is not 'e.g.'
    assert two.stats.sentences == 2


def test_a_long_sentence_ends_at_its_last_word_not_in_trailing_spaces():
    text = " ".join(["word"] * 25) + ".   \n\nNext."
    finding = next(f for f in check(text).findings if f.rule == "sentence-long")
    assert finding.text.endswith("word.")


def test_a_web_address_scheme_does_not_reach_back_over_a_line_break():
    text = "Ward\n://example.org/ICB"
    assert mask(text) == (text, [])


@pytest.mark.parametrize("text", ["mailto:team@nhs.net", "<mailto:team@nhs.net>",
                                  "<https://nhs.uk/ICB>", "see www.nhs.uk/PSII."])
def test_addresses_are_masked_whole(text):
    masked, _ = mask(text)
    assert not any(c.isalpha() for c in masked.replace("see", "").strip(". ")), masked


@pytest.mark.parametrize("enabled", [True, False])
def test_check_leaves_the_cycle_collector_as_it_found_it(enabled):
    import gc

    (gc.enable if enabled else gc.disable)()
    try:
        check("The ICB will utilise the plan going forward.")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


@pytest.mark.parametrize("text", [
    "It demeans nobody that ICB means integrated care board. The ICB met.",
    "She understands for sure that ICB stands for integrated care board. The ICB met.",
    "Keep his short for the meeting: ICB is short for integrated care board. The ICB met.",
])
def test_a_verb_inside_a_longer_word_does_not_hide_the_explanation_after_it(text):
    rules = [f.rule for f in check(text).findings if f.text == "ICB"]
    assert rules == ["acronym-defined"]


def test_a_quote_mark_before_a_word_is_not_taken_for_the_word_before_it():
    from meetingkit.plain import plan_changes

    # A quoted word is a mention: never changed, but its suggestion is inflected right.
    text = "The audit has 'demonstrated' this."
    assert [c for c in plan_changes(text) if c.original == "demonstrated"] == []
    assert next(f for f in check(text).findings if f.text == "demonstrated").suggestions[0] == "shown"
    finding = next(f for f in check("The work has 'commenced' now.").findings
                   if f.text == "commenced")
    assert "begun" in finding.suggestions


def test_nested_pauses_bring_the_collector_back_only_after_the_last():
    import gc

    from meetingkit.plain.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer check is still running
    assert gc.isenabled()
