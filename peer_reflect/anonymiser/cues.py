"""Word lists that tell a name from a word by its company: titles, relation words, verbs around people."""
from __future__ import annotations

TITLES = frozenset("""
mr mrs ms miss mx dr doc prof professor sir dame lady lord sister fr father rev reverend pastor imam rabbi
cllr councillor nurse auntie aunty aunt uncle cousin
""".split())
# After these any word is a surname ("mr. ward", "dr may"); after "nurse" or "sister" it has to look like one.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame cllr".split())
RELATIONS = frozenset("""
mum mom mam mother dad father sister brother son daughter wife husband partner boyfriend girlfriend bf gf
friend mate bestie colleague coworker client patient pt su resident tenant service user nurse doctor
manager supervisor boss lead nan gran grandma grandad granddad grandson granddaughter auntie aunt uncle
cousin niece nephew neighbour neighbor carer keyworker worker cpn psychiatrist consultant hca ot
psychologist therapist counsellor peer kid kids child baby ex stepdad stepmum stepson stepdaughter
housemate flatmate roommate fiance fiancé fiancee named called aka nicknamed mentee mentor supervisee buddy
trainee apprentice volunteer
""".split())
SPEECH_VERBS = frozenset("""
said says told asked texted rang phoned messaged emailed shouted screamed cried smiled laughed disclosed
refused kicked threw hugged thanked admitted whispered replied agreed wanted wants
""".split())
# Big towns whose names are also everyday words ("in reading" may be the town, "in time" is not).
# Lower case, they count only right after "in", "to", "from"... and never when they are common words.
COMMON_WORD_PLACES = frozenset("""
acre airport alliance along annex anthem apex bake bear bell bend best bill bole boom borne brad brick
buffalo canning central centennial chad clay commonwealth concord date deal defiance delta dome eagle
enterprise fate federal fleet flint flora forest fountain garland golden green griffin groves hale harrow
hawthorn highland hillside holiday homestead hook horn humble hurricane imperial independence jasper
keystone lancing laurel lend lens liberal liberty lice male manage march marina marks martin mason meridian
metro midland midway mine mission mobile most much natal nice normal officer opportunity orange oral pace
paradise paramount pare parole pearl peer pest phoenix plaque plum plunge police portage posse pout
prosper providence reservoir retreat reunion revere rich riverside roman roses ruse saga sake sale salt
same sandy savage seaside sedan semi shaping shoreline simmering sparks split spring springs stains
sterling summit sunrise sunset superior surprise tame tank temple terrace time tire tome torrent tours
union university upland uptown vista warren wedding westerly woodland woodlands worms young
""".split())
PLACE_PREPS = frozenset({"in", "from", "to", "near", "around", "outside", "visit", "visited", "moved",
                         "towards", "via", "of"})
CONNECTORS = frozenset({"de", "da", "do", "dos", "del", "della", "di", "van", "von", "der", "den", "la",
                        "le", "du", "bin", "binti", "al", "el", "ben", "nad", "y", "ter", "ten", "op"})
# Verbs and phrases after which a bare word is someone ("told sunita", "sat with precious").
INTERACTION_BEFORE = frozenset("""
told tell telling asked ask asking met meet meeting saw see seeing seen visited visit visiting helped help
helping supported support supporting rang ring ringing texted text texting messaged message phoned phone
emailed hugged thanked reassured reassuring calmed found warned promised introduced invited hope hoping
recognised recognized remembered covered walked took brought drove escorted accompanied showed taught
noticed watched heard reminded encouraged persuaded convinced joined greeted comforted praised challenged
advised contacted calming settling settled reassure dropped picked collected fetched drove visited
""".split())
# "X was admitted", "X is moving": the second word settles it even for names that are words.
AFTER_BE = frozenset("""
admitted discharged sectioned crying upset moving being kicking asking shouting screaming transferred
restrained secluded readmitted born
""".split())
ADVERBS = frozenset("just only also really never always still then even finally".split())
# "X from ward 7", "X in bed 4", "X in room 22": a person placed somewhere.
PLACED = {"from": None, "in": frozenset("room bed bay ref mrn patient hospital case rio badge passport her his".split())}
PAIRED_BEFORE = {"with": {"sat", "sit", "sitting", "walked", "walk", "went", "spoke", "speak", "talked", "talk",
                          "chatted", "chat", "stayed", "worked", "working", "time", "session", "1:1", "one",
                          "laughed", "argued", "cried"},
                 "to": {"spoke", "speak", "talked", "talk", "chatted", "listened", "explained", "said", "wrote",
                        "lied", "sent", "gave", "showed", "apologised"},
                 "into": {"bumped", "ran"}, "for": {"covered", "cover", "looking", "asked", "waited", "advocated"},
                 "about": {"worried", "worrying", "thinking"}, "on": {"checked", "checking"}, "out": {"found"}}
ACTION_AFTER = frozenset("""
kicked is was has had got gave wants wanted lives lived came went asked told said cried turned rang texted
follows followed showed keeps kept trusts turns says thinks feels seems seemed looks looked likes loves hates
asks tells goes comes gets needs needed tries tried emailed left walked ran refused took started stopped
screamed shouted smiled laughed hugged thanked opened disclosed admitted arrived settled self-harmed absconded
""".split())
NICK_PREFIX = frozenset({"big", "lil", "little", "young", "old"})
WARD_WORDS = frozenset({"ward", "unit", "bay", "bed", "room", "team", "shift"})
STAY_WORDS = frozenset({"hospital", "home", "house", "lodge", "hmp", "prison", "centre", "court", "hostel"})
CLAUSE_START = frozenset({"", ".", ",", "!", "?", "and", "but", "then", "so", "cos", "coz", "cuz", "because", "said",
                          "when", "if", "that", "bc", "while", "though", "tho", "later", "after", "today",
                          "tonight", "yesterday", "\n", "-", ";", ":"})
# After a name that is also a word only deeds that need a person count ("hope kicked off", not "hope was").
EVERYDAY_ACTIONS = frozenset("""
kicked asked told said cried rang texted emailed refused screamed shouted smiled laughed hugged thanked
disclosed admitted arrived absconded wants wanted lives lived turned gave self-harmed follows got showed
trusts trusted
""".split())
VERBS = SPEECH_VERBS | ACTION_AFTER | INTERACTION_BEFORE
# Names that are everyday words in this work: only strong evidence makes them a name.
EVERYDAY = frozenset("""
hope will may faith joy grace patience mercy bill mark rose summer april june august autumn sky river dawn
blessing angel destiny precious charity trust honor honour chance hunter young page baker ward nurse
""".split())
BAD_TAGS_FOR_NAME = {"MD", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "IN", "DT", "RB", "CC", "PRP", "PRP$",
                      "WDT", "WP", "TO", "RP", "UH", "JJR", "JJS", "RBR", "RBS", "EX", "CD"}
NAMING = {("name", "is"), ("name", "was"), ("call", "me"), ("called", "me"), ("calls", "me"), ("calling", "me"),
          ("known", "as"), ("goes", "by"), ("name", ":"), ("named", "her"), ("named", "him")}
NAMED = frozenset({"called", "named", "nicknamed", "aka"})
# "everyone calls him smudge", "the lads call her bubbles": who does the calling, then call + him/her.
CALLERS = frozenset("everyone everybody they we people staff lads girls kids nurses patients all family mates".split())
CALL_WORDS = frozenset("call calls called calling".split())
# "a lad called bubbles", "a woman named hope": whatever follows is a name.
NAMED_WHO = frozenset("""
lad lass man woman girl boy guy bloke lady user patient client someone somebody resident friend colleague
nurse pt su fella chap kid son daughter baby dog cat brother sister mate worker
""".split())
# Field names that open a line with a colon in forms; a name does so in chat transcripts.
FIELD_LABELS = frozenset("""
name address phone mobile email e-mail website web desk fax tel note notes when where who what date time
bot user q a re subject from to cc dob age ward id ref postcode zip city country
""".split())
