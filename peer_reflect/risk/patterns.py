"""The risk screen's vocabulary: who is talked about, which phrases signal risk, and what cancels them.

Everything here is data (regular-expression fragments run on `normalise`d text); the logic that
combines them lives in `context.py` and `screen.py`. Each cue says how to decide *whose* risk it is:

- ``person``: a suicide / self-harm predicate whose owner is resolved from the words around it
  (reflexive "myself/herself", possessive "my/her life", else the nearest person mentioned, else the
  writer, because peer workers drop the "I": "feeling suicidal tonight").
- ``violence``: a harm verb with a person as its object; kind follows victim, agent and intent.
- ``abuse``: a safeguarding sign (exploitation, neglect, control) whose victim is resolved like ``person``.
- ``echo``: "thinking of doing the same" after someone else's risk was mentioned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# --- who ---------------------------------------------------------------------------------------

SELF_WORDS = r"i|i'm|i've|i'd|i'll|me|my|myself|mine"
YOU_WORDS = r"you|your|yourself|you're|you've|you'll|you'd"
THIRD_PRONOUNS = (r"he|she|they|him|her|them|his|their|he's|she's|they're|he'd|she'd|they'd|he'll|"
                  r"she'll|they'll|himself|herself|themselves|themself")
GENERIC_WORDS = (r"people|someone|somebody|anyone|anybody|everyone|everybody|those|others|"
                 r"folk|folks|whoever|we|us|ourselves|we're|we've")
# People the worker supports: in a reflection "the lad", "a woman on the ward" are service users.
SU_NOUNS = (r"patients?|pts?|service[ -]?users?|sus?|clients?|residents?|inpatients?|tenants?|"
            r"young (?:person|people|man|woman|lad|girl|boy)|yps?|lads?|guys?|man|men|woman|women|"
            r"lady|ladies|girls?|boys?|blokes?|fellas?|gents?|gentleman|chap|person|individual|"
            r"teen(?:ager)?s?|members?|guests?|peers? i support")
# People who are not the worker and not (usually) someone they support.
OTHER_NOUNS = (r"sons?|daughters?|kids?|children|child|bab(?:y|ies)|toddlers?|partners?|husbands?|"
               r"wife|wives|boyfriends?|girlfriends?|bf|gf|exe?s?|fianc[eé]e?|mum|mam|mom|mummy|"
               r"mother|dad|daddy|father|step ?dad|step ?mum|step ?father|step ?mother|parents?|"
               r"brothers?|sisters?|bro|sis|siblings?|friends?|mates?|best ?mates?|bestie|"
               r"colleagues?|co-?workers?|managers?|ward managers?|boss|team ?mates?|neighbou?rs?|"
               r"nieces?|nephews?|cousins?|aunt(?:ie)?|uncle|nan|nana|gran|granny|grandad|grandma|"
               r"grandpa|flat ?mates?|house ?mates?|family|in-laws|new starter|starter|nurses?|"
               r"doctors?|consultants?|hcas?|staff(?: members?)?|probation officer|officers?|"
               r"social workers?|support workers?|peer workers?|students?|teachers?|gps?|"
               r"receptionists?|police(?: officers?)?|carers?|dealers?|ex-partner|stranger|students?|healthcare assistants?|"
               r"nursing assistants?|student nurses?|security(?: guards?)?|porters?|paramedics?|cops?|therapists?|"
               r"psychiatrists?|psychologists?|ots?|pharmacists?|cleaners?|supervisors?|team leaders?|line managers?|"
               r"key ?workers?|care coordinators?|landlord|neighbours? kids|teenage (?:son|daughter|kids?)")
FEMININE = re.compile(r"\b(?:she|her|hers|herself|she's|she'd|she'll|mum|mam|mom|mother|sisters?|wife|girlfriend|gf|"
                      r"daughters?|woman|women|lady|ladies|girls?|niece|aunt|auntie|nan|gran|granny|grandma|step ?mum)\b")
MASCULINE = re.compile(r"\b(?:he|him|his|himself|he's|he'd|he'll|dad|father|brothers?|husband|boyfriend|bf|sons?|man|men|"
                       r"lads?|guys?|blokes?|fellas?|boys?|gent|gentleman|chap|nephew|uncle|grandad|grandpa|step ?dad)\b")
PARTNER_OR_FAMILY = (r"partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fianc[eé]e?|dad|father|"
                     r"mum|mother|step ?dad|step ?mum|brother|sister|son|daughter|family|flatmate")
_DET = (r"(?:one of (?:my|the|our|his|her|their) |(?:my|our|his|her|their|the|a|an|this|that|"
        r"another|other|some|these|those|every) )")
_ADJ = r"(?:(?:young|old|older|elderly|new|little|same|other|older|younger|new|current|regular) )"
_POSS = r"(?:(?:[a-z]+ )?[a-z]+'s )"
PERSON_REF = re.compile(
    rf"\b(?:(?P<np>{_DET}?{_ADJ}?(?P<poss>{_POSS})?(?:(?P<su>{SU_NOUNS})|(?P<oth>{OTHER_NOUNS}))"
    rf"(?: i (?:support|work with|see|visit|key ?work|look after|care for))?)"
    rf"|(?P<gen>{GENERIC_WORDS})|(?P<self>{SELF_WORDS})|(?P<you>{YOU_WORDS})"
    rf"|(?P<pro>{THIRD_PRONOUNS}))\b"
)
# Subject-like references only (agents of violence): no object pronouns or possessives.
SUBJECT_SLOT = re.compile(
    r"(?:^|[,:;\"(]|\b(?:that|and|but|because|cos|so|said|says|told me|tells me|told us|when|if|then|while|whilst|who|"
    r"disclosed|saw|seen|watched|heard|noticed|caught|reported|think|thinks|reckon|since|as|after|before|until|where|"
    r"apparently|like))\s*$")
AGENT_SKIP = {"him", "her", "them", "his", "their", "me", "my", "myself", "mine", "himself",
              "herself", "themselves", "themself"}

# --- time, negation, framing ---------------------------------------------------------------

PAST_MARKERS = re.compile(
    r"\b(?:used to|use to|when i was|when i were|when i got|when (?:he|she|they) (?:was|were) (?:a |little|young|"
    r"younger|small|at school|growing up|in care)|growing up|as kids|back when|back then|back in|years? ago|"
    r"months ago|(?:a )?long time ago|ages ago|years back|in (?:19|20)\d\d|since (?:19|20)\d\d|"
    r"as a (?:teen(?:ager)?|kid|child|student|young (?:man|woman|person|adult|lad|girl))|"
    r"at (?:uni|university|school|college)|(?:in|for|during|through(?:out)?|most of) (?:my|his|her) (?:teens|twenties|thirties|forties|"
    r"\d0s|youth|past|own recovery|recovery|early)|in the past|histor(?:y|ies) of|"
    r"(?:my|his|her|their) (?:own )?(?:history|past|story|journey|recovery|experience|admissions?|"
    r"attempts?|sectioning|scars|diagnosis)|lived experience|previously|previous|before i (?:got|became|"
    r"started|was|trained)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|many|several|a few|few) years|last year|survived|survivors?|"
    r"recovered|in recovery|history|(?<!in )free (?:for|since|now)|\bfree\b|clean (?:for|since)|not since|"
    r"first admission|at the time|that year|the old me|suicide attempts?|old me|memor(?:y|ies) of|back in the day|ever|once|twice|been there|"
    r"(?:\d+|two|three|four|five|six|eight) months|the old days)\b"
)
RECENT_MARKERS = re.compile(
    r"\b(?:tonight|today|this (?:morning|afternoon|evening|week|weekend|month)|last (?:night|weekend|"
    r"week)|yesterday|right now|just now|at the moment|currently|lately|recently|again|still|"
    r"these days|this past|after (?:the |my |today's |work|shift)(?:shift)?|on my break|"
    r"the other (?:day|night)|just now|earlier|all (?:day|week|night)|every (?:day|night|morning)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since (?:the|my|last|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend|"
    r"keeps?|came back|come back|coming back|are back|is back|returning|returned|started|starting|"
    r"at work|on shift|on (?:my|the) break|staff (?:toilets?|room|loo|kitchen)|at handover|during (?:my |the )?(?:shift|break|lunch)|"
    r"(?:an|a few|\d+|two|three|twenty|ten|few|couple of) (?:minutes?|mins?|hours?|hrs?) ago|just (?:now|took|taken|did|done)|"
    r"anymore|lately|for (?:a few|the last|the past) (?:days|weeks|nights)|a few weeks|(?:\d|a) weeks?)\b"
)
# Simple past in the writer's own voice ("I tried to kill myself") is lived experience unless a
# recent-time word says otherwise.
PAST_VERBS = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:was|were|tried|attempted|wanted|felt|thought|took|overdosed|harmed|burnt|burned|did|had|"
    r"jumped|hung|hanged|went|ended up|nearly|almost|wrote|saying|said|used|survived|struggled)\b"
)
PERFECT_AUX = re.compile(r"\b(?:i've|i have|have|has|she's|he's|they've)\s*(?:\w+\s+)?$")

NEGATIONS = re.compile(
    r"(?:\b(?:not|no|never|nor|without|denies|denied|deny|denying|no longer|none|zero|nil|"
    r"stopped|quit|instead of|rather than|free of|free from|nothing|nobody)\b|n't\b)"
    r"(?! (?:only|sure|certain|convinced|know|stop)\b)"
)
NEGATION_NOT_A_NEGATION = re.compile(r"\b(?:no one|no-one|nobody|can't|cannot|couldn't|no idea)$")
COGNITIVE_NEGATION = re.compile(
    r"(?:n't|not|never) (?:think|saying|say|feel like|mean|going to say|want to say)\b")
POST_NEGATION = re.compile(r"^\W{0,4}(?:no(?! more| longer)|none|nil|never|not really|denied|negative|nope)\b")

HYPOTHETICAL = re.compile(
    r"\b(?:what if|in case|supposed to|how (?:do|to|would|should|can|did)|what (?:do|should|would|to)|"
    r"should (?:i|we)|would (?:i|we) have to|if (?:i|i'm|someone|somebody|a|an|the|they|you|people|"
    r"anyone|my|one|patients|service users)\b(?: \w+)?(?: ever| were| was| felt| feel| said| says| tells|"
    r" told| disclosed| discloses| started| became| got| is| are| has| had|)|whether|"
    r"when (?:a|someone|somebody|people|patients|service users|clients|you)\b|"
    r"(?:someone|people|those|anyone|patients|clients|service users|men|women) (?:who|that)|"
    r"ask(?:ed|ing|s)? (?:\w+ ){0,2}(?:if|whether|about)|are you|do you|have you)\b"
)
TRAINING = re.compile(
    r"\b(?:training|trained|course|module|e-?learning|workshop|asist|safetalk|safe talk|mhfa|"
    r"first aid|role ?play(?:ed|ing|s)?|scenarios?|case stud(?:y|ies)|lectures?|seminar|webinar|"
    r"conference|presentation|presented|co-?deliver\w*|deliver(?:ed|ing)? (?:a |the )?(?:session|"
    r"talk|training)|taught|teaching|awareness|prevention|statistics|stats|research|article|book|"
    r"documentary|film|movie|tv|series|episode|podcast|the news|song|lyrics|polic(?:y|ies)|procedure|"
    r"protocol|audit|risk assessments?|risk tool|safety plan(?:ning)?|care plan|paperwork|forms?|"
    r"leaflet|poster|trainer|facilitator|video|questionnaire|screening tool|quote|quoting|"
    r"script|example|hypothetical)\b"
)
ROLEPLAY = re.compile(r"\b(?:role ?play\w*|scenarios?|pretend(?:ed|ing)? to be|acting (?:out|as)|script|for example|quot\w+)\b")
GRIEF = re.compile(
    r"\b(?:died by suicide|died of suicide|lost (?:\w+ ){0,3}to suicide|suicide of|'s suicide|"
    r"(?:took|taken) (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves)|"
    r"completed suicide|committed suicide|(?<!my )(?<!own )funeral|anniversary|bereave\w*|passed away|rip)\b"
)
JOKE = re.compile(r"(?:\b(?:lol|lmao|lmfao|haha\w*|jk|joking|joked|kidding|banter|rofl|laughed|laughing)\b|😂|🤣|💀|😆|😅|\bxd\b)")
TOPIC = re.compile(
    r"\b(?:talk\w*|spoke|speak\w*|chat\w*|discuss\w*|conversations?|sessions?|group|training|teach\w*|"
    r"present\w*|read\w*|watch\w*|learn\w*|documentar\w*|articles?|books?|films?|videos?|podcasts?|"
    r"lectures?|stor(?:y|ies)|open(?:ly)?|questions?|ask\w*|told|tell\w*|relat\w*|shar\w*|mention\w*|"
    r"work(?:ing|ed)?|support(?:ing|ed)?|understand\w*|myths?|stigma|advice|info\w*)\b"
    r"(?:\s+\S+){0,4}\s+(?:about|on|around|regarding|re|with|of)\s+(?:(?:my|his|her|their|the|our|people's)\s+)?$"
    r"|\bdangerous in\s+$"
)
REPORTING = re.compile(
    r"(?:said|says|saying|told me|tells me|texted|messaged|wrote|posted|shouted|screamed|yelled|"
    r"goes|went|keeps saying|kept saying|was like|is like|muttered|whispered)\s*:?\s*\"?\s*$"
)
INTENT = re.compile(
    r"\b(?:threat\w*|going to|will|'ll|'d|would|wants?|wanted|want to|planning|"
    r"plans?|talks? about|talking about|keeps? saying|could|might|feel like|urges?|thinking of|"
    r"thinking about|scared|afraid|worried|about to|gonna|tempted|swore|vows?|promised|revenge)\b"
)
HEAVY_THREAT = re.compile(
    r"\b(?:threat\w*|knife|knives|blade|gun|weapon|machete|axe|hammer|bottle|i mean it|serious(?:ly)?|"
    r"for real)\b")

# --- cues --------------------------------------------------------------------------------------

_ME = r"(?:myself|my ?self)"
_THEM = r"(?:himself|herself|themselves|themself|theirself|hisself)"
_REFL = rf"(?:{_ME}|{_THEM}|yourself)"
_HARM_VERB = (r"(?:kill(?:ing|ed|s)?|off(?:ing)?|top(?:ping|ped)?|unaliv(?:e|ing|ed)|hang(?:ing|ed|s)?|"
              r"hung|drown(?:ing|ed)?|shoot(?:ing)?|shot|suffocat\w*|poison(?:ing|ed)?|end(?:ing)?|"
              r"harm(?:ing|ed|s)?|hurt(?:ing|s)?|cut(?:ting|s)?|burn(?:ing|ed|t|s)?|injur\w*|stab(?:bing|bed)?|"
              r"strangl\w*|hit(?:ting|s)?|scratch(?:ing|ed)?|starv\w*|throw(?:ing|n)?|threw|chuck\w*|"
              r"choke|choking|bleed\w*)")
_NOT_REAL = (r"(?!\s+(?:laughing|out|off|up|down|some slack|short|shaving|trying|working|with (?:work|"
             r"laughter|this|these|the|overtime)|over|for (?:this|the|a|an|them)|into (?:work|the job)|"
             r"in the gym|at the gym|playing|on the|a break|to (?:work|the meeting)|of (?:a|the)|"
             r"apart|together|around)\b)")
_PILLS = (r"(?:pills|tablets|meds|medication|paracetamol|lithium|insulin|sleeping (?:pills|tablets)|antidepressants|"
          r"painkillers|sertraline|citalopram|fluoxetine|mirtazapine|quetiapine|olanzapine|diazepam|zopiclone|codeine|"
          r"tramadol|co-?codamol|ibuprofen|aspirin|amitriptyline|pregabalin|propranolol|venlafaxine|clozapine|"
          r"antipsychotics|prescription|capsules)")
_GO_ON_END = r"(?=\s*(?:$|[.,!?;\"']|like this|anymore|living|with (?:life|it|this|everything)|and|but|tbh|ngl|i\b))"
_POSSESSIVE_LIFE = r"(?:my|his|her|their|your)"
_VICTIM = (rf"(?:{_DET}?{_ADJ}?{_POSS}?(?:{SU_NOUNS}|{OTHER_NOUNS})(?: i (?:support|work with|see))?"
           r"|someone|somebody|anyone|anybody|people|everyone|everybody|others|"
           r"him|her|them|me|us|staff|the next person(?: who \w+ \w+)?)")
_VIOLENT_VERB = (r"(?:kill(?:s|ing|ed)?|murder(?:s|ing|ed)?|stab(?:s|bing|bed)?|hurt(?:s|ing)?|"
                 r"harm(?:s|ing|ed)?|hit(?:s|ting)?|punch(?:es|ing|ed)?|beat(?:s|ing|en)?(?: up)?|"
                 r"batter(?:s|ing|ed)?|attack(?:s|ing|ed)?|strangl(?:e|es|ing|ed)|chok(?:e|es|ing|ed)|"
                 r"shoot(?:s|ing)?(?: up)?|shot|slap(?:s|ping|ped)?|kick(?:s|ing|ed)?|assault(?:s|ing|ed)?|"
                 r"rap(?:e|es|ing|ed)|poison(?:s|ing|ed)?|throttl(?:e|es|ing|ed)|smash(?:es|ing|ed)?|"
                 r"glass(?:ed)?|knif(?:e|ed)|burn(?:s|ing|ed)?|push(?:es|ing|ed)|shov(?:e|es|ing|ed)|"
                 r"shak(?:e|es|ing)|shook|lash(?:es|ing|ed)? out at|jump(?:ing)?|abus(?:e|es|ing|ed)|"
                 r"molest(?:s|ing|ed)?|grop(?:e|es|ing|ed)|drag(?:s|ging|ged)|threaten(?:s|ing|ed)?|"
                 r"bully(?:ing)?|bullied|terrori[sz](?:e|es|ing|ed)|harass(?:es|ing|ed)?|stalk(?:s|ing|ed)?|"
                 r"make(?=\s+(?:him|her|them)\s+pay\b)|sort(?=\s+\S+(?:\s+\S+)?\s+out\b))")
_PASSIVE_VERB = (r"(?:hit|beaten|battered|abused|assaulted|raped|hurt|attacked|punched|slapped|kicked|"
                 r"neglected|exploited|groomed|cuckoo(?:ed)?|threatened|strangled|choked|stabbed|"
                 r"trafficked|molested|groped|bullied|pushed|shoved|glassed|knifed|shot|screamed at|stalked|harassed)")


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: re.Pattern
    mode: str = "person"          # person | violence | abuse | echo
    default: str = "self"         # owner when nothing in the sentence says otherwise
    tense: bool = True            # subject to "this is my past" suppression
    owner: str = "near"           # near: closest person before the cue; subject: the clause's subject;
                                  # last: the last person inside the cue ("better off ... without me")
                                  # (letters *to the kids* are the writer's sign, not the kids')


def _cue(name: str, regex: str, **kw) -> Cue:
    return Cue(name, re.compile(regex), **kw)


CUES: tuple[Cue, ...] = (
    # -- suicide and self-harm predicates --------------------------------------------------
    _cue("harm_reflexive", rf"\b{_HARM_VERB}\s+(?:(?:up|out|at|in)\s+)?{_REFL}\b{_NOT_REAL}"),
    _cue("end_life", rf"\b(?:end|ending|ended|take|taking|took|finish|finishing|tak)\s+{_POSSESSIVE_LIFE}"
                     r"\s+(?:own\s+)?life\b"),
    _cue("coded", r"\b(?:kms|kys|unaliv\w*|self[ -]?delet\w*|ctb|commit(?:ting)? (?:suicide|sui)|"
                  r"sui(?:cide)? (?:thoughts|plans?|mode|attempt tonight)|top (?:my|him|her)self)\b"),
    _cue("want_die", r"\b(?:want(?:s|ed|ing)?(?: so much)?\s+to|wish(?:es|ed)?\s+(?:i|he|she|they)\s+could|"
                     r"ready to|going to|deserve to|deserves to|wanna|(?:would|i'd|he'd|she'd|they'd) rather|longing to|"
                     r"just want to|need to)\s+(?:just\s+)?(?:die|be dead|not exist|stop existing|not be here|"
                     r"not be alive|disappear (?:forever|for good|permanently))\b"
                     r"(?!\s+(?:of|from|laughing|a little|inside|when)\b)"
                     r"(?!\s+than\s+(?!keep|carry|go on|feel|be like|live|suffer|continu|wak|face|do this|be me|go back (?:to|on|into|in)|"
                     r"be sectioned|be admitted|go to (?:prison|hospital|jail)))"),
    _cue("wish_dead", r"\bwish(?:es|ed)?\s+(?:i|he|she|they|i'd|he'd|she'd)\s+(?:was|were|had|'d)?\s*"
                      r"(?:dead|never been born|not born|wasn't (?:here|alive|born|around)|weren't (?:here|alive|"
                      r"born|around)|didn't (?:exist|wake up)|could (?:just )?(?:die|disappear (?:forever|for "
                      r"good|permanently)|go to sleep and not wake up|not wake up|stop existing))\b"),
    _cue("not_want_live", r"\b(?:don't|do not|doesn't|does not|no longer|not)\s+(?:really\s+|even\s+|actually\s+)?"
                          r"(?:want|wanna|wish)\s+to\s+(?:be\s+(?:here|alive|around|on this earth|in this world|"
                          r"living)|live|exist|wake up|carry on|go on|keep going|be here anymore)\b"
                          r"(?!\s+(?:the|a|an|with|to|at|on|in|for|doing)\b)"),
    _cue("sleep_never_wake", r"\b(?:go to sleep|fall asleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up\b|"
                             r"\b(?:go to sleep|sleep|fall asleep)\s+forever\b|\bnever (?:want to )?wake up\b|"
                             r"\bnot (?:to )?wake up (?:tomorrow|again|ever)\b|"
                             r"\b(?:hope|hoping|wish)\s+(?:i|he|she)\s+(?:don't|doesn't|didn't|won't|never)\s+wake\s+up\b|"
                             r"\b(?:if|easier if)\s+(?:i|he|she)\s+(?:didn't|don't|never|did not)\s+wake\s+up\b"),
    _cue("cant_go_on", rf"\b(?:can't|cannot|can not|couldn't|unable to)\s+(?:go on|carry on|keep going|keep living|"
                       rf"live like this|do (?:this|it|life) anymore|do this any longer|take (?:it|this|any of it|"
                       rf"anymore|much more) ?(?:anymore|any longer|no more)?|cope anymore|cope any longer|"
                       rf"face (?:tomorrow|another day|it anymore|living)|be here anymore|keep myself safe|"
                       rf"keep (?:him|her)self safe|stay safe|keep safe|handle (?:life|living)|"
                       rf"see a way out|see a future|see the point)\b{_GO_ON_END}"),
    _cue("not_sure_safe", r"\b(?:not sure|don't know if|don't think|unsure|no idea if|doubt)\s+(?:that\s+)?"
                          r"(?:i|i'm|he|she|they|he's|she's)\s+(?:can|could|will|am|is|are|'ll|'m)?\s*"
                          r"(?:keep (?:myself|himself|herself|themselves) safe|stay safe|be safe|safe|"
                          r"make it through (?:the night|tonight|the weekend)|get through (?:the night|tonight))\b"),
    _cue("not_safe", r"\b(?:i|i'm|i am|i feel|feeling|feel|he|she|they|he's|she's|they're|he is|she is|they are|is|says)\s+"
                     r"(?:\w+\s+){0,2}?(?:(?:not|\w*n't|no longer)\s+(?:\w+\s+)?safe|unsafe)\b"
                     r"(?!\s+(?:to (?:drive|park|walk|work|leave|use)|for (?:staff|patients|the)|staffing|on the ward|at work|on shift|"
                     r"with (?:the )?staffing|when (?:it's|we're) short|in the (?:building|office|car park)))"),
    _cue("cant_promise", r"\b(?:can't|cannot|won't) (?:promise|guarantee|say)\s+(?:that\s+)?(?:i|i'll|i will|he|she)\s+"
                         r"(?:won't|will not|wouldn't|'ll be|will be|can) ?(?:hurt|harm|do anything|be safe|stay safe|"
                         r"keep safe|do something|ok|okay)"),
    _cue("dont_trust_self", r"\b(?:don't|do not|can't) trust (?:myself|himself|herself)\b|"
                            r"\b(?:scared|afraid|frightened|terrified|worried) (?:of|about) what (?:i|he|she|they)"
                            r"(?:'ll|'d)? (?:might|will|could|would)? ?do\b"),
    _cue("do_something_stupid", r"\b(?:going to|might|will|'ll|could|want to|feel like|about to|scared i'll|worried i'll)"
                                r"\s+(?:do|doing)\s+something\s+(?:stupid|silly|drastic|daft|dangerous|final)\b"),
    _cue("suicidal", r"\bsuicidal\b(?!\s+(?:patients|people|service users|clients|men|women|behaviou?rs? polic))"),
    _cue("suicide_intent", r"\b(?:thinking (?:about|of)|thought(?:s)? (?:about|of)|contemplat\w+|consider\w*|"
                           r"plan(?:s|ning|ned)?(?: for| to commit| to)?|attempt(?:ed|ing)?|going to (?:commit|attempt)|"
                           r"research\w*|urges? (?:to|for)|obsessed with|fantasi[sz]\w* about|commit|committing)\s+"
                           r"(?:a\s+)?(?:suicide|sui)\b"),
    _cue("suicide_thoughts", r"\b(?:suicide|dying|death|ending it|ending things|ending my life|dark) ?(?:thoughts|urges|"
                             r"feelings|plans?|notes?|letters?|ideation)\b(?! (?:training|module|course|awareness))"),
    _cue("thinking_of_method", r"\b(?:thinking|thought|thoughts|dreaming|fantasi[sz]ing|obsessing|keep imagining)\s+"
                               r"(?:about|of)\s+(?:killing|hurting|harming|cutting|ending it|ending things|ending "
                               r"(?:my|his|her) life|dying|jumping|hanging|overdosing|od|taking (?:an overdose|all|the|my|"
                               r"his|her) ?(?:pills|tablets)?|walking into|stepping in front|crashing|drowning|"
                               r"(?:my|his|her) (?:own )?funeral|not being here|not waking up|disappearing for good|"
                               r"unaliving|the tracks|the bridge|the train)\b(?! (?:someone|him|her|them|people|others|my (?:\w+)))"),
    _cue("own_funeral", r"\b(?:imagin\w+|picturing|planning|plan|thinking about|fantasi\w+ about|dream\w* (?:about|of))\s+"
                        r"(?:my|his|her) (?:own )?funeral\b"),
    _cue("end_it", r"\b(?:end|ending|ended|finish|finishing)\s+(?:it(?: all)?|things|everything|all of it|the pain|my pain)\b"
                   r"(?!\s+(?:with (?:him|her|them|my)|on a|early|properly|off|there|for today|for the day|now|"
                   r"with the|and go|and move|with a|by))"),
    _cue("want_it_to_end", r"\bwant(?:s)? (?:it all|everything|all of it|life|it|the pain|this pain)(?: to)? (?:end|stop|be over|over with)"
                           r"(?: forever| for good| permanently)?\b(?! (?:happening|hurting))"),
    _cue("better_off", r"\b(?:better off|happier|easier|cope better|be fine|be ok(?:ay)?|be better) (?:without|if i (?:was|were)n't|"
                       r"if (?:he|she) (?:was|were)n't|if i (?:was|were) gone|if (?:he|she) (?:was|were) gone|"
                       r"if i (?:just )?wasn't here|if i didn't exist)\s*(?:me|him|her|them|here|around)?\b"
                       r"|\bbetter off\b[^.!?]{0,40}\bwithout (?:me|him|her)(?: around| here| in (?:their|the|his|her) li(?:fe|ves))?\b"
                       r"|\bbetter off dead\b|\b(?:would|wouldn't|won't|will) (?:even )?(?:miss|notice|care) (?:me|him|her) if "
                       r"(?:i|he|she) (?:was|were|died|disappeared|'m|is) (?:gone|dead)\b", owner="last"),
    _cue("burden", r"\b(?:i'm|i am|i feel (?:like )?|feel(?:ing)? like|just|being|he's|she's|he feels|she feels|"
                   r"says (?:he's|she's))\s*(?:a|such a|nothing but a|the) burden\b"),
    _cue("no_point", r"\b(?:no|(?:don't|doesn't|do not|does not|can't|cannot|couldn't) see (?:the|any)|what's the|whats the|what is the|lost (?:the|any))"
                     r"\s+(?:point|reason|purpose)\s+(?:in|of|to|for)?\s*(?:living|life|being alive|going on|carrying on|"
                     r"me being here|being here|anything anymore|anything|it all|trying anymore|existing|staying|"
                     r"waking up|live|be alive|keep going|me)\b(?! (?:form|audit|meeting))"),
    _cue("nothing_to_live", r"\b(?:nothing|no(?:thing)? (?:one|body)) (?:left )?to live for\b|\bno reason to (?:live|stay|keep going|"
                            r"be here|carry on)\b|\b(?:life|living)(?: is|'s)? (?:isn't|not|no longer|ain't) worth "
                            r"(?:it|living)\b|\bnot worth living\b|\blife is pointless\b"),
    _cue("why_bother", r"\b(?:why (?:do|should|would|even|am) (?:i|he|she)|what's the point (?:of|in) (?:me|him|her))\s+(?:even\s+)?"
                       r"(?:bother(?:ing)?\s+)?(?:living|being alive|going on|carrying on|exist(?:ing)?|wak(?:e|ing) up|still here|alive)\b"),
    _cue("tired_of_life", r"\b(?:tired of|sick of|done with|fed up (?:of|with)|had enough of|exhausted by) (?:living|being "
                          r"alive|life|existing|everything and everyone|it all|waking up|being here|being around)\b"
                          r"|\bi'm done\W+with (?:life|everything|it all)\b|\b(?:i'm|i am) done\W*$"),
    _cue("wont_be_around", r"\b(?:won't|will not|not going to|wouldn't|shan't)\s+be\s+(?:here|around|alive)\s+(?:much longer|for "
                           r"long|by|tomorrow|next (?:week|month|year)|after|at|much|anymore|to see)\b"
                           r"(?!(?:.{0,30})(?:leave|holiday|annual|course|off|training|conference|shift|rota))"),
    _cue("goodbye", r"\b(?:saying|said|say|sent|send|sending|texted|wrote|written|writing) (?:my |his |her |their )?(?:final |last )?"
                    r"goodbyes?\b(?! (?:at the end|to the (?:team|ward)|card|party|do|drinks))"
                    r"|\bthis is (?:goodbye|my last message)\b|\bgoodbye (?:letters?|notes?|messages?|texts?)\b"
                    r"|\b(?:final|last) goodbye\b", tense=False, owner="subject"),
    _cue("letters", r"\b(?:written|writing|wrote|write|left|leaving)\s+(?:a\s+|the\s+|some\s+)?(?:letters?|notes?|messages?|cards?)\s+"
                    r"(?:to|for)\s+(?:my|his|her|their|the)\s+(?:kids|children|son|daughter|family|mum|partner|wife|husband|"
                    r"boys|girls|little ones)\b(?! (?:for (?:their|his|her|the|my) (?:birthdays?|christmas|school|trip|party|"
                    r"anniversary|exams?)|about (?:the|their|school|a|an)))(?!'?s? (?:school|teacher|nursery|club|dentist|gp|doctor))"
                    r"|\b(?:written|writing|wrote) (?:my|his|her|a|the) (?:suicide )?note\b"
                    r"|\b(?:already )?written the note\b", tense=False, owner="subject"),
    _cue("giving_away", r"\b(?:giv(?:e|ing|en)|gave)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:my|his|her|their)\s+(?:stuff|things|belongings|"
                        r"possessions|pets?|dog|cat|clothes|records|books|jewellery|savings|money|games|guitar)\s*(?:away)?\b"
                        r"(?=.{0,60}(?:won't need|not going to need|don't need|goodbye|before i go|away|anymore|sister|brother|"
                        r"mum|friend|has|have))"
                        r"|\b(?:sort(?:ed|ing)? (?:out )?(?:my|his|her) (?:will|affairs|funeral)|put(?:ting)? (?:my|his|her) affairs in order|"
                        r"found (?:a )?(?:new )?homes? for (?:my|his|her) (?:pets|dog|cat)|made a will)\b", tense=False, owner="subject"),
    _cue("means_pills", rf"\b(?:stockpil\w*|hoard\w*|sav(?:e|ing|ed) up|sav(?:e|ing|ed)|collect\w*|stash\w*)\s+(?:up\s+)?(?:all\s+)?"
                        rf"(?:of\s+)?(?:my|his|her|their|the)?\s*{_PILLS}\b"
                        rf"|\b(?:stash|stockpile|hoard|supply|bottle|box|boxes|packets?|load|handful|bunch) of {_PILLS}\b"
                        rf"|\b{_PILLS} (?:saved|stashed|stockpiled|hidden|saved up)\b"
                        rf"|\b(?:stockpil\w+|saving (?:them|it) up)\b", default="self", tense=False, owner="subject"),
    _cue("take_all_pills", rf"\b(?:take|taking|took|taken|swallow\w*|down(?:ed|ing)?|neck(?:ed|ing)?)\s+(?:all|a bunch|a load|loads|"
                           rf"handfuls?|the (?:whole|lot|rest)|everything|a whole (?:box|packet|bottle))\s*(?:of\s+)?(?:my|the|his|her|"
                           rf"their)?\s*(?:{_PILLS}|box of {_PILLS}|packet of {_PILLS}|bottle of {_PILLS})\b|\b(?:take|taking|going to take|swallow)\s+the\s+{_PILLS}\b"
                           rf"|\bhow many (?:{_PILLS}|paracetamol)\b|\bwhat (?:dose|amount) (?:would|is) (?:fatal|lethal|enough)\b"
                           rf"|\b(?:fatal|lethal) dose\b|\b(?:already )?taken some\b", tense=False),
    _cue("overdose", r"\b(?:od|overdose|overdosing|overdosed|take an overdose|took an overdose|taken an overdose)\b"
                     r"(?! (?:of (?:meetings|paperwork|emails|admin|caffeine|coffee|sugar)|risk|kit|training|awareness|"
                     r"naloxone|policy))"),
    _cue("method_place", r"\b(?:jump(?:ing|ed)?|throw(?:ing)? (?:myself|himself|herself)|step(?:ping)?|walk(?:ing)?|lie|lying|"
                         r"lay)\s+(?:out\s+)?(?:off|from|in front of|into|onto|under|on)\s+(?:a|the|that)\s+(?:bridge|train|tracks|bus|"
                         r"lorry|car|truck|building|roof|cliff|multi ?storey|motorway|river|sea|canal|railway|balcony|"
                         r"window|traffic|car park)\b|\b(?:crash(?:ing)?|drive|driving|drove|swerv\w*)\s+(?:my|the|his|her)?\s*car"
                         r"(?:\s+(?:into|off|on purpose))?\b(?=.{0,40}(?:on purpose|into|off|wall|tree|bridge|want|part of me|"
                         r"way home|thinking|lorry))|\bjump(?:ing)? off\b|\bthinking (?:about|of) the (?:tracks|"
                         r"bridge|train)\b|\b(?:sat|sitting|stood|standing|i'm|i am|at|on|by)\s+(?:on|at|by|near)?\s*the\s+"
                         r"(?:edge of the )?(?:bridge|cliffs?|tracks|railway|edge|roof|ledge)\b(?! (?:near work )?(?:group|club|meeting|"
                         r"team|building works))|\b(?:at|on) the (?:cliffs|bridge) (?:right now|now)\b|\bi'm at the (?:station|bridge|"
                         r"cliffs?|river)\b.{0,60}(?:tracks|jump|train|edge|water)"),
    _cue("method_means", r"\b(?:bought|got|have|has|found|tied|made|tying|making|hid|hidden|keep|kept|with)\s+(?:a|the|my|his|her)?\s*"
                         r"(?:rope|noose|ligature|ligatures|blade|blades|razor|razors)\b(?! (?:point|policy|audit|cutters?|"
                         r"training|risk))|\bnoose\b|\b(?:tied|tying|tie|using|used|made|found|with) (?:a |the )?ligature\b"
                         r"|\bligature (?:round|around|on)\b|\b(?:tied|tying|tie|ties|put|wrapped|wrapping)\s+(?:\w+\s+){0,3}?"
                         r"(?:round|around)\s+(?:my|his|her|their)\s+neck\b|\bresearching (?:ways|how)\b|\bways to (?:die|kill|end)\b|"
                         r"\bhow to (?:kill (?:my|him|her)self|end it|die|hang|overdose)\b|\bpainless (?:way|death)\b"
                         r"|\bgoogl\w* (?:how|ways)\b.{0,40}(?:die|kill|pills|tablets|paracetamol|hang|jump|overdose)",
         tense=False, owner="subject"),
    _cue("have_a_plan", r"\b(?:i|he|she|they)(?:'ve| have| has|'s)? (?:got )?(?:a|the) (?:plan and a date|plan and a time|date set|"
                        r"plan to (?:end|die|kill)|plan for (?:tonight|the weekend))\b|\bhave a plan and\b|\b(?:got|have|has) a plan "
                        r"to (?:end|die)\b"),
    _cue("at_risk", r"\b(?:is|'s|are|'re|be|being|at|as)\s+(?:at\s+)?(?:a\s+)?(?:high |serious |real |significant |big )?"
                    r"risk (?:of|to) (?:suicide|self harm|harm|(?:him|her|my|them)self|themselves|overdose|"
                    r"taking (?:his|her|my) (?:own )?life)\b"),
    _cue("self_harm", r"\b(?:self harm(?:s|ed|ing)?|sh(?:'d|ed|ing)?)\b(?! (?:scars?|history|free|training|awareness|policy|"
                      r"module|group|support|team|service|clinic|leaflet|research)\b)", default="self"),
    _cue("cutting", r"\b(?:cut(?:s|ting)?|slash(?:ed|ing)?|slit(?:ting)?|scratch(?:ed|ing))\s+(?:my|his|her|their|myself|himself|herself)?\s*"
                    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|body)\b|\b(?:fresh|new|deep|open) (?:cuts|wounds|self harm)\b"
                    r"|\b(?:cut|cutting) (?:again|deep|deeper)\b|\bstarted cutting\b|\bbeen cutting\b|\bkeep cutting\b"
                    r"|\bcuts on (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?)\b|\burges? to cut\b|\bcutting (?:every|each)\b"
                    r"|\bcutting\b(?=[^.!?]{0,15}\b(?:can't stop|again|every|a lot|more|badly|deep))"
                    r"|\bcut (?:myself|himself|herself)\b|\b(?:i|he|she) cut\b(?= again| tonight| last night| today| after| "
                    r"yesterday| this)"),
    _cue("burning_banging", r"\bburn(?:s|ed|t|ing)? (?:on )?(?:my|his|her|their) (?:arms?|skin|hands?|legs?|wrists?)\b|"
                            r"\bbang(?:s|ed|ing)? (?:my|his|her|their) head\b|\bhead ?bang(?:ing|s)?\b|"
                            r"\b(?:hit|hitting|punching|punched) (?:my|his|her|their)self\b|\bhitting (?:himself|herself|myself)\b|"
                            r"\bswallow(?:ed|ing)? (?:batteries|glass|blades?|razors?|objects|bleach|screws|nails)\b"
                            r"|\b(?:drink|drank|drinking) bleach\b|\bburns on (?:my|his|her|their) (?:arms?|skin|hands?|legs?)\b"),
    _cue("urge", r"\burges? to (?:cut|self harm|sh|hurt|harm|die|jump|end it|overdose|od|burn)\b"),
    _cue("voices", r"\bvoices?\b.{0,30}\b(?:telling|tell|told|saying|say|order\w*|command\w*|want)\s+(?:me|him|her|them)\s+to\s+"
                   r"(?:kill|hurt|harm|die|jump|cut|end|burn|hang|stab)\b"
                   r"(?! (?:people|others|someone|somebody|him|her|them|my|his|her|the|everyone|staff|a|an))"),
    _cue("dont_see_future", r"\b(?:can't|don't) see (?:a|any) (?:future|way out|way forward|point)\b"),
    _cue("echo", r"\b(?:i|i've|i'm|me|been)\b[^.!?]{0,30}\b(?:thinking (?:about|of)|thought about|want(?:ed)? to|tempted to|"
                 r"feel like|considering|wondered about)\s+do(?:ing)? the same\b", mode="echo"),
    _cue("doubt_living", r"\b(?:not sure|don't know if|don't know whether|unsure if|no longer sure|not even sure)\s+"
                         r"(?:that\s+)?(?:i|he|she|they)\s+(?:really\s+|even\s+|still\s+)?(?:want|wants|wanna)\s+to\s+"
                         r"(?:be alive|live|be here|exist|carry on|go on|keep going|keep living|wake up)\b"),
    _cue("jump_intent", r"\b(?:going to|want(?:s)? to|thinking (?:of|about)|might|will|'ll|about to|plan(?:s|ning)? to|"
                        r"tempted to|urges? to|feel like)\s+(?:just\s+)?jump(?:ing)?\b(?=\s*(?:$|[.,!?;\"']|tonight|today|"
                        r"off|from|in front|right now|when|after|soon|this))"),
    _cue("method_research", r"\b(?:look(?:ed|ing|s)? up|googl\w*|search(?:ed|ing)?(?: for)?|research(?:ed|ing)?|check(?:ed|ing)? out|"
                            r"found)\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:tallest|highest|nearest)\s+(?:bridge|building|cliff|"
                            r"car park|multi ?storey|tower)\b|\b(?:googl\w*|look(?:ed|ing|s)? up|search(?:ed|ing)?(?: for)?|"
                            r"research(?:ed|ing)?|read(?:ing)? up on)\s+(?:how|ways|the best way|methods?)\b.{0,40}"
                            r"(?:die|kill|pills|tablets|paracetamol|hang|noose|jump|overdose|end it|tie|lethal|painless)",
         tense=False, owner="subject"),
    _cue("on_my_mind", r"\b(?:suicide|dying|death|ending it|killing myself|ending my life|ending things|self harm)\s+"
                       r"(?:is|has been|keeps|'s|was|are)\s+(?:\w+\s+)?(?:on|in|going round|round)\s+(?:my|his|her)\s+(?:mind|head)\b"),
    _cue("nobody_care", r"\b(?:nobody|no one|no-one|noone|not (?:one|a single) person|(?:don't|doesn't|do not) think "
                        r"(?:anyone|anybody)|doubt (?:anyone|anybody))\s+(?:would|will|'d|'ll|is going to|even)\s+(?:even\s+|really\s+)?"
                        r"(?:miss (?:me|him|her)|(?:care|notice|mind|bother)\b.{0,25}\b(?:if|when) (?:i|he|she|i'm|he's|she's) "
                        r"(?:was |were |am |is )?(?:gone|dead|died|die|disappeared|killed|wasn't here|weren't here|not here))"),
    _cue("only_way_out", r"\b(?:no |the only |only )?(?:way out|answer|option|solution|escape|choice|thing left|only way)\b.{0,25}\b(?:except|but|other than|"
                         r"apart from|is)\s+(?:dying|death|suicide|to die|ending it|killing (?:my|him|her)self|to end it)\b"),
    _cue("make_it_through", r"\b(?:not going to|won't|don't think (?:i|he|she)(?:'ll| will| can)?|not sure (?:i|he|she)"
                            r"(?:'ll| will| can)?|can't)\s+(?:make it|get|survive)\s+(?:through\s+)?(?:tonight|the night|the weekend|"
                            r"till morning|until morning|another night)\b"),
    _cue("act_on", r"\bact(?:ing)? on (?:the|these|those|my|his|her|them|it|the) ?(?:thoughts|urges|feelings|plans?|voices)\b"),
    _cue("want_out", r"\bwant(?:s)? out (?:of (?:life|this life|this world|everything|existence)|for good|permanently)\b"),
    _cue("not_be_here", r"\b(?:don't think|doubt|not sure)\s+(?:i|he|she)(?:'ll| will| am going to|'m going to| is going to)\s+"
                        r"(?:still\s+)?be\s+(?:here|around|alive)\b(?!(?:.{0,30})(?:leave|holiday|annual|course|off|training|"
                        r"conference|shift|rota|job|contract|team))"),
    _cue("talk_of_dying", r"\b(?:talk(?:s|ing|ed)?|going on|banging on|keeps? on|goes on) (?:about|of) (?:suicide|killing (?:him|her|my)self|"
                          r"ending (?:it|things|his life|her life|my life)|dying|wanting to die|not being (?:here|around|alive)|"
                          r"jumping|overdosing|taking (?:an overdose|his life|her life))\b(?! (?:attempts?|prevention|awareness|"
                          r"training|rates|statistics|stats|risk|in general|with (?:the|a) (?:team|group)))"),
    _cue("pills_saved", rf"\b{_PILLS}\s+(?:(?:that\s+)?(?:she|he|i|they)(?:'s|'ve| has| have| had)?\s+(?:been\s+)?)?(?:saving|saved|"
                        rf"stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|stashed|hiding|hidden)\b",
         tense=False, owner="subject"),
    _cue("note_sorry", r"\b(?:left|leaving|wrote|written|writing|sent|sending)\s+(?:a|the|me a|us a)\s+(?:note|letter|message|text)\s+"
                       r"(?:saying\s+)?(?:sorry|goodbye|apologi\w+|thank(?:s|ing)? (?:me |us |everyone )?for everything)",
         tense=False, owner="subject"),
    _cue("on_purpose", r"\b(?:cut|cutting|burn\w*|hit|hitting|hurt|hurting|scratch\w*|punch\w*|bit|bite|biting|bang\w*|starv\w*)\b"
                       r"(?:\s+\S+){0,4}\s+(?:on purpose|deliberately|to feel something|to feel anything|to punish "
                       r"(?:myself|himself|herself))\b"),
    _cue("drive_into", r"\b(?:drive|driving|drove|crash|crashing|swerve|swerving|steer\w*)\s+(?:my car\s+|the car\s+|his car\s+|"
                       r"her car\s+)?into\s+(?:a|the|on ?coming)\s+(?:wall|tree|river|lorry|truck|bridge|traffic|oncoming|"
                       r"barrier|sea|canal)\b"),
    _cue("taken_n_pills", rf"\b(?:taken|took|swallowed|had|necked|take|taking)\s+(?:\d+|twenty|thirty|forty|fifty|a hundred|loads of|"
                          rf"dozens of|too many|way too many|a lot of|lots of|all of|an overdose of|more of)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?"
                          rf"(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?{_PILLS}\b", tense=False),
    _cue("desire_ending", r"\b(?:want(?:s|ed)? to|wish (?:i|he|she) could|going to|planning (?:on|to)|plans? to|ready to|"
                          r"thinking (?:of|about)|tempted to|feel like|need to|might|about to|could)\s+(?:just\s+|finally\s+|"
                          r"really\s+)?(?:end (?:it|things|everything|it all|my life|his life|her life)|ending (?:it|things|"
                          r"everything|it all)|stop existing|not exist|disappear (?:forever|for good|and never come back)|"
                          r"never come back|rest forever|sleep forever|go to sleep forever|do something to (?:my|him|her)self|"
                          r"stop breathing|stop living|stop being alive|not be alive|not wake up|"
                          r"hurt (?:my|him|her)self|overdose|take (?:an overdose|all (?:my|his|her|the) \w+)|"
                          r"hang (?:my|him|her)self)\b(?!\s+(?:with (?:him|her|them|my|the|a)|on a|early|properly|off|"
                          r"there|for (?:today|the day)|and (?:go|move)|by))"),
    _cue("do_to_self", r"\b(?:do|doing|done|did)\s+(?:something|anything|it|stuff)\s+(?:stupid\s+|silly\s+|bad\s+)?to\s+"
                       r"(?:myself|himself|herself|themselves)\b"),
    _cue("forever_goodbye", r"\b(?:goodnight|good night|goodbye|bye|farewell)\s+(?:forever|for good|for the last time|world|"
                            r"cruel world)\b", tense=False),
    _cue("picturing", r"\b(?:picturing|imagining|visuali[sz]ing|fantasi[sz]ing about|daydreaming about|can see)\s+(?:myself|himself|"
                      r"herself|me|him|her)\s+(?:jumping|dying|dead|hanging|falling|overdosing|in a coffin|not here|gone)\b"),
    _cue("planned_how", r"\b(?:plan\w*|work(?:ed|ing) out|decided|figured out|thought (?:about|through)|thinking (?:about|through)|"
                        r"know(?:s)?|worked)\s+(?:exactly\s+)?(?:how|when|where)\s+(?:i'd|i would|i'll|i will|i'm going to|to|he'd|"
                        r"she'd|he'll|she'll|he's going to|she's going to)\s+(?:do it|end it|die|go|kill (?:my|him|her)self|"
                        r"end (?:my|his|her) life)\b"),
    _cue("harm_back", r"\b(?:the\s+)?(?:cutting|self harm|self harming|sh|urges|suicidal thoughts|suicidal feelings|dark thoughts|"
                      r"thoughts of (?:suicide|dying|ending it))\s+(?:has|have|is|are|'s)?\s*(?:started|back|come back|"
                      r"came back|returned|getting worse|worse|stronger|starting)\b"),
    _cue("death_threats", r"\bdeath threats?\b|\bthreat(?:s|ened|ening)? to kill\b|\bthreatening to (?:stab|hurt|shoot|attack)\b",
         mode="violence"),
    _cue("throw_self", r"\b(?:throw\w*|threw|fling\w*|flung|hurl\w*|launch\w*)\s+(?:myself|himself|herself|themselves)\s+"
                       r"(?:off|from|in front of|under|into|out of)\b"),
    _cue("going_to_edge", r"\b(?:going|go|went|heading|walking|driving) (?:up )?to the (?:bridge|cliffs?|cliff edge|tracks|railway line|"
                          r"edge|roof|top of the car park)\b", tense=False),
    _cue("means_ready", rf"\b{_PILLS}\s+(?:are\s+|is\s+)?(?:ready|lined up|counted(?: out)?|laid out|in front of me|next to me|beside me|"
                        rf"in my hand)\b|\b(?:the|a|my)\s+(?:rope|noose|blade|razor)\s+(?:is\s+)?(?:ready|in front of me|next to me|"
                        rf"in my hand)\b", tense=False, owner="subject"),
    _cue("undeserving", r"\b(?:don't|doesn't|do not|does not|no longer)\s+deserve\s+to\s+(?:live|be alive|be here|exist|be happy and alive)\b"),
    _cue("not_around_long", r"\b(?:might|may|won't|will not|not going to|wouldn't|probably won't|not)\s+(?:\w+\s+)?be\s+(?:here|around|"
                            r"alive)\s+(?:for\s+)?(?:much\s+)?(?:longer|long)\b(?!(?:.{0,30})(?:leave|holiday|annual|course|training|"
                            r"conference|rota|job|contract|team|notice|placement))"),
    _cue("means_fixation", rf"\b(?:keep|kept|been|sat|sitting|staring|stare|keeps)\s+(?:\w+\s+)?(?:looking|staring|glancing)\s+at\s+"
                           rf"(?:the|my|his|her|all the|a)\s+(?:{_PILLS}|rope|noose|blade|blades|razor|knife|bridge|tracks|ligature|"
                           rf"belt|cord|bottle of {_PILLS})\b", tense=False, owner="subject"),
    _cue("scared_of_self", r"\b(?:scared|afraid|frightened|terrified) (?:of|for) (?:myself|my life|my safety)\b|"
                           r"\bdon't feel safe (?:with|around|in) myself\b|\bdon't trust myself\b"),
    _cue("happier_if_gone", r"\b(?:happier|better off|easier|better|fine|relieved|lighter)\b[^.!?]{0,25}\bif (?:i|he|she)\s+(?:just\s+)?"
                            r"(?:was gone|were gone|disappeared|died|was dead|were dead|wasn't (?:here|around|alive)|"
                            r"weren't (?:here|around|alive)|didn't exist|ended it|killed (?:my|him|her)self|left for good)\b",
         owner="last"),
    _cue("planning_suicide", r"\b(?:plan(?:s|ning|ned)?|prepar\w+|research\w*|contemplat\w+|consider\w*|thinking (?:about|of)|"
                             r"organis\w+|organiz\w+|arrang\w+|writing)\s+(?:my|his|her)\s+(?:own\s+)?(?:suicide|death|"
                             r"suicide note|final goodbye|exit)\b"),
    _cue("call_from_edge", r"\b(?:rang|called|texted|messaged|phoned|ringing|calling|texting|facetimed|video called)\b.{0,15}\bfrom "
                           r"(?:the|a) (?:bridge|cliffs?|tracks|roof|railway|edge|river|top of \w+(?: \w+)?)\b", owner="subject"),
    _cue("foreign", r"\b(?:quiero morir(?:me)?|me quiero matar|quiero matarme|quiero suicidarme|no quiero vivir|"
                    r"je veux mourir|je vais me tuer|me suicider|ich will sterben|mich umbringen|"
                    r"voglio morire|quero morrer|chcę umrzeć|vreau sa mor)\b"),
    # -- safeguarding and violence -----------------------------------------------------------
    _cue("violence", rf"\b(?P<verb>{_VIOLENT_VERB})\s+(?P<victim>{_VICTIM})\b"
                     r"(?!\s+(?:at (?:uno|cards|chess|pool|darts|scrabble|monopoly|football|bingo|the (?:game|quiz|race)|a game)\b|to it|on the head|in the (?:race|game|quiz)|"
                     r"feelings|'s feelings|with (?:a|the) (?:question|news|paperwork|rota|email)|off|for (?:a|the) (?:tea|coffee)|"
                     r"hard\b(?! enough)|home|like a|in the feels|back\b))", mode="violence"),
    _cue("passive_violence", rf"\b(?:get|gets|got|getting|being|been|was|were|are|is|'s|'re)\s+(?:\w+\s+){{0,3}}?"
                             rf"(?P<verb>{_PASSIVE_VERB})\b(?!\s+(?:by (?:the|a) (?:news|email|rota|question)|up\b|"
                             rf"on the rota|about|to go|with (?:paperwork|work|the)))", mode="violence"),
    _cue("threat_with", rf"\bthreat\w*\s+(?P<victim>{_VICTIM})\s+with\b|\b(?:use|used|using) (?:it|them|a knife|the knife|"
                        rf"the gun|a gun|the bottle|a weapon) on (?P<victim2>{_VICTIM})\b", mode="violence"),
    _cue("weapon", r"\b(?:has|had|got|get|getting|grab|grabbing|buy|buying|bought|carrying|carries|carried|brought|pulled|waving|"
                   r"waved|with|found|hiding|hid)\s+"
                   r"(?:a |an |his |her |the |their )?(?:knife|knives|blade|machete|gun|firearm|weapon|axe|"
                   r"crossbow|zombie knife)\b|\bshoot(?:ing)? (?:up )?(?:the|a|his|her) (?:school|work|office|place)\b"
                   r"|\b(?:set(?:ting)? fire to|burn(?:ing)? down|torch(?:ing)?|petrol bomb)\s+(?:the|his|her|their|my|a)\s+"
                   r"(?:house|ward|flat|place|building|car|home|hostel|room|bedroom|bin|bins|curtains|mattress|bed)\b|\bburn the (?:house|ward|place|flat|hostel) down\b"
                   r"|\brevenge on\b|\b(?:been|is|was|being|gets|getting|'s|are|'re) (?:really |very |so |quite |often |always )?violent\b",
         mode="violence"),
    _cue("abuse", r"\b(?:domestic (?:abuse|violence)|coercive(?:ly)? control\w*|cuckoo\w*|financial(?:ly)? (?:abuse\w*|exploit\w*)|"
                  r"exploit(?:ed|ing|ation)|groom(?:ed|ing)|trafficked|traffick\w+|modern slavery|sexual(?:ly)? (?:abuse\w*|assault\w*|"
                  r"exploit\w*)|neglect(?:ed|ing)?|unexplained (?:bruis\w*|injur\w*|marks)|bruises? (?:on|all over|and)|"
                  r"flinch\w*|(?:marks|bruis\w+|injuries|burns|scratches|bite marks) on (?:her|his|their) (?:neck|face|arms?|body|wrists?|"
                  r"legs?|back|throat|chest)|(?:abus(?:ed|ive|ing)|abuse|rap(?:ed|e)|molest\w*)\b(?!\s+(?:him|her|them|me|us|his|my|their|the|a|an)\b))\b"
                  r"(?! (?:training|module|course|awareness|policy|team|lead|procedure|referral form)\b)"
                  , mode="abuse",
         default="service_user"),
    _cue("control", r"\b(?:takes?|taking|took|steals?|stealing|stole|controls?|controlling|keeps?|keeping)\s+"
                    r"(?:all\s+)?(?:of\s+)?(?:her|his|their)\s+(?:money|benefits|bank ?card|pension|cards?|wages|pip|"
                    r"universal credit|phone|passport)\b(?! (?:for (?:safe|her|him)|safe))|\bwon't let (?:her|him|them)\s+"
                    r"(?:see|go out|out|go|leave|have|talk|speak|eat|use|call|phone)\b|\block(?:s|ed|ing)? (?:her|him|them) (?:in|out)\b"
                    r"|\b(?:touch\w*|grop\w*|fondl\w*) (?:her|him|them)\b (?:at night|inappropriately|sexually|up)"
                    r"|\b(?:forc\w+|mak(?:e|es|ing)|made|pressur\w+) (?:her|him|them) (?:to )?(?:have sex|into sex|do sexual|"
                    r"sleep with|perform)\w*|\bpull(?:s|ing|ed)? (?:her|his|their) hair\b|\bst(?:eal|eals|ealing|ole|olen) (?:money )?from (?:her|him|them)\b|\b(?:slap|hit|kick|pinch|push)(?:s|es|ing|ed|ped)? (?:her|him|them) about\b"
                    r"|\brough with (?:him|her|them)\b|\bmanhandl\w* (?:him|her|them)\b"
                    r"|\b(?:her|his|their)\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|carer|dad|mum)\s+"
                    r"(?:is|'s|has been|was|gets)\s+(?:really |very |so |quite )?(?:controlling|abusive|violent)\b",
         mode="abuse", default="service_user"),
    _cue("neglect_signs", r"\b(?:scared|afraid|frightened|terrified) of (?:her|his|their) (?:partner|husband|wife|boyfriend|"
                          r"girlfriend|dad|stepdad|step ?dad|son|daughter|brother|sister|ex|carer|mum|family|uncle)\b"
                          r"|\b(?:left|leaves|leaving) (?:her|him|them)? ?(?:alone|on (?:their|her|his) own|in (?:wet|soiled|dirty))"
                          r"(?: (?:all day|for hours|clothes|again|every))\b|\bleft on (?:their|her|his) own\b"
                          r"|\bscared to go home\b|\bnot safe at home\b|\bmanhandl\w*"
                          r"|\b(?:left|leaves|leaving|leave)\s+(?:her|his|their|the|a)\s+(?:kids?|children|child|baby|toddler|"
                          r"little ones?|son|daughter)\s+(?:alone|on (?:their|his|her|its) own|unattended|home alone|by "
                          r"(?:them|him|her)sel(?:f|ves))\b|\btaken advantage of\b|\btaking advantage of (?:him|her|them)\b"
                          r"|\bself[- ]neglect\w*",
         mode="abuse", default="service_user"),
)
