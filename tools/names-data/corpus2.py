#!/usr/bin/env python3
"""Writes corpus two of the name detector's tests:
tests/fixtures/names-corpus/planted-2.tsv and lookalikes-2.tsv.

Corpus one (planted.tsv, lookalikes.tsv) is hand-written prose. This one is
kept apart from it on purpose: its names are a separate set (none of them
appears in corpus one; the test checks that), its sentences come from
templates in other shapes (chronology entries, progress notes, quotations,
list items), and it was written and run once before any change to the
detector. Deterministic: the same script writes the same files.

Usage: corpus2.py OUT_DIR
"""

import random
import sys
from pathlib import Path

# (name as it must be found, how it is written)
GIVEN = [
    "Brooke", "Tia", "Reece", "Jodie", "Lacey", "Kian", "Tyrone", "Demi", "Jenson", "Harley",
    "Ebony", "Macey", "Brandon", "Kacey", "Jamal", "Shanice", "Keira", "Taylor", "Morgan", "Logan",
    "Aleksy", "Maja", "Filip", "Oskar", "Natalia", "Dawid", "Julia", "Kamil", "Igor", "Weronika",
    "Arjun", "Simran", "Navjot", "Anaya", "Zayn", "Inaya", "Sadia", "Naveed", "Usman", "Hira",
    "Ahmad", "Rania", "Nour", "Hiba", "Walid", "Ziad", "Reem", "Lina", "Fadi", "Huda",
    "Ifrah", "Mahad", "Deeqa", "Guled", "Najma", "Chinonso", "Ifeanyi", "Tolu", "Femi", "Yetunde",
    "Kudzai", "Nyasha", "Farai", "Rumbidzai", "Kojo", "Efua", "Razvan", "Ioana", "Florin", "Madalina",
    "Mindaugas", "Ieva", "Dainius", "Desislava", "Georgi", "Bohdan", "Iryna", "Taras", "Arben", "Elira",
]
SURNAMES = [
    "Hughes", "Parker", "Fletcher", "Dixon", "Gibson", "Lawson", "Pearson", "Holmes", "Barker", "Webster",
    "Zielinska", "Kaminski", "Szymanska", "Dabrowski", "Kozlowska", "Mazurek", "Jankowski", "Krawczyk",
    "Mahmood", "Rehman", "Bhatti", "Sandhu", "Dhillon", "Grewal", "Chowdhury", "Uddin", "Akhtar", "Mistry",
    "Haddad", "Mansour", "Saleh", "Osman", "Abdullahi", "Jama", "Hirsi", "Okoye", "Nwachukwu", "Adeleke",
    "Boateng", "Asante", "Ncube", "Sibanda", "Stoica", "Munteanu", "Petrauskas", "Georgieva", "Kovalenko", "Krasniqi",
]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr"]

PLANTED_TEMPLATES = [
    "{d}: {n} attended the clinic with a bruise to the cheek.",
    "{d} - health visitor saw {n} at home; the flat was cold.",
    "Progress note: {n} has started at a new school and is settling.",
    "\u201cI was scared to go home,\u201d {n} told the teacher.",
    "- {n} was not brought to the appointment on {d}.",
    "The chronology shows that {n} moved address four times.",
    "Practitioners described {n} as a quiet child who rarely spoke.",
    "A referral about {n} was received by the front door on {d}.",
    "No agency asked {n} about life at home.",
    "The school's records show {n} arriving late and hungry.",
    "On {d} the police attended after {n} rang 999.",
    "It is not clear why nobody spoke to {n} alone.",
    "{n}'s GP had not seen the baby since the six-week check.",
    "Staff at the nursery photographed the marks on {n}'s arm.",
    "The panel heard that {n} cared for two younger brothers.",
]
TITLED_TEMPLATES = [
    "{t} {s} declined the offer of an early help assessment.",
    "The tenancy officer wrote to {t} {s} on {d}.",
    "According to {t} {s}, the children were staying with relatives.",
    "A letter from {t} {s} asked for the case to be closed.",
]
FULL_TEMPLATES = [
    "{g} {s} was the mother's partner at the time.",
    "The strategy discussion did not include {g} {s}.",
    "{d}: {g} {s} was seen leaving the property.",
]
DATES = ["3 January", "14 February", "9 March", "22 April", "1 May", "18 June", "7 July", "30 August",
         "12 September", "5 October", "27 November", "15 December"]

LOOKALIKE_TEMPLATES = [
    "{d}: the school made a referral to children's social care.",
    "The summer holidays meant that no one saw the children for six weeks.",
    "Bill payments were a source of stress for the family.",
    "The family could not pay the gas bill in winter.",
    "Over Christmas the health visiting service was closed.",
    "On Boxing Day the police were called to the house.",
    "The Bank Holiday Monday visit did not take place.",
    "During Ramadan the family's routines changed.",
    "Black History Month events were held at the school.",
    "Pride in the work of the team was clear.",
    "The Sandwell review made similar findings.",
    "Harbour House offered the mother a room.",
    "The Lighthouse Project works with young people at risk of exploitation.",
    "Daisy Chain Nursery had a place for the baby.",
    "Holly Lodge Surgery held the records.",
    "Ivy Court is a block of flats near the station.",
    "Sunny Bank Primary School made the referral.",
    "Summer term attendance was below ninety per cent.",
    "Rose Hill Children's Centre ran a stay and play group.",
    "A carol service was held at the church.",
    "Miles from home, the young person had no money.",
    "The worker had to chase the referral twice.",
    "The hunter safety course is not relevant here.",
    "Banks were asked about the family's accounts.",
    "The major finding was that no one listened to the child.",
    "King's College Hospital treated the baby.",
    "The Prince's Trust offered a course.",
    "The Victoria Climbie Foundation runs training for practitioners.",
    "Sterling work was done by the school nurse.",
    "Guy's and St Thomas' NHS Foundation Trust was consulted.",
    "Pat downs were carried out by officers.",
    "Sue for damages was not an option for the family.",
    "At dawn the police forced entry.",
    "Dawn raids were used only twice.",
    "Robin Hood Way runs past the estate.",
    "The Iris Project supports families affected by domestic abuse.",
    "Penny pinching was not the cause of the delays.",
    "Sandy soil made the search of the garden difficult.",
    "Heather moorland surrounds the village.",
    "Rocky relationships between agencies were described.",
    "Nick Gibbs Ward is the children's ward at the hospital.",
    "The Early Years Foundation Stage profile was incomplete.",
    "The Troubled Families programme funded the worker.",
    "The Supporting Families programme ended in March.",
    "The Independent Domestic Violence Adviser offered support.",
    "Operation Encompass notifications reached the school.",
    "Operation Sceptre was a knife crime operation.",
    "Clare's Law disclosures were not requested.",
    "Sarah's Law allows parents to ask about a person.",
    "Helen Bamber Foundation supported the survivor.",
    "The Lucy Faithfull Foundation ran the Stop It Now helpline.",
    "Ask for ANI is a codeword scheme in pharmacies.",
    "Mum and Dad both said they were worried.",
    "Nan and Grandad looked after the children.",
    "Auntie was the main carer at weekends.",
    "Young people said they wanted to be listened to.",
    "The Children's Commissioner published a report.",
    "Will you make sure the child's voice is heard?",
    "May we thank everyone who took part.",
    "Frank discussion of risk is encouraged.",
    "Grace Hospital is not in this area.",
    "Hope Street runs behind the school.",
    "Faith leaders were invited to the event.",
    "Joy at the birth of the baby was short-lived.",
    "Mark Lane Surgery did not have the records.",
    "Jack-knifed lorries closed the road that day.",
    "Bobby vans were used to fit locks.",
    "Angel of the North is a landmark nearby.",
    "Amber warnings were issued for snow.",
    "Crystal meth was found at the property.",
    "Ruby Wedding celebrations were planned.",
    "Pearl Street is near the school.",
    "Ginger hair was noted in the description.",
    "Dusty rooms and little food were recorded.",
    "Autumn visits were cancelled because of sickness.",
    "April showers flooded the flat.",
    "June 2023 was the last visit.",
    "August was the hottest month.",
    "The Easter holidays began early.",
    "The Diwali celebrations were at the temple.",
    "The family observed Eid al-Adha.",
    "Hanukkah fell in December that year.",
    "Vaisakhi is celebrated at the gurdwara.",
    "Lent and Advent are times of fasting for some families.",
    "Saturday mornings were the busiest at the food bank.",
    "Thursday visits were cancelled twice.",
    "Friday was payday for the father.",
    "Wednesday's meeting was moved.",
    "Tuesday afternoons were set aside for supervision.",
    "The Family Hub in Stockton opened in 2022.",
    "Hartlepool Borough Council shared information.",
    "Darlington Memorial Hospital admitted the baby.",
    "North Tees Hospital was the nearest.",
    "The Redcar and Cleveland Partnership met quarterly.",
    "The review team visited Whitby.",
    "Teesside University ran the training.",
    "The Durham Constabulary officer attended.",
    "Cleveland Police received the call.",
    "Middlesbrough Council housed the family.",
    "Stockton Riverside College offered a place.",
    "Chester Zoo was the school trip.",
    "Lincoln Road is a busy road.",
    "Preston Park Museum ran holiday clubs.",
    "The Newcastle review was published.",
    "Florence Nightingale Ward is for children.",
    "The Moses basket was next to the bed.",
    "The Christian Aid shop donated clothes.",
    "The Muslim Women's Network offered advice.",
    "The Polish Saturday school raised a concern.",
    "The Somali community centre hosted the event.",
    "Romanian-speaking staff were recruited.",
    "Punjabi and Urdu leaflets were printed.",
    "Arabic interpreters were booked by phone.",
    "An English course was offered to the mother.",
    "British Sign Language interpreters were used.",
    "The Irish Traveller Movement gave advice.",
    "Scottish and Welsh guidance differs.",
    "Northern Ireland has its own arrangements.",
    "The Home Office decided the asylum claim.",
    "The Department for Education funded the pilot.",
    "Ofsted's report was published in June.",
    "Cafcass officers wrote the report.",
    "NSPCC Learning published a briefing.",
    "Barnardo's ran the service.",
    "The Children's Society supported the young person.",
    "Action for Children ran the children's centre.",
    "The Samaritans helpline was given to the mother.",
    "Childline was mentioned in assemblies.",
    "Mind ran a group for parents.",
    "Shelter advised on housing.",
    "Citizens Advice helped with debts.",
    "Refuge offered a place.",
    "Women's Aid gave advice.",
    "Respect runs a phoneline for perpetrators.",
    "Kooth offered online counselling.",
    "Papyrus supports young people at risk of suicide.",
    "The Marie Collins Foundation supports children harmed online.",
    "The Internet Watch Foundation removed images.",
    "The UK Safer Internet Centre offers advice.",
    "Child Exploitation and Online Protection received a report.",
    "Section 11 audits were carried out.",
    "Section 47 enquiries began.",
    "Section 20 accommodation was agreed.",
    "Part 8 reviews were replaced in 2018.",
    "Tier 4 beds were not available.",
    "Level 3 training was offered.",
    "Year 10 pupils took part.",
    "Key Stage 2 results were low.",
    "Reception class staff noticed the bruise.",
    "Band 6 nurses carried out the visits.",
    "Room 12 was used for the meeting.",
]


def main():
    out = Path(sys.argv[1])
    rng = random.Random(2026)
    planted = []
    for i, name in enumerate(GIVEN):
        t = PLANTED_TEMPLATES[i % len(PLANTED_TEMPLATES)]
        planted.append((name, t.format(n=name, d=rng.choice(DATES))))
    # A second sentence for every other given name, in another template.
    for i, name in enumerate(GIVEN[::2]):
        t = PLANTED_TEMPLATES[(i + 7) % len(PLANTED_TEMPLATES)]
        planted.append((name, t.format(n=name, d=rng.choice(DATES))))
    for i, surname in enumerate(SURNAMES):
        if i % 2 == 0:
            title = TITLES[i % len(TITLES)]
            t = TITLED_TEMPLATES[i % len(TITLED_TEMPLATES)]
            planted.append((f"{title} {surname}", t.format(t=title, s=surname, d=rng.choice(DATES))))
        else:
            given = GIVEN[(i * 7) % len(GIVEN)]
            t = FULL_TEMPLATES[i % len(FULL_TEMPLATES)]
            planted.append((f"{given} {surname}", t.format(g=given, s=surname, d=rng.choice(DATES))))
    with open(out / "planted-2.tsv", "w") as f:
        f.write("# Corpus two, written by tools/names-data/corpus2.py: NAME<TAB>SENTENCE.\n")
        for name, sentence in planted:
            f.write(f"{name}\t{sentence}\n")
    with open(out / "lookalikes-2.tsv", "w") as f:
        f.write("# Corpus two, written by tools/names-data/corpus2.py: sentences with no person's name.\n")
        for t in LOOKALIKE_TEMPLATES:
            f.write(t.format(d=rng.choice(DATES)) + "\n")


if __name__ == "__main__":
    main()
