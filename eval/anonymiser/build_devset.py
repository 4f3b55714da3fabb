"""Build the anonymiser development set: peer-work reflections with labelled identifying spans.

    python eval/anonymiser/build_devset.py            # writes eval/anonymiser/devset.jsonl

Reflections are assembled from sentence templates and fillers, then typed the way tired peer workers
type on phones: often all lower case, punctuation and apostrophes dropped, nicknames, possessives, names
that are also words. Spans are tracked through every transformation so offsets stay exact.
The seed is fixed: the committed file is reproducible.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "devset.jsonl"
HANDWRITTEN = Path(__file__).resolve().parent / "handwritten.txt"
HANDWRITTEN_OUT = Path(__file__).resolve().parent / "handwritten.jsonl"
HOLDOUT = Path(__file__).resolve().parent / "holdout.txt"
HOLDOUT_OUT = Path(__file__).resolve().parent / "holdout.jsonl"
MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")

FIRST = """Sarah Jess Grace Hope Will Precious Faith Joy Rose Summer Mark Bill Amber Dawn Holly Ruby
Daisy Poppy Jade Crystal Destiny Angel Patience Mercy Blessing Chidi Ngozi Tunde Femi Aisha Fatima Omar
Yusuf Priya Raj Arjun Deepa Sunita Mohammed Ahmed Zainab Bilal Tomasz Agnieszka Kasia Piotr Oksana Dmitri
Siobhan Niamh Ciaran Aoife Declan Wei Mei Lin Jun Hiroshi Yuki Kwame Kofi Ama Abena Segun Marcus Tyrone
Shanice Keisha Jermaine Leroy Craig Gary Wayne Darren Kelly Stacey Tracey Leanne Gemma Chloe Megan Ellie
Ryan Liam Connor Callum Kieran Jamie Danny Steve Dave Pete Gav Andrea Patricia Margaret Doreen Irene Brenda
Maureen Sandra Beverley Lorraine Colin Trevor Malcolm Nigel Graham Barry Keith Derek Brian Elijah Isaiah
Precious Ebony Sky River Willow Autumn April June May Carmen Lucia Mateo Diego Ines Sofia Aleksander
Magdalena Bogdan Ionut Florin Mihai Elena Hassan Leila Samira Reza Darius Anjali Harpreet Gurpreet Jaswinder
Manjit Sukhwinder Bronwen Rhys Gethin Eilidh Morag Hamish Fraser Ewan Ola Kemi Yaw Esi Nia Zara Imani Taye""".split()
NICK = """kezza shaz baz gaz jonno robbo smithy macca becca bex tash lou mo fliss tilly jojo
frankie charlie alfie pip ozzy dibs tiggy bubbles chaz""".split() + ["big al", "lil ray"]
SURNAME = """Smith Jones Patel Khan Okafor Okonkwo Adeyemi Mensah Nowak Kowalski Wisniewski O'Neill Murphy
McCarthy Campbell MacDonald Hughes Evans Davies Williams Brown Taylor Wilson Thompson Robinson Wright Walker
White Green Hall Wood Harris Clarke Jackson Turner Hill Moore Ward Baker Chen Wang Li Nguyen Tran Kim Singh
Kaur Begum Hussain Ahmed Ali Rahman Chowdhury Mahmood Igwe Boateng Asante Owusu Kamara Diallo Haddad
Fernandez Garcia Rossi Novak Horvath Petrov Ivanova Kozak Schmidt Muller Dubois Silva Costa Lindqvist
Grace Hope Rose Summers Fairweather Goodman Holmes Barker Fox Bird Rivers""".split()
TITLES = ["Dr", "dr", "Mr", "mr", "Mrs", "mrs", "Ms", "ms", "Miss", "Nurse", "Sister", "Prof"]
TOWNS = """Leeds Bradford Wakefield Huddersfield Halifax Sheffield Rotherham Doncaster Barnsley Hull York
Harrogate Manchester Salford Bolton Wigan Stockport Oldham Rochdale Liverpool Birkenhead Preston Blackpool
Burnley Newcastle Sunderland Gateshead Durham Middlesbrough Carlisle Lancaster Nottingham Derby Leicester
Coventry Birmingham Wolverhampton Walsall Stoke Shrewsbury Hereford Worcester Gloucester Bristol Bath
Swindon Oxford Reading Slough Luton Bedford Cambridge Norwich Ipswich Colchester Chelmsford Southend Margate
Canterbury Dover Brighton Hastings Eastbourne Portsmouth Southampton Bournemouth Exeter Plymouth Truro
Cardiff Swansea Newport Wrexham Glasgow Edinburgh Dundee Aberdeen Inverness Belfast Derry Dublin Cork
Croydon Brixton Peckham Hackney Tottenham Walthamstow Ilford Romford Lewisham Camden Islington""".split()
COUNTRIES = """Poland Nigeria Ghana Jamaica Pakistan India Bangladesh Somalia Eritrea Syria Afghanistan
Romania Lithuania Ireland Scotland Wales Spain Portugal Italy Turkey Iran Iraq Kenya Zimbabwe Ukraine
Albania Sudan Brazil Vietnam China Philippines Trinidad Barbados""".split()
STREET_WORDS = """Elm Oak Cedar Acacia Beech Birch Maple Chestnut Station Church Mill Park Victoria Albert
Queens Kings Manor Grange Meadow Hollins Cardigan Harehills Chapeltown Kirkstall Gipton Moorland Balfour
Ashfield Westfield Brook Spring Orchard Bridge Castle Abbey Hillside Primrose Lavender Rosemary""".split()
STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Terrace", "Grove",
                "Way", "Gardens", "Court", "Place", "Rd", "St", "Ave"]
WARD_NAMES = """Oak Ash Elm Willow Maple Rowan Cedar Beech Birch Hazel Larch Holly Juniper Poplar Aspen
Bluebell Poppy Daisy Primrose Lavender Heather Foxglove Snowdrop Iris Lily Jasmine Thistle Clover Fern
Nightingale Seacole Brontë Priestley Wordsworth Harmony Horizon Phoenix Sapphire Emerald Amber Coral""".split()
HOSPITALS = ["St Mary's Hospital", "St James's Hospital", "St Thomas' Hospital", "the Royal Infirmary",
             "Northern General", "Fieldhead Hospital", "Becklin Centre", "the Maudsley", "Royal Free Hospital",
             "Queen Elizabeth Hospital", "Lincoln County Hospital", "Airedale General", "Highcroft Hospital",
             "Springfield Hospital", "Chase Farm Hospital", "Woodlands Unit", "Bootham Park", "Millbrook Unit",
             "Ashworth", "Rampton", "Broadmoor", "St George's", "the Priory", "Cygnet Hospital Bierley",
             "Red House", "Newsam Centre", "Mill Lodge", "Parkside Lodge", "Clifton House"]
CARE_HOMES = ["Rosewood Care Home", "Sunnyside Nursing Home", "Meadowbank Care Home", "Hollybrook House",
              "the Laurels care home", "Oakleigh Residential Home", "Fairview Lodge", "Cherry Tree Court",
              "Greenacres Care Home", "Ivy House"]
SERVICES = ["Leeds Survivor Led Crisis Service", "Touchstone", "Forward Leeds", "Turning Point Wakefield",
            "Brighter Futures", "Womens Aid Bradford", "Crisis Cafe Hull", "Greenfields Housing Association",
            "Horton Housing", "Dial House", "St Anne's Community Services", "Basis Yorkshire",
            "Sheffield Flourish", "Stepping Stones Project", "Cloverleaf Advocacy", "Leeds Mind",
            "Hull and East Yorkshire Mind", "Kirklees College", "Nightstop Bradford", "the Beacon Project"]
HOSPITALS_LOWER = ["st marys", "st james", "jimmys", "the royal", "northern general", "fieldhead",
                   "the becklin", "st georges", "airedale", "highcroft", "the maudsley"]
HANDLES = ["@kezza_x", "@jessb_99", "@lily.bee22", "@big_al_1978", "@shaz.m", "@tyrone_official",
           "@precious.o", "@hopeful_hannah", "@graceyface", "@dazza_88"]
HANDLE_CUES = ["insta is {h}", "her insta is {h}", "his snap is {h}", "tiktok {h}", "added me on insta {h}",
               "follows me on twitter as {h}", "snapchat: {h}", "ig {h}", "her facebook is {h}"]
URLS = ["www.justgiving.com/jess-b-run", "https://gofundme.com/f/help-for-kezza", "facebook.com/groups/leedspeers",
        "bit.ly/3xYz9Kq", "https://www.instagram.com/lily.bee22", "tiktok.com/@dazza_88",
        "https://linktr.ee/preciousokafor", "www.myspace.com/tyroneb", "http://someblog.wordpress.com/my-story",
        "https://youtube.com/watch?v=dQw4w9WgXcQ", "onlyfans.com/shaz123", "www.rate-my-ward.co.uk/oak"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "nhs.net",
                 "btinternet.com", "live.co.uk", "aol.com", "protonmail.com"]
NUM_WORDS = ["nineteen", "twenty", "twenty one", "seventeen", "sixteen", "thirty", "forty", "fifty two",
             "sixty", "seventy", "eighty", "eighty five", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "sept", "oct", "nov", "dec"]

KEEP_SENTENCES = [
    "felt like a proper peer worker for once",
    "brought it to supervision",
    "wasnt sure if i should use my lived experience",
    "i shared a bit of my lived experience and it landed ok",
    "the nurse in charge backed me up",
    "the nurse was great with her",
    "ward round was long and i felt like a token",
    "i spoke up in ward round about what she wanted",
    "the MDT didnt really listen",
    "presented at the mdt for the first time",
    "she is on the waiting list for CBT",
    "he asked about DBT and the recovery college",
    "told her about the recovery college courses",
    "the crisis team came out",
    "care coordinator wasnt answering",
    "my manager said to take a break",
    "the team were stretched",
    "he was brought in on a section 136",
    "she has a diagnosis of bipolar and hates the label",
    "he hears voices and calls it psychosis, i just listened",
    "boundaries were tested today",
    "clinical supervision got cancelled again",
    "i need to take this to reflective practice",
    "the support worker and the hca were brilliant",
    "i felt my own stuff come up",
    "the psychiatrist changed her meds without asking her",
    "restraint on the ward stirred up a lot for me",
    "i was asked to do obs which isnt my role",
    "peer support felt like it mattered today",
    "the social worker is doing the safeguarding",
    "we did a wrap plan together",
    "talked about hope and recovery",
    "the ward manager thanked me",
    "i co-delivered the training with the consultant",
    "service users on the ward said they felt heard",
    "my team leader checked in after",
    "the crisis house was full",
    "he wants a care plan he actually agrees with",
    "home treatment team are picking it up",
    "i think supervision will help me unpick it",
]
OPENERS = [
    "rough shift today", "long day", "today was a good one", "bit shaken tbh", "tired but ok",
    "weird one today", "proper knackered", "honestly not sure how i feel", "quiet shift mostly",
    "", "", "",
]


def luhn_nhs() -> str:
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        total = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, d)) + str(check)
            fmt = random.choice(["{0} {1} {2}", "{0}{1}{2}", "{0}-{1}-{2}"])
            return fmt.format(s[:3], s[3:6], s[6:])


class Piece:
    """A stretch of text and, when identifying, its label."""

    def __init__(self, text: str, label: str | None = None):
        self.text, self.label = text, label


def P(text, label=None):
    return Piece(text, label)


def first():
    return random.choice(FIRST)


def person_pieces(kind=None):
    kind = kind or random.choice(["first", "first", "first", "full", "nick", "title", "first_lower"])
    if kind == "full":
        return [P(f"{first()} {random.choice(SURNAME)}", "PERSON")]
    if kind == "nick":
        return [P(random.choice(NICK), "PERSON")]
    if kind == "title":
        return [P(random.choice(TITLES) + random.choice([" ", ". "])), P(random.choice(SURNAME), "PERSON")]
    if kind == "first_poss":
        return [P(first(), "PERSON"), P(random.choice(["'s", "s", "’s"]))]
    if kind == "first_lower":
        return [P(first().lower(), "PERSON")]
    return [P(first(), "PERSON")]


def phone():
    r = random.randint
    return random.choice([
        f"07{r(100,999)} {r(100000,999999)}", f"07{r(100000000,999999999)}", f"+44 7{r(100,999)} {r(100,999)} {r(100,999)}",
        f"0113 {r(100,999)} {r(1000,9999)}", f"020 {r(7000,8999)} {r(1000,9999)}", f"01{r(100,999)} {r(100000,999999)}",
        f"({r(200,999)}) {r(200,999)}-{r(1000,9999)}", f"{r(200,999)}-{r(200,999)}-{r(1000,9999)}",
        f"+1 {r(200,999)} {r(200,999)} {r(1000,9999)}", f"+353 8{r(3,9)} {r(100,999)} {r(1000,9999)}",
        f"+61 4{r(10,99)} {r(100,999)} {r(100,999)}", f"+48 {r(500,899)} {r(100,999)} {r(100,999)}",
        f"0{r(7000,7999)}-{r(100,999)}-{r(100,999)}", f"+234 80{r(1,9)} {r(100,999)} {r(1000,9999)}",
    ])


def email(name=None):
    name = (name or first()).lower()
    user = random.choice([name, f"{name}.{random.choice(SURNAME).lower().replace(chr(39), '')}",
                          f"{name}{random.randint(1, 99)}", f"{name}_{random.choice(SURNAME).lower()[:4]}"])
    return f"{user}@{random.choice(EMAIL_DOMAINS)}"


def ident():
    r = random.randint
    letters = "ABCDEFGHJKLMNPRSTWXYZ"
    return random.choice([
        ("hospital number ", f"RX{r(100000,999999)}"), ("mrn ", f"{r(1000000,9999999)}"),
        ("patient id ", f"{r(10000,99999)}"), ("case ref ", f"CR-{r(10000,99999)}"),
        ("her ni number is ", f"{random.choice(letters)}{random.choice(letters)} {r(10,99)} {r(10,99)} {r(10,99)} {random.choice('ABCD')}"),
        ("rio number ", f"{r(100000,999999)}"), ("bed ", f"{r(1,30)}"), ("bed ", f"{r(1,12)}"),
        ("room ", f"{r(1,40)}"), ("his locker number was ", f"{r(100,999)}"),
        ("badge number ", f"{r(10000,99999)}"), ("passport number ", f"{r(100000000,999999999)}"),
        ("ref ", f"{random.choice(letters)}{r(1000000,9999999)}"),
    ])


def address():
    n = random.randint(1, 250)
    street = f"{random.choice(STREET_WORDS)} {random.choice(STREET_TYPES)}"
    return random.choice([
        f"{n} {street}", f"flat {random.randint(1, 40)}, {n} {street}", f"{n}{random.choice('abc')} {street}",
        f"{n} {street}, {random.choice(TOWNS)}", f"flat {random.randint(1,9)} {n} {street.lower()}",
        f"{n} {street.lower()}", f"{n} {street} {random.choice(TOWNS)} {postcode()}",
        f"{n} {random.choice(STREET_WORDS)} {random.choice(['Road', 'Street'])} apt {random.randint(1, 30)}",
    ])


def postcode():
    L = "ABDEFGHJLNPQRSTUWXYZ"
    area = random.choice(["LS", "BD", "WF", "HD", "HX", "S", "M", "L", "B", "SW", "E", "N", "NW", "SE", "HU", "YO",
                          "CF", "G", "EH", "BT", "OX", "BS", "NE", "DN"])
    pc = f"{area}{random.randint(1, 28)} {random.randint(1, 9)}{random.choice(L)}{random.choice(L)}"
    return random.choice([pc, pc, pc.lower(), pc.replace(" ", "")])


def zipcode():
    return random.choice([f"{random.randint(10000, 99999)}", f"{random.randint(10000, 99999)}-{random.randint(1000, 9999)}"])


def date():
    d, m, y = random.randint(1, 28), random.randint(1, 12), random.randint(1940, 2025)
    mon = random.choice(MONTHS)
    suf = random.choice(["", "st" if d % 10 == 1 else "th", "th"])
    return random.choice([
        f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}",
        f"{d}{suf} {mon}", f"{mon} {d}{suf}", f"the {d}{suf} of {mon}", f"{d} {mon} {y}", f"{mon} {y}",
        f"tuesday {d}{suf} {mon}",
    ])


def age():
    n = random.randint(16, 92)
    w = random.choice(NUM_WORDS)
    return random.choice([
        [P("she's "), P(str(n), "AGE")], [P("hes only "), P(str(n), "AGE")], [P("a "), P(str(n), "AGE"), P(" year old")],
        [P("aged "), P(str(n), "AGE")], [P("aged "), P(w, "AGE")], [P("a "), P(w, "AGE"), P(" year old")],
        [P("just turned "), P(str(n), "AGE")], [P(""), P(str(n), "AGE"), P("yo")], [P("he is "), P(str(n), "AGE")],
        [P("age "), P(str(n), "AGE")], [P("in her "), P(f"{random.choice([2,3,4,5,6,7])}0s", "AGE")],
        [P("its her "), P(str(n), "AGE"), P("th birthday")], [P(""), P(str(n), "AGE"), P(" years old")],
    ])


def ward():
    name = random.choice(WARD_NAMES)
    return random.choice([f"{name} Ward", f"{name} ward", f"{name.lower()} ward", f"{name} Unit",
                          f"{name.lower()} unit", f"ward {random.randint(1, 40)}", f"Ward {random.randint(1, 40)}",
                          f"ward {random.choice(['one', 'two', 'three', 'seven', 'twelve'])}", f"{name} House"])


def place():
    return random.choice([random.choice(TOWNS), random.choice(TOWNS).lower(), random.choice(COUNTRIES),
                          random.choice(COUNTRIES).lower(), f"{random.choice(STREET_WORDS)} {random.choice(['Road', 'Lane', 'Street'])}"])


def org():
    return random.choice([ward(), ward(), random.choice(HOSPITALS), random.choice(HOSPITALS_LOWER),
                          random.choice(CARE_HOMES), random.choice(SERVICES), f"HMP {random.choice(TOWNS)}"])


# Sentence templates: a list of pieces, where callables produce pieces.
def T(*parts):
    return parts


def who(kind=None):
    return lambda: person_pieces(kind)


def L(label, gen):
    return lambda: [P(gen(), label)]


REL = ["her mum", "his mum", "her daughter", "her son", "his partner", "her boyfriend", "my colleague",
       "the patient", "a service user called", "a lad called", "a woman named", "her sister", "his brother",
       "her nan", "his dad", "her key worker", "my manager", "the new hca", "her friend", "his cousin"]

TEMPLATES = [
    T("sat with ", who(), " for ages on ", L("ORG", ward), " and we just talked"),
    T(who(), " kicked off in the lounge on ", L("ORG", ward)),
    T("i told ", who(), " a bit about my own admission"),
    T(who(), " asked for my number, its ", L("PHONE", phone), " she said to ring her"),
    T(who(), " gave me her number ", L("PHONE", phone), " and i didnt know what to do with it"),
    T("she wrote her email on a napkin ", L("EMAIL", email), " and asked me to keep in touch"),
    T("her email is ", L("EMAIL", email), " apparently"),
    T("found out ", who(), " follows me, ", lambda: [P(random.choice(HANDLE_CUES).split("{h}")[0]),
                                                   P(random.choice(HANDLES), "HANDLE")]),
    T(lambda: [P(random.choice(HANDLE_CUES).split("{h}")[0]), P(random.choice(HANDLES), "HANDLE")],
      " and ", who(), " keeps messaging me there"),
    T("he sent me a link to his fundraiser ", L("URL", lambda: random.choice(URLS))),
    T("she showed me ", L("URL", lambda: random.choice(URLS)), " on her phone"),
    T(who(), " is on ", L("ORG", org), " now"),
    T("transferred from ", L("ORG", org), " to ", L("ORG", org)),
    T("he lives at ", L("ADDRESS", address), " and asked me to pop round"),
    T("her address is ", L("ADDRESS", address)),
    T("she moved into ", L("ADDRESS", address), " last month"),
    T("her postcode is ", L("POSTCODE", postcode), " which is miles away"),
    T("he gave his zip code ", L("POSTCODE", zipcode), " for the form"),
    T("she grew up in ", L("PLACE", place), " and misses it"),
    T(who(), " is moving back to ", L("PLACE", place)),
    T("met ", who(), " at the drop in near ", L("PLACE", place)),
    T("her nhs number is ", L("NHS_NUMBER", luhn_nhs), " and it was on the whiteboard"),
    T("saw ", L("NHS_NUMBER", luhn_nhs), " written on a form left on the side"),
    T(lambda: [P(ident()[0]) for _ in range(0)] or (lambda i: [P(i[0]), P(i[1], "ID")])(ident()), " was on the handover sheet"),
    T(who(), " in ", lambda: (lambda i: [P(i[0]), P(i[1], "ID")])(ident()), " was crying all night"),
    T(who(), " was admitted on ", L("DATE", date)),
    T("her dob is ", L("DATE", date), " but she said shes older"),
    T("the tribunal is on ", L("DATE", date)),
    T("since ", L("DATE", date), " he hasnt left his room"),
    T(who(), " ", age),
    T("a lad ", age, " came in on a section"),
    T(REL_CUE := lambda: [P(random.choice(REL) + " ")] + person_pieces(random.choice(["first", "nick", "first"])),
      " came to visit and it was tense"),
    T(REL_CUE, " rang the ward ", L("PHONE", phone)),
    T("spoke to ", REL_CUE, " about the discharge"),
    T(who(), " said ", who(), " was being nasty to her"),
    T(who("first_poss"), " mum rang again"),
    T(who(), " and ", who(), " both wanted time with me"),
    T("covered for ", who("full"), " who was off sick"),
    T(who("title"), " was really dismissive in ward round"),
    T("went with ", who(), " to ", L("ORG", org)),
    T(who(), " wants to go to ", L("ORG", lambda: random.choice(SERVICES)), " when shes out"),
    T("she used to work at ", L("ORG", lambda: random.choice(SERVICES))),
    T(who(), " lives in ", L("PLACE", place), " with her nan"),
    T(who(), " is ", age, " and has a little boy"),
    T("bumped into ", who(), " in ", L("PLACE", lambda: random.choice(TOWNS)), " on my day off which was awkward"),
    T("he texted me from ", L("PHONE", phone)),
    T(who(), " emailed me at ", L("EMAIL", email), " from her personal account"),
    T("i walked with ", who(), " round the grounds of ", L("ORG", lambda: random.choice(HOSPITALS))),
    T(who(), " is at ", L("ORG", lambda: random.choice(CARE_HOMES)), " now and hates it"),
    T(who(), " from ", L("ORG", ward), " asked for me by name"),
    T(who(), " got her own flat on ", L("PLACE", lambda: f"{random.choice(STREET_WORDS)} {random.choice(['Road','Street','Lane'])}")),
    T("her discharge date is ", L("DATE", date)),
    T(who(), " turned up at ", L("ADDRESS", address), " looking for her"),
    T("i recognised ", who("full"), " from school in ", L("PLACE", lambda: random.choice(TOWNS))),
    T("hope ", who(), " is ok tonight"),
    T(who(), " said she has no hope left"),
    T("with ", who(), " it was more about just being there"),
    T("told ", who(), " i will come back tomorrow"),
    T("took ", who(), " to the shop and back, first leave in weeks"),
    T("helped ", who(), " fill in her benefits form"),
    T("i supported ", who(), " at her ward round and she spoke up for herself"),
    T(who(), " was sectioned again and i felt gutted for her"),
    T(who(), " was discharged to ", L("ORG", lambda: random.choice(CARE_HOMES))),
    T("played cards with ", who(), " and ", who(), " in the lounge"),
    T("had a long chat with ", who(), " about her kids"),
    T(who(), " asked me if i had ever been on ", L("ORG", ward), " myself"),
    T("rang ", who(), " at home to check in like we agreed"),
    T(who(), " wants to move to ", L("PLACE", place), " to be near her sister"),
    T("her sister lives in ", L("PLACE", place), " and never visits"),
    T("she was born in ", L("PLACE", lambda: random.choice(COUNTRIES)), " and came here when she was ", age),
    T(who(), " was born on ", L("DATE", date)),
    T("he said his birthday is ", L("DATE", date), " and nobody remembered last year"),
    T("appointment at ", L("ORG", lambda: random.choice(HOSPITALS)), " on ", L("DATE", date)),
    T(who(), " gave me ", L("PHONE", phone), " as her mums number"),
    T("his work number is ", L("PHONE", phone), " if the ward need it"),
    T("she wanted me to email her at ", L("EMAIL", email)),
    T(who(), " showed me her page ", L("URL", lambda: random.choice(URLS))),
    T(who(), " follows me on tiktok ", L("HANDLE", lambda: random.choice(HANDLES))),
    T("someone called ", who(), " left a message for me on the ward phone"),
    T(who("full"), " from ", L("ORG", lambda: random.choice(SERVICES)), " came to the mdt"),
    T("the manager at ", L("ORG", lambda: random.choice(CARE_HOMES)), " rang about ", who()),
    T(who(), " lived at ", L("ADDRESS", address), " before she lost her tenancy"),
    T("the letter went to ", L("ADDRESS", address), " but she had moved"),
    T("i used to live near ", L("PLACE", lambda: random.choice(TOWNS)), " so we chatted about that"),
    T(who(), " is from ", L("PLACE", lambda: random.choice(COUNTRIES)), " and misses her family"),
    T("in ", lambda: (lambda i: [P(i[0]), P(i[1], "ID")])(ident()), " someone was shouting all night"),
    T(who(), " is in her ", L("AGE", lambda: random.choice(["40s", "fifties", "twenties", "30s", "sixties"])), " and never had a job"),
    T(who(), ", ", age, ", just wants to go home"),
    T(who(), " disclosed something about her ex and i passed it on"),
    T("i think ", who(), " trusts me now"),
    T(who(), " hugged me when she left and i wasnt sure if that was ok"),
    T("my supervisor ", who(), " said i did the right thing"),
    T(who("title"), " asked me to sit in on the review"),
    T("the new consultant ", who("title"), " seems to actually listen"),
    T(who(), " cried when she talked about her son ", who("first")),
    T(who(), " kept calling me ", who("first"), " which is my sisters name"),
]

# Sentences that are easy to over-redact: words that are names elsewhere, months, modal verbs.
TRICKY = [
    "i will bring it to supervision", "may be worth raising at the mdt", "i hope she is ok",
    "she has lost all hope", "there was no joy in the ward today", "grace under pressure from the nurse",
    "the royal college of nursing guidance says so", "he said he would kill for a brew", "it was a long summer",
    "back in march i was struggling myself", "the mark of a good shift is nobody got restrained",
    "we talked about faith and what it means to her", "my manager said we will review it in april",
    "the bill for her phone got paid by the team", "will review with supervision next week",
]


STYLES = ["lower_nopunct", "lower", "as_is", "lower_nopunct", "sentence"]


def typo(word: str) -> str:
    """Thumb slips: a swapped, dropped or doubled letter."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = random.randrange(1, len(word) - 1)
    kind = random.choice(["swap", "drop", "double"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def style_text(text: str, style: str, is_pii: bool) -> str:
    if style in {"lower", "lower_nopunct"}:
        text = text.lower()
    if style == "lower_nopunct" and not is_pii:
        text = re.sub(r"[,.!?;:]", "", text).replace("'", "").replace("’", "")
    if not is_pii and style in {"lower", "lower_nopunct"}:
        # Keep words stay intact so retention measures the anonymiser, not the typing.
        text = " ".join(typo(w) if random.random() < 0.04 and w not in KEEP_TOKENS else w for w in text.split(" "))
    return text


def expand(parts) -> list[Piece]:
    out: list[Piece] = []
    for part in parts:
        if isinstance(part, str):
            out.append(P(part))
        elif callable(part):
            res = part()
            out.extend(res if isinstance(res, list) else [res])
        else:
            out.append(part)
    return out


def reflection(idx: int) -> dict:
    style = random.choice(STYLES)
    sentences: list[list[Piece]] = []
    opener = random.choice(OPENERS)
    if opener:
        sentences.append([P(opener)])
    n_pii = 0 if random.random() < 0.12 else random.choice([1, 1, 2, 2, 3])
    pii = [expand(random.choice(TEMPLATES)) for _ in range(n_pii)]
    keep = [[P(s)] for s in random.sample(KEEP_SENTENCES, random.choice([1, 2, 2, 3]))]
    if random.random() < 0.3:
        keep.append([P(random.choice(TRICKY))])
    body = pii + keep
    random.shuffle(body)
    sentences += body
    text, spans = "", []
    sep_choices = {"lower_nopunct": [" ", "  ", " and ", " "], "lower": [". ", ", ", " "],
                   "as_is": [". ", ". ", "! "], "sentence": [". ", ".\n", ". "]}[style]
    for si, sentence in enumerate(sentences):
        if si:
            text += random.choice(sep_choices)
        for pi, piece in enumerate(sentence):
            s = style_text(piece.text, style, piece.label is not None)
            if style == "sentence" and pi == 0 and text.endswith((". ", ".\n")) or style == "sentence" and not text:
                s = s[:1].upper() + s[1:]
            if style == "as_is" and piece.label == "PERSON" and random.random() < 0.2:
                s = s.lower()
            if piece.label:
                spans.append({"start": len(text), "end": len(text) + len(s), "label": piece.label})
            text += s
    if style in {"as_is", "sentence"}:
        text += random.choice([".", "", "!"])
    keep_words = sorted({k for k in KEEP_WORDS if re.search(rf"\b{re.escape(k)}\b", text, re.I)})
    return {"id": f"dev-{idx:04d}", "text": text, "spans": spans, "keep": keep_words}


KEEP_WORDS = ["peer worker", "lived experience", "nurse", "recovery college", "mdt", "supervision", "cbt", "dbt",
              "psychosis", "bipolar", "team", "manager", "care coordinator", "section 136", "crisis team",
              "ward round", "nurse in charge", "ward manager", "support worker", "hca", "psychiatrist",
              "social worker", "safeguarding", "restraint", "obs", "reflective practice", "recovery",
              "peer support", "wrap", "care plan", "home treatment team", "crisis house", "consultant",
              "service users", "boundaries", "hope", "team leader", "clinical supervision", "training"]


def parse_marked(idx: int, line: str) -> dict:
    """'sat with [[jess|PERSON]]' -> text and spans."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        spans.append({"start": len(text), "end": len(text) + len(m.group(1)), "label": m.group(2)})
        text += m.group(1)
        pos = m.end()
    text += line[pos:]
    keep_words = sorted({k for k in KEEP_WORDS if re.search(rf"\b{re.escape(k)}\b", text, re.I)})
    return {"id": f"hand-{idx:03d}", "text": text, "spans": spans, "keep": keep_words}


def build_handwritten(src: Path = HANDWRITTEN, out: Path = HANDWRITTEN_OUT, prefix: str = "hand") -> None:
    lines = [l for l in src.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    with out.open("w", encoding="utf-8") as fh:
        for i, line in enumerate(lines):
            row = parse_marked(i, line)
            row["id"] = f"{prefix}-{i:03d}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} hand-written reflections to {out}")


KEEP_TOKENS = {t for k in KEEP_WORDS for t in k.split()}


def main(n: int = 800, seed: int = 20241121) -> None:
    random.seed(seed)
    rows = [reflection(i) for i in range(n)]
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            for s in row["spans"]:
                assert row["text"][s["start"]:s["end"]].strip(), row
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} reflections, {sum(len(r['spans']) for r in rows)} spans to {OUT}")
    build_handwritten()
    build_handwritten(HOLDOUT, HOLDOUT_OUT, "holdout")
    build_handwritten(HOLDOUT.with_name("holdout3.txt"), HOLDOUT.with_name("holdout3.jsonl"), "holdout3")
    for name in ("holdout4", "holdout5", "holdout6", "holdout7"):
        build_handwritten(HOLDOUT.with_name(f"{name}.txt"), HOLDOUT.with_name(f"{name}.jsonl"), name)


if __name__ == "__main__":
    main()
