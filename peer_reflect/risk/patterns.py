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
            r"teen(?:ager)?s?|members?|guests?|peers? i support|vulnerable ones|vulnerable (?:adults?|people|patients)")
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
               r"key ?workers?|care coordinators?|landlord|neighbours? kids|teenage (?:son|daughter|kids?)|"
               r"coppers?|bouncers?|guards?|wardens?|pedestrians|classmates?|pupils|rivals?|grass(?:es)?|snitch(?:es)?|"
               r"cyclists?|drivers?|passengers?|commuters?|shoppers?|fans|migrants|immigrants|refugees|asylum seekers|"
               r"protesters?|worshippers|customers?|strangers|tourists|schoolkids|gay people|muslims|jews|"
               r"ex-?(?:boss|partner|wife|husband|boyfriend|girlfriend|colleague|manager|mate|friend|landlord|employer)")
FEMININE = re.compile(r"\b(?:she|her|hers|herself|she's|she'd|she'll|mum|mam|mom|mother|sisters?|wife|girlfriend|gf|"
                      r"daughters?|woman|women|lady|ladies|girls?|niece|aunt|auntie|nan|gran|granny|grandma|step ?mum)\b")
MASCULINE = re.compile(r"\b(?:he|him|his|himself|he's|he'd|he'll|dad|father|brothers?|husband|boyfriend|bf|sons?|man|men|"
                       r"lads?|guys?|blokes?|fellas?|boys?|gent|gentleman|chap|nephew|uncle|grandad|grandpa|step ?dad)\b")
PARTNER_OR_FAMILY = (r"partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fianc[eé]e?|dad|father|"
                     r"mum|mother|step ?dad|step ?mum|brother|sister|son|daughter|family|flatmate")
_DET = (r"(?:one of (?:my|the|our|his|her|their) |(?:my|our|his|her|their|the|a|an|this|that|"
        r"another|other|some|these|those|every) )")
_ADJ = (r"(?:(?:young|old|older|elderly|new|little|same|other|older|younger|new|current|regular|next|first|whole|"
        r"poor|vulnerable|local|night|day|agency|bank|senior|junior|male|female|head|duty|relief|locum|trainee) )")
# "the lad i support", "a woman i mentor": whoever the worker supports.
_I_SUPPORT = (r"(?: i (?:support|work with|see|visit|key ?work|look after|care for|mentor|befriend|help|'m supporting|am supporting)"
              r"| on my (?:caseload|books|list))")
_POSS = r"(?:(?:[a-z]+ )?[a-z]+'s )"
PERSON_REF = re.compile(
    rf"\b(?:(?P<np>{_DET}?{_ADJ}?(?P<poss>{_POSS})?{_ADJ}?(?:(?P<su>{SU_NOUNS})|(?P<oth>{OTHER_NOUNS}))"
    rf"{_I_SUPPORT}?)"
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
    r"(?:was|were|back) at (?:uni|university|school|college)|after (?:years|months|decades|a lifetime|a long time) of|"
    r"(?:i|he|she|they)(?:'d| had) (?:previously |once |briefly )?(?:thought|felt|tried|attempted|considered)|"
    r"(?:in|for|during|through(?:out)?|most of) (?:my|his|her) (?:teens|twenties|thirties|forties|"
    r"\d0s|youth|past|own recovery|recovery|early)|in the past|histor(?:y|ies) of|"
    r"(?:my|his|her|their) (?:own )?(?:history|past|story|journey|recovery|experience|admissions?|"
    r"attempts?|sectioning|scars|diagnosis)|lived experience|previously|previous|before i (?:got|became|"
    r"started|was|trained)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|many|several|a few|few) years|last year|survived|survivors?|"
    r"recovered|in recovery|history|(?<!in )free (?:for|since|now)|\bfree\b|clean (?:for|since)|not since|"
    r"first admission|at the time|that year|the old me|suicide attempts?|old me|memor(?:y|ies) of|back in the day|(?<!shift )(?<!day )(?<!time )(?<!week )(?<!night )(?<!message )(?<!last )ever|(?<!at )once(?! (?:i|i'm|i've|he|she|they|we|you|it|the|my|his|her|their|everyone|"
    r"everything|all|that|this|he's|she's|they're)\b)|twice|been there|"
    r"(?:\d+|two|three|four|five|six|eight) months|the old days)\b"
)
RECENT_MARKERS = re.compile(
    r"\b(?:tonight|today|this (?:morning|afternoon|evening|week|weekend|month)|last (?:night|weekend|"
    r"week)|yesterday|right now|just now|at the moment|currently|lately|recently|again|still|"
    r"these days|this past|after (?:the |my |today's |work|shift)(?:shift)?|on my break|"
    r"the other (?:day|night)|just now|earlier|all (?:day|week|night)|every (?:day|night|morning)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since (?:the|my|last|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend|"
    r"keeps?|came back|come back|coming back|are back|is back|returning|returned|started|starting|relapsed|relapsing|"
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
    r"ask(?:ed|ing|s)? (?:\w+ ){0,2}(?:if|whether|about)|are you|do you|have you|"
    r"(?:it's|it is|that it's|that it is) (?:ok|okay|normal|alright|common|natural|understandable|fine|human) to)\b"
)
TRAINING = re.compile(
    r"\b(?:training|trained|course|module|e-?learning|workshop|asist|safetalk|safe talk|mhfa|"
    r"first aid|role ?play(?:ed|ing|s)?|scenarios?|case stud(?:y|ies)|lectures?|seminar|webinar|"
    r"conference|presentation|presented|co-?deliver\w*|deliver(?:ed|ing)? (?:a |the )?(?:session|"
    r"talk|training)|taught|teaching|awareness|prevention|statistics|stats|research|article|book|"
    r"documentary|film|movie|tv|series|episode|podcast|the news|song|lyrics|polic(?:y|ies)|procedure|"
    r"protocol|audit|risk assessments?|risk tool|safety plan(?:ning)?|care plan|paperwork|forms?|"
    r"leaflet|poster|trainer|facilitator|video|questionnaire|screening tool|"
    r"script|example|hypothetical)\b(?<!quote)(?<!quoting)|\bquot(?:e|ing)\b(?! (?:a|the|my|our|one of (?:my|the|our)) (?:service user|patient|client|resident|young person|su|pt|lad|guy|woman|man|lady|girl|boy))"
)
ROLEPLAY = re.compile(r"\b(?:role ?play\w*|scenarios?|pretend(?:ed|ing)? to be|acting (?:out|as)|script|for example)\b|\bquot\w+\b(?! (?:a|the|my|our|one of (?:my|the|our)) (?:service user|patient|client|resident|young person|su|pt|lad|guy|woman|man|lady|girl|boy))")
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
    r"(?:\s+\S+){0,4}\s+(?:about|on|around|regarding|re|with|of)\s+(?:(?:my|his|her|their|the|our|people's)\s+)?(?:own\s+)?$"
    r"|\bdangerous in\s+$"
)
REPORTING = re.compile(
    r"(?:said|says|saying|told me|tells me|texted|messaged|wrote|posted|shouted|screamed|yelled|"
    r"goes|went|keeps saying|kept saying|was like|is like|muttered|whispered|disclosed|admitted|wrote|"
    r"quoting(?:\s+[a-z']+){0,5}|in (?:his|her|their) (?:own )?words)\s*:?\s*\"?\s*$"
)
INTENT = re.compile(
    r"\b(?:threat\w*|going to|will|'ll|'d|would|wants?|wanted|want to|planning|"
    r"plans?|talks? about|talking about|keeps? saying|could|might|feel like|urges?|thinking of|"
    r"thinking about|scared|afraid|worried|about to|gonna|tempted|swore|vows?|promised|revenge)\b"
)
HEAVY_THREAT = re.compile(
    r"\b(?:threat\w*|knife|knives|blade|gun|weapon|machete|axe|hammer|bottle|i mean it|serious(?:ly)?|"
    r"for real|if i (?:leave|left|tell|told|go to the police|report|call the police|ever leave)|i believe (?:him|her|them)|"
    r"(?:he|she|they) means? it)\b")

# Round 6: an ordinary reason for being away ("not sure i'll be here next year, might go back to uni") turns an
# absence phrase into a plan; a mundane object ("i can't do this anymore - the printer jammed") turns despair words
# into frustration. Both are checked on the whole sentence, and neither applies when hard risk words are there too.
ORDINARY_REASON = re.compile(
    r"\b(?:annual leave|on leave|(?:my|on|a) holidays?|hols|vacation|maternity|paternity|sabbatical|career break|new (?:job|role|post)|"
    r"starting (?:at|a new|my new)|(?:go|going|went) back to (?:uni|college|school|study\w*)|uni|university|college|"
    r"in-laws|nights (?:at|on)|(?:doing|on) nights|night shifts?|the other (?:site|ward|team|base)|secondment|placement|rotation|"
    r"moving (?:house|to|away|back|abroad|in)|abroad|spain|france|portugal|the states|honeymoon|wedding|course|retir\w+|"
    r"handed in my notice|my notice|leaving (?:the|this) (?:trust|team|job|ward)|notice period|contract (?:ends|is up)|"
    r"working from home|wfh|appointment|surgery|op\b|operation|off sick|on sick|jury service|"
    r"(?:at|with|visiting|seeing) (?:my|the) (?:family|parents|mum|dad|in-laws|sister|brother|nan)|"
    r"conference|festival|trip|away (?:for|with|on)|travelling|days? off|time off|training (?:day|course)|"
    r"on (?:a )?training|(?:study|parental|compassionate|carer's) leave|half term|school holidays)\b")
MUNDANE = re.compile(
    r"\b(?:printer|photocopier|computer|laptop|pc|wifi|wi-fi|internet|it system|system(?:one)?|rio|epr|emails?|spreadsheet|"
    r"rota|traffic|parking|car park|paperwork|admin|forms?|audit|queue|bus|train (?:was|is) (?:late|cancelled|delayed)|"
    r"weather|rain|heat|kettle|microwave|coffee machine|vending machine|phone|printer|meeting|meetings|this week|mondays?|"
    r"jammed|crashed|froze|frozen|broken|broke|cancelled|delayed|commute|noise|the hoover)\b")
HARD_RISK = re.compile(
    r"\b(?:suicid\w*|kill\w* (?:my|him|her)self|die|dying|dead|end (?:it|my life|things)|pills|tablets|overdos\w*|od|"
    r"jump\w*|hang\w*|rope|blade|cut\w*|self harm|safe|without me|better off|goodbye|note|letters?|bridge|tonight)\b")
SERIOUS = re.compile(r"\b(?:not joking|no joke|i mean it|mean it|seriously|for real|fr|actually|this time|honestly|"
                     r"not even joking|no lie)\b")
DENIED_REASON = re.compile(r"\b(?:don't|do not|doesn't|not) (?:mean|talking about|as in|in an?)\b[^.!?]{0,12}\b(?:annual leave|"
                           r"leave|holiday|new job|moving|the rota|nights)\b|\bnot in a (?:holiday|leave|work)\b")
_ABSENCE_CUES = {"not_be_here", "wont_be_around", "not_be_here_when", "not_around_for"}
_MUNDANE_CUES = {"cant_go_on", "tired_of_life"}

# --- cues --------------------------------------------------------------------------------------

_ME = r"(?:myself|my ?self)"
_THEM = r"(?:himself|herself|themselves|themself|theirself|hisself)"
_REFL = rf"(?:{_ME}|{_THEM}|yourself)"
_HARM_VERB = (r"(?:kill(?:ing|ed|s)?|off(?:ing)?|top(?:ping|ped)?|unaliv(?:e|ing|ed)|hang(?:ing|ed|s)?|"
              r"hung|drown(?:ing|ed)?|shoot(?:ing)?|shot|suffocat\w*|poison(?:ing|ed)?|end(?:ing)?|"
              r"harm(?:ing|ed|s)?|hurt(?:ing|s)?|cut(?:ting|s)?|burn(?:ing|ed|t|s)?|injur\w*|stab(?:bing|bed)?|"
              r"strangl\w*|hit(?:ting|s)?|scratch(?:ing|ed)?|starv\w*|throw(?:ing|n)?|threw|chuck\w*|"
              r"choke|choking|bleed\w*|set(?:ting)? (?:fire|light) to|douse\w*|drench\w*|gas(?:sing|sed)?)")
_NOT_REAL = (r"(?!\s+(?:laughing|out|off|up|down|some slack|short|shaving|trying|working|with (?:work|"
             r"laughter|this|these|the|overtime)|over|for (?:this|the|a|an|them)|into (?:work|the job)|"
             r"in the gym|at the gym|playing|on the|a break|to (?:work|the meeting)|of (?:a|the)|"
             r"apart|together|around)\b)")
_PILLS = (r"(?:pills|tablets|meds|medication|paracetamol|lithium|insulin|sleeping (?:pills|tablets)|antidepressants|"
          r"morphine|oramorph|oxycodone|oxycontin|fentanyl|methadone|buprenorphine|subutex|heroin|gabapentin|"
          r"painkillers|sertraline|citalopram|fluoxetine|mirtazapine|quetiapine|olanzapine|diazepam|zopiclone|codeine|"
          r"tramadol|co-?codamol|ibuprofen|aspirin|amitriptyline|pregabalin|propranolol|venlafaxine|clozapine|"
          r"antipsychotics|prescription|capsules)")
_GO_ON_END = (r"(?=\s*(?:$|[^\w\s]|like this|anymore|living|with (?:life|it|this|everything)|and|but|tbh|ngl|i\b|"
              r"tonight|today|right now|rn|at the moment|atm|much longer|for much longer|honestly|any longer|"
              r"(?:of|like) (?:this|it)\b))")
_POSSESSIVE_LIFE = r"(?:my|his|her|their|your)"
_VICTIM = (rf"(?:{_DET}?{_ADJ}?{_POSS}?{_ADJ}?(?:{SU_NOUNS}|{OTHER_NOUNS}){_I_SUPPORT}?"
           r"|someone|somebody|anyone|anybody|people|everyone|everybody|others|whoever(?:\s+\w+){0,3}?|"
           r"him|her|them|me|us|staff|the next person(?: who \w+ \w+)?|the vulnerable ones)")
_VIOLENT_VERB = (r"(?:kill(?:s|ing|ed)?|murder(?:s|ing|ed)?|stab(?:s|bing|bed)?|hurt(?:s|ing)?|"
                 r"harm(?:s|ing|ed)?|hit(?:s|ting)?|punch(?:es|ing|ed)?|beat(?:s|ing|en)?(?: up)?|"
                 r"batter(?:s|ing|ed)?|attack(?:s|ing|ed)?|strangl(?:e|es|ing|ed)|chok(?:e|es|ing|ed)|"
                 r"shoot(?:s|ing)?(?: up)?|shot|slap(?:s|ping|ped)?|kick(?:s|ing|ed)?|assault(?:s|ing|ed)?|"
                 r"rap(?:e|es|ing|ed)|poison(?:s|ing|ed)?|throttl(?:e|es|ing|ed)|smash(?:es|ing|ed)?|"
                 r"glass(?:ed)?|knif(?:e|ed)|burn(?:s|ing|ed)?|push(?:es|ing|ed)|shov(?:e|es|ing|ed)|"
                 r"shak(?:e|es|ing)|shook|lash(?:es|ing|ed)? out at|jump(?:ing)?|abus(?:e|es|ing|ed)|"
                 r"molest(?:s|ing|ed)?|grop(?:e|es|ing|ed)|drag(?:s|ging|ged)|threaten(?:s|ing|ed)?|"
                 r"bully(?:ing)?|bullied|terrori[sz](?:e|es|ing|ed)|harass(?:es|ing|ed)?|stalk(?:s|ing|ed)?|"
                 r"smack(?:s|ing|ed)?|whack(?:s|ing|ed)?|thump(?:s|ing|ed)?|deck(?:s|ing|ed)?|lamp(?:s|ing|ed)?|"
                 r"clobber(?:s|ing|ed)?|wallop(?:s|ing|ed)?|head ?butt(?:s|ing|ed)?|bottl(?:e|es|ing|ed)|"
                 r"shank(?:s|ing|ed)?|chib(?:s|bing|bed)?|slash(?:es|ing|ed)?|smother(?:s|ing|ed)?|"
                 r"suffocat(?:e|es|ing|ed)|drown(?:s|ing|ed)?|tortur(?:e|es|ing|ed)|maim(?:s|ing|ed)?|"
                 r"kidnap(?:s|ping|ped)?|abduct(?:s|ing|ed)?|mug(?:s|ging|ged)?|jumped|bit(?:e|es|ing)|"
                 r"scald(?:s|ing|ed)?|spit(?:s|ting)? (?:at|on)|spat (?:at|on)|pin(?:s|ning|ned)? down|"
                 r"manhandl(?:e|es|ing|ed)|rough (?:with|up)|roughing up|roughed up|heavy[- ]handed with|"
                 r"set (?:fire|light) to|stamp(?:s|ing|ed)? on|pinch(?:es|ing|ed)?|pop a cap in|put a bullet in|"
                 r"make(?=\s+(?:him|her|them)\s+pay\b)|sort(?=\s+\S+(?:\s+\S+)?\s+out\b))")
_PASSIVE_VERB = (r"(?:beaten up|beat up|roughed up|set upon|pimped(?: out)?|prostituted|imprisoned|hit|beaten|battered|abused|assaulted|raped|hurt|attacked|punched|slapped|kicked|"
                 r"neglected|exploited|groomed|cuckoo(?:ed)?|threatened|strangled|choked|stabbed|"
                 r"trafficked|molested|groped|bullied|pushed|shoved|glassed|knifed|shot|screamed at|stalked|harassed)"
                 r"(?! list)")


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
    needs: re.Pattern | None = None   # must also occur in the sentence (e.g. a drugs word for cuckooing)
    veto: re.Pattern | None = None    # must not occur in the sentence (e.g. holiday talk for "never come back")
    kinds: tuple[str, ...] = ()       # the only kinds this cue may produce; () = any
    victimless: str = "others"        # violence with no person named: a place, a weapon, a threat
                                      # ("near": whoever the sentence is about, as for abuse cues)
    gate: re.Pattern | None = None    # cheap test on the whole message; the cue is skipped without it


def _cue(name: str, regex: str, **kw) -> Cue:
    for key in ("needs", "veto", "gate"):
        if isinstance(kw.get(key), str):
            kw[key] = re.compile(kw[key])
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
                     r"just want to|need to)\s+(?:just\s+)?(?:die|be dead|suicide|commit suicide|not exist|stop existing|not be here|"
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
                       rf"anymore|much more) ?(?:anymore|any longer|no more)?|cope anymore|cope any longer|cope with (?:life|living|anything|it all|everything)|"
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
    _cue("do_something_stupid", r"\b(?:going to|might|will|'ll|could|want to|feel like|about to|scared i'll|worried i'll|"
                                r"thinking (?:about|of)|tempted to|close to|urge to)"
                                r"\s+(?:do|doing)\s+something\s+(?:stupid|silly|drastic|daft|dangerous|final)\b"),
    _cue("suicidal", r"\bsuicidal\b(?!\s+(?:patients|people|service users|clients|men|women|behaviou?rs? polic|language|"
                      r"crisis|callers|signs|content|risk|ideation (?:training|screen\w*|questions?)|presentations?))"),
    _cue("suicide_intent", r"\b(?:thinking (?:about|of)|thought(?:s)? (?:about|of)|contemplat\w+|consider\w*|"
                           r"plan(?:s|ning|ned)?(?: for| to commit| to)?|attempt(?:ed|ing)?|going to (?:commit|attempt)|"
                           r"research\w*|urges? (?:to|for)|obsessed with|fantasi[sz]\w* about|commit|committing)\s+"
                           r"(?:a\s+)?(?:suicide|sui)\b"),
    _cue("suicide_thoughts", r"\b(?:suicide|dying|death|ending it|ending things|ending my life|dark) ?(?:thoughts|urges|"
                             r"feelings|plans?|notes?|letters?|ideation)\b(?! (?:training|module|course|awareness))"),
    _cue("thinking_of_method", r"\b(?:thinking|thought|thoughts|think|thinks|dreaming|dream|fantasi[sz]ing|fantasi[sz]e|obsessing|"
                               r"obsess|keep imagining)\s+(?:\w+\s+)?"
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
                       r"(?!\s*(?:(?:her|his|their|my|the|a|an|this|that|these|those)\s+(?!own\b)\w|(?:ex|partner|husband|wife|"
                       r"boyfriend|girlfriend|bf|gf|mum|dad|family|friends?|job|boss|manager|kids?|children|\w+'s)\b))"
                       r"|\bbetter off\b[^.!?]{0,40}\bwithout (?:me|him|her)(?: around| here| in (?:their|the|his|her) li(?:fe|ves))?\b"
                       r"(?!\s*(?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|mum|dad|family|friends?|job|boss|manager|"
                       r"\w+'s)\b)"
                       r"|\bbetter off dead\b|\b(?:would|wouldn't|won't|will) (?:even )?(?:miss|notice|care) (?:me|him|her) if "
                       r"(?:i|he|she) (?:was|were|died|disappeared|'m|is) (?:gone|dead)\b", owner="last"),
    _cue("burden", r"\b(?:i'm|i am|i feel (?:like )?|feel(?:ing)? like|just|being|he's|she's|he feels|she feels|"
                   r"says (?:he's|she's))\s*(?:a|such a|nothing but a|the) burden\b",
         veto=r"\bwith (?:all )?(?:my|these|the|his|her) (?:questions|emails|requests|queries|forms|mistakes)\b|"
              r"\b(?:when i (?:ask|need|call|ring|email|chase|phone)|for asking|asking (?:for|the|them)|but i know|part of the job|"
              r"on (?:the|my) (?:team|ward|admin)|to (?:the|my) (?:team|nurses|staff|manager|colleagues))\b"),
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
                           r"long|by|tomorrow|next (?:week|month|year)|after|at|much|anymore|to (?:see|read|hear|finish|know|find out|deal|"
                           r"sort|face|watch|answer|get))\b"),
    _cue("goodbye", r"\b(?:saying|said|say|sent|send|sending|texted|wrote|written|writing) (?:my |his |her |their )?(?:final |last )?"
                    r"goodbyes?\b(?! (?:at the end|to the (?:team|ward)|card|party|do|drinks))"
                    r"|\bthis is (?:goodbye|my last message)\b|\bgoodbye (?:letters?|notes?|messages?|texts?)\b"
                    r"|\b(?:final|last) goodbye\b", tense=False, owner="subject",
         veto=r"\b(?:discharged|discharge|leaving do|last day|moving on|moved out|moving out|retir\w+|new job|new role|"
              r"holiday|leave|placement|rotation|to (?:my |our |a |the )?(?:favourite |lovely )?(?:patients?|clients?|"
              r"residents?|colleagues?|service users?|students?|manager|team))\b"),
    _cue("giving_away", r"\b(?:giv(?:e|ing|en)|gave)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:my|his|her|their)\s+(?:stuff|things|belongings|"
                        r"possessions|pets?|dog|cat|clothes|records|books|jewellery|savings|money|games|guitar)\s*(?:away)?\b"
                        r"(?=.{0,60}(?:won't need|not going to need|don't need|goodbye|before i go|away|anymore|sister|brother|"
                        r"mum|friend|has|have|for good|forever|permanently|for keeps|doesn't know|don't know|feels right))"
                        r"|\b(?:sort(?:ed|ing)? (?:out )?(?:my|his|her) (?:will|affairs|funeral)|put(?:ting)? (?:my|his|her) affairs in order|"
                        r"found (?:a )?(?:new )?homes? for (?:my|his|her) (?:pets|dog|cat)|made a will)\b", tense=False, owner="subject",
         veto=r"\b(?:tax|taxes|tax return|mortgage|isa|lol|lmao|haha\w*|by which i mean|joking|kidding)\b"),
    _cue("means_pills", rf"\b(?:stockpil\w*|hoard\w*|sav(?:e|ing|ed) up|sav(?:e|ing|ed)|collect\w*|stash\w*)\s+(?:up\s+)?(?:all\s+)?"
                        rf"(?:of\s+)?(?:my|his|her|their|the)?\s*{_PILLS}\b"
                        rf"|\b(?:stash|stockpile|hoard|supply|bottle|box|boxes|packets?|load|handful|bunch) of (?:(?:my|his|her|their) "
                        rf"(?:\w+'s )?)?{_PILLS}\b"
                        rf"|\b{_PILLS} (?:saved|stashed|stockpiled|hidden|saved up)\b"
                        rf"|\b(?:stockpil\w+|saving (?:them|it) up)\b(?=\s*(?:$|[^\w\s]|them|it|again|up|for (?:weeks|months|days|a while|"
                        r"ages|a month|a week)|(?:my|his|her|their|the) (?:tabs|tablets|pills|meds)))", default="self", tense=False, owner="subject"),
    _cue("take_all_pills", rf"\b(?:take|taking|took|taken|swallow\w*|down(?:ed|ing)?|neck(?:ed|ing)?)\s+(?:all|a bunch|a load|loads|"
                           rf"handfuls?|the (?:whole|lot|rest)|everything|a whole (?:box|packet|bottle))\s*(?:of\s+)?(?:my|the|his|her|"
                           rf"their)?\s*(?:{_PILLS}|box of {_PILLS}|packet of {_PILLS}|bottle of {_PILLS})\b|\b(?<!stops )(?<!stopped )(?<!started )(?<!keeps )(?:take|taking|going to take|swallow)\s+the\s+{_PILLS}\b"
                           r"(?!\s+(?:because|cos|as prescribed|properly|regularly|every|each|on time|with food|again|now))"
                           rf"|\bhow many (?:{_PILLS}|paracetamol)\b|\bwhat (?:dose|amount) (?:would|is) (?:fatal|lethal|enough)\b"
                           rf"|\b(?:fatal|lethal) dose\b|\b(?:already )?taken some\b", tense=False),
    _cue("overdose", r"\b(?:od|overdose|overdosing|overdosed|take an overdose|took an overdose|taken an overdose)\b"
                     r"(?! (?:of (?:meetings|paperwork|emails|admin|caffeine|coffee|sugar)|risk|kit|training|awareness|stor(?:y|ies)|"
                     r"history|histories|experience|journey|survivors?|talk|disclosure|"
                     r"naloxone|policy))"),
    _cue("method_place", r"\b(?:jump(?:ing|ed)?|throw(?:ing)? (?:myself|himself|herself)|step(?:ping)?|walk(?:ing)?|lie|lying|"
                         r"lay)\s+(?:out\s+)?(?:off|from|in front of|into|onto|under|on)\s+(?:a|the|that)\s+(?:\w+\s+){0,2}?"
                         r"(?:bridge|train|tracks|bus|"
                         r"lorry|car|truck|building|roof|cliff|multi ?storey|motorway|river|sea|canal|railway|balcony|"
                         r"window|traffic|car park|platform|pier|quay|ledge|viaduct|flyover|overpass|dam|quarry|tower block)\b|\b(?:crash(?:ing)?|drive|driving|drove|swerv\w*)\s+(?:my|the|his|her)?\s*car"
                         r"(?:\s+(?:into|off|on purpose))?\b(?=.{0,40}(?:on purpose|into|off|wall|tree|bridge|want|part of me|"
                         r"way home|thinking|lorry))|\bjump(?:ing)? off\b|\bthinking (?:about|of) the (?:tracks|"
                         r"bridge|train)\b|(?<!it's )(?<!it is )(?<!that's )(?<!which is )\b(?:sat|sitting|stood|standing|i'm|i am|at|on|by)\s+(?:on|at|by|near)?\s*the\s+"
                         r"(?:edge of the )?(?:bridge|cliffs?|tracks|railway|edge|roof|ledge)\b(?! (?:near work )?(?:group|club|meeting|"
                         r"team|building works))|\b(?:at|on) the (?:cliffs|bridge) (?:right now|now)\b|\bi'm at the (?:station|bridge|"
                         r"cliffs?|river)\b.{0,60}(?:tracks|jump|train|edge|water)"),
    _cue("method_means", r"\b(?:bought|got|have|has|found|tied|made|tying|making|hid|hidden|keep|kept|with)\s+(?:a|the|my|his|her)?\s*"
                         r"(?:rope|noose|ligature|ligatures|blade|blades|razor|razors)\b(?! (?:point|policy|audit|cutters?|"
                         r"training|risk))|\bthere(?:'s| is) (?:a|the) (?:rope|noose|blade|razor|belt)\b(?=[^.!?]{0,60}\b(?:keep|kept|"
                         r"look\w*|star\w*|thinking|tonight|ready|waiting|tested|knot|strong enough|calling))|\bnoose\b|\b(?:tied|tying|tie|using|used|made|found|with) (?:a |the )?ligature\b"
                         r"|\bligature (?:round|around|on)\b|\b(?:tied|tying|tie|ties|put|wrapped|wrapping)\s+(?:\w+\s+){0,3}?"
                         r"(?:round|around)\s+(?:my|his|her|their)\s+neck\b|\bresearching (?:ways|how)\b|\bways to (?:die|kill|end)\b|"
                         r"\bhow to (?:kill (?:my|him|her)self|end it|die|hang|overdose)\b|\bpainless (?:way|death)\b"
                         r"|\bgoogl\w* (?:how|ways)\b.{0,40}(?:die|kill|pills|tablets|paracetamol|hang|jump|overdose)",
         tense=False, owner="subject"),
    _cue("have_a_plan", r"\b(?:i|he|she|they)(?:'ve| have| has|'s)? (?:got )?(?:a|the) (?:plan and a date|plan and a time|date set|"
                        r"plan to (?:end|die|kill)|plan for (?:tonight|the weekend))\b|\bhave a plan and\b|"
                        r"\b(?:got|has|have) a plan and (?:the )?(?:means|a date|a time|everything)\b|\b(?:got|have|has) a plan "
                        r"to (?:end|die)\b"),
    _cue("at_risk", r"\b(?:is|'s|are|'re|be|being|at|as)\s+(?:at\s+)?(?:a\s+)?(?:high |serious |real |significant |big )?"
                    r"risk (?:of|to) (?:suicide|self harm|harm|(?:him|her|my|them)self|themselves|overdose|"
                    r"taking (?:his|her|my) (?:own )?life)\b"),
    _cue("self_harm", r"\b(?:self harm(?:s|ed|ing)?|sh(?:'d|ed|ing)?)\b(?! (?:scars?|history|free|training|awareness|policy|"
                      r"module|group|support|team|service|clinic|leaflet|research)\b)", default="self"),
    _cue("cutting", r"\b(?:cut(?:s|ting)?|slash(?:ed|ing)?|slit(?:ting)?|scratch(?:ed|ing))\s+(?:my|his|her|their|myself|himself|herself)?\s*"
                    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|body)\b|\b(?:fresh|new|deep|open) (?:cuts|wounds|self harm)\b"
                    r"|\b(?:cut|cutting) (?:again|deep|deeper)\b|\bstarted cutting\b|\bbeen cutting\b|\bkeep cutting\b"
                    r"|\bcuts (?:all )?(?:on|over|up|down|across) (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|body|stomach)\b|\burges? to cut\b|\bcutting (?:every|each)\b"
                    r"|\bcutting\b(?=[^.!?]{0,15}\b(?:can't stop|again|every|a lot|more|badly|deep))"
                    r"|\bcut (?:myself|himself|herself)\b|\b(?:i|he|she) cut\b(?= again| tonight| last night| today| after| "
                    r"yesterday| this)"),
    _cue("burning_banging", r"\bburn(?:s|ed|t|ing)? (?:on )?(?:my|his|her|their) (?:arms?|skin|hands?|legs?|wrists?)\b|"
                            r"\bbang(?:s|ed|ing)? (?:my|his|her|their) head\b|\bhead ?bang(?:ing|s)?\b|"
                            r"\b(?:hit|hitting|punching|punched) (?:my|his|her|their)self\b|\bhitting (?:himself|herself|myself)\b|"
                            r"\bswallow(?:ed|ing|s)? (?:a (?:bunch|load|handful|few|couple) of |some |more |loads of |two |three )?"
                            r"(?:batteries|glass|blades?|razors?|objects|bleach|screws|nails|pens?|cutlery|coins|magnets)\b"
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
                            r"(?:die|kill|pills|tablets|paracetamol|hang|noose|jump|overdose|end it|tie|lethal|painless|"
                            r"bleed out|drown|suffocate|carbon monoxide|helium)",
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
                            r"(?:'ll| will| can)?|can't)\s+(?:make it|get|survive)\s+(?:through\s+|to\s+)?(?:tonight|the night|the weekend|"
                            r"till morning|until morning|another night|the end of (?:the )?(?:week|month)|friday|saturday|sunday|"
                            r"christmas|my birthday|next week|tomorrow|the morning)\b(?![^.!?]{0,30}\b(?:lol|haha\w*|without (?:coffee|"
                            r"caffeine|a holiday|a break)|at this rate|on time|in time|shift))"),
    _cue("act_on", r"\bact(?:ing)? on (?:the|these|those|my|his|her|them|it|the) ?(?:thoughts|urges|feelings|plans?|voices)\b"),
    _cue("want_out", r"\bwant(?:s)? out (?:of (?:life|this life|this world|everything|existence)|for good|permanently)\b"
                     r"|\b(?:i|i just|just)\s+want(?:s)? out\b(?=\s*(?:$|[^\w\s]|now|already|tbh|honestly|ngl|of (?:it all|"
                     r"everything|here for good)))"),
    _cue("not_be_here", r"\b(?:don't think|doubt|not sure)\s+(?:i|he|she)(?:'ll| will| am going to|'m going to| is going to)\s+"
                        r"(?:still\s+)?be\s+(?:here|around|alive)\b"),
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
                       r"(?:\s+\S+){0,7}\s+(?:on purpose|deliberately|to feel something|to feel anything|to punish "
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
    _cue("death_threats", r"(?:\bdeath threats?\b|\bthreat(?:s|ened|ening)? to kill\b|\bthreatening to (?:stab|hurt|shoot|attack)\b)"
                          rf"(?:\s+(?P<victim>{_VICTIM})\b)?",
         mode="violence"),
    _cue("throw_self", r"\b(?:throw\w*|threw|fling\w*|flung|hurl\w*|launch\w*)\s+(?:myself|himself|herself|themselves)\s+"
                       r"(?:off|from|in front of|under|into|out of)\b"),
    _cue("going_to_edge", r"\b(?:going|go|goes|went|heading|headed|walking|walked|driving|drove|drive|cycled|cycling) (?:up |down |out )?"
                          r"to the (?:bridge|cliffs?|cliff edge|tracks|railway line|"
                          r"edge|roof|top of the car park)\b"
                          r"|\b(?:been|keep going|kept going|keeps going|been going)\s+(?:up\s+|back\s+)?to the (?:bridge|cliffs?|"
                          r"cliff edge|tracks|railway|level crossing|edge|roof|top of the car park|multi ?storey|river)\b"
                          r"(?=[^.!?]{0,50}\b(?:stand\w*|stood|look\w* down|star\w*|sat|sitting|times|every (?:night|day)|at night|"
                          r"just (?:to )?(?:look|stand|sit)))", tense=False),
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
                     r"(?:a|an) (?:look|glance|smile|text|message|email|dirty look|wink|grin|filthy look)\b|"
                     r"(?:(?:first|new|own) (?!time\b|night\b|week\b|day\b)\w+|exam|presentation|session|interview|assignment|group|talk|speech|test|driving|"
                     r"target|goal|pb|record|essay|lines|audition|performance|set|game|match|race|workout|course|module|"
                     r"review|appraisal|placement|assessment|viva|dissertation|quiz|solo|karaoke)\b|"
                     r"feelings|'s feelings|with (?:a|the) (?:question|news|paperwork|rota|email)|off|for (?:a|the) (?:tea|coffee)|"
                     r"hard\b(?! enough)|home|like a|in the feels|back\b))", mode="violence"),
    _cue("passive_violence", rf"(?:\b(?:get|gets|got|getting|being|been|was|were|are|is)|(?:(?<=\bhe)|(?<=\bshe)|(?<=\bwho)|"
                             rf"(?<=\bthat)|(?<=\bit))'s|'re)\s+(?!(?:going|about|trying|starting|beginning|able|meant|supposed) to\b)(?:\w+\s+){{0,3}}?"
                             rf"(?P<verb>{_PASSIVE_VERB})\b(?!\s+(?:by (?:the|a) (?:news|email|rota|question)|up\b|"
                             rf"on the rota|about|to go|with (?:paperwork|work|the)))", mode="violence"),
    _cue("threat_with", rf"\bthreat\w*\s+(?P<victim>{_VICTIM})\s+with\b|\b(?:use|used|using) (?:it|them|a knife|the knife|"
                        rf"the gun|a gun|the bottle|a weapon) on (?P<victim2>{_VICTIM})\b", mode="violence"),
    _cue("weapon", r"\b(?:has|had|got|get|getting|grab|grabbing|buy|buying|bought|carrying|carries|carried|brought|pulled|waving|"
                   r"sharpen(?:s|ing|ed)?|brandish(?:es|ing|ed)?|showing off|polishing|"
                   r"waved|with|found|hiding|hid)\s+"
                   r"(?:a |an |his |her |the |their )?(?:\w+'s )?(?:knife|knives|blade|machete|gun|firearm|weapon|axe|"
                   r"crossbow|zombie knife)\b(?! and fork| to (?:cut|spread|open|slice|peel)| for (?:the |my |his |her )?"
                   r"(?:cake|bread|lunch|butter|fruit|dinner))|\bshoot(?:ing)? (?:up )?(?:the|a|his|her) (?:school|work|office|place)\b"
                   r"|\b(?:set(?:ting)? fire to|burn(?:ing)? down|torch(?:ing)?|petrol bomb)\s+(?:the|his|her|their|my|a)\s+"
                   r"(?:house|ward|flat|place|building|car|home|hostel|room|bedroom|bin|bins|curtains|mattress|bed)\b|\bburn the (?:house|ward|place|flat|hostel) down\b"
                   r"|\brevenge on\b|\b(?:been|is|was|being|gets|getting|'s|are|'re) (?:really |very |so |quite |often |always )?violent\b",
         mode="violence"),
    _cue("abuse", r"\b(?:domestic (?:abuse|violence)|coercive(?:ly)? control\w*|cuckoo\w*|financial(?:ly)? (?:abuse\w*|exploit\w*)|"
                  r"exploit(?:ed|ing|ation)|groom(?:ed|ing)|trafficked|traffick\w+|modern slavery|sexual(?:ly)? (?:abuse\w*|assault\w*|"
                  r"exploit\w*)|neglect(?:ed|ing)?|unexplained (?:bruis\w*|injur\w*|marks)|bruises? (?:on|all over|all up|up|down|"
                  r"across|round|around|covering|and)|(?:bruis\w+|marks|injuries|cuts|burns) (?:that )?(?:she|he|they) "
                  r"(?:won't|wont|can't|cannot|couldn't|wouldn't|refuses to) (?:explain|say how|talk about)|"
                  r"flinch\w*|(?:marks|bruis\w+|injuries|burns|scratches|bite marks) on (?:her|his|their) (?:neck|face|arms?|body|wrists?|"
                  r"legs?|back|throat|chest)|(?:abus(?:ed|ive|ing)|abuse|rap(?:ed|e)|molest\w*)\b(?!\s+(?:him|her|them|me|us|his|my|their|the|a|an)\b))\b"
                  r"(?! (?:training|module|course|awareness|policy|team|lead|procedure|referral form)\b)"
                  , mode="abuse",
         default="service_user"),
    _cue("control", r"\b(?:takes?|taking|took|steals?|stealing|stole|controls?|controlling|keeps?|keeping)\s+"
                    r"(?:all\s+)?(?:of\s+)?(?:her|his|their|the (?:\w+ )?(?:women|men|residents|patients|tenants|clients)'s?)\s+"
                    r"(?:money|benefits|bank ?card|pension|cards?|wages|pip|"
                    r"universal credit|phone|passport)\b(?! (?:for (?:safe|her|him)|safe))|\b(?:won't|not|aren't|isn't|never|don't|doesn't) "
                    r"let(?:ting)? (?:her|him|them)\s+"
                    r"(?:see|go out|out|go|leave|have|talk|speak|eat|use|call|phone|go to the toilet|get changed|wash)\b"
                    r"|\b(?:won't|doesn't|does not|refuses to|never|don't|wouldn't)\s+(?:take|help|let)\s+(?:her|him|them)\s+"
                    r"(?:to the toilet|go to the toilet|to the loo|get changed|have a drink|eat|wash)\b|\block(?:s|ed|ing)? (?:her|him|them) (?:in|out)\b"
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
                          rf"|\btaking advantage of {_VICTIM}\b"
                          r"|\bself[- ]neglect\w*",
         mode="abuse", default="service_user"),
)


# --- compositional harm grammar -------------------------------------------------------------------
# Held-out text names the same few things in open-ended ways: (who) x (harm act) x (intent, threat or
# report) x (guards). The cues below are built from shared lexicons rather than phrases, so "said he'd
# shoot up the clinic", "threatened to blow up the office" and "wants to run people over" are one rule
# each. Kind follows the victim: a person supported -> service_user; anyone or anywhere else -> others;
# the writer's own plan -> self. The guards in screen.py (negation, past, hypothetical, training,
# hyperbole) apply to all of them.

# Places and things a threat can be aimed at (arson, explosives, shootings).
_PLACE_NOUN = (r"(?:house|home|flat|place|building|school|college|uni|university|office|offices|clinic|surgery|"
               r"hospital|ward|unit|hostel|mosque|church|synagogue|temple|gurdwara|job ?centre|council|"
               r"(?:police )?station|court|shop|pub|club|bar|restaurant|supermarket|market|stadium|concert|gig|"
               r"crowd|car|van|cars|bus|train|work|workplace|hq|base|(?:day )?cent(?:re|er)|practice|bank|"
               r"library|gym|estate|block|tower|street|party|wedding|parade|protest|festival|match|ground|"
               r"premises|bins?|curtains|mattress|garage|shed|caravan|nursery|playground|front door|door|windows?)")
_PLACE = rf"(?:(?:the|a|an|his|her|their|my|our|your|this|that|some|whole)\s+)?(?:[a-z']+\s+){{0,2}}?{_PLACE_NOUN}s?\b"
_PLACE_VERB = (r"(?:blow(?:s|ing)? up|blew up|bomb(?:s|ing|ed)?|petrol[ -]?bomb(?:s|ing|ed)?|fire ?bomb(?:s|ing|ed)?|"
               r"set(?:s|ting)? (?:fire|light) to|burn(?:s|ing|t|ed)? down|torch(?:es|ing|ed)?|shoot(?:s|ing)? up|"
               r"shot up|open(?:s|ing|ed)? fire (?:on|at|in)|shoot(?:s|ing)? (?:at|into)|storm(?:s|ing|ed)?|"
               r"attack(?:s|ing|ed)?)")
# Harm acts that can be threatened with no object named: "threatened to stab", "said he'd blow it up".
_THREAT_ACT = (r"(?:kill|murder|stab|knife|shank|shoot|hurt|harm|attack|batter|beat|punch|hit|smash|glass|bottle|"
               r"slash|strangle|rape|burn|torch|bomb|blow|set fire|set light|petrol bomb|run (?:\w+ )?over|"
               r"come (?:round|after|back for)|get (?:him|her|them|you|me|even|back at)|do (?:him|her|them) in|"
               r"break (?:his|her|their)|kick (?:his|her|their|off and)|smother|poison|acid|throw acid|"
               r"take (?:him|her|them|everyone) out|put (?:him|her|them) in (?:hospital|the ground))")
# Speaking of intent: future, volition, plan, threat, or a reported promise.
_INTENT_LEAD = (r"(?:going to|will|'ll|'d|would|wants? to|wanted to|want to|planning (?:on|to)|plans? to|"
                r"plan is to|about to|then|might|thinking (?:of|about)|threaten\w* to|ready to|tempted to|could|"
                r"decided to|keeps? saying (?:he'll|she'll|i'll|they'll)|said (?:he'd|she'd|i'd|they'd))")
_DRUGS = r"(?:drugs|gear|packages|parcels|bags|weed|crack|coke|cocaine|spice|heroin|smack|pills|stuff|lines?)"
_WEAPONS = r"(?:knives|a knife|the knife|blades?|weapons?|guns?|a gun|the gun|machetes?|a machete)"
_RISK_CONTEXT = (r"\b(?:suicid\w*|kill\w*|die|dying|dead|end it|end things|overdos\w*|od|pills|tablets|meds|jump\w*|"
                 r"bridge|rope|hang\w*|cut\w*|self harm|sh|harm\w*|hurt\w*|letters?|note|goodbye|gone|plan|tonight)\b")
_SU_SEXUAL_QUALIFIER = (r"(?:inappropriately|sexually|at night|in the night|in (?:his|her|their|the) (?:room|bed|sleep)|"
                        r"down there|under (?:her|his|their) (?:clothes|top|skirt|pants)|when (?:no one|nobody)|"
                        r"while (?:she|he|they) (?:was|were|slept|sleeps)|whilst|without (?:consent|asking)|"
                        r"against (?:her|his|their) will)")

_TAKE_ALL = (r"(?:take|taking|neck|necking|swallow|swallowing|down|downing)\s+(?:everything|the lot|the whole lot|"
             r"all of (?:it|them)|it all|them all|whatever)")
_TAKE_ALL_NOT = (r"(?!\s+(?:in\b|to\b|with|on\b|off|out|back|personally|home|up\b|down\b|for\b|into|seriously|apart|away|"
                 r"over\b|literally|from|as it comes|i can|he can|she can|they can|you can|(?:he|she|i|they)(?:'s|'ve| has| have)"
                 r"\s+got\s+(?:to|from|on|off)))")

CUES = CUES + (
    # -- others / service users: (agent) x (harm act) x (target) -----------------------------------
    _cue("threat_to", rf"\bthreat(?:en(?:s|ed|ing)?|s)?\s+(?:\w+\s+){{0,2}}?to\s+(?P<verb>{_THREAT_ACT})\b"
                      r"(?!\s+(?:\w+\s+)?(?:him|her|them|my|your|it)sel)(?! off\b| from\b| in front\b)"
                      rf"(?:\s+(?:up\s+|at\s+|on\s+|over\s+)?(?P<victim>{_VICTIM})\b)?",
         mode="violence"),
    _cue("threats_against", rf"\bthreats?\s+(?:of violence\s+)?(?:against|towards?|at|to kill|to)\s+(?P<victim>{_VICTIM})\b"
                            rf"|\bthreaten(?:s|ed|ing)?\s+(?P<victim2>{_VICTIM})\b(?!\s+(?:with (?:a |the )?(?:complaint|"
                            r"grievance|letter|email|eviction|court|the police|legal|disciplinary)|to (?:leave|quit|report|"
                            r"complain|sue|tell|call|resign|walk|go)))", mode="violence"),
    _cue("place_attack", rf"\b(?P<verb>{_PLACE_VERB})\s+(?P<place>{_PLACE})"
                         rf"|\b(?:blow(?:s|ing)?|blew|set(?:s|ting)?|burn(?:s|ing|t|ed)?)\s+(?P<place2>{_PLACE})\s+"
                         r"(?:up|on fire|alight|ablaze|down|to the ground)\b"
                         rf"|\b(?:set(?:s|ting)?|light(?:s|ing)?|lit)\s+(?P<victim>{_VICTIM})\s+(?:on fire|alight|ablaze)\b"
                         r"|\b(?:throw(?:s|ing)?|threw|chuck(?:s|ing|ed)?|pour(?:s|ing|ed)?)\s+(?:acid|bleach|boiling water|"
                         rf"petrol|ammonia)\s+(?:at|over|in|into|on)\s+(?P<victim2>{_VICTIM})\b"
                         r"|\b(?:put|putting|puts|throw(?:s|ing)?|threw|chuck(?:s|ing|ed)?|lob(?:s|bing|bed)?)\s+(?:a |some )?"
                         r"(?:bricks?|rocks?|stones?|petrol bombs?|molotovs?|fireworks?|acid|bleach|lit \w+)\s+"
                         r"(?:through|at|in|into|on|over)\b"
                         r"|\b(?:mak(?:e|es|ing)|build(?:s|ing)?|made|built|buy(?:s|ing)?|bought|got|has|have)\s+(?:a |an |some )?"
                         r"(?:bomb|pipe bomb|nail bomb|explosives?|petrol bomb|molotov(?: cocktail)?|ied|acid)\b"
                         r"(?!\s+(?:reflux|trip|house|jazz|test|attack (?:on|of) (?:my|the) (?:stomach|teeth)))"
                         r"|\b(?:hit|kill|death) ?list\b(?! of (?:jobs|things|tasks|chores|admin|stuff|errands|places|"
                         r"films|books|restaurants|songs|emails|calls))|\blist of (?:people|names|targets|staff)\b(?=[^.!?]{0,40}\b"
                         r"(?:hurt|kill|get|stab|shoot|attack|harm|revenge|batter|sort out|pay)\b)"
                         r"|\btake out (?:the whole|all (?:the|of the)|as many)\s+\w+(?:\s+\w+)?(?!\s+(?:for|to|on|at|with))"
                         r"|\btake (?:them|everyone|everybody) all out\b(?!\s+(?:for|to|on|at|with))",
         mode="violence"),
    _cue("vehicle", rf"\b(?:run(?:s|ning)?|ran)\s+(?P<victim>{_VICTIM})\s+(?:over\b(?!\s+(?:to|for|at|there|here|in|with)\b)|"
                    r"down (?:with|in) (?:his|her|their|a|the) (?:car|van|motor|lorry|truck)\b)"
                    rf"|\b(?:run(?:s|ning)?|ran)\s+over\s+(?P<victim2>{_VICTIM})\b"
                    rf"|\bmow(?:s|ing|ed|n)?\s+(?:down\s+)?(?P<victim3>{_VICTIM})\b"
                    rf"|\b(?:run(?:s|ning)?|ran|driv(?:e|es|ing)|drove|forc(?:e|es|ing|ed)|push(?:es|ing|ed)?)\s+(?P<victim5>{_VICTIM})\s+"
                    r"off the road\b"
                    r"|\b(?:drive|driving|drives|drove|driven|plough(?:s|ing|ed)?|plow(?:s|ing|ed)?|ram(?:s|ming|med)?|"
                    r"steer(?:s|ing|ed)?|swerv(?:e|es|ing|ed))\s+(?:(?:a|his|her|their|the|my|this|that) (?:car|van|lorry|truck|motor)\s+)?"
                    rf"(?:into|through|at|towards)\s+(?:(?P<victim4>{_VICTIM})|(?:a |the )?(?:crowds?|queues?|pedestrians|market|"
                    r"protest|march|playground|school gates|bus stop|shop front|(?:\w+ )?fans|mosque|church|synagogue|temple|"
                    r"gurdwara|parade|festival|(?:his|her|their|(?:\w+ )?\w+'s) (?:house|front door|car|shop)))\b"
                    r"|\b(?:drive|driving|drives|drove|driven|plough(?:s|ing|ed)?|plow(?:s|ing|ed)?|ram(?:s|ming|med)?|crash(?:es|ing|ed)?)"
                    rf"\s+(?:a|his|her|their|the|my) (?:car|van|lorry|truck|motor)\s+(?:into|through)\s+{_PLACE}",
         mode="violence"),
    _cue("object_first", rf"(?P<victim>(?!(?:him|her|them|me|us)\b){_VICTIM})\s+(?:(?:who|that|whom)\s+)?(?:he|she|they|i)\s*(?:'d|'s|'ll|would|is|are|has|"
                         r"have|had)?\s*(?:really\s+|still\s+)?(?:wants?|wanted|would like|'d like|likes? to|going|plans?|planned|"
                         r"planning|intends?|means?|meant|swore|swears|vowed|promised|threatened|is going|'s going|are going)\s+"
                         rf"(?:to\s+)?(?P<verb>{_VIOLENT_VERB})\b(?!\s+(?:him|her|them|my|your)sel)"
                         r"(?!\s+(?:in front|off|from|out of|into)\b)", mode="violence",
         gate=rf"\b(?:wants?|wanted|like|likes|going|plans?|planned|planning|intends?|means?|meant|swore|swears|vowed|"
              rf"promised|threatened)\s+(?:to\s+)?{_VIOLENT_VERB}\b"),
    _cue("strangulation", r"\b(?:hands?|arms?|belt|cord|rope|fingers)\s+(?:round|around|on|across)\s+"
                          r"(?P<victim>my|his|her|their)\s+(?:throat|neck)\b"
                          rf"|\b(?P<verb>strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|throttl(?:e|es|ed|ing))\s+"
                          rf"(?P<victim2>(?!whoever){_VICTIM})\s+(?:till|until|til|unconscious|to (?:the point|near))\b",
         mode="violence"),
    _cue("body_harm", r"\b(?P<verb>slit|slash|stab|knife|glass|cut)(?:s|ting|ing|ed|bed|ted)?\s+"
                      rf"(?P<victim>{_VICTIM}|his|her|their)(?:'s)?\s+(?:throat|face|neck)\b(?<!\bcut (?:his|her) face)"
                      r"|\b(?P<verb2>smash|kick|bash|cave|punch|stamp)(?:es|s|ing|ed)?\s+"
                      rf"(?P<victim2>{_VICTIM}|his|her|their)(?:'s)?\s+(?:head|face|skull|teeth|brains?)\s+in\b"
                      rf"|\b(?:knock|blow)(?:s|ing|ed)?\s+(?P<victim3>{_VICTIM}|his|her|their)(?:'s)?\s+(?:teeth|brains?)\s+out\b",
         mode="violence"),
    _cue("financial", r"\b(?:tak(?:e|es|ing)|took|steal(?:s|ing)?|stole|nick(?:s|ing|ed)?|pinch(?:es|ing|ed)?|skim(?:s|ming|med)?|"
                      r"withdraw(?:s|ing|n)?|withdrew|help(?:s|ing|ed)? (?:him|her|them)sel(?:f|ves) to)\s+(?:\w+\s+){0,2}?"
                      r"(?:money|cash|savings|benefits|pip|pension|wages)\s+(?:out of|from|off)\s+"
                      rf"(?P<victim>{_VICTIM})"
                      rf"|\b(?:us(?:e|es|ing|ed))\s+(?P<victim2>{_VICTIM})'s?\s+(?:bank ?cards?|cards?|pin|account|benefits|money)\b"
                      r"(?=[^.!?]{0,40}\b(?:without|for (?:him|her|them)sel(?:f|ves)|(?:his|her|their) own|behind (?:his|her|their) back))",
         mode="violence", kinds=("service_user", "others", "self")),
    _cue("sexual", rf"\bforc(?:e|es|ed|ing)\s+(?:him|her|them)sel(?:f|ves)\s+(?:on|onto|upon)\s+(?P<victim>{_VICTIM})\b"
                   rf"|\b(?:touch(?:es|ing|ed)?|grop(?:e|es|ing|ed)|fondl(?:e|es|ing|ed)|feel(?:s|ing)? up|felt up|"
                   rf"interfer(?:e|es|ing|ed) with|fiddl(?:e|es|ing|ed) with|kiss(?:es|ing|ed)?)\s+(?P<victim2>{_VICTIM})"
                   rf"(?:\s+up)?\b(?=\s*(?:$|[.,!?;]|{_SU_SEXUAL_QUALIFIER}))"
                   rf"|\b(?:got|gets|get|getting|climb(?:s|ed|ing)?|came|comes|coming|crawl(?:s|ed|ing)?|sneak(?:s|ed|ing)?|snuck)"
                   rf"\s+into\s+(?P<victim3>her|his|their|my|{_VICTIM}'s)\s+bed\b(?=[^.!?]{{0,40}}{_SU_SEXUAL_QUALIFIER})"
                   rf"|\bpimp(?:s|ing|ed)?\s+(?P<victim4>{_VICTIM})\s+out\b"
                   rf"|\b(?:sell(?:s|ing)?|sold|pass(?:es|ing|ed)? round|offer(?:s|ing|ed)?)\s+(?P<victim5>{_VICTIM})\s+"
                   r"(?:for sex|to (?:his|other|older) (?:mates|friends|men|blokes|guys))\b"
                   rf"|\b(?:made|makes|make|making|forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|coerc(?:e|es|ed|ing))\s+"
                   rf"(?P<victim6>{_VICTIM})\s+(?:to\s+|into\s+)?(?:have sex|having sex|sleep(?:ing)? with|perform\w*|"
                   r"do(?:ing)? sexual|send(?:ing)? (?:nudes|naked|explicit|pics|photos|pictures)|watch(?:ing)? porn)\b"
                   r"|\bsex (?:for|in exchange for|in return for) (?:drugs|money|cash|rent|a place to stay|somewhere to "
                   r"(?:stay|sleep)|a bed|gear|food|fags|cigarettes)\b"
                   r"|\bolder (?:men|man|guys?|blokes?|lads?|boys?|boyfriends?|males?)\b[^.!?]{0,40}\b(?:pick(?:s|ing|ed)? "
                   r"(?:her|him|them) up|(?:giv(?:e|es|ing)|gave|buy(?:s|ing)|bought) (?:her|him|them) (?:lifts|drugs|money|"
                   r"gifts|alcohol|vodka|weed|phones?|clothes|trainers)|(?:her|him|them) (?:in|into) (?:their|his|a) cars?|"
                   r"(?:her|him|them) to (?:parties|hotels?|flats?))",
         mode="violence", victimless="service_user"),
    _cue("exploitation", rf"\b(?:made|make|makes|making|forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|groom(?:s|ed|ing)|"
                         r"us(?:e|es|ed|ing)|get(?:s|ting)?|got|pay(?:s|ing)?|paid|tell(?:s|ing)|told)\s+"
                         rf"(?P<victim>{_VICTIM})\s+(?:to\s+)?(?:run|running|sell|selling|carry|carrying|hold|holding|deal|"
                         r"dealing|stash|stashing|deliver|delivering|move|moving|plug|plugging|hide|hiding|drop|dropping|"
                         rf"keep|keeping)\s+(?:\w+\s+){{0,2}}?(?:{_DRUGS}|{_WEAPONS})\b"
                         r"|\b(?:being|been|was|were|is|are|get(?:s|ting)?|got)\s+(?:made|forced|used|pressured|groomed|paid|told)"
                         r"\s+to\s+(?:run|sell|carry|hold|deal|stash|deliver|move|plug|hide|drop|keep)\s+(?:\w+\s+){0,2}?"
                         rf"(?:{_DRUGS}|{_WEAPONS})\b"
                         r"|\b(?:forced|made|pressured|used|groomed|paid)\s+to\s+(?:deal|run lines|run county lines|sell|carry|hold|"
                         r"move|plug|stash)\s+(?:for|by)\b"
                         r"|\b(?:(?:drugs? |drug )?mule|runner|plug|stash house)\s+(?:for\b|by\b)"
                         r"|\b(?:used|using|use|uses)\s+(?:\w+\s+){0,3}?as\s+(?:a |an |their |his |her )?(?:drugs? |drug )?"
                         r"(?:mule|runner|plug|stash house|lookout)\b"
                         r"|\b(?:county lines|running lines|drug debts?|owe(?:s|d)? (?:the |some )?dealers?|in debt to (?:a |the |some )?"
                         r"(?:dealers?|gang))\b"
                         rf"|\b(?:sell(?:s|ing)?|sold|deal(?:s|ing)?|dealt|supply(?:ing)?|supplies|supplied|push(?:es|ing|ed)?)\s+"
                         rf"(?:drugs|spice|crack|heroin|gear|weed|coke|cocaine|smack)\s+(?:to\s+)(?P<victim2>{_VICTIM})",
         mode="violence", victimless="service_user", kinds=("service_user", "others")),
    _cue("cuckooing", rf"\b(?:taken|took|taking|take|takes|moved|moving|move|moves|set up|setting up|using|use|uses|used|"
                      r"living|staying|dossing|sleeping|squatting|hanging out|"
                      r"dealing|running (?:drugs|a line|lines)?|sell(?:ing)? (?:drugs|gear|crack|spice))\s+"
                      r"(?:over|in ?to|into|in (?:at|with)|shop in|from|out of|in)?\s*"
                      rf"(?P<victim>(?:the\s+)?(?:flat|house|home|place|room)\s+of\s+{_VICTIM}|{_VICTIM}'s\s+(?:flat|house|home|"
                      r"place)|(?:her|his|their)\s+(?:flat|house|home|place))\b"
                      rf"|(?P<victim2>{_VICTIM}'s\s+(?:flat|house|home|place)|(?:her|his|their)\s+(?:flat|house|home|place))\s+"
                      r"(?:has been|'s been|is being|was|got|been|is|are|keeps? getting)\s+(?:\w+\s+)?(?:taken over|used|"
                      r"invaded|cuckooed|overrun)\b",
         mode="violence", victimless="service_user",
         needs=r"\b(?:dealers?|drugs?|gangs?|county lines|cuckoo\w*|users|spice|crack|heroin|gear|weed|coke|pushers?|"
               r"sell(?:ing)? from|deal(?:ing)? from|to sell|to deal|"
               r"lads from|older (?:lads|guys|men))\b"),
    _cue("neglect_left", rf"\b(?:left|leave|leaves|leaving)\s+(?P<victim>{_VICTIM})\s+(?:\w+\s+){{0,5}}?(?:in|with|on|lying in)\s+"
                         r"(?:(?:a|the|their|his|her)\s+)?(?:wet|soiled|dirty|soaked|soaking|urine|faeces|poo|own (?:urine|faeces|"
                         r"mess|waste))\b"
                         rf"|\b(?:left|leave|leaves|leaving)\s+(?:(?P<victim2>{_VICTIM})\s+)?(?:alone|on (?:their|his|her|its) own|"
                         r"unattended|home alone|by (?:them|him|her)sel(?:f|ves)|locked in)\b(?=[^.!?]{0,30}\b(?:all day|all night|"
                         r"for hours|for days|overnight|while|whilst|every (?:day|night)|again|to go (?:out|drinking)))"
                         rf"|\b(?:lock(?:s|ing|ed)?)\s+(?P<victim3>{_VICTIM})\s+(?:in (?:his|her|their|the|a) (?:room|bedroom|"
                         r"toilet|bathroom|cupboard|garden|shed|flat)|out (?:in the cold|all night|overnight))\b",
         mode="violence", victimless="near", kinds=("service_user", "others")),
    _cue("deprivation", r"\b(?:hasn't|has not|haven't|have not|hadn't|had not|not|no|without|gone without|going without|"
                        r"go without|not been)\s+(?:had|been given|got|eaten|been fed|been)?\s*(?:any\s+)?(?:food|heating|heat|"
                        r"water|electric(?:ity)?|gas|meals?|fluids|drinks?|a drink|anything to eat|care visits?|carers? visits?|"
                        r"a wash|washed|changed|fed|turned|checked on|(?:her|his|their) (?:meds|medication|insulin))\b"
                        r"(?:\s+or\s+\w+)?\s+(?:for|in|since)\s+(?:a |an |\d+ |two |three |four |five |several |a few |"
                        r"a couple of |over a |nearly a |almost a )?(?:days?|weeks?|fortnight|month|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|last week|christmas)\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("restraint", rf"\b(?:tie|ties|tied|tying|strap|straps|strapped|strapping)\s+(?P<victim3>{_VICTIM})\s+(?:to (?:a|the|his|her|their) "
                      r"(?:chair|bed|wheelchair|radiator|bannisters?|toilet)|up|down)\b"
                      rf"|\b(?:held|holding|hold|holds|pinned|pinning|pin|pins|sat|sitting|sit|knelt|kneeling|kneel)\s+"
                      rf"(?:on\s+)?(?P<victim>{_VICTIM})\s+(?:\w+\s+){{0,2}}?(?:face ?down|face first|down on the floor|"
                      r"on the floor|to the floor|against the wall|by the (?:neck|throat|hair))\b"
                      r"|\b(?:extra|unprescribed|too much|excess\w*|loads of|more)\s+(?:sleeping\s+)?(?:sedation|sedatives?|prn|lorazepam|"
                      r"haloperidol|promethazine|diazepam|zopiclone|meds|medication|tablets)\b[^.!?]{0,30}?\b(?:to|so)\s+"
                      r"(?:keep\s+|make\s+)?(?:(?:them|him|her|patients|residents|everyone|they're|he's|she's|they|he|she)\s+)?"
                      r"(?:(?:are|is|'re|'s|stay|be|"
                      r"sleep|go|stays|keep)\s+)?(?:quiet|calm|asleep|sleeping|sleepy|docile|out of the way|compliant|"
                      r"settled|knocked out|less trouble)\b"
                      rf"|\b(?:drug(?:s|ging|ged)?|sedat(?:e|es|ing|ed))\s+(?P<victim2>{_VICTIM})\s+(?:to|so)\s+(?:keep\s+)?"
                      r"(?:(?:them|him|her)\s+)?(?:quiet|calm|asleep|docile|compliant|out of the way)\b",
         mode="violence", victimless="service_user", kinds=("service_user", "others")),
    _cue("degrading", rf"\b(?:mock(?:s|ing|ed)?|taunt(?:s|ing|ed)?|humiliat(?:e|es|ing|ed)|belittl(?:e|es|ing|ed)|"
                      rf"ridicul(?:e|es|ing|ed)|laugh(?:s|ing|ed)? at|swear(?:s|ing)? at|swore at|starv(?:e|es|ing|ed)|"
                      rf"withhold(?:s|ing)? food from)\s+(?P<victim>{_VICTIM})\b"
                      rf"|\bcall(?:s|ing|ed)?\s+(?P<victim2>{_VICTIM})\s+(?:\w+\s+)?names\b", mode="violence",
         kinds=("service_user",)),
    _cue("stalking", rf"\b(?:following|follows|followed|tracking|tracks|tracked)\s+(?P<victim>{_VICTIM})\s+(?:home|everywhere|"
                     r"to (?:work|school|the shops|her car|his car))\b"
                     r"|\b(?:waiting|hanging (?:around|about|round)|sitting|parked|parking|turning up|turns up|turned up|lurking|"
                     r"standing|watching)\s+(?:outside|at|near|by)\s+(?:his|her|their|my)\s+(?:ex'?s?\s+)?"
                     r"(?:work|house|home|flat|school|job|door|place|office|kids' school)\b",
         mode="violence", needs=r"\b(?:every (?:day|night|morning)|all the time|constantly|again|won't leave|keeps?|kept|"
                               r"watching|following|for hours|most days|at night|banging|shouting|scared|won't stop)\b"),
    _cue("weapon_carry", rf"\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|carry(?:ing)?|carries|carried|tooled up with|"
                         rf"conceal(?:s|ing|ed)|stash(?:es|ing|ed)?)\s+(?:a |an |his |her |the |their )?(?:knife|knives|blade|"
                         r"machete|gun|firearm|weapon|axe|crossbow|zombie knife|hammer|bat|baseball bat|acid)\b"
                         r"(?! and fork| to (?:cut|spread|open|slice|peel)| for (?:the |my |his |her )?(?:cake|bread|lunch|"
                         r"butter|fruit|dinner))"
                         r"(?=[^.!?]{0,30}\b(?:to|into|in|on him|on her|with him|with her|around|everywhere|now|for|at)\b|\s*$|[.,!?])"
                         r"|\b(?:knife|knives|blade|machete|gun|weapon|acid)\s+(?:hidden|stashed|concealed|under (?:his|her|their) "
                         r"(?:bed|mattress|pillow))\b|\bhidden\s+(?:a\s+)?(?:knife|blade|razor|weapon)\b",
         mode="violence"),
    # -- the writer's or a supported person's own risk -----------------------------------------------
    _cue("the_night", r"\b(?:is|might be|could be|will be|'s|may be|feels like|has to be|seems like)\s+the\s+(?:night|day|time|"
                      r"weekend|week|moment)\s+(?:when\s+|that\s+)?(?:i|he|she)\s+(?:finally\s+|actually\s+|just\s+)?"
                      r"(?:do it|go through with it|end it|end things|end (?:my|his|her) life|act on it|let go|do something|"
                      r"take them|take the (?:pills|tablets)|jump|don't come back|never come back)\b"),
    _cue("go_through_with", r"\b(?:going to|will|'ll|might|could|ready to|want to|plan(?:ning)? to|about to|decided to|finally|"
                            r"brave enough to|courage to|nerve to)\s+(?:finally\s+|actually\s+|just\s+)?"
                            r"(?:go through with it|do it this time|do it for real|do it properly this time)\b",
         needs=r"\b(?:i|i'm|i'll|i've|i'd|me|my)\b"),
    _cue("take_the_lot", rf"\b{_INTENT_LEAD}\s+(?:just\s+|literally\s+|actually\s+)?{_TAKE_ALL}"
                         r"\s+(?:(?:he|she|i|they)(?:'s|'ve| has| have)\s+got|in the (?:\w+\s+)?(?:cabinet|cupboard|drawer|box|"
                         r"house|bag|tin)|(?:he|she|i|they)(?:'s|'ve| has| have)\s+(?:saved|stored|got left|been given|collected))"
                         rf"\b{_TAKE_ALL_NOT}", tense=False),
    _cue("swallow_the_lot", r"\b(?:swallow|swallowing|swallowed)\s+(?:the lot|the whole lot|everything|all of (?:it|them)|"
                            r"them all|it all)\b(?!\s+(?:he|she|they|you) (?:said|told|says))", tense=False),
    _cue("wasting_away", r"\b(?:drink|drinking|drank|starv\w*|drug|drugging)\s+(?:myself|himself|herself|themselves)\s+to death\b"
                         r"|\b(?:stop(?:ping)?|not|refus\w* to|won't)\s+(?:eating|drinking|eat|drink|taking (?:my|his|her|their) "
                         r"(?:meds|medication|insulin|tablets))(?:\s+(?:and|or)\s+(?:eating|drinking|eat|drink))?\s+(?:until|till|"
                         r"til)\s+(?:i|he|she|they)\s+(?:die|dies|am dead|is dead|are dead|waste away|disappear)\b"),
    _cue("take_the_lot_bare", rf"\b{_INTENT_LEAD}\s+(?:just\s+|literally\s+|actually\s+)?{_TAKE_ALL}\b{_TAKE_ALL_NOT}"
                              r"(?!\s+(?:he|she|i|they)(?:'s|'ve| has| have)\s)",
         tense=False, needs=r"\b(?:tonight|when (?:i|he|she) gets? (?:home|in)|when i get (?:home|in)|after (?:work|shift)|"
                            r"go to sleep|not wake up|be done|end it|pills|tablets|meds|drink\w*|drunk|vodka|numb|"
                            r"feel anything|overdos\w*|od)\b"),
    _cue("ligaturing", r"\bligatur(?:ed|ing)\b(?!\s+(?:risks?|points?|audits?|cutters?|training|polic\w+|checks?|"
                       r"assessments?|free|anchor))|\b(?:tried|trying|try|attempt\w*|going|threaten\w*|wants?)\s+to\s+ligature\b"
                       r"|\b(?:to|might|will|'ll|could|would|'d)\s+ligature\b(?!\s+(?:risks?|points?|audits?|cutters?|training|"
                       r"polic\w+|checks?|assessments?|free|anchor|incidents?))"
                       r"|\b(?:tied|tying|tie|ties|hung|hanging|attached|fixed|put)\s+(?:a|the|my|his|her|their)\s+(?:belt|cord|"
                       r"rope|scarf|sheet|cable|lead|tie|dressing gown cord|shoe ?laces?|wire|flex|charger cable|bra|tights|"
                       r"towel)\s+(?:to|round|around|from|on|over)\s+(?:the|a|my|his|her|their)\s+(?:bannisters?|banisters?|"
                       r"stair ?rail|door|door ?handle|beam|loft hatch|hook|rail|curtain rail|shower rail|tree|wardrobe|"
                       r"bed frame|window|radiator|pipe|light fitting|neck|throat)\b(?!\s+for (?:a|the) (?:swing|hammock))"
                       r"|\b(?:tied|tying|tie|ties|put|wrapped|wrapping)\s+(?:\w+\s+){0,5}?(?:round|around)\s+"
                       r"(?:my|his|her|their)\s+(?:own\s+)?neck\b", tense=False),
    _cue("harm_until", r"\b(?:punch\w*|hit|hits|hitting|bang\w*|scratch\w*|pick(?:s|ed|ing)?|bit|bite|biting|burn\w*|cut|cuts|"
                       r"cutting|head ?butt\w*|smash\w*|slam\w*)\b(?:\s+\S+){0,5}?\s+(?:till|until|til|'til)\s+(?:it|they|i|he|"
                       r"she|(?:my|his|her|their)\s+(?:\w+\s+)?\w+)\s+(?:bleeds?|bled|bleeding|broke|break|bruised?|split|"
                       r"(?:was|were|started|start) bleeding|went numb)\b"),
    _cue("passive_wish", r"\b(?:hope|hoping|wish|wishing|pray|praying|(?:wouldn't|won't|don't|do not|honestly wouldn't) "
                         r"(?:care|mind)|not bothered|wouldn't be (?:sad|upset))\s+(?:that\s+|if\s+)?(?:i|he|she)\s+"
                         r"(?:get|gets|got|getting|was|were|'d|would|just|don't|didn't|never)?\s*(?:hit by (?:a|the) "
                         r"(?:car|bus|train|lorry|truck)|run over|killed|die|died|dies|drop dead|wake up|woke up|crash(?:ed)?|"
                         r"in a crash|had a heart attack)\b(?!\s+(?:on (?:this|that) hill|of (?:embarrassment|shame|boredom|"
                         r"laughing)|laughing|for\b|early|late|in time|on time|refreshed|feeling))",
         tense=False, veto=r"\b(?:lol|lmao|haha\w*|jk)\b"),
    _cue("when_gone", r"\b(?:better off|happier|easier|relieved|lighter|fine|better)\b[^.!?]{0,30}\b(?:once|when|after|if)\s+"
                      r"(?:i'm|i am|i|he's|she's|he|she)\s+(?:am\s+|is\s+|was\s+)?(?:gone|dead|not here|no longer here|not around|"
                      r"out of the picture|out of the way)\b(?!\s+(?:on|home|for|to|off|from|away|abroad|back))",
         owner="last"),
    _cue("see_no_future", r"\b(?:don't|can't|cannot|do not|doesn't)\s+see\s+(?:myself|me|him|her|himself|herself)\s+(?:making it|"
                          r"lasting|surviving|being (?:here|around|alive)|still (?:being )?(?:here|around|alive)|alive|"
                          r"getting through (?:the|this|tonight))\b(?![^.!?]{0,30}\b(?:leave|holiday|job|role|contract|team|trust|"
                          r"post|career|company|service|placement|course|uni|years|shift|rota|ward|organisation|nhs)\b)"),
    _cue("done_with_all", r"\b(?:i'm|i am|im)\s+(?:so\s+|just\s+|completely\s+|honestly\s+|literally\s+)?done\W+(?:with\s+)?"
                          r"(?:all of it|it all|everything|life|living|this life|being alive|existing|the world)\b"
                          r"(?!\s+(?:\w+\s+)?(?:today|for (?:the|today|now|tonight)|at work|here|paperwork|admin|shift|job|rota|"
                          r"work|meeting|emails|nonsense|drama|team|ward|place|week|day))"),
    _cue("relapse_back", r"\b(?:it's|its|it has|i've|i have|he's|she's|they've)\s+(?:all\s+)?(?:started|come back|relapsed|been "
                         r"doing it)\s+again\b(?!\s+(?:with|on|at|in the|the|my|a|from|work|uni|college|school|running|"
                         r"the gym|swimming))",
         tense=False, needs=r"\b(?:cut\w*|self harm\w*|sh|burn\w*|urges|overdos\w*|od|suicid\w*|harm\w*|hurt\w* "
                            r"(?:my|him|her)self|ligatur\w*|head ?bang\w*)\b"),
    _cue("goodbye_all", r"\b(?:goodbye|bye|farewell)\s+(?:everyone|all|everybody|guys|world|all of you)\b[^.!?]{0,40}\b"
                        r"(?:sorry|thank(?:s| you) for everything|love you all|forgive me|take care of)"),
    _cue("means_laid_out", rf"\b{_PILLS}\b(?!\s+(?:trolley|round|chart|cards?|lists?|reviews?|room|cupboard|clinic|hatch|"
                           r"queue|fridge|count))\s+(?:are\s+|is\s+)?(?:all\s+)?(?:\w+\s+){0,5}?(?:in front of me|next to me|"
                           r"beside me|in my hand|by my bed|lined up|counted out|laid out|popped out|piled up|on the bed with me)\b"
                           rf"|\bhow many (?:of\s+)?(?:my|his|her|the|these|those)\s+{_PILLS}\b(?=[^.!?]{{0,40}}\b(?:take|kill|"
                           r"enough|die|lethal|fatal|it would|to do it)\b)"
                           rf"|\bholding (?:on )?(?:to|onto)\s+(?:my|the|his|her|some|all (?:the|my|his|her)|these)?\s*{_PILLS}\b",
         tense=False, owner="subject"),
    _cue("vanish", r"\b(?:want(?:s)? to|wanna|wish (?:i|he|she) could|going to|might|just want to|'d like to|tempted to|"
                   r"plan(?:ning)? (?:is )?to|thinking (?:of|about)|urge to)\s+(?:just\s+)?(?:vanish|disappear|go away|walk away|"
                   r"walk off|run away|go|walk|drive|head)\b(?:\s+\w+){0,6}?\s+(?:and|&)\s+(?:not|never)\s+(?:come|coming|be) "
                   r"(?:back|home|found|seen again)\b"
                   r"|\b(?:vanish|disappear)(?:ing)?\s+(?:forever|for good|permanently|off the face of the earth)\b",
         veto=r"\b(?:holiday|spain|abroad|beach|lottery|vacation|island|australia|retire\w*|cabin|off grid|lol|lmao|"
              r"haha\w*|maldives|bali|ibiza|tenerife|new job)\b"),
    _cue("drop_subject", r"(?:^|[.!?,;]\s*)(?:cut|sh'd|od'd|overdosed|self harmed|relapsed and cut)\s+(?:again\s+)?(?:last night|"
                         r"tonight|today|this morning|yesterday|earlier|again|after (?:work|shift)|on my break)\b"
                         r"|(?:^|[.!?]\s*)(?:honestly\s+|tbh\s+|really\s+|just\s+|feeling\s+)?(?:not|un)\s*safe\s+(?:tonight|"
                         r"right now|at the moment|today|anymore|now)\b|^\W*(?:feeling\s+|i feel\s+)?(?:not|un)\s*safe\W*$",
         tense=False),
    _cue("car_into", r"\b(?:drive|driving|drove|swerv\w*|steer\w*|go|going)\s+(?:my car\s+|the car\s+)?(?:off|over)\s+(?:a|the)\s+"
                     r"(?:cliff|cliffs|edge|pier|quay|harbour wall|bridge)\b"
                     r"|\b(?:drive|driving|drove|swerv\w*|steer\w*)\s+(?:my car\s+|the car\s+)?into\s+(?:the\s+|a\s+)?(?:sea|river|"
                     r"canal|quarry|reservoir|lake|harbour)\b"
                     r"|\b(?:put|putting|wrap|wrapping|smash|smashing|plough\w*|plow\w*|ram\w*|stick|sticking|drive|driving|"
                     r"crash|crashing|steer\w*)\s+(?:my|the|his|her)\s+car\s+(?:into|through|off)\s+(?:a|the)\s+(?:wall|tree|"
                     r"river|lorry|truck|bridge|barrier|sea|canal|bollard|pole|lamp ?post|cliff|quarry)\b"
                     r"|\b(?:let(?:ting)?|letting) go of the (?:steering )?wheel\b"
                     r"|\b(?:swerv\w*|steer\w*|veer\w*)\s+into\s+(?:the\s+)?(?:oncoming|traffic|a lorry|a wall|the barrier|a tree)\b"),
)

CUES = CUES + (
    _cue("scam", r"\b(?:send(?:s|ing)?|sent|giv(?:e|es|ing)|gave|hand(?:s|ing|ed)? over|transfer(?:s|ring|red)?|wir(?:e|es|ing|ed)|"
                 r"lend(?:s|ing)?|lent)\s+(?:all\s+|most\s+|every penny\s+|thousands\s+|hundreds\s+|loads\s+)?(?:of\s+)?"
                 r"(?:his|her|their)\s+(?:money|savings|benefits|pip|pension|wages|universal credit|inheritance|bank details)\b"
                 r"(?=[^.!?]{0,60}\b(?:met online|online|never (?:met|seen)|on (?:facebook|instagram|tiktok|snapchat|a dating)|"
                 r"scam\w*|romance|crypto|someone (?:he|she) met|a (?:man|woman|guy|girl|lady|bloke) (?:he|she) met))",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
)

CUES = CUES + (
    _cue("grooming_gifts", rf"\b(?:giv(?:e|es|ing)|gave|buy(?:s|ing)|bought|sell(?:s|ing)|sold|supply(?:ing)?|supplie[sd]|"
                           rf"offer(?:s|ing|ed)?)\s+(?P<victim>{_VICTIM})\s+(?:free\s+)?(?:vapes?|weed|drugs|spice|crack|gear|"
                           r"alcohol|vodka|booze|cocaine|ket|mdma)\b",
         mode="violence", kinds=("service_user", "others"), veto=r"\b(?:i|we) (?:gave|give|bought|buy|offered)\b"),
)

CUES = CUES + (
    _cue("scared_will_do", r"\b(?:scared|afraid|worried|frightened|terrified)\s+(?:that\s+)?(?:i|he|she)(?:'ll| will| might| could|'d| "
                           r"would)\s+(?:actually\s+|finally\s+)?do something\b(?!\s+(?:stupid|silly|daft)?\s*(?:wrong|embarrassing|at "
                           r"work|to upset|i regret|in the meeting))(?=\s*(?:$|[^\w\s]|tonight|today|to (?:my|him|her)self|this time|"
                           r"when|if|after|and))"),
    _cue("how_easy", r"\bhow easy (?:it would be|it'd be|it is|it would be for me|it'd be for me) to (?:just\s+)?(?:step|jump|walk|"
                     r"fall|drive|swerve|take (?:them all|the lot|all|everything|my)|end it|die|disappear|not wake up|let go|"
                     r"go under|stop)\b"),
    _cue("pill_shops", rf"\b(?:bought|buying|got|getting|buy)\s+(?:\w+\s+){{0,3}}?(?:{_PILLS}|painkillers)\s+(?:\w+\s+){{0,2}}?from\s+"
                       r"(?:\w+\s+)?(?:different|several|a few|multiple|loads of|lots of|various|separate)\s+(?:shops|chemists|"
                       r"pharmacies|places|supermarkets)\b", tense=False),
    _cue("plan_do_it", r"\b(?:my|the|his|her) plan is to (?:finally\s+)?do it\b|\b(?:go through with it|end it|end things|do it)\s+"
                       r"(?:\w+\s+){0,4}?(?:when|while|once)\s+(?:everyone|everybody|nobody|no one|the kids|my partner)\s+"
                       r"(?:is|are|'s|'re)?\s*(?:out|away|asleep|at work|at school|gone|not (?:home|around|in)|around)\b",
         needs=r"\b(?:i|i'm|i'll|my|plan|planning)\b"),
)

CUES = CUES + (
    # round 2 (after fresh5): the same grammar, filling gaps in inflection and lexicon
    _cue("only_thing_stopping", r"\b(?:the )?only (?:thing|reason|one|person)s?\s+(?:that\s+)?(?:is\s+|'s\s+)?(?:stopping|keeping|"
                                r"holding|stops|keeps|holds)\s+(?:me|him|her)\s+(?:from\b|here\b|alive\b|going\b|back\b|"
                                r"is\b|are\b|now\b)"),
    _cue("blade_to", r"\b(?:held|holding|hold|put|putting|pressed|pressing|press)\s+(?:a|the|my|his|her)\s+(?:blade|knife|razor|"
                     r"scissors|glass)\s+(?:to|against|on)\s+(?:my|his|her|their)\s+(?:wrists?|arms?|throat|neck|skin|legs?|"
                     r"thighs?)\b"),
    _cue("too_much_on_purpose", rf"\b(?:taking|took|taken|take|takes|had|having|injecting|injected)\s+(?:way |far |much )?too "
                                rf"(?:much|many)\s+(?:of\s+)?(?:(?:my|his|her|their)\s+)?{_PILLS}\b(?=[^.!?]{{0,30}}\b(?:on "
                                r"purpose|deliberately|to (?:die|end it|not wake up|hurt (?:my|him|her)self)|again|every|"
                                r"tonight))"),
    _cue("deprived", r"\b(?:hasn't|has not|haven't|have not|hadn't|not|hasnt)\s+(?:eaten|drunk anything|had anything to eat|had a "
                     r"drink|had a wash|been washed|been changed|been fed)\s+(?:(?:in|for)\s+(?:days|weeks|a week|a few days|"
                     r"\d+ days|two days|three days|several days)|all day|since (?:this morning|yesterday|breakfast|last night))\b"
                     r"|\b(?:her|his|their|the) (?:carers?|care workers?|care staff|support workers?)\s+(?:isn't|aren't|hasn't|"
                     r"haven't|not|never|don't|doesn't|keeps? not|keep not)\s+(?:been\s+)?(?:turning up|turned up|coming|"
                     r"visiting|showing up|been round|coming round|been in)\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("account_emptied", r"\b(?:clean(?:s|ing|ed)? out|empt(?:y|ies|ying|ied)|drain(?:s|ing|ed)?|rinsing|rinsed)\s+"
                            rf"(?P<victim>his|her|their|{_VICTIM}'s)\s+(?:bank\s+)?(?:account|savings|benefits|pension)\b"
                            rf"|\b(?:given|gave|give|handed|hand)\s+(?:over\s+)?(?P<victim2>his|her|their)\s+(?:bank ?card|card|pin|"
                            r"bank details|pin number)\s+to\b(?!\s+(?:me|staff|the (?:bank|office|staff|manager)|his appointee|"
                            r"her appointee|the appointee))",
         mode="violence", victimless="service_user", kinds=("service_user", "others")),
    _cue("kneel_on", rf"\b(?:kne(?:el|lt)(?:ed|ing|s)?|sat|sitting|stood|standing|lay|lying)\s+on\s+(?P<victim>{_VICTIM}|his|her|"
                     r"their)(?:'s)?\s+(?:back|neck|chest|head|throat)\b",
         mode="violence", victimless="service_user"),
    _cue("groomed_with", r"\b(?:getting|being|been|gets|got)\s+given\s+(?:free\s+)?(?:drugs|weed|vapes?|alcohol|vodka|spice|crack|"
                         r"gear|coke|cocaine|ket|money and drugs)\b"
                         r"|\b(?:staying|sleeping|living|stays|sleeps)\s+(?:at|with|round)\s+(?:an?\s+)?older (?:man|men|guy|"
                         r"guys|bloke|lads?)(?:'s)?\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("object_particle", rf"\b(?P<verb>do|doing|did|sort(?:ing)?|knock(?:s|ing|ed)?|take|taking|took)\s+"
                            rf"(?P<victim>(?!(?:it|this|that)\b){_VICTIM})\s+(?:in|out)\b(?!\s+(?:for|to|on|at|with|of|"
                            r"the|a|an|front|time|there|here|hand|bed|the (?:car|garden)|shopping|lunch|dinner|tea))"
                            rf"|\b(?P<verb2>sort(?:ing|s|ed)?|knock(?:s|ing|ed)?|take|taking|took)\s+out\s+"
                            rf"(?P<victim2>(?!(?:the )?(?:bins|rubbish|trash|recycling|loan|mortgage|policy|insurance)\b){_VICTIM})\b"
                            r"(?!\s+(?:for|to|on|at|with|of))"
                            rf"|\bmake\s+(?P<victim3>{_VICTIM})\s+pay\b(?!\s+(?:for|the|rent|back|up|bills?|it|in|by|cash|upfront))",
         mode="violence",
         needs=r"\b(?:said|says|say|told|tells|threat\w*|going to|will|'ll|'d|would|wants?|planning|swore|swears|reckons|"
               r"keeps? saying|gun|knife|blade|revenge|get back at|knows where)\b"),
)

CUES = CUES + (
    # round 3 (after fresh6): self-risk phrasings built from the same parts
    _cue("not_want_alive", r"\b(?:don't|do not|doesn't|does not|no longer|not)\s+(?:really\s+|even\s+|actually\s+)?(?:want|wanna|wish)\s+"
                           r"to\s+(?:be alive|exist|be on this earth|be in this world)\b"),
    _cue("others_fine_without", r"\b(?:would|'d|will|'ll|could)\s+(?:all\s+)?(?:just\s+)?(?:move on|get over it|forget (?:about )?me|"
                                r"cope|manage|be fine|be ok(?:ay)?|be better|be happier|be relieved|not (?:even )?notice|not miss me)\b"
                                r"[^.!?]{0,25}\b(?:if|once|when|after)\s+(?:i|i'm)\s+(?:was\s+|were\s+|am\s+)?(?:gone|dead|not here|"
                                r"not around|no longer here)\b(?!\s+(?:on|home|for|to|off|from|away|abroad|back))"
                                r"|\bbetter off\b[^.!?]{0,40}\b(?:and|with)\s+me\s+(?:gone|dead|not (?:here|around)|out of the (?:way|"
                                r"picture))\b", owner="last"),
    _cue("highest_point", r"\b(?:which|what|the)\s+(?:bridge|building|cliff|car park|multi ?storey|tower|block)\s+(?:is|was)\s+"
                          r"(?:the\s+)?(?:highest|tallest)\b|\b(?:highest|tallest)\s+(?:bridge|building|point|car park|multi ?storey|"
                          r"cliff)s?\s+(?:near|around|in)\s+(?:me|here|my|town|the area)\b", tense=False, owner="subject"),
    _cue("relapsed_sh", r"\brelaps(?:ed|ing|e)\b(?:\s+\w+){0,2}?\s+(?:on|with|into|back into)?\s*(?:the\s+)?(?:self harm|sh|cutting|"
                        r"burning|overdos\w*|od)\b", tense=False),
    _cue("filming", rf"\b(?:film(?:s|ing|ed)?|photograph(?:s|ing|ed)?|record(?:s|ing|ed)?|taking (?:pictures|photos|pics|videos) of|"
                    rf"took (?:pictures|photos|pics|videos) of)\s+(?P<victim>{_VICTIM})\s+(?:\w+\s+){{0,2}}?(?:in the (?:shower|bath|"
                    r"toilet|bathroom)|naked|undressed|getting (?:changed|undressed|dressed)|on the toilet|in (?:her|his|their) "
                    r"(?:underwear|bed))\b", mode="violence", kinds=("service_user", "others", "self")),
    _cue("advantage", rf"\btak(?:ing|en|e|es) advantage of (?P<victim>{_VICTIM})\b", mode="violence",
         kinds=("service_user", "others", "self")),
    _cue("money_to_dealer", r"\b(?:giv(?:e|es|ing)|gave|hand(?:s|ing|ed)? over|send(?:s|ing)?|sent)\s+(?:all\s+|most\s+)?(?:of\s+)?"
                            r"(?:his|her|their)\s+(?:money|benefits|pip|pension|wages|savings|universal credit)\s+to\s+(?:his|her|their|"
                            r"a|the|some)\s+(?:dealers?|gang|drug dealers?|loan sharks?)\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
)

CUES = CUES + (
    # round 4 (after fresh7)
    _cue("kept_in", r"\b(?:being|been|is|was|are|were|gets|getting)\s+(?:kept|locked|shut)\s+(?:in|inside|indoors|up|at home)\b"
                    r"(?:\s+(?:the|her|his|their)\s+(?:house|flat|room|home|bedroom))?\s+(?:by|all day|for days|and not allowed)\b"
                    r"|\bnot (?:allowed|let) out of (?:the|her|his|their) (?:house|flat|room|home)\b",
         mode="abuse", default="service_user"),
    _cue("bag_over_head", r"\b(?:plastic\s+)?bag\s+(?:over|round|around|on)\s+(?:my|his|her|their)\s+head\b", tense=False),
    _cue("easier_not_here", r"\b(?:easier|better|simpler|kinder)\s+(?:for everyone\s+)?(?:to|if i)\s+(?:just\s+)?(?:not\s+be\s+here|"
                            r"not\s+exist|not\s+be\s+alive|not\s+wake\s+up|wasn't\s+here|didn't\s+exist|disappeared(?:\s+for good)?)\b"),
    _cue("crash_intent", r"\b(?:want|wanna|going|tempted|thinking (?:of|about)|might|feel like|urge to|could)\s+(?:to\s+)?(?:just\s+)?"
                         r"crash(?:ing)?\s+(?:my|the)\s+car\b(?!\s+(?:out|at (?:my|a) (?:mate|friend)|on the sofa|for the night))"),
)

# --- round 5 (after fresh8): indirect signs of the worker's own risk, from shared parts -------------
# Means at hand x attention ("the pills are in the drawer and i keep opening it"), arrangements and
# finality ("my passwords are in the blue notebook, just in case", "this'll be my last entry"),
# permanence ("check out permanently", "the only exit is a permanent one"), method research and
# places. The usual guards (negation, past, hypotheticals, grief, training) apply; kind follows whose
# sign it is, so "my client's got her tablets in the drawer ready" is a service user's.
_MEANS = rf"(?:{_PILLS}|tabs|rope|noose|belt|blades?|razors?|the lot|sleepers)"
_STORED = (r"(?:drawer|bag|glovebox|glove box|car|cabinet|cupboard|locker|bedside|pocket|coat|wardrobe|shed|garage|"
           r"shoebox|box|sock|bathroom|kitchen|handbag|room)")
_FINAL_DAY = (r"(?:tonight|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this weekend|next week|"
              r"the weekend|after payday|my birthday)")

CUES = CUES + (
    _cue("means_at_hand", rf"\b(?:i've got|i have|i've|got|there's|there are|i keep|i've kept|keeping|i've saved|saved|hidden|"
                          rf"stashed)\s+(?:\d+|twenty|thirty|forty|fifty|sixty|a hundred|loads of|enough|boxes of|a stash of|"
                          rf"a box of|packets of|a bag of|a bottle of|a few boxes of|all (?:my|the))\s+(?:of\s+)?(?:my\s+)?"
                          rf"(?:{_PILLS}|painkillers|tabs)\b(?=[^.!?]{{0,40}}\b(?:in|under|behind|ready|saved|hidden|enough|"
                          rf"tonight|for when|just in case|if i need)\b)"
                          rf"|\b(?:the|my|his|her|their|all (?:the|my|his|her))\s+{_MEANS}\s+(?:is|are|'s|'re)\s+(?:still\s+)?"
                          rf"(?:in|under|behind|at the back of)\s+(?:the|my|his|her|their)\s+(?:\w+\s+)?{_STORED}\b"
                          r"(?=[^.!?]{0,60}\b(?:keep|kept|keeps|opening|looking|checking|counting|staring|thinking|can't stop|"
                          r"tonight|enough|ready|waiting|calling|just in case|all the time|every night))",
         tense=False, owner="subject"),
    _cue("keep_returning", r"\b(?:i|he|she)\s+(?:keep|keeps|kept|have been|has been|'ve been|'s been)\s+(?:going (?:back |out )?to "
                           r"|opening |checking |touching |getting out )?(?:open(?:ing)?|look(?:ing)? (?:at|in)|check(?:ing)?|"
                           r"count(?:ing)?|touch(?:ing)?|holding|getting (?:them|it) out)\s+(?:it|them|the drawer|the box|the "
                           r"cupboard|the cabinet|the bag)\b",
         tense=False, owner="subject",
         needs=rf"\b(?:{_MEANS}|drawer of \w+)\b"),
    _cue("arrangements", r"\b(?:my|the|his|her)\s+(?:passwords?|pin(?: numbers?)?|bank details|log ?ins?|will|life insurance"
                         r"(?: details| policy| papers)?|funeral (?:plan|wishes)|insurance (?:papers|details))\b[^.!?]{0,50}"
                         r"(?:[.!?,]\s*)?(?:just in case|for after|when i'm gone|after i'm gone|if anything happens|so (?:nobody|no one)"
                         r" has to|in case anything happens|for whoever finds|for when i'm not here)\b"
                         r"|\b(?:sorted|sorting|tidied|tidying|organised|organising|cleared|clearing)\s+(?:out\s+|up\s+)?(?:all\s+)?"
                         r"(?:my|his|her)\s+(?:stuff|things|paperwork|accounts|affairs)\b[^.!?]{0,40}\b(?:so (?:nobody|no one|"
                         r"the kids|my \w+) (?:has|have|won't have) to|for after|when i'm gone|just in case)\b",
         tense=False),
    _cue("no_point_plans", r"\bno point (?:in\s+)?(?:booking|planning|making plans|buying|saving|getting|fixing|starting|renewing|"
                           r"paying|going to)\b[^.!?]{0,40}\b(?:anymore|any more|for me|where i'm going|now i've decided)\b"
                           r"|\bwon't need (?:it|them|this|that|any of (?:it|this|them)|my \w+)\s+(?:anymore|where i'm going|"
                           rf"after {_FINAL_DAY}|for much longer|much longer)\b",
         veto=r"\b(?:holiday|leave|new job|moving|retir\w+|lol|haha\w*)\b"),
    _cue("nearly_did_it", r"\b(?:nearly|almost|so close to|came close to|very nearly)\s+(?:did|doing|done|do|going through with|went "
                          r"through with|jumped|stepped|let go)\s*(?:it)?\b(?=\s*(?:$|[.!?,;]|tonight|today|last night|this time|again|"
                          r"on the|off|in front|this morning|after))",
         needs=r"\b(?:bridge|cliffs?|edge|tracks|train|platform|roof|car park|multi ?storey|river|sea|pills|tablets|rope|"
               r"beachy head|sat there|stood there|stood on|standing|drove|walked|went|jump\w*|end it|it all)\b"),
    _cue("known_place", r"\b(?:went|go|going|drove|drive|driving|walked|walking|got the (?:bus|train)|ended up|been|sat|sitting|stood|"
                        r"standing)\s+(?:up\s+|out\s+|down\s+)?(?:to|at|on|by)\s+(?:beachy head|clifton (?:suspension )?bridge|"
                        r"golden gate|humber bridge|erskine bridge|forth (?:road )?bridge|the suspension bridge|the viaduct|the "
                        r"quarry|the level crossing|the top (?:floor|deck|level) of the (?:car park|multi ?storey))\b",
         tense=False, needs=r"\b(?:alone|sat|stood|stand\w*|looking|looked|ages|hours|nearly|thinking|night|again|typing|right now|"
                            r"down|edge|jump\w*|end|after shift|after work)\b"),
    _cue("take_the_lot", r"\b(?:planning (?:on|to)|going to|will|'ll|about to|want to|ready to|thinking (?:of|about)|tempted to|"
                         r"plan to|decided to)\s+(?:just\s+)?(?:take|taking|neck|necking|swallow|swallowing|down|downing)\s+(?:the lot|"
                         r"the whole lot|them all|all of them|the whole box|the whole packet|everything i've (?:got|saved)|all at once)\b"
                         r"|\b(?:to take|taking|take|swallow)\s+(?:them\s+|it\s+)?all at once\b"
                         rf"|\b(?:sav(?:e|es|ing|ed)|hoard\w*|keep(?:s|ing)?|hid\w*)\b[^.!?]{{0,40}}\bto (?:take|swallow|neck) "
                         r"(?:them |it )?(?:all at once|all together|in one go|at once)\b",
         needs=rf"\b(?:{_PILLS}|tabs|sleepers|tonight|after (?:my|the|work|shift)|last shift|when (?:everyone|the kids|i get home|"
               r"he's|she's)|this weekend|friday|saturday|sunday|saved|saving|stockpil\w*|hoard\w*|ready)\b",
         veto=r"\b(?:offer|sale|shop|cake|biscuits|sweets|chocolate|food|pizza|leftovers|lol|haha\w*|buffet|stock|orders?)\b"),
    _cue("method_ranking", r"\b(?:research\w*|googl\w*|look(?:ed|ing)? up|search\w*|read(?:ing)? (?:about|up on)|check\w*|"
                           r"work(?:ed|ing) out)\b[^.!?]{0,30}\b(?:which|what|the best|the quickest|the easiest|the least painful|"
                           r"how many|how much)\b[^.!?]{0,35}\b(?:painless|lethal|fatal|quickest|least painful|most painless|"
                           r"would (?:work|do it|kill)|enough to)\b"
                           r"|\b(?:googl\w*|look(?:ed|ing)? up|search\w*|research\w*|check(?:ed|ing)?|work(?:ed|ing) out)\s+how\s+"
                           r"(?:high|tall|deep|far (?:down|up)|long it takes to (?:die|bleed|drown|lose consciousness|pass out)|"
                           r"cold the (?:sea|river|water)|fast the trains)\b(?=[^.!?]{0,60}\b(?:bridge|cliff|multi ?storey|car park|"
                           r"building|tower|roof|drop|fall|river|sea|water|pills|tablets|bleed|die|jump|drown|trains?|platform|"
                           r"on my break|tonight|for me))",
         tense=False, owner="subject"),
    _cue("sorry_mess", r"\bsorry (?:for|about) (?:the mess|everything|what|all the pain|the pain|the trouble)\s+(?:that\s+)?"
                       r"(?:i'm|i am|i'll|i will)\s+(?:going to |about to |gonna )?(?:leave|leaving|put|putting|cause|causing)\b"
                       r"|\b(?:please\s+)?(?:forgive me|don't blame yourselves?|it's not your fault)\b[^.!?]{0,30}\b(?:for what i'm "
                       r"(?:about to|going to) do|when i'm gone|after (?:tonight|this))\b"),
    _cue("last_entry", r"\b(?:this|that|it|these)(?:'ll| will| is| are)?\s+(?:be\s+)?(?:my\s+)?(?:very\s+)?(?:last|final)\s+"
                       r"(?:entry|entries|message|messages|reflection|post|words|note|time (?:writing|talking|doing) (?:this|here)|"
                       r"time you'll hear from me)\b",
         tense=False,
         veto=r"\b(?:before (?:my|i go|the|leave|holiday)|for (?:today|now|tonight|this week|the week|a while|a bit|the day|"
              r"this shift)|holiday|leave|leaving do|new job|placement|rotation|until|till|back (?:on|next|in)|lol|haha\w*|"
              r"of the (?:day|week|shift))\b"),
    _cue("self_pain", r"\bwanted (?:it|this) to hurt\b|\bso (?:i'd|i would|i could|i can) feel (?:something|anything|it|the pain|"
                      r"real)\b|\bhurt(?:ing)? myself (?:so|to)\b"),
    _cue("extra_on_purpose", rf"\b(?:taking|took|taken|take|had|swallowed|necked)\s+(?:extra|double|more|a few extra|an extra "
                             rf"\w+|more than (?:i should|prescribed|i'm meant to|i'm supposed to))\s+(?:of\s+)?(?:(?:my|his|her|"
                             rf"their)\s+)?(?:{_PILLS}|tabs|sleepers)\b(?=[^.!?]{{0,40}}\b(?:on purpose|deliberately|to see what|"
                             r"to (?:die|end it|not wake up|sleep forever|hurt (?:my|him|her)self)|hoping|so (?:i|he|she) "
                             r"wouldn't wake|and (?:hoped|prayed)))"),
    _cue("plan_known", r"\b(?:i|he|she)\s+(?:know|knows)\s+(?:exactly\s+)?(?:when and how|how and when|how and where|when and "
                       r"where|where and how|how i'd do it|how i'm going to do it|how he'd do it|how she'd do it)\b"
                       r"|\b(?:i've got|i have|i've made|he's got|she's got|he has|she has)\s+a plan\s*(?=$|[.!]|and (?:i'm|i am|"
                       r"i know|the means|a date))"),
    _cue("trapped", r"\b(?:i'm|i am|i feel|feeling|i've been feeling|i've felt|i just feel)\s+(?:so\s+|completely\s+|"
                    r"totally\s+|utterly\s+|just\s+|really\s+)?trapped\b"
                    r"|\b(?:there's|there is|i've got|i have|i see|i can see|can see)\s+no way out\b"
                    r"|(?:^|[.!?,]\s*)no way out\b"
                    r"|\bstopped seeing (?:a|any|the) (?:reason|point)\b|\bno (?:reason|point) (?:to|in) (?:keep )?(?:trying|fighting)"
                    r"(?: anymore| any longer)?\b",
         needs=r"\b(?:no way out|only way|can't see|reason|point|anymore|any more|end it|forever|escape|give up|giving up|"
               r"stopped|fight\w*|nothing|no one|nobody|everything|life|living)\b",
         veto=r"\b(?:lift|traffic|car park|queue|meeting|in (?:a|the|this|my) (?:job|contract|role|team|ward|lift|building|"
              r"office|room|rota)|barrier|snow|locked out|escape room|game)\b"),
    _cue("permanent_exit", r"\b(?:only|one|last|final|real)\s+(?:way out|exit|option|answer|solution|escape|choice)\s+(?:left\s+)?"
                           r"(?:is|would be|'s|seems)\s+(?:a\s+)?(?:permanent|final)\b"
                           r"|\bpermanent (?:solution|way out|exit|escape|fix|sleep|goodbye|rest)\b(?!\s+(?:to|for) (?:the|this|our|a|an|"
                           r"staffing|funding|rota|problem|issue))"
                           r"|\b(?:check|clock|log|tap|bow|sign|opt)(?:ping|ing)?\s+(?:out|off)\s+(?:permanently|for good|forever|of (?:life|"
                           r"this life|existence|everything))\b"),
    _cue("blade_back", r"\b(?:the\s+|my\s+)?(?:razor|razors|blade|blades|scissors|lighter|compass)\s+(?:has\s+|have\s+|is\s+|are\s+)?"
                       r"(?:came|come|coming|back)\s+(?:back\s+)?out\b", tense=False),
    _cue("dont_find_me", r"\bdon't (?:try (?:to|and) |come )?(?:find|look for|come looking for|search for) me\b"
                         r"|\btonight(?:'s| is) the night\b(?!\s+(?:of|for)\b)",
         owner="subject",
         veto=r"\b(?:party|gig|match|quiz|date|show|premiere|final|game|launch|dinner|drinks|leaving do|karaoke|concert|ball|"
              r"prom|awards?|wedding|birthday|hide and seek|lol|haha\w*|holiday|festival|footy|football)\b"),
    _cue("engine_garage", r"\b(?:engine|car)\s+(?:is\s+)?(?:still\s+)?running\s+in\s+(?:the|a|my)\s+(?:shut |closed |locked )?garage\b"
                          r"|\bhose(?:pipe)?\s+(?:on|to|from|into|round|through)\s+(?:the|my)\s+(?:exhaust|car window)\b"
                          r"|\bexhaust\s+(?:pipe\s+)?(?:into|through)\s+(?:the|my)\s+(?:car|window)\b", tense=False),
    _cue("not_be_here_when", r"\b(?:i'd|i would|i'll|i will|to|just|rather|prefer to|plan to|going to)\s+not\s+be\s+(?:here|around|"
                             r"alive)\s+(?:next (?:week|month|year)|by|tomorrow|anymore|much longer|at all|for christmas|after)\b",
    ),
    _cue("decided_day", rf"\b(?:i've|i have|i)\s+(?:finally\s+|now\s+)?decided\s*[.!,:;-]+\s*(?:it's\s+|it'll be\s+|it will be\s+)?"
                        rf"{_FINAL_DAY}\W*$|\b(?:it's|it is)\s+(?:happening|going to be|gonna be)\s+{_FINAL_DAY}\W*$",
         veto=r"\b(?:party|roast|dinner|lunch|meeting|match|trip|holiday|interview|shop|date|wedding)\b"),
    _cue("peaceful_not", r"\b(?:peaceful|nice|easier|lovely|relief|bliss|better|a relief)\b[^.!?]{0,25}\bto\s+(?:just\s+)?(?:not wake up|"
                         r"not exist|not be here|stop existing|never wake up|fall asleep forever|sleep forever|not be alive)\b"),
    # safeguarding and harm to others: the same grammar, new lexicon
    _cue("sending_pics", r"\bsend(?:s|ing)?\s+(?:pics|pictures|photos|nudes|images|videos)\s+to\s+(?:an?\s+)?(?:older|grown|much older|"
                         r"\d+ ?(?:year old|yo|yr old))\s+(?:man|men|guy|bloke|woman)\b|\b(?:who|that)\s+pays\s+(?:her|him|them)\s+"
                         r"(?:for|to)\s+(?:pics|pictures|photos|sex|favours)\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("night_visits", r"\b(?:comes|coming|came|goes|going|gets|getting|went|creeps|creeping|crept|sneaks|sneaking|snuck)\s+into\s+"
                         r"(?P<victim>her|his|their)\s+(?:room|bedroom)\s+(?:at night|in the night|when (?:she|he|they)'s asleep|"
                         r"when everyone's asleep)\b",
         mode="violence", victimless="service_user", kinds=("service_user", "others")),
    _cue("nobody_feeding", r"\b(?:nobody|no one|no-one|nobody's|staff (?:aren't|don't|never))\s+(?:is\s+)?(?:feeding|washing|changing|"
                           r"turning|checking on|giving (?:her|him|them) (?:food|drinks?|water))\s+(?:her|him|them)?\b"
                           r"|\b(?:food|drinks?|water|meals?|jugs?)\s+(?:just\s+)?(?:gets?|is|are|being|getting|keeps? getting)\s+"
                           r"left\s+out of reach\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("favours_rent", r"\b(?:demand\w*|want(?:s|ed)?|asking for|asks for|asked for|expect\w*)\s+(?:sexual\s+)?favours\s+"
                         r"(?:instead of|for|in exchange for|in return for|as)\s+(?:the\s+)?(?:rent|money|drugs|a place|the debt)\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("lesson", rf"\b(?:teach|teaching|taught)\s+(?P<victim>{_VICTIM})(?:\s+(?:in|on)\s+(?:bay|bed|room)\s+\w+)?\s+a lesson\b",
         mode="violence",
         needs=r"\b(?:going to|gonna|'d|will|'ll|said|saying|threat\w*|wants?|planning|later|tonight|next time)\b"),
    _cue("drugs_carried", r"\bdrugs\s+(?:sewn|hidden|stuffed|plugged|taped|packed|stashed)\s+(?:into|in|inside|under)\s+(?:her|his|their)\b"
                          r"|\b(?:picked up|found|stopped|arrested)\s+in\s+(?:another|a different|a)\s+(?:city|town|county|area)\s+"
                          r"(?:\w+\s+)?with\s+(?:drugs|cash|a knife|gear|crack|heroin)\b",
         mode="abuse", default="service_user", kinds=("service_user", "others")),
    _cue("hospitalised", rf"\bput\s+(?P<victim>{_VICTIM})\s+in\s+(?:hospital|a&e|intensive care|icu|a coma)\b", mode="violence"),
    _cue("spiked", r"\bput(?:ting|s)?\s+(?:something|stuff|bleach|laxatives|drugs|rat poison|poison|anti ?freeze|pills|crushed \w+)\s+"
                   rf"in\s+(?P<victim>his|her|their|(?:our|my|the|a)\s+\w+'s)\s+(?:\w+\s+)?(?:drink|coffee|tea|food|dinner|water|pint|"
                   r"brew)\b", mode="violence",
         needs=r"\b(?:make (?:him|her|them) (?:ill|sick)|wants? to|going to|'ll|'d|will|said|planning|revenge|poison|ill|sick|hurt)\b"),
    _cue("bomb_claim", r"\bthere(?:'s| is)\s+a\s+(?:bomb|device|explosive)\s+(?:in|on|under)\b|\b(?:has|got|carrying)\s+a\s+bomb\b",
         mode="violence"),
    _cue("grabbing_at", rf"\bgrab(?:bing|bed|s)?\s+at\s+(?P<victim>{_VICTIM})\b", mode="violence"),
)

# --- round 6 (after fresh9-11): categories of indirect self-risk, not phrases --------------------------
# Each cue names a *kind* of sign with open slots: a chosen place or date; reasons for living gone; a message
# meant to be read afterwards; a large number of pills already taken; means bought or hidden from others;
# a firearm taken out; rehearsal; a "last ever" at work; a deadline after which the writer is no problem;
# "asking for me" after a general question. Guards (negation, past, training, grief) apply as everywhere.
_CHOSEN_THING = (r"(?:bridge|cliffs?|spot|place|location|method|way|date|day|time|night|tree|building|car park|multi ?storey|"
                 r"station|train|rope|beam|loft)")
_GUN = r"(?:gun|guns|revolver|pistol|rifle|shotgun|handgun|firearm|glock)"
_MANY = (r"(?:about |around |like |nearly |over |maybe |at least |almost |roughly )?(?:[1-9]\d+|[89]|twenty|thirty|forty|fifty|"
         r"sixty|a hundred|a handful of|handfuls of|a load of|loads of|a bunch of|a whole (?:box|packet|strip|bottle) of|"
         r"(?:two|three|four|five|several) (?:boxes|packets|strips) of|all (?:of )?(?:my|the|his|her))")

CUES = CUES + (
    _cue("chosen_place", rf"\b(?:i've|i have|i|i've already|already|he's|she's|he has|she has)\s+(?:got\s+)?(?:picked|chosen|chose|"
                         rf"found|settled on|decided on|worked out)\s+(?:out\s+)?(?:the|a|my|his|her)\s+(?:\w+\s+)?{_CHOSEN_THING}\b"
                         rf"|\b(?:got|have|has) (?:a|the) (?:date|day|time|place|spot|method) (?:picked|chosen|set|sorted)\b",
         tense=False,
         gate=r"\b(?:die|dying|end|it|bridge|cliff|jump|rope|tree|beam|loft|pills|tablets|date|excuse|go|gone|plan|anymore|"
              r"nobody|no one|forever|therapist|tonight|typing|goodbye)\b",
         veto=r"\b(?:holiday|wedding|venue|party|meeting|restaurant|paint|colour|photo|picnic|trip|walk|group|outing|team day|"
              r"away day|birthday|date night|interview|appointment|session|training|course|lunch|dinner|leaving do|move|"
              r"moving|house|flat|school|nursery|a date with|first date|the walk)\b"),
    _cue("asking_for_me", r"\basking (?:because|cos|for|as|since) (?:it's |it is |this is )?(?:me|myself)\b|\b(?:asking )?for me,? not "
                          r"(?:a|for a) (?:friend|client|patient|service user)\b|\bnot (?:really )?asking for a friend\b"
                          r"|\b(?:the|that) (?:friend|person|someone) (?:is|was) me\b",
         tense=False,
         gate=r"\b(?:die|dying|dead|suicid\w*|kill\w*|end (?:it|things|my life)|self harm|cut\w*|hurt\w*|overdos\w*|od|"
              r"disappear\w*|not (?:be )?here|wake up|live|alive|pills|tablets|paracetamol|meds|too many|jump\w*|hang\w*|"
              r"burden|unalive|kms)\b"),
    _cue("gun_at_hand", rf"\b(?:got|took|taken|taking|getting|get|had|have|holding|held|loaded|cleaning)\s+(?:out\s+)?(?:my|the|a|his|her)\s+"
                        rf"(?:\w+'s\s+)?(?:\w+\s+)?{_GUN}\b(?=[^.!?]{{0,60}}\b(?:out of|on (?:my|the) (?:bed|lap|desk|pillow|table)|in "
                        rf"my (?:hand|lap|mouth)|next to me|beside me|loaded|just holding|staring|looking at|tonight|safe|not ok|"
                        rf"can't stop|keep))"
                        rf"|\b(?:the|my|a|his|her)\s+(?:\w+'s\s+)?{_GUN}\s+(?:is|'s)\s+(?:on|in|next to|beside)\s+(?:my|the)\s+"
                        rf"(?:bed|lap|pillow|hand|desk|bedside|nightstand)\b",
         owner="subject", tense=False,
         veto=r"\b(?:range|hunting|shoot(?:ing)? club|clay|license|licence|course|training|safety|lethal means|nerf|water "
              r"gun|glue gun|staple gun|game|film|lol|haha\w*)\b"),
    _cue("nothing_to_stay", r"\b(?:nothing|no one|nobody|no reason|no point|not much|nothing much)\s+(?:left\s+)?(?:for me\s+)?"
                            r"(?:to\s+)?(?:stay|stick around|hang (?:on|around)|keep going|be here|live|keep living|keep me here)"
                            r"\s*(?:for|anymore|any more)?\b(?!\s+(?:in|at|on) (?:this|the|a) (?:job|team|ward|trust|role|place|"
                            r"service|meeting|company|area|city|town|country))"
                            r"|\b(?:nothing|no one|nobody)\s+(?:left\s+)?(?:keeping|holding)\s+me\s+(?:here|going|alive|back)\b"
                            r"|\b(?:no|any) (?:reason|point) (?:for me )?to (?:stick around|stay alive|be alive|keep breathing)\b"
                            r"|\bonce (?:the|my) (?:\w+ )?(?:cat|dog|pet|mum|dad|nan)(?:'s| is) gone\b[^.!?]{0,40}\b(?:no reason|"
                            r"nothing|no point|stick around|go too|i'm going|i'll go)\b",
         veto=r"\b(?:job|team|trust|role|contract|company|nhs|career|ward|post|city|town|flat|area|party|meeting|pub|"
              r"stay late|overtime|lol|haha\w*)\b"),
    _cue("posthumous", r"\b(?:if|when|once) (?:anyone|anybody|someone|you|they) (?:reads?|finds?|sees?) this (?:after|afterwards|when "
                       r"i'm gone|later)\b|\bby the time (?:you|anyone|someone|they) (?:reads?|finds?|sees?) this\b"
                       r"|\b(?:when|after|once) i'm (?:gone|dead|not here)\b(?!\s+(?:on|for)\s+(?:holiday|leave|a week|the week|"
                       r"maternity|nights|the weekend))"
                       r"|\btell (?:\w+ ){0,3}(?:it|this) (?:wasn't|was not|isn't|is not|wasnt) (?:their|your|his|her|anyone's) fault\b"
                       r"|\b(?:it|this) (?:wasn't|was not|isn't|is not) (?:your|their|anyone's) fault\b[^.!?]{0,30}\b(?:after|"
                       r"when i'm|what i'm about|what i do)\b",
         veto=r"\b(?:holiday|annual leave|on leave|retir\w+|new job|maternity|the accident|the incident|the restraint|"
              r"the complaint|mistake|error|rota|lol|haha\w*)\b"),
    _cue("took_many", rf"\b(?:took|taken|swallowed|necked|downed|had)\s+{_MANY}\s*(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?"
                      rf"(?:{_PILLS}|tabs|sleepers)\b",
         needs=r"\b(?:ago|just|tonight|now|feel (?:sick|weird|dizzy|sleepy|funny)|sorry|so someone knows|earlier|today|last night|"
               r"this (?:morning|evening)|an hour|hours|minutes|mins|before (?:work|shift|coming)|on purpose|want|goodbye)\b"),
    _cue("hidden_acquire", rf"\b(?:different|several|multiple|separate|other|three|two|four|[2-9]) (?:pharmacies|chemists|shops|"
                           rf"supermarkets|stores|garages|places)\b(?=[^.!?]{{0,80}}\b(?:{_PILLS}|tabs|notice|noticing|know|suspect))"
                           rf"|\b(?:buy\w*|bought|getting|collect\w*)\s+(?:\w+\s+){{0,2}}{_PILLS}\b[^.!?]{{0,40}}\b(?:hiding|hidden|hide|"
                           rf"stash\w*|saving (?:them|it)|so (?:nobody|no one))\b"
                           rf"|\bso (?:they|nobody|no one|no-one|the (?:pharmacist|chemist|staff|cashier))\s+(?:wouldn't|won't|doesn't|"
                           rf"didn't|would not|will not|can't|couldn't)\s+(?:notice|see|know|suspect|ask|realise|twig)\b"
                           rf"(?=[^.!?]{{0,60}}\b(?:{_PILLS}|tabs|blades?|razors?|rope|buying|bought|how many))",
         owner="subject", tense=False),
    _cue("means_for_later", r"\b(?:bought|buying|got|getting|picked up|ordered|ordering|found|kept|keeping)\s+(?:a|an|some|the|my|"
                            r"another)?\s*(?:new\s+|clean\s+|fresh\s+|sharp\s+|spare\s+|strong\s+|long\s+)?(?:blades?|razors?|"
                            r"rope|noose|ligature|charcoal|helium)\b",
         owner="subject", tense=False,
         gate=r"\b(?:for later|later|just in case|for tonight|for when|ready|not for anything good|for me|nobody knows|no one knows|"
              r"clean one|hidden|hide|secret|again|urge|need it|won't need|enough)\b",
         veto=r"\b(?:shav\w*|beard|legs|craft|diy|stanley|lino|box cutter|washing line|allotment|garden|climbing|tent|camping|"
              r"boat|dog lead|swing|skipping|bbq|barbecue|party|balloons?|tug of war|group|session|kitchen)\b"),
    _cue("rehearsal", r"\bhold(?:ing|s)?\s+(?:my|his|her)\s+(?:head|face)\s+under\s+(?:the\s+)?(?:bath\s*)?(?:water)?\b"
                      r"|\bhold(?:ing)?\s+my\s+breath\s+under\s+(?:the\s+)?(?:bath\s*)?water\b(?=[^.!?]{0,50}\b(?:until|till|stops?|"
                      r"how long|longer|every night|again))"
                      r"|\b(?:practis|practic|rehears)\w*\s+(?:with\s+)?(?:the\s+)?(?:rope|belt|knot|noose|ligature|it|how i'd|jumping|"
                      r"the jump|tying)\b",
         owner="subject", tense=False,
         veto=r"\b(?:swim\w*|pool|diving|dive|lesson|training|role ?play|drill|scenario|karate|yoga|singing|choir|lines|play|"
              r"presentation|speech|interview|knot for|scouts|sailing)\b"),
    _cue("last_ever", r"\b(?:my|the)\s+(?:very\s+)?last\s+(?:ever\s+)?(?:shift|day|week|night|time|message|reflection|session|"
                      r"supervision)\s+ever\b|\bmy last (?:ever )?(?:shift|day|week)\b[^.!?]{0,40}\b(?:they don't know|nobody knows|no "
                      r"one knows|for good|forever|not coming back)\b|\b(?:they|nobody|no one|the team)\s+(?:don't|doesn't|won't)\s+"
                      r"know\s+(?:it's|it is|this is)\s+(?:my|the)\s+last\b",
         tense=False, owner="last",
         veto=r"\b(?:new job|new role|leaving do|retir\w+|notice|moving|maternity|secondment|placement|rotation|contract|"
              r"leaving card|last day before|promotion|cake|lol|haha\w*)\b"),
    _cue("means_combo", rf"\b(?:{_PILLS}|tabs|sleepers)\s*(?:\+|and|with|washed down with|plus|&)\s*(?:a (?:bottle|litre) of\s+)?"
                        rf"(?:vodka|whisky|whiskey|gin|wine|rum|alcohol|booze|drink|cans|spirits|beers?)\b"
                        rf"|\b(?:vodka|whisky|whiskey|gin|wine|alcohol|booze)\s*(?:\+|and|with|plus|&)\s*(?:(?:all\s+)?(?:my|the)\s+)?{_PILLS}\b",
         tense=False,
         needs=r"\b(?:tonight|sorry|goodbye|later|ready|going to|planning|plan|now|enough|all|the lot|this time|when i get home|"
               r"after work|after shift|forever|for good|bye|it's time|finally)\b",
         veto=r"\b(?:don't mix|shouldn't|should not|never mix|interaction|warning|leaflet|advice|advised|dangerous to|safe to|"
              r"training|course|group|gp said|pharmacist)\b"),
    _cue("the_night", rf"\b(?:{_FINAL_DAY}|today)\s+(?:feels like|could be|might be|is going to be|will be|has to be)\s+(?:the|my)\s+"
                      r"(?:night|day|time)\b(?!\s+(?:of|for|to (?:celebrate|party|relax|tell)|we|i (?:tell|ask|finally (?:tell|ask)|"
                      r"celebrate)))",
         veto=r"\b(?:party|gig|match|quiz|date|show|premiere|final|game|launch|dinner|drinks|leaving do|karaoke|concert|ball|"
              r"prom|awards?|wedding|birthday|lol|haha\w*|holiday|festival|footy|football|propose|ask (?:her|him) out|tell (?:her|him|them)|"
              r"results|interview|exam|celebrat\w*)\b"),
    _cue("no_problem_after", rf"\b(?:won't|will not|wont|not going to|shan't)\s+be\s+(?:a|an|anyone's|your|their|everyone's)?\s*"
                             rf"(?:problem|burden|bother|nuisance|worry|inconvenience|trouble|in (?:anyone's|your|their|everyone's) way)"
                             rf"\s*(?:to|for)?\s*(?:anyone|anybody|you|them|everyone|anyone else|you all|much longer|for (?:much|very) "
                             rf"longer)?\s*(?:after|past|beyond|from|by)\s+{_FINAL_DAY}\b"
                             r"|\b(?:won't|will not|wont)\s+be\s+(?:a|anyone's)\s+(?:problem|burden)\s+(?:to|for)\s+(?:anyone|anybody|"
                             r"everyone)\s+(?:much longer|for long|soon|anymore|any more)\b"
                             r"|\b(?:out of (?:everyone's|your|their) (?:way|hair))\s+(?:for good|forever|permanently|soon|after)\b",
         veto=r"\b(?:leave|holiday|new job|moving|retir\w+|rota|annual|course|placement)\b"),
    _cue("not_around_for", r"\b(?:not|n't)\s+(?:planning|plan|intending|going|expecting)\s+(?:on|to)\s+(?:be(?:ing)?)\s+(?:here|"
                           r"around|alive)\s+(?:for|by|at|when|after|much longer|next)\b",
         tense=False),
)

CUES = CUES + (
    _cue("gas_on", r"\b(?:leave|leaving|left|turn|turning|put|putting)\s+(?:the\s+)?gas\s+on\b(?=[^.!?]{0,60}\b(?:sleep|lie down|"
                   r"tonight|and go|not wake|windows? shut|close (?:the|all) (?:windows|doors)|kitchen floor|head in))"
                   r"|\b(?:turn|turning|put|putting)\s+(?:on\s+)?the\s+gas\s+(?:on\s+)?(?:the\s+)?(?:cooker|oven|hob)\b[^.!?]{0,40}\b(?:lie|"
                   r"sleep|tonight|floor|not light)\b"
                   r"|\bhead in the (?:gas )?oven\b",
         tense=False, owner="subject", veto=r"\b(?:cook(?:ing|ed|s)?|dinner|tea|roast|bake|baking|engineer|boiler|meter|lol|haha\w*)\b"),
    _cue("go_through", r"\b(?:go|going|gone|went|get|getting)\s+through\s+with\s+it\b",
         needs=r"\b(?:waiting|right moment|right time|tonight|nearly|almost|finally|decided|brave enough|courage|guts|ready|"
               r"this time|soon|sunday|friday|saturday|tomorrow|weekend|plan|can't wait|mind up|keep thinking)\b",
         veto=r"\b(?:wedding|divorce|move|moving|interview|operation|surgery|course|degree|training|complaint|tribunal|"
              r"application|house|sale|marathon|presentation|the op|lol|haha\w*)\b"),
    _cue("funeral_plans", r"\b(?:wrote|writing|written|planned|planning|chose|choosing|chosen|picked|picking|sorted|sorting)\s+"
                          r"(?:out\s+)?(?:the\s+)?(?:order of service|songs?|hymns?|music|readings?|playlist|coffin|flowers)\s+"
                          r"(?:for|at)\s+my\s+(?:own\s+)?funeral\b", tense=False, owner="subject"),
)

CUES = CUES + (
    _cue("not_found_by", r"\b(?:so|in case|before|then)\s+(?:they|he|she|the kids|the children|my \w+|anyone|nobody|no one)\s+"
                         r"(?:don't|doesn't|won't|can't|isn't the one to|aren't the ones to)\s+(?:be the one to\s+)?find\s+me\b",
         owner="last", tense=False,
         veto=r"\b(?:hide and seek|hiding from (?:the|my) (?:kids|children) (?:for|while)|surprise|party|game|lol|haha\w*)\b"),
)
