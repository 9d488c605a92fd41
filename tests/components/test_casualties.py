"""Casualty counts (issue 3): outcomes, figures, qualifiers, victims, sub-counts and links.

The sentences are written after real wire and broadcast reporting (Reuters, AP, AFP, Al Jazeera,
BBC, Xinhua, lower-cased MUC-style newswire) on conflicts in Syria, Iraq, Afghanistan, Yemen,
Ukraine, Israel and Gaza, Sudan, Nigeria, Somalia, Myanmar, Ethiopia, DR Congo, Mali, Colombia,
El Salvador, Northern Ireland and Venezuela. Each record is written
``"<outcome> <count or low-high> <qualifier> <victims>"``, with ``" <N"`` when it is part of
record N.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflict_extract import annotate
from conflict_extract.models import Article

GOLD = Path(__file__).resolve().parents[1] / "gold"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _fmt(c) -> str:
    figure = str(c.count) if c.count is not None else f"{c.low}-{c.high}"
    text = f"{c.outcome} {figure} {c.qualifier} {c.victims}"
    return text if c.part_of is None else f"{text} <{c.part_of}"


CASES = [
    # --- Syria
    ("At least 42 people were killed in air strikes on the rebel-held town of Douma, the Syrian "
     "Observatory for Human Rights said.", ["killed 42 at_least people"]),
    ("The death toll from the chemical attack in Khan Sheikhoun has risen to 86, including 30 "
     "children, according to the monitor.", ["killed 86 exact people", "killed 30 exact children <0"]),
    ("Barrel bombs dropped by government helicopters killed 15 civilians in Aleppo's al-Sukkari "
     "district on Saturday.", ["killed 15 exact civilians"]),
    ("More than 500,000 people have been killed since the war began in 2011.",
     ["killed 500000 more_than people"]),
    ("Some 6.6 million Syrians are internally displaced, according to the UN refugee agency.",
     ["displaced 6600000 about Syrians"]),
    ("The Observatory says at least 319 people \u2013 including 44 children \u2013 have been "
     "killed in east Aleppo since the offensive began.",
     ["killed 319 at_least people", "killed 44 exact children <0"]),
    ("Tens of thousands of east Aleppo residents have fled to other parts of the city.",
     ["displaced 10000-99999 vague residents"]),
    ("Increasing bombardment of the opposition-held province of Idlib has also left dozens dead "
     "in recent days.", ["killed 24-99 vague people"]),
    ("The White Helmets said that at least 24 people were killed and 85 injured in air strikes "
     "and shelling on Monday.", ["killed 24 at_least people", "injured 85 exact people"]),
    # --- Iraq
    ("A suicide bomber blew himself up at a crowded market in Baghdad's Sadr City, killing at "
     "least 35 people and wounding 60 others, police and medical sources said.",
     ["killed 35 at_least people", "injured 60 exact people"]),
    ("Two policemen were killed and four wounded when a roadside bomb struck their patrol near "
     "Kirkuk.", ["killed 2 exact police", "injured 4 exact police"]),
    ("Islamic State militants executed 25 men in Mosul, local residents told Reuters.",
     ["killed 25 exact men"]),
    ("Hundreds of thousands of civilians have fled western Mosul since the offensive began in "
     "February.", ["displaced 200000-999999 vague civilians"]),
    # --- Afghanistan
    ("Taliban fighters stormed a police checkpoint in Kunduz province overnight, killing 11 "
     "officers, a provincial spokesman said.", ["killed 11 exact officers"]),
    ("The blast at a Kabul mosque killed 21 worshippers and injured 33, the interior ministry "
     "said.", ["killed 21 exact worshippers", "injured 33 exact worshippers"]),
    ("At least a dozen civilians, among them four children, were wounded in the crossfire.",
     ["injured 12 at_least civilians", "injured 4 exact children <0"]),
    ("A NATO soldier was killed in an insider attack in southern Afghanistan on Tuesday.",
     ["killed 1 exact soldiers"]),
    ("They killed 23 Afghan soldiers and injured another 15.",
     ["killed 23 exact soldiers", "injured 15 exact soldiers"]),
    ("7 militants killed in blasts in Afghanistan", ["killed 7 exact militants"]),
    # --- Yemen
    ("Saudi-led coalition air strikes on a funeral hall in Sanaa killed more than 140 people and "
     "wounded over 525, the UN said.", ["killed 140 more_than people", "injured 525 more_than people"]),
    ("Nearly 100 people were killed when an air strike hit a Houthi-run detention centre in "
     "Dhamar.", ["killed 100 at_most people"]),
    ("The fighting has left more than 10,000 people dead and forced three million from their "
     "homes.", ["killed 10000 more_than people", "displaced 3000000 exact people"]),
    # --- Ukraine
    ("Russian shelling of Kharkiv killed six civilians, including a child, regional governor Oleh "
     "Synehubov said.", ["killed 6 exact civilians", "killed 1 exact children <0"]),
    ("Ukraine's prosecutor general said 243 children had been killed since the invasion began.",
     ["killed 243 exact children"]),
    ("Eight people were injured after a missile struck an apartment block in Dnipro, officials "
     "said.", ["injured 8 exact people"]),
    ("More than 14,000 people were killed in fighting in eastern Ukraine between 2014 and 2021.",
     ["killed 14000 more_than people"]),
    # --- Israel and Gaza
    ("Israeli air strikes on Gaza killed 26 Palestinians overnight, the territory's health "
     "ministry said.", ["killed 26 exact Palestinians"]),
    ("Hamas gunmen killed about 1,200 people in southern Israel and took some 250 hostages.",
     ["killed 1200 about people", "kidnapped 250 about hostages"]),
    ("Five Israelis were lightly wounded by shrapnel, the Magen David Adom ambulance service said.",
     ["injured 5 exact Israelis"]),
    ("The Gaza health ministry says the death toll has climbed past 30,000.",
     ["killed 30000 more_than people"]),
    # --- Sudan
    ("Fighters from the Rapid Support Forces killed at least 100 villagers in an attack on Wad "
     "al-Noura, activists said.", ["killed 100 at_least villagers"]),
    ("The conflict has displaced more than eight million people, according to the International "
     "Organization for Migration.", ["displaced 8000000 more_than people"]),
    ("Dozens of people were killed in renewed clashes in El Fasher, a local resistance committee "
     "said.", ["killed 24-99 vague people"]),
    # --- Nigeria
    ("Boko Haram insurgents abducted 276 schoolgirls from their dormitories in Chibok in April "
     "2014.", ["kidnapped 276 exact schoolgirls"]),
    ("Gunmen kidnapped 317 girls from a boarding school in Zamfara state, police said.",
     ["kidnapped 317 exact girls"]),
    ("Bandits killed 23 villagers in raids on three communities in Katsina, police spokesman "
     "Gambo Isah said.", ["killed 23 exact villagers"]),
    # --- Somalia
    ("A truck bomb in Mogadishu killed 587 people, making it the deadliest attack in the "
     "country's history.", ["killed 587 exact people"]),
    ("Al-Shabab militants stormed a hotel in the Somali capital, killing at least 15 people.",
     ["killed 15 at_least people"]),
    # --- Myanmar
    ("More than 700,000 Rohingya fled to Bangladesh after the military crackdown in Rakhine state.",
     ["displaced 700000 more_than Rohingya"]),
    ("Security forces shot dead at least 38 protesters on Wednesday, the UN envoy said.",
     ["killed 38 at_least protesters"]),
    ("Police arrested dozens of demonstrators in Yangon on Sunday.",
     ["arrested 24-99 vague demonstrators"]),
    # --- Ethiopia, DR Congo, Mali
    ("Hundreds of civilians were massacred in the town of Mai Kadra, Amnesty International said.",
     ["killed 200-999 vague civilians"]),
    ("ADF rebels hacked to death 36 people in the village of Rwangoma near Beni.",
     ["killed 36 exact people"]),
    ("Gunmen killed 132 civilians in attacks on villages in central Mali's Bankass area, the "
     "government said.", ["killed 132 exact civilians"]),
    ("Thirty soldiers died and several others went missing after jihadists attacked their base.",
     ["killed 30 exact soldiers", "missing 3-9 vague people"]),
    # --- Colombia, El Salvador (MUC-style lower-cased newswire)
    ("Guerrillas kidnapped three engineers working on an oil pipeline in Arauca.",
     ["kidnapped 3 exact engineers"]),
    ("Eleven soldiers were killed in a rebel ambush in the department of Cauca.",
     ["killed 11 exact soldiers"]),
    ("two fmln rebels were killed and five others wounded during clashes near el refugio farm.",
     ["killed 2 exact rebels", "injured 5 exact people"]),
    ("a bus bomb exploded in the centre of bogota, leaving 67 dead and approximately 1,000 "
     "wounded.", ["killed 67 exact people", "injured 1000 about people"]),
    ("the bombs caused damage but no injuries.", ["injured 0 exact people"]),
    ("he also reported that guerrillas killed a peasant in the city of flores, in the northern el "
     "peten department, and burned a tank truck.", ["killed 1 exact peasants"]),
    ("two bolivians carrying 2.5 kg pure cocaine in a handbag have been arrested by carabineros.",
     ["arrested 2 exact Bolivians"]),
    ("the spokesman said that the attack, which resulted in the death of a civilian who was "
     "passing by, was not against the farm.", ["killed 1 exact civilians"]),
    ("He is not charged in the bombing in Kampala, which killed 74 people watching the World Cup "
     "final.", ["killed 74 exact people"]),
    # --- Northern Ireland, Spain, United States, Venezuela, France
    ("At Oxford St, the busiest bus station in Northern Ireland, four Ulsterbus workers and two "
     "soldiers were killed.", ["killed 4 exact workers", "killed 2 exact soldiers"]),
    ("By the end of 1972, 496 had been killed, 258 of them civilians.",
     ["killed 496 exact people", "killed 258 exact civilians <0"]),
    ("More than 300 people were eating in the restaurant at the time of the explosion, two of "
     "whom were among the dead.", ["killed 2 exact people"]),
    ("The explosion killed 168 people and injured more than 500 others.",
     ["killed 168 exact people", "injured 500 more_than people"]),
    ("About 100 people have died in three months of anti-government street protests.",
     ["killed 100 about people"]),
    ("Protests followed the slaying of seven more demonstrators in two days.",
     ["killed 7 exact demonstrators"]),
    ("There were eight women, a 10-year-old girl and four men injured.",
     ["injured 8 exact women", "injured 1 exact girls", "injured 4 exact men"]),
    ("Regional authorities said 13 people had suffered mostly minor injuries.",
     ["injured 13 exact people"]),
    ("Scores died in the attacks.", ["killed 40-None vague people"]),
    # --- other shapes
    ("Twelve killed as car bomb rocks Baghdad market", ["killed 12 exact people"]),
    ("Forty people lost their lives in the attack, local officials said.",
     ["killed 40 exact people"]),
    ("The bombing claimed the lives of 57 people, most of them women and children.",
     ["killed 57 exact people"]),
    ("Twenty-three bodies were found in a mass grave near Sinjar.", ["killed 23 exact people"]),
    ("The attacks caused 40 deaths and more than 100 injuries.",
     ["killed 40 exact people", "injured 100 more_than people"]),
    ("At least 21 people were killed or wounded in the mortar attack.",
     ["casualties 21 at_least people"]),
    ("Seven people are still missing after the landslide triggered by shelling.",
     ["missing 7 exact people"]),
    ("Police detained 45 people suspected of involvement in the riots.",
     ["arrested 45 exact people"]),
    ("Some 1,500 families have been displaced by the fighting in Marib.",
     ["displaced 1500 about families"]),
    ("The overall death toll from the attacks stands at 137, the prosecutor said.",
     ["killed 137 exact people"]),
    ("Among the dead were three journalists and a paramedic.",
     ["killed 3 exact journalists", "killed 1 exact paramedics"]),
    ("The death toll of the bombing rose to 71 on Sunday, with 128 wounded.",
     ["killed 71 exact people", "injured 128 exact people"]),
    ("Between 10 and 15 soldiers were killed in the ambush, a military source said.",
     ["killed 10-15 about soldiers"]),
    ("Two soldiers were killed and dozens of others were wounded.",
     ["killed 2 exact soldiers", "injured 24-99 vague people"]),
    ("A child was among those killed, medics said.", ["killed 1 exact children"]),
    ("An Afghan journalist was abducted in Kandahar.", ["kidnapped 1 exact journalists"]),
    ("Up to 60 people may have been killed in the strike, the monitor estimated.",
     ["killed 60 at_most people"]),
    ("Some 40 people were killed, of whom three were children, police said.",
     ["killed 40 about people", "killed 3 exact children <0"]),
    ("Gunmen killed 12 villagers, among them five women, in an overnight raid.",
     ["killed 12 exact villagers", "killed 5 exact women <0"]),
    ("A 12-year-old boy was killed when a shell hit his home in Taiz.", ["killed 1 exact boys"]),
    ("The Syrian Observatory for Human Rights put the death toll at 54.", ["killed 54 exact people"]),
    ("The attack killed 18 people, 12 of them children.",
     ["killed 18 exact people", "killed 12 exact children <0"]),
    ("Three Palestinians, including a teenager, were shot dead by Israeli forces in the West Bank.",
     ["killed 3 exact Palestinians", "killed 1 exact teenagers <0"]),
    ("Unknown gunmen shot and killed four health workers in Pakistan's Khyber Pakhtunkhwa "
     "province.", ["killed 4 exact health workers"]),
    ("A total of 45 people were injured in the stampede.", ["injured 45 exact people"]),
    ("The toll from Saturday's attack has risen to 31 dead and 42 wounded.",
     ["killed 31 exact people", "injured 42 exact people"]),
    ("Eighteen soldiers were reported killed in the clashes.", ["killed 18 exact soldiers"]),
    ("Two journalists were reported missing after the raid.", ["missing 2 exact journalists"]),
    ("Nine people were killed, bringing the total death toll to 112.",
     ["killed 9 exact people", "killed 112 exact people"]),
    ("Around 30 migrants drowned when their boat sank off Libya.", ["killed 30 about migrants"]),
    ("At least 70 bodies have been recovered from the rubble.", ["killed 70 at_least people"]),
    ("Two of the 12 hostages have been killed.", ["killed 2 exact hostages"]),
    ("Landmines have killed or maimed more than 1,000 people since 2015.",
     ["casualties 1000 more_than people"]),
    ("The hospital received 35 wounded soldiers overnight.", ["injured 35 exact soldiers"]),
    ("In 2014, Islamic State fighters massacred some 1,700 cadets at Camp Speicher.",
     ["killed 1700 about cadets"]),
    ("The blast killed two people and seriously injured another.",
     ["killed 2 exact people", "injured 1 exact people"]),
    ("Half a dozen soldiers were wounded in the attack.", ["injured 6 about soldiers"]),
    ("we inflicted a total of 67 casualties on the enemy.", ["casualties 67 exact people"]),
    ("The UN warned that more than 1 million people have been displaced in Darfur.",
     ["displaced 1000000 more_than people"]),
    ("Thousands of residents fled their homes as the fighting spread.",
     ["displaced 2000-9999 vague residents"]),
    ("Police arrested 12 people, seven women and five men, in connection with the attack.",
     ["arrested 12 exact people", "arrested 7 exact women <0", "arrested 5 exact men <0"]),
    ("Three policemen, two soldiers and a civilian were killed at the checkpoint.",
     ["killed 3 exact police", "killed 2 exact soldiers", "killed 1 exact civilians"]),
    ("Ninety six people were detained in hospital after the bombing.", ["injured 96 exact people"]),
    ("The Health Ministry in Gaza said Israeli strikes had killed at least 1,200 Palestinians, "
     "including 400 children and 200 women, since October 7.",
     ["killed 1200 at_least Palestinians", "killed 400 exact children <0",
      "killed 200 exact women <0"]),
    ("Officials said the number of dead had risen to 45.", ["killed 45 exact people"]),
    ("The number of people killed in the attack rose to 52.", ["killed 52 exact people"]),
    ("Forty-five people have been confirmed dead.", ["killed 45 exact people"]),
    ("Death toll in Turkey blast rises to 32", ["killed 32 exact people"]),
    ("UN: 1.4 million displaced by fighting", ["displaced 1400000 exact people"]),
    ("At least 10 killed, dozens injured in Kabul blast",
     ["killed 10 at_least people", "injured 24-99 vague people"]),
    ("The bodies of 14 migrants were recovered from the Mediterranean, the coastguard said.",
     ["killed 14 exact migrants"]),
    ("Clashes between rival militias in Tripoli left at least 32 dead and 159 injured, the health "
     "ministry said.", ["killed 32 at_least people", "injured 159 exact people"]),
    ("He was one of the 43 students who disappeared in Iguala in 2014.",
     ["missing 43 exact students"]),
    ("The attack was the deadliest since 2017, when 300 people were killed in a truck bombing.",
     ["killed 300 exact people"]),
    ("The minister said 250 soldiers would be sent to protect 30,000 displaced people.",
     ["displaced 30000 exact people"]),
    # --- coordinated clauses: each figure takes its own predicate's outcome (audit F1)
    ("The war has killed 1,000 people and 500 were wounded.",
     ["killed 1000 exact people", "injured 500 exact people"]),
    ("Israeli strikes killed 15 Palestinians and 40 were wounded, the ministry said.",
     ["killed 15 exact Palestinians", "injured 40 exact Palestinians"]),
    ("Russian shelling killed three civilians and seven were hurt, the governor said.",
     ["killed 3 exact civilians", "injured 7 exact civilians"]),
    ("Suspected jihadists killed 17 soldiers in Burkina Faso and 30 were wounded, the army said.",
     ["killed 17 exact soldiers", "injured 30 exact soldiers"]),
    ("The siege has killed 2,000 civilians and 10,000 have been displaced.",
     ["killed 2000 exact civilians", "displaced 10000 exact civilians"]),
    ("The clashes in Tigray killed 200 people and 5,000 have fled to Sudan.",
     ["killed 200 exact people", "displaced 5000 exact people"]),
    ("Boko Haram killed 30 villagers and 50 are still missing.",
     ["killed 30 exact villagers", "missing 50 exact villagers"]),
    ("The gunmen killed 9 soldiers and 12 were taken hostage.",
     ["killed 9 exact soldiers", "kidnapped 12 exact soldiers"]),
    ("a car bomb killed five people and eight were injured in medellin.",
     ["killed 5 exact people", "injured 8 exact people"]),
    ("A bomb exploded outside a mosque in Quetta, killing 8 people and wounding 23.",
     ["killed 8 exact people", "injured 23 exact people"]),
    ("Twelve soldiers were killed, 30 missing after the ambush near Menaka.",
     ["killed 12 exact soldiers", "missing 30 exact soldiers"]),
    ("Five people were dead, 20 injured, after the shelling of Donetsk.",
     ["killed 5 exact people", "injured 20 exact people"]),
    ("Six American NATO service members were killed with two other Americans and an Afghani "
     "injured.", ["killed 6 exact service members", "injured 2 exact Americans"]),
    ("Three soldiers were killed with five others wounded in the ambush near Gao.",
     ["killed 3 exact soldiers", "injured 5 exact people"]),
    ("The shelling of Kherson killed 11 civilians; 25 more were wounded.",
     ["killed 11 exact civilians", "injured 25 exact people"]),
    ("The blast killed 10 people and 30 others were rescued from the rubble.",
     ["killed 10 exact people"]),
    ("Troops killed 14 militants in North Waziristan and 3 escaped.",
     ["killed 14 exact militants"]),
    ("A man was killed and five more were wounded in the shooting in west Belfast.",
     ["killed 1 exact men", "injured 5 exact people"]),
    # --- hospital, hostages, partitive sub-counts
    ("Eleven people were taken to hospital after the blast in Kabul.", ["injured 11 exact people"]),
    ("Twenty-three people were hospitalised with shrapnel wounds after the rocket attack on "
     "Sderot.", ["injured 23 exact people"]),
    ("Ambulances rushed 14 people to hospital after the car bomb in Mogadishu.",
     ["injured 14 exact people"]),
    ("She took her two children to hospital for their vaccinations.", []),
    ("Militants took 40 people hostage at the In Amenas gas plant.",
     ["kidnapped 40 exact people"]),
    ("Of the 130 injured, 77 were women or children.",
     ["injured 130 exact people", "injured 77 exact people <0"]),
    ("Of the 40 dead, 12 were children, the Unicef spokesman said.",
     ["killed 40 exact people", "killed 12 exact children <0"]),
    # --- deaths from disease and hunger stay deaths, with the illness as their cause
    ("More than 2,000 people have died of cholera in Yemen, the WHO said.",
     ["killed 2000 more_than people"]),
    ("At least 40 children have died of malnutrition in the besieged town of Madaya.",
     ["killed 40 at_least children"]),
    # --- implausible figures are no counts
    ("Police said 12345678901234567890 people were killed.", []),
    ("99999999999999999999 were wounded.", []),
    # --- sentences glued by scrapers (split by the tokenizer) and captions run into the text
    ("Taliban gunmen attacked Camp Shorabak in Helmand.They killed 23 Afghan soldiers and injured "
     "another 15.Twenty insurgents were killed.== References ==",
     ["killed 23 exact soldiers", "injured 15 exact soldiers", "killed 20 exact insurgents"]),
    ("He is not charged in the attack, which killed three people and injured more than "
     "260.Magistrate Judge Marianne Bowler ordered him held.",
     ["killed 3 exact people", "injured 260 more_than people"]),
    ("A suicide bomber blew himself up near Bagram, killing six NATO service members.==Victims=="
     "All six of the members killed were American.", ["killed 6 exact service members"]),
    # --- zero
    ("Not a single civilian was killed, the defence minister claimed.",
     ["killed 0 exact civilians"]),
    ("No deaths were reported.", ["killed 0 exact people"]),
    ("No one was hurt in the explosion, police said.", ["injured 0 exact people"]),
    ("The ministry said no civilians were killed in the operation.", ["killed 0 exact civilians"]),
    # --- not casualties
    ("Russia and China vetoed a UN resolution that sought a seven-day truce in the battered city.",
     []),
    ("The army was about 800 metres from the citadel and controlled about 60 percent of the east.",
     []),
    ("It was the sixth time Russia has vetoed a resolution on Syria since 2011; the remaining 11 "
     "council members voted in favour.", []),
    ("Turkey deployed 5,000 troops and 300 tanks to the border region.", []),
    ("The militants threatened to kill 40 hostages unless their demands were met.", []),
    ("An all-out assault on the city could kill thousands of civilians, aid agencies warned.", []),
    ("The army denied that its soldiers had killed 30 villagers in the raid.", []),
    ("Militants said they would execute 20 soldiers if the government did not free their leaders.",
     []),
    ("If the dam collapses, up to 500,000 people could be killed.", []),
    ("There were no immediate reports of casualties.", []),
    ("Officials fear the death toll could rise.", []),
    ("The five-year civil war has devastated the country's economy.", []),
    ("The rebels released 12 hostages on Friday after weeks of negotiations.", []),
    ("About 2,000 police officers were deployed to guard polling stations.", []),
    ("The UN has called for 20,000 peacekeepers to be sent to Darfur.", []),
    ("He spent 10 years in prison before fleeing to Europe in 2015.", []),
    ("Some 3,000 fighters surrendered to Kurdish forces after the battle for Baghouz.", []),
    ("Four of the 20 wounded remain in critical condition.", []),
    ("Tamerlan, 26, died after a gunfight with police three days after the bombing.", []),
    ("Lawmakers voted 312 to 98 to extend the mission in Mali by 12 months.", []),
    ("The convoy travelled 40 kilometres through the desert.", []),
    ("One more casualty would have had negative effects on the peace talks.", []),
    ("A deserter passing himself off as a refugee entered the country.", []),
    ("Hugo Ch\u00e1vez, who died in 2013, remains popular among the poor.", []),
    ("Dozens were feared dead after the boat capsized.", []),
    ("Three suspects fled the scene after the shooting.", []),
    ("The city, home to some 3 million residents, has been besieged for 18 months.", []),
    ("Some 500 people attended the funeral of the three victims on Sunday.", []),
    ("The 1,200-strong force will be deployed by March.", []),
    ("More than 100 people were rescued from the rubble.", []),
    ("The militants freed 50 hostages after a ransom was paid.", []),
    ("Thousands of people protested in the capital on Saturday.", []),
    ("The commander said 40 soldiers who killed civilians had been identified.", []),
    ("Some 200 soldiers fled across the border into Chad.", []),
    ("Nigerian troops rescued 300 hostages from Boko Haram.", []),
    ("The group has around 5,000 fighters.", []),
    ("The government says it will resettle 10,000 displaced families next year.", []),
    ("seven of the nine soldiers were wounded, three of the soldiers are in grave condition.",
     ["injured 7 exact soldiers"]),
    ("the two dead officers were identified as captain jose chavez and lieutenant bolanos.", []),
    ("the prisoners were captured on 4 january by military detachment no 4 troops.", []),
    # issue 22 item 9: decimals and halves before a scale word, whatever entity the tagger names
    ("Since the spring, more than 1.5 million people have been displaced across the region.",
     ["displaced 1500000 more_than people"]),
    ("In Cabo Delgado almost 1.2 million people have been displaced by the insurgency.",
     ["displaced 1200000 at_most people"]),
    ("The fighting in Tigray has uprooted more than half a million people.",
     ["displaced 500000 more_than people"]),
    ("Half a million Karabakh Armenians fled after the offensive.",
     ["displaced 500000 exact Armenians"]),
    ("The drought has destroyed 1.5 million tonnes of maize in Malawi.", []),
]


@pytest.fixture(scope="module")
def table_records(nlp) -> dict:
    """Every sentence of the table run through the pipeline in one batch."""
    articles = [
        Article(id=str(i), text=text, source="<test>", published="2020-06-10")
        for i, (text, _expected) in enumerate(CASES)
    ]
    return {text: record for (text, _e), record in zip(CASES, annotate(nlp, articles), strict=True)}


@pytest.mark.parametrize("text, expected", CASES)
def test_casualty_counts(table_records, text, expected):
    record = table_records[text]
    assert [_fmt(c) for c in record.casualties] == expected
    for c in record.casualties:
        assert text[c.start:c.end] == c.text


def test_table_size():
    """The issue asks for at least 80 sentences, negatives included."""
    assert len(CASES) >= 80
    assert sum(1 for _text, expected in CASES if not expected) >= 15


@pytest.mark.parametrize(
    "text, field, expected",
    [
        ("At least 400,000 people have been killed since violence began.", "cumulative", True),
        ("More than 10,000 people have died since the start of the war.", "cumulative", True),
        ("At least 24 people were killed on Monday.", "cumulative", False),
        ("The 2014 war killed more than 2,200 Palestinians, most of them civilians.", "cumulative",
         True),
        ("More than 1,000 people have been arrested since the protests began.", "cumulative",
         True),
        ("Nine people were killed, bringing the total death toll to 112.", "cumulative", False),
        ("The overall death toll from the fighting has risen to 1,400.", "cumulative", True),
        ("Barrel bombs dropped by government helicopters killed 15 civilians on Saturday.",
         "date", "2020-06-06"),
        ("More than 14,000 people were killed in eastern Ukraine between 2014 and 2021.", "date",
         None),
        ("The White Helmets said that at least 24 people were killed and 85 injured in air "
         "strikes and shelling on Monday.", "cause", "air strikes and shelling"),
        ("Rebel fire on the government-held west of the city has killed 69 people.", "cause",
         "Rebel fire"),
        ("At least 72 people were killed in air strikes and barrel bomb attacks across the "
         "province on Sunday.", "cause", "air strikes and barrel bomb attacks"),
        ("Eleven soldiers were killed in a rebel ambush.", "cause", "rebel ambush"),
        # issue 22 item 9: acronyms and names keep their case, even where the parser splits them
        ("At least 20 people were killed in RSF shelling of a camp near El Fasher.", "cause",
         "RSF shelling"),
        ("Seven villagers were killed by RSF shelling in North Kordofan.", "cause",
         "RSF shelling"),
        ("RSF shelling killed 12 civilians in Omdurman on Tuesday.", "cause", "RSF shelling"),
        ("Nine children were wounded in IDF air strikes on Khan Younis.", "cause",
         "IDF air strikes"),
        ("Four soldiers died in ISIS mortar fire near Tal Afar.", "cause", "ISIS mortar fire"),
        ("Five people died in government shelling of Maarat al-Numan.", "cause",
         "government shelling"),
        ("Unidentified gunmen attacked a bus in Zamfara, injuring four passengers.", "cause",
         None),
        ("At least 24 people were killed on Monday.", "date", "2020-06-08"),
        ("The Observatory says at least 319 people have been killed since the offensive began "
         "some three weeks ago.", "date", None),
        # running tolls and comparisons
        ("By the end of 1972, 496 had been killed, 258 of them civilians.", "cumulative", True),
        ("By 2015, more than 300 people had been killed in the fighting in Darfur.", "cumulative",
         True),
        ("By Sunday, the death toll from the Mogadishu bombing had risen to 40.", "cumulative",
         False),
        ("It was the first reported death of a Russian general in Syria since 2017.",
         "cumulative", False),
        # illness: the cause names it, no violent cause or killer is invented
        ("Eight people died of the yet unidentified disease, the head of the medical school said.",
         "cause", "disease"),
        ("Nine unexplained deaths over the last week in Aragua might have been the result of "
         "complications from the disease.", "cause", "disease"),
        ("More than 2,000 people have died of cholera in Yemen, the WHO said.", "cause",
         "cholera"),
        ("Cholera has killed more than 2,000 people in Yemen since April.", "perpetrator", None),
        ("Five migrants died of hypothermia near the Belarus border.", "cause", "hypothermia"),
        ("Air strikes killed 12 people, including three doctors who were treating cholera "
         "patients.", "cause", "Air strikes"),
        # a reporting verb reached through an adjunct does not report the figure
        ("The government showed no remorse after the killing of 12 protesters in Caracas.",
         "attributed_to", None),
        ("Human Rights Watch documented 40 deaths in Idlib province in May.", "attributed_to",
         "Human Rights Watch"),
        # issue 18: the police of the only country the text supports (Maiduguri: Nigeria)
        ("Police said 17 people were killed in the attack in Maiduguri.", "attributed_to",
         "Nigeria Police Force"),
    ],
)
def test_casualty_links(analyse, text, field, expected):
    record = analyse(text, published="2020-06-10")
    assert record.casualties, text
    assert getattr(record.casualties[0], field) == expected


@pytest.mark.parametrize("after, expected", [
    ("\n\nTalks resumed.", []),
    # the parser glues the skipped line to the next one; the prose count must survive
    ("\nAt least 12 soldiers were killed in Borno on Tuesday.", ["killed 12 at_least soldiers"]),
])
def test_non_prose_lines_are_skipped(nlp, after, expected):
    """Cross-link lines (``READ MORE: ...``) carry no casualty counts."""
    text = "Fighting continued.\n\nREAD MORE: 40 people killed in Gaza strike" + after
    start = text.index("READ MORE")
    end = start + len("READ MORE: 40 people killed in Gaza strike")
    article = Article(id="t", text=text, source="<test>", skip_spans=[(start, end)])
    record = next(annotate(nlp, [article]))
    assert [_fmt(c) for c in record.casualties] == expected


@pytest.mark.parametrize("text, evidence", [
    ("Scores died in the attacks.image copyright AFP image caption Police at the scene",
     ["Scores died in the attacks"]),
    ("The war has killed 1,000 people and 500 were wounded.",
     ["The war has killed 1,000 people", "500 were wounded"]),
    ("Of the 40 dead, 12 were children, the Unicef spokesman said.",
     ["40 dead", "Of the 40 dead, 12 were children"]),
    ("Three soldiers were killed with five others wounded in the ambush near Gao.",
     ["Three soldiers were killed", "five others wounded in the ambush near Gao"]),
    ("7 militants killed in blasts in AfghanistanKANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven "
     "Taliban militants were killed in two explosions.",
     ["7 militants killed in blasts in Afghanistan",
      "Seven Taliban militants were killed in two explosions"]),
])
def test_evidence_ends_with_its_clause(analyse, text, evidence):
    """A count's evidence stops before a glued sentence or the next figure's own clause."""
    assert [c.text for c in analyse(text).casualties] == evidence


def test_evidence_never_crosses_a_paragraph(analyse):
    text = "Situation in Aleppo is a 'human catastrophe'\n\nRebel fire has killed 69 people."
    record = analyse(text)
    assert [_fmt(c) for c in record.casualties] == ["killed 69 exact people"]
    assert "\n" not in record.casualties[0].text


def _gold_key(item: dict) -> tuple:
    figure = item["count"] if item.get("count") is not None else (item.get("low"), item.get("high"))
    return item["outcome"], figure, item["victims"], item.get("part_of")


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_seed_gold_links(analyse, gold_path):
    """Place and attribution of the seed counts, where the gold states them."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (SEEDS / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
    record = analyse(text, published=gold.get("published"))
    for item in gold["casualties"]:
        found = _match(item, record.casualties)
        for field in ("place", "cumulative"):
            if field in item:
                assert getattr(found, field) == item[field], (field, item["text"])


def _match(item: dict, casualties: list):
    for c in casualties:
        if c.outcome == item["outcome"] and c.count == item["count"] and (
                item["count"] is not None or (c.low, c.high) == (item.get("low"), item.get("high"))):
            return c
    raise AssertionError(f"no match for {item['text']!r}")


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_issue3_seed_gold(analyse, gold_path):
    """Issue 3 bar: every seed casualty found with its victims and part_of, nothing else."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (SEEDS / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
    record = analyse(text, published=gold.get("published"))
    predicted = [
        (c.outcome, c.count if c.count is not None else (c.low, c.high), c.victims, c.part_of)
        for c in record.casualties
    ]
    # part_of indexes differ between lists; compare the figure of the containing count instead
    def resolve(items, keys):
        return sorted(
            (o, str(f), v, None if p is None else str(keys[p][1])) for o, f, v, p in items
        )

    gold_keys = [_gold_key(item) for item in gold["casualties"]]
    assert resolve(predicted, predicted) == resolve(gold_keys, gold_keys)
    for c in record.casualties:
        assert text[c.start:c.end] == c.text
