"""Behaviour of the anonymiser that the rest of the product relies on."""
from __future__ import annotations

import pytest

from peer_reflect.anonymiser import Anonymised, Anonymiser, Entity, anonymise, anonymise_many
from peer_reflect.anonymiser.checksums import iban_valid, luhn_valid, nhs_number_valid
from peer_reflect.anonymiser.engine import split_chunks


def labels(result: Anonymised) -> set[str]:
    return {e.label for e in result.entities}


def redacted_text(text: str) -> str:
    return anonymise(text).text


@pytest.mark.parametrize("text, secret", [
    ("sat with jess for ages on oak ward", "jess"),
    ("told precious a bit about my own admission", "precious"),
    ("her daughter hope came to visit", "hope"),
    ("will said he didnt want his meds", "will"),
    ("graces mum rang the ward again", "graces"),
    ("Mrs Okonkwo was really dismissive", "Okonkwo"),
    ("dr patel changed her meds", "patel"),
    ("her mum kezza turned up", "kezza"),
    ("Szabina Gelencsér moved here", "Gelencsér"),
    ("call me on 07700 900123 later", "900123"),
    ("his number is +44 7700 900 123", "7700"),
    ("ring (212) 555-0187 after six", "555-0187"),
    ("email jo.bloggs@hotmail.co.uk please", "jo.bloggs"),
    ("nhs number 943 476 5919 on the board", "5919"),
    ("insta is lily_b99 apparently", "lily_b99"),
    ("follow @kezza_x for updates", "kezza_x"),
    ("see www.justgiving.com/jess-run", "justgiving"),
    ("she lives at 14 elm road leeds ls6 2ab", "elm"),
    ("moved to 42 Acacia Avenue, Bradford BD7 1AA", "Acacia"),
    ("she grew up in bradford", "bradford"),
    ("transferred to St Mary's Hospital", "Mary"),
    ("she is on Maple Unit now", "Maple"),
    ("the Rosewood Care Home staff", "Rosewood"),
    ("admitted on 12/03/2024", "12/03/2024"),
    ("her dob is 3rd march 1987", "1987"),
    ("a 45 year old man", "45"),
    ("she's 19 and scared", "19"),
    ("in bed 12 all night", "12"),
    ("card 4111 1111 1111 1111 lost", "1111"),
    ("IP 19.253.176.22 blocked", "19.253"),
    ("a lad called bubbles kept asking for me", "bubbles"),
    ("she kept calling me june which is my sisters name", "june"),
    ("Ms Ward was admitted on Tuesday", "Ward was"),
    ("they had 6: leonti, terrence and pamela", "leonti"),
    ("tracy: who are you", "tracy"),
    ("the corner of ul. Cicha 86 and Leokadia Trail", "Leokadia"),
    ("PSC 3294, Box 9168\nAPO AA 61487", "61487"),
    ("ZIP: 394 13", "394 13"),
])
def test_identifier_does_not_survive(text: str, secret: str) -> None:
    assert secret not in redacted_text(text)


@pytest.mark.parametrize("text", [
    "after ward round the nurse and the peer worker talked about lived experience",
    "told her about the recovery college and took it to supervision",
    "the MDT discussed CBT and DBT for his psychosis and bipolar",
    "my manager and the care coordinator called the crisis team",
    "he came in on a section 136 and the team were stretched",
    "i hope she is ok, there is always hope in recovery",
    "my manager said to take a break",
    "he was brought in on a section 136",
    "the royal college of nursing guidance says so",
    "the nurse in charge backed me up and we went to costa",
    "Will you bring it to supervision? May I ask the nurse?",
    "the ward has 22 beds and 3 nurses, section 3 for 28 days",
])
def test_domain_words_survive(text: str) -> None:
    assert anonymise(text).text == text


def test_named_wards_and_units_are_orgs_but_the_ward_is_not() -> None:
    result = anonymise("moved from Ward 7 to Oak Ward, then the ward was quiet")
    orgs = [e for e in result.entities if e.label == "ORG"]
    assert len(orgs) == 2
    assert result.text.endswith("then the ward was quiet")


def test_placeholders_are_typed_numbered_and_stable_across_answers() -> None:
    reflection = Anonymiser()
    first = reflection.anonymise("Sarah Jones told Priya she was scared")
    second = reflection.anonymise("later sarah rang the ward")
    assert first.text == "[PERSON_1] told [PERSON_2] she was scared"
    assert second.text == "later [PERSON_1] rang the ward"


def test_offsets_point_into_the_input() -> None:
    text = "ring 07700 900123 or email a.b@nhs.net"
    result = anonymise(text)
    assert [text[e.start:e.end] for e in result.entities] == ["07700 900123", "a.b@nhs.net"]
    assert [e.label for e in result.entities] == ["PHONE", "EMAIL"]
    assert all(isinstance(e, Entity) for e in result.entities)


def test_batch_numbers_each_text_independently_and_keeps_order() -> None:
    out = anonymise_many(["told jess", "", "told priya"])
    assert [r.text for r in out] == ["told [PERSON_1]", "", "told [PERSON_1]"]


def test_instance_batch_shares_numbering() -> None:
    out = Anonymiser().anonymise_many(["told jess", "told priya", "jess cried"])
    assert [r.text for r in out] == ["told [PERSON_1]", "told [PERSON_2]", "[PERSON_1] cried"]


def test_empty_text_gives_empty_result() -> None:
    assert anonymise("") == Anonymised("", [])


@pytest.mark.parametrize("text", [
    "\x00\x07 control \x1b[31m chars 07700 900123",
    "😭😭 told jess 🙏",
    "مرحبا اسمي أحمد ورقمي 07700 900123",
    "Je m'appelle Amélie, j'habite à Lyon, 06 12 34 56 78",
    "\u202eRTL override told jess",
])
def test_odd_input_gives_a_result_without_the_phone(text: str) -> None:
    result = anonymise(text)
    assert isinstance(result.text, str)
    assert "900123" not in result.text and "34 56 78" not in result.text


def test_long_text_is_chunked_and_still_redacted() -> None:
    text = ("long shift on the ward and i sat with people. " * 2200) + "call jess on 07700 900123"
    assert len(text) > 100_000
    result = anonymise(text)
    assert "900123" not in result.text and result.text.startswith("long shift on the ward")
    pieces = split_chunks(text)
    assert "".join(chunk for _, chunk in pieces) == text
    assert all(len(chunk) <= 5_000 for _, chunk in pieces)


def test_fails_closed_when_the_pipeline_breaks() -> None:
    class BrokenNlp:
        def pipe(self, texts, batch_size=64):
            raise RuntimeError("boom")

        def __call__(self, text):
            raise RuntimeError("boom")

    result = Anonymiser(nlp=BrokenNlp()).anonymise("told jess on 07700 900123")
    assert result.text == "[REDACTED]"
    assert "jess" not in result.text


def test_non_string_input_fails_closed() -> None:
    assert anonymise_many([None])[0].text == "[REDACTED]"  # type: ignore[list-item]


def test_checksums() -> None:
    assert nhs_number_valid("9434765919") and not nhs_number_valid("9434765918")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid("GB82 WEST 1234 5698 7654 33")


def test_ordinary_text_is_mostly_left_alone() -> None:
    text = ("Today I sat with a young man on the ward who was frightened about his medication. "
            "We talked about what helped me when I was unwell, and he seemed calmer afterwards. "
            "I took it to supervision because I was unsure how much of my story to share.")
    assert anonymise(text).entities == []
