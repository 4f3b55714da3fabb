"""Categories added after the fourth to sixth hand-written sets: each case names a category, not a sentence
from those sets (the sentences here are new)."""
from __future__ import annotations

import pytest

from peer_reflect.anonymiser import anonymise


@pytest.mark.parametrize("text, secret", [
    ("I sat with T. in the garden for a while", "T."),
    ("D. told me she wants to go home", "D."),
    ("patient M.R. was restrained twice", "M.R."),
    ("JT asked me for a light", "JT"),
    ("Chalky (that's what everyone calls him) was moved today", "Chalky"),
    ("the lads call him Spanner and he hates it", "Spanner"),
    ("his van reg is KX70 LMB", "KX70 LMB"),
    ("she gets the number 42 bus to her mum's", "42"),
    ("he's in year 9 and being bullied", "9"),
    ("her eircode is D08 X2A1 in Dublin", "X2A1"),
    ("she was admitted on Monday 14th", "14th"),
    ("he was sectioned on the 22nd, after a row", "22nd"),
    ("she went missing on boxing day", "boxing"),
    ("her case number is CS/22/19384 at the council", "19384"),
    ("his probation ref: PR-55102", "55102"),
    ("Leah, 9, drew me a picture", "9"),
    ("he'll be 50 next month", "50"),
    ("her baby is 3 weeks old", "3"),
    ("email me at kay dot jones at gmail dot com", "kay"),
    ("he posts as u/lonely_lad_92", "lonely_lad_92"),
    ("her discord is starfall#0042", "starfall"),
    ("they sent him to ashworth last year", "ashworth"),
    ("Kelly is on mill lodge now", "mill lodge"),
    ("she used to work at the Morrisons in Pudsey", "Morrisons"),
    ("he drives for Deliveroo at night", "Deliveroo"),
    ("i noticed parminder was crying", "parminder"),
    ("Siobhán and Oisín came to group", "Oisín"),
    ("May Okonkwo was sectioned again", "May"),
    ("gemma is in her forties and lives alone", "gemma"),
    ("the ward was quiet so temitope and i played cards", "temitope"),
    ("me and the other resident, zbyszek, went to the shop", "zbyszek"),
    ("we were worried about wiktoria all night", "wiktoria"),
    ("picked up kasia from the station", "kasia"),
    ("i miss working with oyinda", "oyinda"),
])
def test_category_is_redacted(text, secret):
    assert secret not in anonymise(text).text


@pytest.mark.parametrize("text, kept", [
    ("she self harmed again and I sat with her", "self"),
    ("for the 3rd time this week she asked", "3rd"),
    ("we meet on the 2nd floor", "2nd"),
    ("I will review it in april with my manager", "april"),
    ("the lady in bed 4 was crying", "lady"),
    ("a 30-year-old man came in on a 136", "man"),
    ("Joe messaged the peer team to say thanks", "messaged"),
    ("his cousin works at the garage", "works"),
    ("I said kyle was doing better", "said"),
    ("the Peer Support Team meets on Mondays", "Peer Support Team"),
    ("mood was 3/10 today", "3/10"),
    ("he hasn't eaten since tuesday", "hasn't"),
    ("the telly was too loud all arvo", "telly"),
    ("i miss working on that ward", "working"),
    ("ward round was long and i felt like a token", "long"),
    ("my manager said to take a break", "take"),
    ("Grace under pressure is what the Nurse in Charge showed", "Nurse in Charge"),
    ("He's on Procyclidine and Sertraline 100mg", "Procyclidine"),
    ("The Samaritans number is 116 123", "116 123"),
])
def test_domain_and_everyday_words_survive(text, kept):
    assert kept in anonymise(text).text
