"""Compositional training sentences for the risk backstop (scripts/build_risk_model.py).

The hand-written sets in this folder are few (about 1,500 risk lines) and phrase-like; the blind sets show
that unseen self-risk is mostly *indirect* (means at hand, places, research, arrangements, finality,
hopelessness) and that hard `none` reuses the same words (past lived experience, training, grief,
hyperbole, everyday pills, bridges and goodbyes). This module builds labelled lines from parts:
(who) x (sign or act) x (time) x (register: fillers, txt-speak, typos), and the matching hard negatives.
It is deterministic (fixed seed) so the model artifact can be rebuilt byte for byte.

These lines are training data only. They are never scored as an evaluation set.
"""
from __future__ import annotations

import random
from typing import Iterator

SEED = 20261122


def _pick(rng: random.Random, items):
    return items[rng.randrange(len(items))]


# --- register ------------------------------------------------------------------------------------

LEAD = ["", "", "", "", "honestly ", "ngl ", "tbh ", "not gonna lie ", "idk, ", "can i be honest, ", "right so ",
        "i don't know how to say this but ", "being real, ", "just gonna say it, ", "fml ", "ok so ", "so yeah ",
        "this is hard to type but ", "i need to tell someone, ", "bit of a weird one but "]
TAIL = ["", "", "", "", " tbh", " honestly", " x", " ...", " fr", " and i mean it", " please don't tell anyone",
        " idk", " not even joking", " i think", " ngl", " sorry", " .", " !!", " and nobody knows"]
TIME = ["tonight", "this weekend", "after my shift", "on friday", "when everyone's asleep", "after work",
        "tomorrow", "this week", "on sunday", "later", "once the kids are at school", "before my next shift",
        "when i get home", "at the weekend", "after this"]
RECENT = ["last night", "this morning", "yesterday", "after shift", "on my break", "earlier", "tonight",
          "again last night", "at the weekend", "on the way home", "before coming in"]


def _typo(rng: random.Random, text: str) -> str:
    """Phone typing: dropped apostrophes, a swapped or doubled letter, shorthand."""
    roll = rng.random()
    if roll < 0.35:
        text = text.replace("'", "")
    if roll < 0.15:
        words = text.split()
        if words:
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 4:
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            text = " ".join(words)
    for a, b in (("going to", "gonna"), ("want to", "wanna"), ("i'm", "im"), ("because", "cos"),
                 ("right now", "rn"), ("about", "abt"), ("people", "ppl"), ("don't know", "dunno")):
        if a in text and rng.random() < 0.3:
            text = text.replace(a, b)
    if rng.random() < 0.12:
        text = text.capitalize()
    return text


def _dress(rng: random.Random, core: str) -> str:
    return _typo(rng, (_pick(rng, LEAD) + core + _pick(rng, TAIL)).strip())


# --- lexicons ------------------------------------------------------------------------------------

MEANS_PILLS = ["pills", "tablets", "my meds", "my sertraline", "paracetamol", "my sleeping tablets", "the co-codamol",
               "my mirtazapine", "my quetiapine", "my insulin", "my lithium", "enough tablets", "the strong painkillers",
               "my antidepressants", "boxes of paracetamol", "my prescription", "the oxy from my op",
               "my mum's tramadol", "the zopiclone", "my propranolol"]
MEANS_OTHER = ["a rope", "the rope", "a belt", "a blade", "the razor", "new blades", "a length of cable",
               "a hosepipe for the exhaust", "the dog's lead", "a scarf", "the kitchen knife", "a bottle of vodka and my pills"]
STORE = ["in the drawer", "in my bag", "in the glovebox", "under my bed", "in my locker at work", "in the bathroom cabinet",
         "in a shoebox", "in the car", "in my coat pocket", "in the shed", "in the garage", "behind the books",
         "in a sock in my drawer", "in my work bag"]
ATTEND = ["i keep looking at {m}", "i keep opening the drawer with {m} in it", "i keep counting {m}",
          "i keep holding {m}", "i keep getting {m} out and putting them back", "i can't stop thinking about {m}",
          "i sat with {m} in my lap for an hour", "i've been staring at {m} all night",
          "{m} are lined up on the side", "i've counted out {m} on the table", "i know exactly where {m} are",
          "i've got {m} ready", "i've been saving up {m}", "been stockpiling {m} for weeks",
          "i've collected enough of {m} now", "i've got {m} {s}", "{m} are {s} and i keep going back to them",
          "i've been hiding {m} {s}", "i bought {m} today", "i picked up extra {m} so i have enough",
          "been putting {m} aside every day", "i've been not taking {m} so i can save them up"]
ATTEND_OTHER = ["i keep looking at {m}", "i've got {m} {s}", "i bought {m} today, not for anything good",
                "{m} is {s} and i keep going out to look at it", "i've been carrying {m} around with me",
                "i've tied a knot in {m}", "i tested {m} on the banister", "i've hidden {m} {s}",
                "i keep picking up {m}", "i took {m} to the woods with me"]
PLACES = ["the bridge", "the cliffs", "the train tracks", "the level crossing", "the edge of the platform",
          "the top of the multi storey", "the roof of the car park", "the river", "the quarry", "the viaduct",
          "the motorway bridge", "the sea wall", "the canal lock", "the top floor of the car park", "the pier",
          "the railway line", "the flyover", "the station when the fast trains go through", "the reservoir",
          "the top of the tower block"]
AT_PLACE = ["went to {p} {r} and stood there for ages", "drove to {p} {r} and sat there", "i keep ending up at {p}",
            "walked to {p} {r} and looked down for a long time", "i stood at {p} {r} and nearly did it",
            "{p} keeps calling me", "i'm at {p} right now", "i'm sat at {p} typing this", "i keep driving past {p} on purpose",
            "went and stood on {p} {r}, got as far as climbing over", "i know which part of {p} nobody can see",
            "been going to {p} every night this week", "i looked at {p} {r} and thought it would be easy",
            "i'm going to {p} {t}", "spent my break at {p} working out the height"]
RESEARCH = ["how many {m} it would take", "how long it takes to bleed out", "what dose is lethal", "how high {p} is",
            "whether drowning hurts", "the most painless way", "how to tie a knot that won't slip", "when the fast trains come through",
            "how long an overdose takes", "if {m} and alcohol together would do it", "how deep the river is by the bridge",
            "what happens to your body when you jump", "whether my life insurance pays out", "how to make it look like an accident"]
RESEARCH_LEAD = ["googled", "been googling", "looked up", "been researching", "searched", "i keep searching",
                 "spent the night reading about", "been looking online at", "i've been checking"]
PEOPLE_MINE = ["the kids", "my daughter", "my son", "my mum", "my partner", "my sister", "my best mate", "my wife",
               "my husband", "my girls", "my boys", "my dad", "everyone i love", "my nan"]
FINALITY = [
    "wrote letters to {pp} {r} and put them where they'll be found", "left a note for {pp} in the kitchen",
    "i've written notes to {pp}, they're in my bag", "i've written my note", "gave my {pet} to {pp}, they'll look after it better",
    "gave away my {thing} {r}, i won't need it", "sorted my will and my passwords so nobody has to deal with it",
    "paid off all my debts, everything's in order now", "put all my paperwork in one folder for {pp}",
    "cancelled all my appointments, no point now", "cancelled my {appt}, no point booking things anymore",
    "said my goodbyes to {pp} {r}, they didn't know that's what it was", "this is my last reflection, thank you for everything",
    "this'll be my last message", "i won't be around to finish this", "i won't be here for the review next month",
    "if i'm not on shift {t}, you'll know why", "if i don't turn up {t}, don't come looking", "don't try to find me",
    "sorry for everything i'm about to put everyone through", "i've decided. {day}.", "it's happening {day}",
    "i've set a date", "tonight's the night", "by {day} it'll all be over", "this is goodbye", "i've made my peace with it",
    "i've chosen the day", "everything's ready for {day}", "i know when and how now", "i've got a plan and a date",
    "made sure my pension goes to {pp}", "recorded a video for {pp} for after", "deleted all my socials, tidying up",
    "found a new home for my {pet}, just in case", "i've told {pp} i love them one last time",
    "left my keys and my bank card with a note", "sent {pp} a message saying sorry for everything",
    "i've planned what to wear", "nobody will find me where i'm going"]
PETS = ["cat", "dog", "rabbit", "guinea pigs", "fish", "budgie"]
THINGS = ["guitar", "records", "clothes", "books", "jewellery", "gaming stuff", "bike", "savings", "watch"]
APPTS = ["dentist", "hair appointment", "gp appointment", "supervision", "therapy", "holiday", "car mot", "eye test"]
DAYS = ["sunday", "friday", "saturday", "monday", "tonight", "tomorrow", "this weekend", "after payday", "my birthday"]
HOPELESS = [
    "no way out of this, i'm trapped", "i'm trapped and there's only one way out", "tired of fighting, ready to let go",
    "ready to go now", "i'm ready to let go of everything", "i'm done fighting it", "i can't see a way out anymore",
    "the only way out is a permanent one", "i've stopped seeing a reason to keep going", "everyone would cope better without me",
    "my kids would be better off without me", "i'm a burden to everyone who loves me", "nobody would notice if i vanished",
    "i just want it all to stop for good", "want to disappear and not come back", "i want to go to sleep and not wake up",
    "i wish i wasn't alive", "i don't want to exist anymore", "what's the point in carrying on", "i'm at the end of it, properly this time",
    "i've got nothing left to give and nothing to stay for", "i can't see myself being here much longer",
    "i'm not going to be here for christmas", "i don't see a future past this week", "life's not worth it anymore",
    "i keep thinking about not being here", "the world would be lighter without me", "i'm just taking up space",
    "it'd be a relief for everyone if i was gone", "i'm so tired of being alive", "every day i wish i hadn't woken up",
    "i can't keep pretending, i'm finished", "there's no fixing me, i'm done", "i want out of everything, permanently",
    "counting down the days now", "i feel like i'm already gone", "i've given up, there's no coming back from this",
    "the pain won't stop unless i stop it", "nothing will get better so why stay", "i just want the noise to end forever"]
SELF_HARM = [
    "cut myself {r}", "i've been cutting again", "relapsed on the self harm {r}", "the blade came back out {r}",
    "burned my arm with a lighter {r}", "scratched my arms till they bled {r}", "been hitting myself in the head {r}",
    "punched the wall till my hand broke, on purpose", "i hurt myself {r} so i'd feel something", "took extra of my meds on purpose {r}",
    "took a handful of pills {r}", "i've taken more tablets than i should {r}", "i've been starving myself as punishment",
    "pulled my hair out till it bled {r}", "burned myself with the straighteners {r} on purpose", "i sh'd {r}",
    "i keep hurting myself and hiding it under my sleeves", "bit my arm till it bled {r}", "drank myself unconscious on purpose {r}",
    "stood in the freezing shower until i went numb, i wanted it to hurt", "i've opened the old cuts back up",
    "i've been digging at my skin with my keys", "carved into my leg {r}", "i've taken something {r} and i feel weird"]
CODED = ["kms", "i'm gonna kms", "wanna kms fr", "want to unalive myself", "thinking of unaliving", "sewer slide thoughts again",
         "ready to ctb", "gonna ctb this weekend", "i'm gonna catch the bus, the permanent kind", "want to self delete",
         "thinking about the sewer slide a lot", "honestly might just unalive", "kms kms kms", "ready for the big sleep",
         "i want to off myself", "thinking of topping myself", "gonna top myself", "want to go to sleep forever", "suey thoughts",
         "feeling very unalive-y", "game over for me soon", "might yeet myself off the bridge", "i'm going to end it", "end it all"]
PARTNER = ["my husband", "my partner", "my boyfriend", "my ex", "my girlfriend", "my wife", "he", "she"]
DV = ["{pt} strangled me {r}", "{pt} hit me again {r}", "{pt} said he'll kill me if i leave", "{pt} pinned me against the wall {r}",
      "i'm scared to go home, {pt} is going to hurt me", "{pt} threatened me with a knife {r}", "{pt} choked me till i passed out {r}",
      "{pt} keeps turning up at my house threatening me", "{pt} locked me in the bedroom {r}", "{pt} pushed me down the stairs {r}",
      "{pt} takes my wages and won't let me see my friends", "i'm not safe at home with {pt}"]
NOT_SAFE = ["i'm not safe tonight", "can't keep myself safe", "scared of what i'll do tonight", "i don't trust myself to be alone",
            "i don't think i'll make it through the weekend", "not sure i'll make it to the weekend, in the worst way",
            "i'm going to do something stupid {t}", "something really bad is going to happen {t} and it's me doing it",
            "i'm thinking about doing something stupid {t}", "i might not be here {t}", "please don't let me go home alone",
            "thought about crashing the car into a tree {r}", "nearly drove into the lorry on purpose {r}",
            "i let the car drift towards the barrier {r}", "if i drive off the road {t} nobody would know it wasn't an accident",
            "sat in the car with the engine running in the garage {r}", "i keep stepping closer to the edge when trains come",
            "walked into the sea up to my chest {r}", "i'm in the bath with a blade", "i've taken the lot, it's done"]

SU_WHO = ["my client", "the lad i support", "a resident", "pt", "the patient", "one of my guys", "the woman i visit",
          "a young person on my caseload", "the man i see on outreach", "my service user", "one of the patients",
          "the girl i mentor", "a peer group member", "the gentleman in room 4", "the lady i support", "a tenant",
          "the young man i work with", "one of the residents", "my 15 year old client", "a guy from my group"]
SU_SELF = ["says she's been saving her meds to take all at once", "has a rope in his wardrobe and says it's for later",
           "told me he's going to the bridge {t}", "has written goodbye letters to her kids", "gave away all his stuff this week",
           "said he won't be around much longer", "showed me fresh cuts on her arms", "has been burning herself with cigarettes",
           "texted me goodbye and said she's got her tablets ready", "says tonight's the night and he's not coming back",
           "has been googling how many paracetamol it takes", "was found on the railway line {r}", "tied something round his neck {r}",
           "said she wants to die and has a plan", "has stopped eating and says there's no point living",
           "swallowed batteries {r}", "is hoarding his clozapine under his tongue", "told me she's going to jump when she's discharged",
           "has been banging his head on the wall till it bleeds", "says everyone would be better off without her",
           "messaged me saying she's at the cliffs", "took an overdose {r}", "says the voices are telling him to hang himself",
           "is cutting again and it's getting deeper", "said she's decided and it's happening {day}"]
SU_ABUSE = ["says her carer hits her when no one's around", "is having his money taken by his son every week",
            "is being kept in the house by her husband with no phone", "has men using his flat to deal from",
            "is being made to carry drugs to other towns", "has been sending pictures to an older man who pays her",
            "says her mum's boyfriend comes into her room at night", "is being left in soiled sheets all day",
            "isn't being fed properly and is losing weight", "was dragged down the corridor by a support worker",
            "is locked in his room at night by staff", "is being shouted at and called names by the night staff",
            "has bruises nobody can explain", "is getting messages from her ex saying he'll kill her",
            "was restrained face down and couldn't breathe", "is being given extra sedation to keep him quiet",
            "told me a staff member touched her", "is being bullied for money by another resident",
            "has a landlord demanding favours instead of rent", "is being groomed online by someone much older"]
OTHER_WHO = ["my sister's fella", "my neighbour", "my brother", "my mate", "my colleague", "my son", "my dad", "my uncle",
             "a guy at the bus stop", "my flatmate", "my best friend's husband", "my ex", "a man outside the shop",
             "my cousin", "the lad next door"]
OTHER_ACT = ["said he's going to stab his boss {t}", "put her in hospital {r}", "keeps threatening to burn their house down",
             "said he's going to shoot up his old school", "is hitting their toddler", "chokes her when he's drunk",
             "said he'd run his ex over", "has a gun and a list of names", "threatened to glass someone {t}",
             "says he's going to kill his stepdad", "leaves the kids alone for days with no food",
             "was waving a machete at people {r}", "said he'll throw acid at his ex", "keeps saying he'll poison her",
             "is going to torch his mum's house"]
WORKER_TO_OTHERS = ["i want to hurt my ex, i know where he lives", "i'm going to batter my manager {t}", "i'm scared i'll hurt my baby",
                    "i keep thinking about hurting my kids and it terrifies me", "i'm going to key his car and slash his tyres {t}",
                    "i'm going to punch my coworker {t}, i mean it", "i want to make him suffer like i did"]

# --- hard negatives ------------------------------------------------------------------------------

PAST = ["years ago", "when i was 19", "back in 2014", "in my twenties", "before my recovery", "ten years ago",
        "when i was a teenager", "a long time ago", "back when i was unwell", "in 2009", "before i got help",
        "when i was first sectioned", "as a teenager", "at uni"]
NOW_OK = ["", "", ", i'm in a really good place now", ", and that's why i do this job", ", it's part of my story now",
          ", today i shared that with a patient and it helped", ", i'm proud of how far i've come", ", those days are long gone",
          ", now i use it to connect with people", ", i'm well now and have been for years", ", i talked about it in group today"]
PAST_ACTS = ["i stockpiled my meds", "i stood on the bridge", "i wrote letters to my family", "i gave all my stuff away",
             "i cut myself most days", "i took an overdose", "i tried to end my life", "i was found on the railway line",
             "i had a rope in my wardrobe", "i planned my own funeral", "i said goodbye to everyone", "i was suicidal",
             "i burned my arms", "i felt like a burden to everyone", "i couldn't see a way out", "i googled lethal doses",
             "i drove to the cliffs", "i was trapped in a violent relationship", "my ex used to strangle me",
             "i didn't want to wake up", "i was hoarding tablets", "i self harmed", "i was sectioned after an attempt",
             "i wanted to die", "i let go of hope"]
USED_TO = ["i used to {a}", "i used to think everyone would be better off without me", "i used to keep a blade in my drawer",
           "i used to go to the bridge every night", "i used to save up my tablets", "i used to cut", "i used to feel trapped",
           "i used to write goodbye letters i never sent", "i used to think about the train tracks all the time"]
TRAINING = ["we did training on warning signs like giving things away and saying goodbye",
            "the course covered stockpiling medication and researching methods", "safety planning session today, really useful",
            "the leaflet lists signs like 'i won't be around' and 'you'll know why'",
            "we practised asking directly about suicide in the ASIST course",
            "role play today: the client says he's been to the bridge, what do you say",
            "the module on means restriction talked about pills in drawers and ligature points",
            "supervision was about spotting coded language like kms and unalive",
            "we learned that phrases like tired of fighting can be a warning sign",
            "the training video had a man saying goodbye to his dog, it was moving",
            "suicide awareness day at work, good turnout", "we reviewed the ligature audit for the ward",
            "refresher on the self harm policy and the safety plan template", "the case study was about a nurse who stockpiled tablets",
            "teaching session on domestic abuse and coercive control", "we role played a safeguarding disclosure"]
GRIEF = ["my uncle took his own life last year and the anniversary is coming up", "a patient died by suicide in march and we had a memorial",
         "my friend's brother died by suicide, i went to the funeral", "we lost a service user to suicide last year, still hard",
         "my nan passed away last week, gutted", "my dog died and i'm heartbroken", "it's a year since my dad died",
         "talked with a man whose wife took her own life, we spoke about what helps", "grief group today was heavy but good",
         "a client's son died by suicide and she wanted to talk about him"]
HYPERBOLE = ["this rota is killing me", "i could murder a brew", "i'd kill for a day off", "i'm dead on my feet",
             "i nearly died laughing", "dying to see the new series", "my mum will kill me if i'm late", "i could strangle the printer",
             "this heat is killing me", "kill me now, three meetings back to back lol", "i'm going to lose my mind over this form",
             "i want the ground to swallow me up after that presentation", "my feet are killing me", "i'd rather die than do karaoke again lol",
             "i'll kill him if he eats my lunch again haha", "the traffic made me want to scream", "that meeting was murder",
             "i'm so done with this week lol", "end me, the it system is down again", "i could cry, the coffee machine is broken"]
BENIGN = ["gave my old sofa away on facebook", "sorted my tax return finally", "decided on sunday for the team lunch",
          "last shift before my holiday", "won't be around next week, i'm on annual leave", "said goodbye to my colleague on her last day",
          "writing a leaving card for the ward manager", "picked up my tablets from the pharmacy", "took my meds on time all week",
          "bought some rope for the washing line", "walked over the bridge to work in the sunshine", "we went to the cliffs for a walk on my day off",
          "train was cancelled so i was late", "letting go of perfectionism, trying to delegate", "ready to go home and sleep",
          "felt trapped in the lift for ten minutes", "no way out of the car park, barrier's broken", "i'm a bit of a burden on admin with all my questions",
          "the tablets at work keep freezing", "stockpiling biscuits for nights", "counting down the days to my holiday",
          "i've decided to go back to college", "i've made my peace with the new rota", "my last day at this trust is friday, new job",
          "gave my guitar to my nephew, he's learning", "cancelled my dentist because of the strike", "sorted my pension paperwork today",
          "found a new home for our rescue cat, she's settled in", "wrote thank you cards to the team", "the pills trolley was late again",
          "the drawer in the clinic room is broken", "the river walk with the group was lovely", "the patient's rope bracelet was so good",
          "fighting for better funding, we won't give up", "i'm not going anywhere, this team is stuck with me",
          "we talked about her plans for the weekend", "off to the train station, see you tomorrow", "the bridge was closed so i was late",
          "sat in my car for ten minutes to decompress, then went home", "i'm done for today, heading home",
          "the platform was packed this morning", "tied up the loose ends on my caseload before leave",
          "my passwords expired again, IT is useless", "no point booking anything till the rota's out",
          "i'm tired but it's a good tired", "a service user made me a goodbye card when she moved out"]
# Emotional load is the everyday material of reflection, not risk: tired, tearful, burnt out, haunted by a
# shift. These sit closest to hopelessness in wording, so they are the negatives that matter most.
WORK_LOAD = ["i'm exhausted, nothing left in the tank after that shift", "i gave everything today and i'm running on empty",
             "this job takes everything out of me some weeks", "i think i'm burning out, need to talk to my supervisor",
             "taking on too much of other people's pain lately", "cried in the car after my last visit",
             "couldn't sleep last night thinking about work", "keep replaying the restraint in my head",
             "i feel invisible on this ward unless something goes wrong", "nobody checked in with me after the incident",
             "feeling flat today, going to have an early night", "so tired i could sleep for a week",
             "i'm drained, the ward was chaos all shift", "had to sit in my car for a bit before driving home",
             "heavy day, her story was so close to mine", "some days i wonder if i'm cut out for this job",
             "i'm thinking about quitting, the rota is impossible", "i feel like i'm drowning in paperwork",
             "i can't keep doing double shifts, i've told my manager", "felt useless today, nothing i said helped",
             "i've been having bad dreams about work", "i'm at the end of my tether with the rota",
             "my head's all over the place after that session", "i had nothing left to give by the afternoon",
             "honestly i'm done in, need my bed", "struggling to switch off from work at the moment",
             "i keep thinking about his face when the police came", "i feel stuck in this role, no progression",
             "i just need a holiday, i'm running on fumes", "it was a rough one and i'm still shaky",
             "i'm so low on energy, the team is short again", "the job is breaking me a bit, i'm booking supervision",
             "spent my break crying in the toilets, then got on with it", "i don't know how much longer i can do nights",
             "i feel hopeless about the system, nothing ever changes for patients", "i'm not ok today but i'll talk to my mum tonight",
             "i feel like giving up on this referral, it's been months", "sometimes i feel like a fraud in this job"]
# Everyday idioms built on risk words.
IDIOMS = ["my phone's been blowing up all day", "the group chat blew up after the meeting", "it all kicked off at handover",
          "she takes everything personally", "he took it all in his stride", "i took it all in, loads to think about",
          "they cut the budget again", "had my hair cut on my day off", "the battery on my work phone is dying",
          "my laptop's dead again", "the ward was dead quiet this afternoon", "i hung out with the team after work",
          "hang on, i'll finish this later", "jumped at the chance to co-facilitate", "we jumped on a call with the family",
          "overdosed on chocolate at the team meeting lol", "we bridged the gap between the nurses and the patients",
          "got roped into running the quiz", "that smell triggers a headache every time", "we smashed our targets this month",
          "the funding is on a knife edge", "i buried myself in paperwork all afternoon", "drowning in emails today",
          "suffocating under the audits", "he's a bit of a killer at pool", "she killed it at the interview",
          "the new starter absolutely nailed it", "we shot a short video for the open day", "i need a shot of espresso",
          "the heat is unbearable on the ward", "i was dying of embarrassment", "the meeting dragged on forever",
          "i nearly lost it when the printer jammed again", "i'm going to lose it if one more person moves my mug",
          "i'll kill him if he eats my lunch again", "she'll murder me if i'm late again", "my manager will hang me out to dry",
          "i could have thrown my laptop out the window", "this form makes me want to scream into a pillow",
          "i'm sick to death of the car park", "the traffic was murder this morning", "the rota is a car crash",
          "we had a blast at the summer fair", "that quiz question was a killer", "i'm stuffed after the team lunch",
          "i'm going to end the group early today", "we ended on a high", "she's finally ending it with her boyfriend, good for her",
          "i'm cutting down on caffeine", "i'm done, signing off for the day", "i'm checking out of this hotel tomorrow",
          "i'm letting go of the things i can't control", "ready to go home, knackered", "i'll be gone all next week on leave",
          "ending things with my girlfriend this weekend, it's been a long time coming", "i'm finally going to end it with him, good riddance",
          "breaking up with my partner tonight, wish me luck", "i'm safe at home tonight, my sister is staying over",
          "i feel safe with my new team", "gonna jump in the bath and then bed", "going to crash as soon as i get home",
          "the match last night was carnage", "the new manager is going to end the pilot", "he's ending his tenancy and moving in with his mum",
          "wrote a card to my kids for their birthdays", "we shot some hoops with the lads after group",
          "the toast set the fire alarm off again", "my mate said he'd kill me for eating his chips lol"]
SU_OK = ["{su} hasn't self harmed for three months", "{su} stopped saving her meds and handed them in", "{su} denies any thoughts of harming himself",
         "{su} is doing so much better, talking about the future", "{su} said the bridge walk with me was the best part of her week",
         "{su} was discharged home today, so pleased", "{su} talked about her old overdose as something she's proud to have survived",
         "{su} gave me a goodbye card when he moved flats", "{su} is learning to cook and gave away her old takeaway menus lol"]


# Round 6 (after fresh9-11): categories, each with the hard negatives that share its words.
R6_SELF = [
    "i don't see the point in waking up anymore", "there's nothing left to stay for", "once {pp} is sorted there's no reason for me to stick around",
    "nothing keeping me here now", "i've picked {p}", "i've chosen the day, {day}", "got a date picked and nobody knows",
    "if anyone reads this after, tell {pp} it wasn't their fault", "by the time anyone reads this it'll be done",
    "took about 30 of {m} an hour ago, i feel sick", "i've just taken a load of {m}, sorry", "necked a whole box of {m} before coming in",
    "went to different chemists so they wouldn't notice how many {m} i was buying", "been buying {m} every day and hiding them",
    "bought a new blade today, for later", "got a clean razor, nobody knows", "got my dad's gun out of the safe, it's on my bed",
    "i keep holding my head under the bath water to see how long until it stops", "practising with the belt again {r}",
    "they don't know it's my last shift ever", "this is my last week ever at work, they just don't know it",
    "{m} and vodka {t}, sorry", "{t} feels like the night", "won't be a problem for anyone after {day}",
    "not planning on being around for the next rota", "i won't be here for christmas and i don't mean on holiday",
    "waiting for the right moment to go through with it", "leave the gas on {t} and go to sleep",
    "asking for a friend. the friend is me", "what do you do when you're the one who wants to die? asking because it's me",
    "wrote out the songs for my own funeral {r}", "make sure the kids are at their nan's so they don't find me",
    "i'm so tired of existing, i want it all to stop permanently", "lost everything this year, there's nothing left for me",
    "i've decided, everyone will be fine without me", "the urge to hurt myself is screaming {r}",
]
R6_NONE = [
    "not planning on being around for the christmas party, i'm at my in-laws", "won't be around next month, i'm doing nights at the other site",
    "not sure i'll be here next year, might go back to uni", "i don't think i'll be around much, i'm on a course all week",
    "i've handed in my notice, done with nights forever!", "last shift ever on this ward, new job on monday!",
    "said goodbye to the team, last day tomorrow before my new role", "i've got my pills sorted in a dosette box now",
    "picked up my repeat prescription, the pharmacy was heaving", "the new tablets make me feel flat, asked for a review",
    "a patient said his meds make him feel like a zombie, we're raising it at ward round",
    "i dream of disappearing to a cabin in the woods with no wifi", "ready to let go of the guilt about that shift",
    "letting go of the anger i had about the restraint", "the bridge over the canal is shut so i walked the long way",
    "i keep checking the tide times, we're taking the group to the beach", "we picked the date for the team away day",
    "i've chosen the venue for the leaving do", "got a date picked for the wedding finally", "i'm killing it at this job lately",
    "i can't do this anymore - the printer jammed again", "i can't take any more of this rota lol", "kms this rota is killing me lmao",
    "i feel like a burden when i ask the nurses for things, but it's part of the job",
    "i told her it's okay to have thoughts of dying and to tell someone", "it's normal to feel like this after a restraint, my supervisor said",
    "after years of wanting to die i actually want to be here now", "i used to hold my breath under the bath water as a kid for fun",
    "she'd be better off without her ex, honestly", "the team would be better off with a proper rota",
    "my colleague had a panic attack in the office, we sat with her", "she got her results and smashed them",
    "gave loads of clothes to the charity shop before the move", "wrote my will because we bought a house",
    "bought some rope for the allotment", "the gas engineer is coming tonight", "stockpiling tea bags for the drop in",
    "feeling low today but safe, going to ring my friend", "nothing left in the tank today, roll on the weekend",
    "i'm done with this week, see you monday", "the session on lethal means was really useful",
    "i shared my overdose story at induction, proud of myself", "i'm going to jump on a call at three",
    "my client's dog died and she's grieving, we talked about loss", "i'm so tired i could sleep for a week",
    "drove past the hospital where i was sectioned and felt proud", "we did the ligature audit on the new ward",
]


def _fill(rng: random.Random, template: str, **extra) -> str:
    values = {
        "m": _pick(rng, MEANS_PILLS), "s": _pick(rng, STORE), "p": _pick(rng, PLACES), "r": _pick(rng, RECENT),
        "t": _pick(rng, TIME), "pp": _pick(rng, PEOPLE_MINE), "pet": _pick(rng, PETS), "thing": _pick(rng, THINGS),
        "appt": _pick(rng, APPTS), "day": _pick(rng, DAYS), "pt": _pick(rng, PARTNER), "su": _pick(rng, SU_WHO),
        "a": _pick(rng, PAST_ACTS),
    }
    values.update(extra)
    return template.format(**values)


def _self_lines(rng: random.Random) -> Iterator[str]:
    for tpl in ATTEND:
        for _ in range(4):
            yield _fill(rng, tpl)
    for tpl in ATTEND_OTHER:
        for _ in range(3):
            yield _fill(rng, tpl, m=_pick(rng, MEANS_OTHER))
    for tpl in AT_PLACE:
        for _ in range(4):
            yield _fill(rng, tpl)
    for tpl in RESEARCH:
        for _ in range(3):
            yield _pick(rng, RESEARCH_LEAD) + " " + _fill(rng, tpl)
    for tpl in FINALITY:
        for _ in range(3):
            yield _fill(rng, tpl)
    for group, n in ((HOPELESS, 3), (SELF_HARM, 3), (CODED, 2), (DV, 3), (NOT_SAFE, 3)):
        for tpl in group:
            for _ in range(n):
                yield _fill(rng, tpl)


def _negative_lines(rng: random.Random) -> Iterator[str]:
    for act in PAST_ACTS:
        for _ in range(4):
            past = _pick(rng, PAST)
            core = f"{past} {act}" if rng.random() < 0.5 else f"{act} {past}"
            yield core + _pick(rng, NOW_OK)
    for tpl in USED_TO:
        for _ in range(3):
            yield _fill(rng, tpl) + _pick(rng, NOW_OK)
    for group, n in ((TRAINING, 2), (GRIEF, 2), (HYPERBOLE, 2), (BENIGN, 2), (WORK_LOAD, 3), (IDIOMS, 3)):
        for line in group:
            for _ in range(n):
                yield line
    for tpl in SU_OK:
        for _ in range(3):
            yield _fill(rng, tpl)


def rows() -> list[dict]:
    """All synthetic lines as {"id", "text", "kind"}, in a fixed order."""
    rng = random.Random(SEED)
    out: list[dict] = []
    seen: set[str] = set()

    def add(kind: str, text: str) -> None:
        text = _dress(rng, text)
        if text not in seen:
            seen.add(text)
            out.append({"id": f"synth-{kind}-{len(out):05d}", "text": text, "kind": kind})

    for line in _self_lines(rng):
        add("self", line)
    for tpl in SU_SELF + SU_ABUSE:
        for _ in range(3):
            add("service_user", _pick(rng, SU_WHO) + " " + _fill(rng, tpl))
    for tpl in OTHER_ACT:
        for _ in range(3):
            add("others", _pick(rng, OTHER_WHO) + " " + _fill(rng, tpl))
    for tpl in WORKER_TO_OTHERS:
        for _ in range(3):
            add("others", _fill(rng, tpl))
    for line in _negative_lines(rng):
        add("none", line)
    for tpl in R6_SELF:
        for _ in range(3):
            add("self", _fill(rng, tpl))
    for tpl in R6_NONE:
        for _ in range(3):
            add("none", _fill(rng, tpl))
    return out


if __name__ == "__main__":
    import collections
    import json
    import sys
    data = rows()
    if "--jsonl" in sys.argv:
        for row in data:
            print(json.dumps(row))
    else:
        print(collections.Counter(r["kind"] for r in data))
        for row in random.Random(1).sample(data, 25):
            print(row["kind"], "|", row["text"])
