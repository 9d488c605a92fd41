"""Article totals (issue 19): one figure per outcome, as a user puts it in a ``fatalities`` column.

Each case is a short wire-style report written for this table; ``expected`` maps an outcome to its
total (the count, or ``(None, low)`` for a vague figure). Outcomes without a figure are absent.
"""

from __future__ import annotations

import pytest

from conflict_extract import annotate
from conflict_extract.components.casualties.totals import article_totals
from conflict_extract.models import Article, Casualty

CASES = [
    # one named or definite victim is a toll of one
    ("Mohammed Abdi, a district commissioner, was killed when a bomb hidden in his car exploded "
     "in Baidoa.", {"killed": 1}),
    ("The driver of the bus was killed in the ambush near Kidal.", {"killed": 1}),
    ("Unknown assailants stabbed and killed a Catholic priest in Kaduna state.", {"killed": 1}),
    ("Her husband was killed by a sniper in Khartoum.", {"killed": 1}),
    ("Colonel Ivan Petrov, a battalion commander, was killed by a drone near Avdiivka.",
     {"killed": 1}),
    ("Gunmen shot and killed Major Kwame Mensah at a checkpoint outside Bawku.", {"killed": 1}),
    ("Militants publicly beheaded and crucified Samir Haddad, a pharmacist, in the town square.",
     {"killed": 1}),
    ("Armed men shot dead a teacher in Cauca department on Tuesday.", {"killed": 1}),
    ("A drone struck a local commander near Daraa, which led to his death.", {"killed": 1}),
    ("A Ukrainian soldier was killed and two others were wounded by Russian shelling near "
     "Bakhmut.", {"killed": 1, "injured": 2}),
    ("A Colombian soldier was killed and another was wounded in an ELN attack in Arauca.",
     {"killed": 1, "injured": 1}),
    # coordinated victims are added up
    ("An elderly farmer and his son were killed by a landmine in Kandahar province.",
     {"killed": 2}),
    ("A woman and her two daughters were killed when a shell hit their house in Donetsk.",
     {"killed": 3}),
    ("Two soldiers and a civilian were killed in the attack on the checkpoint in Diffa.",
     {"killed": 3}),
    ("A nurse, a driver and three patients were killed when the ambulance was struck in Gaza.",
     {"killed": 5}),
    ("Three policemen and a bystander were wounded in the blast in Quetta.", {"injured": 4}),
    ("A teacher and four students were abducted by gunmen in Zamfara state.", {"kidnapped": 5}),
    ("A landmine killed a shepherd and his two sons in Idlib countryside.", {"killed": 3}),
    ("An Israeli strike killed two Hamas commanders and one of their aides in Khan Younis.",
     {"killed": 3}),
    ("Three Indian soldiers and two militants were killed in a gunfight in Kupwara district.",
     {"killed": 5}),
    ("A lieutenant and a corporal were killed when their patrol hit a mine near Sittwe.",
     {"killed": 2}),
    # plain clauses
    ("An al-Shabaab suicide drone killed two Ugandan soldiers near Afgoye.", {"killed": 2}),
    ("Missiles fired by the rebels killed 4 civilians in Taiz, while drones wounded 7 "
     "civilians.", {"killed": 4, "injured": 7}),
    ("The group said three of its fighters were killed by a US air strike in Jilib.",
     {"killed": 3}),
    ("Hezbollah said four of its members were killed by an Israeli drone in Nabatieh.",
     {"killed": 4}),
    ("Ten peacekeepers were killed and 25 others were injured in the attack on the base in "
     "Aguelhok.", {"killed": 10, "injured": 25}),
    ("The attack left 15 people dead and 30 wounded in Bunia.", {"killed": 15, "injured": 30}),
    ("Twelve people died and 40 were injured when a car bomb exploded in Mogadishu.",
     {"killed": 12, "injured": 40}),
    ("Police said 3 protesters were shot dead and 20 were arrested in Dhaka.",
     {"killed": 3, "arrested": 20}),
    ("The device detonated as soldiers tried to defuse it, killing two sappers near Kherson.",
     {"killed": 2}),
    # a restated figure is counted once
    ("Clashes in Darfur kill 12\nAt least 12 people were killed in clashes in South Darfur on "
     "Tuesday, officials said.", {"killed": 12}),
    ("Militants killed a soldier near Gao. 1 fatality.", {"killed": 1}),
    ("Rebels killed 6 soldiers in an ambush in Ituri. 6 fatalities.", {"killed": 6}),
    ("An air strike killed an IS commander and two of his guards near Raqqa. Three fatalities.",
     {"killed": 3}),
    ("Israeli strikes killed 20 people in Rafah overnight, the health ministry said. The ministry "
     "said 20 people had been killed.", {"killed": 20}),
    ("Boko Haram militants killed 37 farmers in Borno. Officials said 37 bodies had been "
     "recovered.", {"killed": 37}),
    ("A soldier was killed by a sniper in Kramatorsk. The soldier was killed while on patrol.",
     {"killed": 1}),
    # updates: the latest toll wins
    ("Five people were killed in a blast in Kabul on Friday. The death toll later rose to 12.",
     {"killed": 12}),
    ("A suicide bomber killed 30 people at a market in Maiduguri. By evening the toll had risen "
     "to 45, police said.", {"killed": 45}),
    ("The number of people killed in the Homs bombing has risen to 60.", {"killed": 60}),
    ("On 3 May 2023, PDF forces attacked a military camp with drones. 10 fatalities split across "
     "2 events, coded as 5 for this event.", {"killed": 5}),
    ("On 4 June 2022, unidentified gunmen attacked a village in Borno. Fatalities coded as 3.",
     {"killed": 3}),
    ("A drone hit a Wagner convoy near Kidal, killing several fighters. Unknown fatalities coded "
     "as 10.", {"killed": 10}),
    # disjoint figures are added
    ("Two soldiers were killed in Mali's Mopti region. In a separate attack, three civilians "
     "died in Segou.", {"killed": 5}),
    ("An air strike killed 8 fighters in Idlib and a separate strike killed 3 in Hama.",
     {"killed": 11}),
    ("Four soldiers were killed in the north. Police said two civilians also died in a separate "
     "incident in the capital.", {"killed": 6}),
    ("Armenian officials said 49 soldiers were killed in the fighting. Azerbaijan said 50 of its "
     "troops had died.", {"killed": 99}),
    # sub-counts are never added to their parent
    ("At least 69 people, including 28 children, were killed in air strikes on Aleppo.",
     {"killed": 69}),
    ("The attack killed 40 people, among them 12 women.", {"killed": 40}),
    ("Nine soldiers including a battalion commander were killed in the attack.", {"killed": 9}),
    ("Police arrested 12 people, seven men and five women, after the riot in Nairobi.",
     {"arrested": 12}),
    ("Three senior officials, a police chief and two army officers, were killed in the ambush "
     "near Chilas.", {"killed": 3}),
    # ranges and vague figures
    ("Between 10 and 15 people were killed in the clashes in Jonglei.", {"killed": (None, 10)}),
    ("Dozens of people were killed in the bombing of the market in El Fasher.",
     {"killed": (None, 24)}),
    ("More than 100 people were killed in the massacre in Ituri.", {"killed": 100}),
    ("At least 14 people were killed and dozens injured in the missile strike on Dnipro.",
     {"killed": 14, "injured": (None, 24)}),
    # a figure told for several incidents is shared among them
    ("Gunmen attacked a church in Kaduna. This was one of two related attacks in the state that "
     "day. Eight people were killed across both attacks.", {"killed": 4}),
    ("A bomb exploded in a market in Mosul. This was one of three coordinated attacks in the "
     "city. Nine people were killed in the attacks.", {"killed": 3}),
    ("A drone hit an army post in Sinai. At least six soldiers were killed across three of the "
     "blasts.", {"killed": 2}),
    # motives and other incidents
    ("The group said the attack was revenge for a drone strike that killed its commander Abu "
     "Omar.", {}),
    ("Militants stormed the prison in Bannu, killing two guards, in retaliation for an army raid "
     "that killed 15 fighters.", {"killed": 2}),
    # issue 19, second pass: coordinated victims restate a figure as one group; one named beside
    # the victims counts one more; updates told by the subject; coders' notes
    ("Three people died in the ambush near Gao. Residents said the gunmen killed a village chief "
     "and a schoolteacher and a trader.", {"killed": 3}),
    ("Two civilians were killed by the shelling of Kherson. Officials said it killed a nurse and "
     "her neighbour.", {"killed": 2}),
    ("Major Ali Rahimi, a regional police commander, was killed by a sniper in Zahedan.",
     {"killed": 1}),
    ("In addition to the bomber, at least four policemen were killed at the checkpoint in Quetta.",
     {"killed": 5}),
    ("Besides the attacker, three worshippers died when the explosives went off in Kunduz.",
     {"killed": 4}),
    ("In addition to the bomber, one person was killed outside the mosque in Peshawar.",
     {"killed": 2}),
    ("Shelling killed 19 people in Kharkiv on Friday. The number killed in the strikes has risen to "
     "23, the mayor said.", {"killed": 23}),
    ("Nine people were reported dead after the raid on Jenin. Updated reports put the toll at 12.",
     {"killed": 12}),
    ("Early accounts said 3 miners were killed in the attack in Ituri. Later reports confirm the "
     "killing of 7 miners.", {"killed": 7}),
    ("A drone struck a convoy near Sirte, killing ten fighters (fatalities split across 2 events).",
     {"killed": 5}),
    ("Mortar fire hit a camp near Beni, killing four displaced people. Another civilian was killed "
     "in a similar attack the previous week (coded separately).", {"killed": 4}),
    ("A grenade thrown at a bar in Bujumbura wounded two men. A woman died in an earlier attack on "
     "the same street (coded separately). There were no fatalities.",
     {"injured": 2, "killed": 0}),
    ("Insurgents hanged one Iraqi and two Syrian truck drivers they accused of smuggling.",
     {"killed": 3}),
    ("Three men were hanged in public by the militia in Sirte.", {"killed": 3}),
    ("Fighters hung the flag over the town hall in Kidal.", {}),
    ("A car bomb killed 9 people in Mogadishu. The group said it was in retaliation for a raid in "
     "the south last year and the killing of a senior commander in an air strike.", {"killed": 9}),
    ("Militants shot dead four farmers in Zamfara on Monday. The attack came after a soldier was "
     "killed in the same village on 2 March.", {"killed": 4}),
    # a named or definite person as the subject of "died", or shot dead
    ("Hassan Yusuf died of his wounds in a hospital in Garowe on Wednesday.", {"killed": 1}),
    ("Her son died in the air strike on the school in Maiduguri.", {"killed": 1}),
    ("Sergeant Kofi Boateng was shot dead by gunmen near Bawku.", {"killed": 1}),
    ("The district governor died in the blast, officials said.", {"killed": 1}),
    ("Bishop Paul Otieno died on Sunday after a long battle with cancer.", {}),
    ("Former mayor Jane Miller died at home at the age of 81.", {}),
    # one of a toll told before is never added to it
    ("Eleven soldiers were killed when militants overran a post near Diffa. A company commander "
     "was among the dead.", {"killed": 11}),
    ("A local mayor was among those killed in the shelling of Orikhiv, the governor said.",
     {"killed": 1}),
    # tallies updated by a toll verb
    ("Three fishermen died when a mine exploded off Hodeidah on Monday, bringing the total killed "
     "this month to 17.", {"killed": 17}),
    ("Doctors in Rafah said the number of wounded had reached 65 by the evening.", {"injured": 65}),
    ("The tally of dead from the two car bombs in Mogadishu stood at 31 on Sunday.", {"killed": 31}),
    ("The vote count in the district reached 4,000 by noon.", {}),
    # zeros and numbers that count no victims
    ("No one was killed in the attack on the base in Kirkuk.", {"killed": 0}),
    ("Some 5,000 troops were deployed to the border region of Tigray.", {}),
    ("Rebels captured 3 towns and 20 villages in the east.", {}),
    ("The convoy of 40 trucks reached Gaza on Tuesday.", {}),
    ("The UN said 2 million people need food aid in Yemen.", {}),
    ("In 2019, 300 soldiers joined the peacekeeping mission in South Sudan.", {}),
    ("The army said it could kill hundreds of militants if the talks fail.", {}),
    ("Police said the blast killed two goats in a field near Kismayo.", {}),
]


def _value(total):
    return total.count if total.count is not None else (None, total.low)


@pytest.fixture(scope="module")
def records(nlp) -> dict:
    """Every report of the table run through the pipeline in one batch."""
    articles = [Article(id=str(i), text=text, source="<test>", published="2023-05-10")
                for i, (text, _expected) in enumerate(CASES)]
    return {text: record for (text, _e), record in zip(CASES, annotate(nlp, articles), strict=True)}


@pytest.mark.parametrize("text, expected", CASES)
def test_article_totals(records, text, expected):
    record = records[text]
    got = {outcome: _value(total) for outcome, total in record.totals.items()}
    assert {k: v for k, v in got.items() if k in expected or v not in (0, (None, 0))} == expected
    for total in record.totals.values():
        for start, end in total.evidence:
            assert 0 <= start < end <= len(text)


def _figure(count, start, *, victims="people", kind="verb", part_of=None, low=None, high=None,
            date=None, **links) -> Casualty:
    low = count if low is None and count is not None else low
    high = count if high is None and count is not None else high
    return Casualty(outcome="killed", count=count, low=low, high=high, qualifier="exact",
                    victims=victims, text="x", start=start, end=start + 1, part_of=part_of, date=date,
                    links={"figure": kind, **links})


@pytest.mark.parametrize("figures, expected", [
    ([_figure(5, 0), _figure(3, 10, victims="soldiers")], 8),
    ([_figure(5, 0), _figure(12, 10, kind="toll")], 12),
    ([_figure(12, 0, kind="toll"), _figure(15, 10, kind="toll")], 15),
    ([_figure(6, 0, victims="soldiers"), _figure(6, 10, kind="summary")], 6),
    ([_figure(1, 0, victims="commanders"), _figure(2, 5), _figure(3, 10, kind="summary")], 3),
    ([_figure(4, 0), _figure(9, 10, kind="summary")], 9),
    ([_figure(40, 0), _figure(12, 5, part_of=0)], 40),
    ([_figure(20, 0, incidents="5")], 4),
    ([_figure(7, 0, incident="motive"), _figure(2, 10)], 2),
    ([_figure(2, 0, victims="soldiers"), _figure(2, 10, victims="civilians")], 4),
    ([_figure(2, 0), _figure(1, 10, victims="doctors"),
      _figure(1, 10, victims="nurses", coordinated="previous")], 2),
    ([_figure(1, 0, victims="officials"), _figure(1, 0)], 1),
    ([_figure(1, 0, kind="added", victims="bombers"), _figure(1, 10)], 2),
    ([_figure(7, 0), _figure(3, 10, incident="other")], 7),
    ([_figure(5, 0, date="2024-03-05"), _figure(1, 10, date="2024-01-20")], 5),
    ([_figure(5, 0, date="2024-03-05"), _figure(1, 10, date="2024-03-01")], 6),
    ([_figure(5, 0), _figure(1, 10, date="2024-01-20")], 6),
    ([_figure(11, 0), _figure(1, 10, kind="among")], 11),
    ([_figure(1, 0, kind="among")], 1),
    ([_figure(8, 0), _figure(10, 10, kind="update"), _figure(18, 20, kind="update", incidents="2")],
     9),
])
def test_article_totals_rules(figures, expected):
    assert article_totals(figures)["killed"].count == expected
