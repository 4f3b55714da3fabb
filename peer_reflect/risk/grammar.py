"""The compositional grammar for third-party and indirect risk (patterns.py): who does what to whom.

Its cues are built from parts (agent x harm act x victim x intent) rather than phrases, with guards
for negation, past, hypotheticals, training, grief and hyperbole read from the words around each match.
`rules(doc)` gives the most urgent kind it finds with its evidence, and the spans whose risk words a
guard rejected (the statistical layer must not overrule those). Explicit first-person statements are
judged separately, from the cue files (finder.py), and cannot be vetoed here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import literals
from . import patterns as P
from .context import Doc, Ref, is_negated, nearest_agent, owner_of, possessor_class, resolve_pronoun, time_frame
from .normalise import normalise

_URGENCY = {"self": 0, "others": 1, "service_user": 2}
_SOFT_KILL = re.compile(r"^(?:kill|murder|strangl|throttl|chok|shoot|shot)")
# Everyday "I could've slapped him lol": hitting words that are hyperbole when joked or wished idly.
_SOFT_HIT = re.compile(r"^(?:smack|slap|punch|deck|lamp|thump|whack|batter|clobber|wallop|hit|kick|shak|shook|strangl|"
                       r"throttl|chok|bottl|glass|head ?butt|rough)")
_IDLE_WISH = re.compile(r"\b(?:could(?:'ve| have)|felt like|wanted to|some days|sometimes|nearly|almost|"
                        r"(?:i'd|i would) (?:happily|gladly|cheerfully|quite happily))\s+"
                        r"(?:\w+\s+){0,2}$")
# Someone the worker supports by role, not just "a man" or "the lad".
_EXPLICIT_SU = re.compile(r"\b(?:patients?|pts?|service[ -]?users?|clients?|residents?|inpatients?|tenants?|"
                          r"young (?:person|people)|yps?|vulnerable \w+)\b|" + P._I_SUPPORT)
_BARE_SU_PLURAL = re.compile(r"(?:the )?(?:patients|pts|service ?users|clients|residents|inpatients|tenants|young people|"
                             r"yps|vulnerable ones|vulnerable adults|vulnerable people|vulnerable patients)")
# "hidden in her bra", "under his mattress": a weapon kept, not aimed.
_CONCEALED = re.compile(r"\b(?:hidden|hiding|hid|stash\w*|conceal\w*|under (?:his|her|their) (?:bed|mattress|pillow)|"
                        r"in (?:his|her|their) (?:bra|socks?|pocket|bag|room|locker|bedroom|drawer))\b")
_TARGETING = re.compile(r"\b(?:use (?:it|them)|using (?:it|them)|on (?:him|her|them|the|his|staff)|revenge|it's for|"
                        r"they're for|for (?:the|some|those) (?:boys|lads|guys|man|men|lot|people) (?:from|on|at|who|in)|get (?:him|her|"
                        r"them|back)|threat\w*|sort\w* (?:\w+ )?out|going after|to get|for protection|kill|stab|hurt|"
                        r"shoot|attack|wave\w*|pull\w* (?:it|a|the) (?:out|on))\b")
_SUBORDINATE = re.compile(r"\b(?:while|whilst|when|as|because|cos|after|before|until|and then|so|then)\b")
# "it hit me", "the lights hurt her eyes": a thing, not a person, is doing it.
_INANIMATE_AGENT = re.compile(r"(?:^|[\s,])(?:it|that|this|which|what|everything|(?:the|these|those|this|that|my|his|her|their|our) "
                              r"(?:\w+ )?\w+)\s+(?:(?:really|just|also|still|always|even|then|now|properly|kind of|sort of|"
                              r"actually|finally|suddenly)\s+)?$")
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|had|have|been|did|does|do|will|would|'s|'d|'ll|can|could|keeps?|kept|"
                        r"then)\s*$")
_SAFEGUARDING_CUES = {"sexual", "exploitation", "cuckooing", "stalking", "neglect_left", "restraint", "strangulation"}
_REPORTED_IF = re.compile(r"\b(?:said|says|saying|told (?:me|us|staff|the \w+)|tells (?:me|us)|threaten\w*|swore|swears|"
                          r"warned|warns|keeps saying|kept saying|reckons|promised)\s+(?:that\s+)?$")
_COULD = re.compile(r"\bcould(?:'ve| have)?\s+(?:\w+\s+)?$")
_STRANGER = re.compile(r"^(?:a|some|an) (?:man|woman|bloke|guy|lady|girl|boy|fella|stranger|lad)\b")
_RISK_WORDS = re.compile(r"\b(?:overdose|suicid\w*|kill\w* (?:him|her|them)sel\w+|self harm|cut\w*|jump\w*|"
                         r"end\w* (?:his|her|their) life|hang\w*|pills|tablets)\b")
_THIRD_AGREEMENT = re.compile(r"\b(?:wants|is|has|keeps|says|feels|seems|sounds|needs|thinks|talks|does)\b")
_THIS_EVENT = re.compile(r"\bthis (?:meeting|training|shift|ward round|course|party|place|job|team day|away day|"
                         r"conference|session|audit|queue|traffic)\b")
_CLAUSE_REACH = 160
_SENTENCE_REACH = 300
_OBJECT_PRONOUNS = {"me", "him", "them", "us"}
_CAUSATIVE = re.compile(r"\b(?:made|makes|make|making|got|gets|left|leaves|drove|drives|driving|part of|rest of|"
                        r"bit of|side of)\s+$")
_TOPIC_CUES = {"self_harm", "overdose", "suicidal", "suicide_thoughts"}
_LOOKING_UP = re.compile(r"\b(?:googl\w*|look\w* up|search\w*|research\w*|find out|read\w* up|check\w*)\W*$")
_BARE_NOUN = {"self harm", "sh"}
_WISH = re.compile(r"\bwish(?:es)? i\b")   # "i wish i had the guts to end it": not a past event
_PERFECT = re.compile(r"\b(?:i've|i have|have|has|he's|she's|they've)\s+(?:\w+\s+)?$")


_SUCCESS = re.compile(r"\b(?:results?|exams?|gcses?|a-?levels?|tests?|interview|presentation|targets?|goals?|assessment|"
                      r"essay|assignment|dissertation|it|record|pb|workout|parkrun|quiz)\b")
_DOMESTIC = re.compile(r"\b(?:drinking|drunk|been drinking|at home|go (?:back )?home|going home|go back|the house|our (?:house|flat|place)|"
                       r"sleeping (?:at work|in the car|on the sofa)|locked me|my phone|in front of the kids|every night|"
                       r"when he gets in|when she gets in)\b")

# Literals each cue's pattern needs: a cue whose words are absent is skipped without scanning.
_REQUIRED = {cue.name + str(i): literals.required(cue.pattern) for i, cue in enumerate(P.CUES)}
_VETOED = "vetoed"   # _judge: a guard rejected the cue (the backstop must not overrule it)


class _Hit:
    __slots__ = ("doc", "cue", "m", "start", "end", "cs", "ce", "ss", "se", "refs")

    def __init__(self, doc: Doc, cue: P.Cue, m: re.Match):
        self.doc, self.cue, self.m = doc, cue, m
        self.start, self.end = m.span()
        # Context is bounded so a 20,000-character message without full stops stays linear.
        cs, ce = doc.clause(self.start, self.end)
        ss, se = doc.sentence(self.start, self.end)
        self.cs, self.ce = max(cs, self.start - _CLAUSE_REACH), min(ce, self.end + _CLAUSE_REACH)
        self.ss, self.se = max(ss, self.start - _SENTENCE_REACH), min(se, self.end + _SENTENCE_REACH)
        self.refs = doc.refs(self.ss, self.se)

    @property
    def text(self) -> str:
        return self.doc.text

    def left(self, chars: int | None = None, sentence: bool = True) -> str:
        begin = self.ss if sentence else self.cs
        if chars is not None:
            begin = max(begin, self.start - chars)
        return self.text[begin:self.start]

    def refs_before(self, pos: int) -> list[Ref]:
        return [r for r in self.refs if r.end <= pos]


def _owner(hit: _Hit) -> str | None:
    """Whose suicide / self-harm risk a `person` cue describes; None for generic or 'you'."""
    cue_text = hit.m.group(0)
    before = hit.refs_before(hit.start)
    if hit.cue.owner == "subject":
        return _subject_owner(hit)
    if hit.cue.owner == "last":
        inside = [r for r in hit.refs if r.start >= hit.start and r.end <= hit.end]
        if inside and inside[-1].who == "self":
            return _quoted_speaker(hit) or "self"
    inside = [r for r in hit.refs if r.start >= hit.start and r.end <= hit.end]
    owner = None
    if inside:
        first_person = [r for r in inside if r.who == "self"]
        third = [r for r in inside if r.who not in ("self", "you", "generic")]
        if first_person and not third:
            owner = "self"
            speaker = P.REPORTING.search(hit.left(40))
            if speaker:   # "she said: i want to die" — the speaker owns it
                prior = hit.refs_before(hit.start - len(speaker.group(0)))
                if prior and prior[-1].who != "self":
                    return owner_of(prior[-1], hit.refs)
        elif third:
            ref = third[0]
            if ref.who != "pronoun":
                owner = ref.who
            else:   # "kill himself": who is "him"? the nearest named person before, else the first
                named = [r for r in before if r.who in ("service_user", "others", "pronoun")]
                owner = owner_of(named[-1], hit.refs) if named else "service_user"
        elif any(r.who == "you" for r in inside):
            return None
    if owner is None:
        nearest = _nearest_owner(before, hit)
        if nearest is not None:
            owner = owner_of(nearest, hit.refs)
        elif _THIRD_AGREEMENT.search(hit.left(25) + " " + cue_text.split(" ", 1)[0]):
            owner = "service_user"
        else:
            owner = hit.cue.default
    if owner == "self":
        owner = _quoted_speaker(hit) or owner
    return None if owner in ("generic", "you") else owner


def _quoted_speaker(hit: _Hit) -> str | None:
    """she said "i can't do this anymore": the words are hers."""
    if hit.text.count('"', hit.ss, hit.start) % 2 == 0:
        return None
    quote = hit.text.rfind('"', hit.ss, hit.start)
    if not P.REPORTING.search(hit.text[hit.ss:quote + 1]):
        return None
    speakers = [r for r in hit.refs_before(quote) if r.text not in _OBJECT_PRONOUNS]
    if not speakers or speakers[-1].who == "self":
        return None
    return owner_of(speakers[-1], hit.refs)


def _nearest_owner(before: list[Ref], hit: _Hit) -> Ref | None:
    """The closest person before the cue, skipping objects of telling/showing ("he showed me fresh
    cuts") but not of causing ("it made me want to die")."""
    for ref in reversed(before):
        if ref.text in _OBJECT_PRONOUNS and not _CAUSATIVE.search(hit.text[max(0, ref.start - 12):ref.start]):
            continue
        return ref
    return None


def _subject_owner(hit: _Hit) -> str | None:
    in_clause = [r for r in hit.refs if r.start >= hit.cs and r.end <= hit.ce and r.text not in _OBJECT_PRONOUNS]
    inside = [r for r in in_clause if r.start >= hit.start and r.end <= hit.end]
    if inside and not any(r.start < hit.start for r in in_clause):   # "sorted my will", "letters for my girls"
        det = re.match(r"(my|his|her|their)\b", inside[0].text)
        if det:
            return "self" if det.group(1) == "my" else resolve_pronoun(hit.refs)
    subjects = [r for r in in_clause if r.start < hit.start] or [r for r in in_clause if r.start >= hit.end]
    if not subjects:
        earlier = [r for r in hit.refs_before(hit.cs) if r.text not in _OBJECT_PRONOUNS]
        return owner_of(earlier[-1], hit.refs) if earlier else hit.cue.default
    subject = subjects[0]
    before = [r for r in subjects if r.start < hit.start]
    if len(before) > 1 and _SUBORDINATE.search(hit.text, before[0].end, before[-1].start + 1):
        subject = before[-1]   # "i sat with her while she wrote a letter to her daughter": she wrote it
    who = owner_of(subject, hit.refs)
    return None if who in ("generic", "you") else who


def _named_victim(hit: _Hit) -> tuple[int, Ref | None] | None:
    """The person a violence cue names as its object (any group called victim, victim2, ...)."""
    m = hit.m
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("victim"):
            start, end = m.span(name)
            refs = [r for r in hit.refs if r.start >= start and r.end <= max(end, start + 1)]
            return start, (refs[0] if refs else None)
    return None


def _violence_kind(hit: _Hit) -> str | None:
    m = hit.m
    groups = m.groupdict()
    verb = groups.get("verb") or ""
    sentence = hit.text[hit.ss:hit.se]
    if verb.startswith("hit") and hit.text.startswith(" up", hit.end):
        return None   # "hit me up"
    if verb.startswith("smash") and _SUCCESS.search(hit.text[hit.ss:hit.se]) \
            and ((groups.get("victim") or "").strip() in ("it", "them", "")
                 or _SUCCESS.match(hit.text, hit.end + 1)):
        return None   # "got her results and smashed them!!"
    heavy = bool(P.HEAVY_THREAT.search(sentence))
    agent = nearest_agent(hit.refs, hit.start, hit.text)
    idle = bool(P.JOKE.search(sentence) or _IDLE_WISH.search(hit.left(40)))
    if hit.cue.name == "violence":
        if verb.startswith(("shak", "shook")) and re.match(r"\s+\S+\s+up\b", hit.text[hit.end - len(groups.get("victim") or "") - 1:]):
            return None   # "the restraint shook me up"
        inanimate = _INANIMATE_AGENT.search(hit.text, max(hit.cs, hit.start - 40), hit.start)
        if inanimate and not _AUXILIARY.search(inanimate.group(0)):
            pronoun = inanimate.group(0).split()[0] in ("it", "that", "this", "which", "what", "everything")
            people = [r for r in hit.refs if hit.cs <= r.start < hit.start and r.text not in _OBJECT_PRONOUNS
                      and r.text != "her"]
            if pronoun and not any(r.end > inanimate.start() for r in people) or not people:
                return None   # "it hit me hard", "the lights hurt her eyes"
    named = _named_victim(hit)
    if named is not None:
        victim = named[1]
    elif hit.cue.name == "passive_violence":   # "she was raped", "got punched by a patient"
        before = hit.refs_before(hit.start + 1)
        victim = before[-1] if before else Ref("self", hit.start, hit.start, "")
        agent = None
    else:                                      # a place, a weapon, a threat with no person named
        if agent is not None and agent.who == "you":
            return None
        if agent is not None and agent.who == "self" and idle:
            return None   # "some days I could burn this place down lol"
        if hit.cue.victimless == "near":       # "being made to run drugs": whoever the sentence is about
            who = _abuse_kind(hit)
            return who if who in ("self", "others", "service_user") else "service_user"
        if hit.cue.victimless != "others":
            return hit.cue.victimless
        if agent is not None and _CONCEALED.search(sentence) and not _TARGETING.search(sentence) \
                and owner_of(agent, hit.refs) == "service_user":
            return "service_user"   # "a patient's got a blade hidden in her bra": a means of self-harm
        return "others"

    victim_who = victim.who if victim else "generic"
    if victim_who == "self":
        if hit.cue.name in _SAFEGUARDING_CUES:     # the worker is the one being abused or exploited
            return "self"
        if P.JOKE.search(sentence) and not heavy and not re.search(rf"\b(?:{P.PARTNER_OR_FAMILY})\b", sentence):
            return None   # "my toddler hit me with a toy lol"
        if _SOFT_KILL.match(verb) and not heavy and not (verb.endswith(("ed", "shot")) and not P.JOKE.search(sentence)):
            return None   # "she'll kill me when she sees the rota" (but "he strangled me last night" happened)
        if re.search(rf"\b(?:{P.PARTNER_OR_FAMILY})\b", sentence):
            return "self"
        if agent is not None and agent.who == "pronoun" and _DOMESTIC.search(sentence) \
                and not _EXPLICIT_SU.search(sentence):
            return "self"   # "he hits me when he's been drinking": an unnamed "he" at home is a partner
        return "others"
    if _SOFT_KILL.match(verb) and not heavy and (P.JOKE.search(sentence) or _COULD.search(hit.left(30))
                                                 or (re.match(r"\W*if\b", hit.text[hit.end:hit.ce])
                                                     and (agent is None or agent.who == "self"))):
        return None   # "I could've strangled him lol", "I'll kill him if he moves my mug" (but "he said he'll kill her if...")
    if _SOFT_HIT.match(verb) and not heavy and idle:
        return None   # "could've smacked him", "felt like decking her lol"
    if agent is not None and agent.who == "self":
        return "others"
    if agent is not None and agent.who == "you":
        return None
    if victim is not None and (_BARE_SU_PLURAL.fullmatch(victim.text) or _EXPLICIT_SU.search(victim.text)):
        return "service_user"   # staff rough with patients, a threat to "the lad i support": safeguarding
    subjects = [r for r in hit.refs if hit.cs <= r.start < hit.start and r.text not in _OBJECT_PRONOUNS]
    intent_from = min(([agent.start] if agent else []) + [r.start for r in subjects[:1]], default=None)
    intent = intent_from is not None and bool(P.INTENT.search(hit.text[intent_from:hit.start]))
    if intent and victim_who != "pronoun":
        return "others"
    if victim_who in ("others", "generic"):
        return "others"
    if victim_who == "service_user":
        if agent is not None and _STRANGER.match(agent.text) and _STRANGER.match(victim.text):
            return "others"   # two strangers in the street
        return "service_user"
    if victim_who == "pronoun":
        antecedent = _antecedent(hit, victim, agent)
        if antecedent is not None:
            return antecedent
        if agent is not None:   # "my client's partner threatened to kill her": the client
            by_possessor = possessor_class(agent, hit.refs)
            if by_possessor:
                return by_possessor
        if intent:
            return "others"   # "he said he's going to kill her": someone else
        return "service_user"
    return "service_user"


def _antecedent(hit: _Hit, victim: Ref, agent: Ref | None) -> str | None:
    """Who "him/her" points at: the nearest earlier person of a compatible gender who is not the doer
    (nor a pronoun standing for the doer). A bare pronoun chain with no name means someone supported."""
    found_pronoun = False
    for ref in reversed(hit.refs_before(victim.start)):
        if ref is agent or ref.who in ("self", "you", "generic") or not _same_gender(ref, victim):
            continue
        if agent is not None and agent.who == "pronoun" and ref.who == "pronoun" and _same_gender(ref, agent) \
                and _gender(ref) is not None:
            continue
        if ref.who == "pronoun":
            found_pronoun = True
            continue
        return ref.who
    return "service_user" if found_pronoun else None


@lru_cache(maxsize=4096)
def _gender(ref: Ref) -> str | None:
    feminine, masculine = P.FEMININE.search(ref.text), P.MASCULINE.search(ref.text)
    if ref.who == "pronoun" and ref.text.startswith(("the", "them", "their")):
        return "plural"
    if feminine and not masculine:
        return "f"
    if masculine and not feminine:
        return "m"
    return None


def _same_gender(a: Ref, b: Ref) -> bool:
    ga, gb = _gender(a), _gender(b)
    return ga is None or gb is None or ga == gb


def _abuse_kind(hit: _Hit) -> str | None:
    cue_text = hit.m.group(0)
    inside = [r for r in hit.refs if r.start >= hit.start and r.end <= hit.end and r.who == "pronoun"]
    before = hit.refs_before(hit.start)
    if inside and hit.cue.name == "control":   # "her carer takes her money": victim is "her"
        agent = nearest_agent(hit.refs, hit.start, hit.text)
        if agent is not None:
            by_possessor = possessor_class(agent, hit.refs)
            if by_possessor:
                return by_possessor
        return resolve_pronoun(hit.refs, exclude=agent)
    named = [r for r in hit.refs if r.start >= hit.start and r.end <= hit.end and r.who in ("service_user", "others")]
    if named and hit.cue.name == "neglect_signs" and cue_text.startswith(("left", "leav")):   # "leaving her toddler alone": the toddler
        return named[0].who
    if "scared to go home" in cue_text or "safe at home" in cue_text:
        victim = before[-1] if before else Ref("self", 0, 0, "")
    elif _nearest_owner(before, hit) is not None:
        victim = _nearest_owner(before, hit)
    else:
        after = [r for r in hit.refs if r.start >= hit.end and r.text not in ("my", "his", "their", "your", "our")]
        if not after:
            return None
        victim = after[0]
    who = owner_of(victim, hit.refs)
    return None if who in ("generic", "you") else who


def _judge(hit: _Hit) -> str | None:
    """The kind of risk a cue match shows; None when the cue lacks what it needs; _VETOED when a guard
    (negation, grief, hypothetical, training, past, hyperbole, nobody at risk) says the words are not
    current risk."""
    text, cue = hit.text, hit.cue
    cue_text = hit.m.group(0)
    if is_negated(text, hit.cs, hit.start, hit.end, hit.ce, cue_text):
        return _VETOED
    grief = P.GRIEF.search(text, max(hit.ss, hit.start - 30), min(hit.se, hit.end + 30))
    if grief and grief.start() < hit.end and grief.end() > hit.start:
        return _VETOED
    hypothetical = None
    for h in P.HYPOTHETICAL.finditer(text, hit.cs, hit.start):
        if h.group(0).startswith("how") and _LOOKING_UP.search(text, max(0, h.start() - 25), h.start()):
            continue   # "googled how to tie a noose" is not a question about practice
        hypothetical = h
    if hypothetical is not None and hypothetical.group(0).startswith("if") \
            and _REPORTED_IF.search(text, max(hit.ss, hypothetical.start() - 40), hypothetical.start()):
        hypothetical = None   # "he said if they section him he'll stab the doctor": a real, conditional threat
    if hypothetical is not None:
        gap = text[hypothetical.end():hit.start]
        if "," not in gap and len(gap.split()) <= 8:
            return _VETOED
    if cue.needs is not None and not cue.needs.search(text, hit.ss, hit.se):
        return None
    if cue.veto is not None and cue.veto.search(text, hit.ss, hit.se):
        return _VETOED

    if cue.name in _TOPIC_CUES and P.TOPIC.search(hit.left(60, sentence=False)):
        return _VETOED   # "we talk about self harm openly", "dangerous in overdose"
    if cue.mode == "echo":
        kind = "self" if _RISK_WORDS.search(text) else None
    elif cue.mode == "violence":
        kind = _violence_kind(hit)
    elif cue.mode == "abuse":
        kind = _abuse_kind(hit)
    else:
        kind = _owner(hit)
    if kind is None:
        return _VETOED   # the rules read the words and found nobody at risk: a joke, "you", an object, generic talk
    if cue.kinds and kind not in cue.kinds:
        return None

    sentence = text[hit.ss:hit.se]
    if cue.name in P._ABSENCE_CUES | P._MUNDANE_CUES:
        rest = text[hit.ss:hit.start] + " . " + text[hit.end:hit.se]
        if cue.name in P._ABSENCE_CUES and P.ORDINARY_REASON.search(rest) and not P.HARD_RISK.search(rest) \
                and not P.DENIED_REASON.search(rest):
            return _VETOED   # "not sure i'll be here next year, might go back to uni"
        if cue.name in P._MUNDANE_CUES and "safe" not in cue_text and P.MUNDANE.search(rest) \
                and not P.HARD_RISK.search(rest):
            return _VETOED   # "i can't do this anymore - the printer jammed again"
    if cue.name == "coded" and P.JOKE.search(sentence) and not P.SERIOUS.search(sentence) \
            and cue_text in ("kms", "kys") and P.MUNDANE.search(sentence):
        return _VETOED   # "kms this rota is killing me lmao": hyperbole aimed at the rota
    if cue.name == "not_want_live" and cue_text.endswith("be here") and (
            P.JOKE.search(sentence) or P.TRAINING.search(sentence) or _THIS_EVENT.search(sentence)):
        return _VETOED   # "I don't want to be here, this training is so boring lol"
    if kind == "self":
        if P.ROLEPLAY.search(sentence):
            return _VETOED
    elif P.TRAINING.search(sentence):
        return _VETOED
    if _inside_quotes(text, hit) and P.TRAINING.search(text[max(0, hit.ss - 200):hit.se]):
        return _VETOED

    frame = time_frame(text, hit.cs, hit.ce, hit.start, hit.end)
    if cue.name == "cant_go_on" and cue_text.startswith("couldn't") and frame != "recent" \
            and not re.search(r"any ?more|any longer|no more|safe", text[hit.start:hit.end + 20]):
        return _VETOED   # "I explained why I couldn't take it": a past or polite inability, not despair
    if cue_text in _BARE_NOUN and frame != "recent" and not hit.refs_before(hit.start):
        return _VETOED   # "self harm isn't attention seeking": the topic, not an act
    if frame == "past":
        return _VETOED
    if kind == "self" and cue.tense and frame is None:
        window = hit.left(30, sentence=False) + cue_text.split(" ", 1)[0]
        if P.PAST_VERBS.search(window) and not _PERFECT.search(hit.left(30, sentence=False)) \
                and not _WISH.search(window):
            return _VETOED   # "I tried to kill myself" with no recent-time word: lived experience
    return kind


def _inside_quotes(text: str, hit: _Hit) -> bool:
    return text.count('"', hit.ss, hit.start) % 2 == 1


def rules(doc: Doc) -> tuple[tuple[str, str] | None, list[tuple[int, int]]]:
    """(kind, evidence) of the most urgent cue that survives its guards, and the vetoed spans."""
    best: tuple[str, str] | None = None
    blocked: list[tuple[int, int]] = []
    for i, cue in enumerate(P.CUES):
        if not literals.present(_REQUIRED[cue.name + str(i)], doc.text):
            continue
        if cue.gate is not None and not cue.gate.search(doc.text):
            continue
        if cue.needs is not None and not cue.needs.search(doc.text):
            continue
        for m in cue.pattern.finditer(doc.text):
            kind = _judge(_Hit(doc, cue, m))
            if kind is _VETOED:
                blocked.append(m.span())
                continue
            if kind is None:
                continue
            if best is None or _URGENCY[kind] < _URGENCY[best[0]]:
                best = (kind, m.group(0).strip())
                if kind == "self":
                    return best, blocked
    return best, blocked
