"""Issue 18: every party to the violence, named and typed the way conflict datasets code them.

Each row is a sentence written for this table, the canonical name one of its groups must carry
and that group's ``actor_class`` (ACLED's actor types). Generic and unidentified actors get
deterministic names (``Unidentified Armed Group (Nigeria)``, ``Police Forces of Kenya``);
aliases and in-article acronyms resolve to one actor; states that act are actors. Conflicts
covered: Nigeria, Thailand, Mozambique, Pakistan, Cameroon, Libya, Syria, Mexico, Haiti, Kenya,
India, Bangladesh, Sri Lanka, Ukraine, Ethiopia, Iran, Mali, Israel/Palestine, Sudan, Somalia,
Afghanistan, Iraq, Yemen, Myanmar, Colombia, Ecuador, DR Congo, Philippines, Lebanon, Burkina
Faso, Tanzania, Venezuela.
"""

from __future__ import annotations

import pytest

from conflict_extract.components.groups.actors import load_actor_index
from conflict_extract.components.groups.coverage import render

ACTORS = [
    # --- unidentified armed actors, with the country the article supports
    ("Unknown gunmen killed four farmers near Jos in Plateau state, Nigeria, on Sunday.",
     "Unidentified Armed Group (Nigeria)", "unidentified"),
    ("Unidentified assailants shot dead a teacher in Pattani province, Thailand.",
     "Unidentified Armed Group (Thailand)", "unidentified"),
    ("Armed men abducted 20 passengers on the Abuja-Kaduna highway in Nigeria.",
     "Unidentified Armed Group (Nigeria)", "unidentified"),
    ("Militants ambushed a convoy in Cabo Delgado province, Mozambique, on Friday.",
     "Unidentified Armed Group (Mozambique)", "unidentified"),
    ("Gunmen on motorcycles opened fire on a checkpoint in Balochistan, Pakistan.",
     "Unidentified Armed Group (Pakistan)", "unidentified"),
    ("Unknown attackers set fire to a school in the Anglophone region of Cameroon.",
     "Unidentified Armed Group (Cameroon)", "unidentified"),
    ("Bandits raided a village in Zamfara state, Nigeria, and kidnapped 30 people.",
     "Unidentified Armed Group (Nigeria)", "unidentified"),
    ("Unidentified gunmen shot two police officers in Karachi, Pakistan.",
     "Unidentified Armed Group (Pakistan)", "unidentified"),
    ("Masked gunmen stormed a bar in Celaya, Guanajuato, Mexico, killing seven.",
     "Unidentified Armed Group (Mexico)", "unidentified"),
    ("An unidentified gang attacked a bus in Port-au-Prince, Haiti.",
     "Unidentified Gang (Haiti)", "unidentified"),
    ("Unknown individuals dropped grenades from a drone on a house in Michoacan, Mexico.",
     "Unidentified Armed Group (Mexico)", "unidentified"),
    ("Local defence forces attacked a police post in Sagaing region, Myanmar.",
     "Unidentified Armed Group (Myanmar)", "unidentified"),
    ("A bomb attached to a drone exploded near a market in Mon state, Myanmar, injuring two.",
     "Unidentified Armed Group (Myanmar)", "unidentified"),
    # --- aerial attacks nobody claims
    ("A drone of unknown origin struck a convoy near Kufra, Libya.",
     "Unidentified Military Forces", "unidentified"),
    ("Unidentified drones bombed a fuel depot in Deir ez-Zor, Syria.",
     "Unidentified Military Forces", "unidentified"),
    ("An unknown military-grade drone fired missiles at a car near Marib, Yemen.",
     "Unidentified Military Forces", "unidentified"),
    ("A drone strike by an unknown party hit a farm near Tripoli, Libya.",
     "Unidentified Military Forces", "unidentified"),
    # a drone strike with no operator stated is coded as unidentified military forces too
    ("A drone strike killed six people at a market near Timbuktu, Mali.",
     "Unidentified Military Forces", "unidentified"),
    # --- crowds
    ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
     "Protesters (Kenya)", "protesters"),
    ("Protesters blocked roads in Lagos, Nigeria, demanding an end to police brutality.",
     "Protesters (Nigeria)", "protesters"),
    ("Demonstrators marched on parliament in Colombo, Sri Lanka.",
     "Protesters (Sri Lanka)", "protesters"),
    ("Rioters torched shops in Delhi, India, as curfew was imposed.",
     "Rioters (India)", "rioters"),
    ("An angry mob lynched two men accused of theft in Dhaka, Bangladesh.",
     "Rioters (Bangladesh)", "rioters"),
    # --- police, soldiers, troops, border guards of a named or supported country
    ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
     "Police Forces of Kenya", "state_forces"),
    ("Police in Nairobi arrested 40 people after the clashes in Kenya.",
     "Police Forces of Kenya", "state_forces"),
    ("Rioters torched shops in Delhi, India, as police struggled to restore order.",
     "Police Forces of India", "state_forces"),
    ("The police said vigilantes killed two suspected thieves in Mwanza, Tanzania.",
     "Police Forces of Tanzania", "state_forces"),
    ("Protesters blocked roads in Lagos, Nigeria, demanding an end to police brutality.",
     "Nigeria Police Force", "state_forces"),
    ("Ukrainian soldiers repelled an assault near Bakhmut in Ukraine.",
     "Armed Forces of Ukraine", "state_forces"),
    ("Ethiopian soldiers clashed with Fano militiamen in Amhara region, Ethiopia.",
     "Ethiopian National Defense Force", "state_forces"),
    ("Security forces killed three militants in Kashmir's Pulwama district, India.",
     "Indian Armed Forces", "state_forces"),
    ("Border guards shot two smugglers on the Iran-Iraq border in Iran.",
     "Iranian armed forces", "state_forces"),
    ("Nigeria's army said soldiers killed 10 bandits in Katsina state, Nigeria.",
     "Nigerian Armed Forces", "state_forces"),
    ("The TTP said its fighters killed four soldiers in Khyber Pakhtunkhwa, Pakistan.",
     "Pakistan Armed Forces", "state_forces"),
    ("Sudanese soldiers retook the bridge in Omdurman from the Rapid Support Forces, Sudan.",
     "Sudanese Armed Forces", "state_forces"),
    ("The New People's Army ambushed soldiers in Samar, Philippines.",
     "Armed Forces of the Philippines", "state_forces"),
    ("Human Rights Watch said the Myanmar military burned villages in Sagaing.",
     "Tatmadaw", "state_forces"),
    ("Malian soldiers and Wagner fighters killed dozens of civilians in Moura, Mali.",
     "Malian Armed Forces", "state_forces"),
    # --- foreign forces and external actors
    ("Malian soldiers and Wagner fighters killed dozens of civilians in Moura, Mali.",
     "Wagner Group", "external"),
    ("Russia vetoed the UN resolution on Syria.", "United Nations", "external"),
    ("The UN Security Council condemned the attack in Goma, Congo.",
     "UN Security Council", "external"),
    ("UNHCR said 10,000 people fled to Chad from Darfur.", "UNHCR", "external"),
    ("NATO said its jets intercepted Russian aircraft over the Baltic Sea.", "NATO", "external"),
    ("The African Union deployed troops to Somalia.", "African Union", "external"),
    ("MONUSCO peacekeepers patrolled Beni in North Kivu, Congo.",
     "UN Stabilization Mission in the DR Congo", "external"),
    # --- states that act
    ("Turkey shelled Kurdish positions in northern Syria.", "Turkish Armed Forces", "state_forces"),
    ("Iran brokered the deal between the two factions in Iraq.", "Iran", "state_forces"),
    ("Washington warned Pyongyang against further missile tests.", "United States", "state_forces"),
    ("Washington warned Pyongyang against further missile tests.", "North Korea", "state_forces"),
    ("Russian troops shelled Kharkiv overnight, Ukrainian officials said.",
     "Russian Armed Forces", "external"),
    # --- aliases and abbreviations
    ("IS claimed the bombing in Kabul, Afghanistan.", "Islamic State", "rebel_group"),
    ("ISIS fighters attacked an army post near Deir ez-Zor, Syria.", "Islamic State", "rebel_group"),
    ("Daesh cells ambushed Iraqi troops in Kirkuk, Iraq.", "Islamic State", "rebel_group"),
    ("The Islamic State group claimed the attack in Mosul.", "Islamic State", "rebel_group"),
    ("ISIL fighters blew up a bridge near Ramadi, Iraq.", "Islamic State", "rebel_group"),
    ("ISKP claimed a suicide bombing at a mosque in Kunduz, Afghanistan.",
     "Islamic State Khorasan Province", "rebel_group"),
    ("IS-K fighters attacked a Taliban checkpoint in Nangarhar.",
     "Islamic State Khorasan Province", "rebel_group"),
    ("Ansar Allah launched missiles at a ship in the Red Sea.", "Houthis", "rebel_group"),
    ("Houthi rebels shelled Taiz in Yemen.", "Houthis", "rebel_group"),
    ("The QSD said its fighters repelled an attack near Manbij.",
     "Syrian Democratic Forces", "rebel_group"),
    ("The Pakistani Taliban claimed an attack on a police station in Peshawar, Pakistan.",
     "Tehrik-i-Taliban Pakistan", "rebel_group"),
    ("The Clan del Golfo imposed a curfew in Antioquia, Colombia.",
     "Gaitanista Self-Defense Forces of Colombia", "rebel_group"),
    ("Mujahideen Ansar claimed the roadside bombing in North Waziristan, Pakistan.",
     "Ansar al-Mujahideen", "rebel_group"),
    ("Reuters reported that M23 rebels seized Bunagana in Congo.",
     "March 23 Movement", "rebel_group"),
    # --- acronyms defined in the article
    ("The Karen National Defense Organization (KNDO) said its fighters attacked a junta "
     "outpost; the KNDO later withdrew.", "Karen National Defence Organisation", "rebel_group"),
    ("The Arakan Liberation Front (ALF) clashed with the army; the ALF said two soldiers died.",
     "Arakan Liberation Front", "rebel_group"),
    # --- named armed groups, militias and gangs
    ("The ELN blew up the Cano Limon pipeline in Arauca, Colombia.",
     "National Liberation Army (Colombia)", "rebel_group"),
    ("The Arakan Army seized a town in Rakhine state, Myanmar.", "Arakan Army", "rebel_group"),
    ("JNIM fighters attacked a military post in Djibo, Burkina Faso.",
     "Jama'at Nasr al-Islam wal Muslimin", "rebel_group"),
    ("Hezbollah fired rockets at northern Israel from Lebanon.", "Hezbollah", "rebel_group"),
    ("Hamas fighters fired rockets at Israel from Gaza.", "Hamas", "rebel_group"),
    ("The Popular Mobilization Forces deployed to Sinjar, Iraq.",
     "Popular Mobilization Forces", "political_militia"),
    ("Ethiopian soldiers clashed with Fano militiamen in Amhara region, Ethiopia.",
     "Fano", "identity_militia"),
    ("Fulani gunmen attacked farmers in Benue state, Nigeria.", "Fulani gunmen", "identity_militia"),
    ("Gunmen from the Jalisco New Generation Cartel ambushed police in Michoacan, Mexico.",
     "Jalisco New Generation Cartel", "political_militia"),
    ("The Sinaloa Cartel fought rival gangs in Culiacan, Mexico.",
     "Sinaloa Cartel", "political_militia"),
    ("Los Choneros gang members rioted in a prison in Guayaquil, Ecuador.",
     "Los Choneros", "political_militia"),
    ("Tren de Aragua members were arrested in Caracas, Venezuela.",
     "Tren de Aragua", "political_militia"),
    # --- organisations of each type, typed so a user can filter
    ("Medecins Sans Frontieres said its hospital in Aden, Yemen, was hit.",
     "Médecins Sans Frontières", "civilians"),
    ("The International Committee of the Red Cross evacuated wounded civilians from Mariupol.",
     "International Committee of the Red Cross", "civilians"),
    ("The Syrian Observatory for Human Rights said 12 people died in Idlib.",
     "Syrian Observatory for Human Rights", "civilians"),
    ("Al Jazeera said Israeli strikes killed 30 people in Gaza.", "Al Jazeera", "civilians"),
    ("SANA reported that Israeli missiles hit Damascus airport.",
     "Syrian Arab News Agency", "civilians"),
    # --- not actors: a place named after an actor; a ministry, not the group that runs it
    ("The Hamas-run health ministry in Gaza said 20 people were killed.",
     "Gaza Health Ministry", "state_forces"),
]

NOT_ACTORS = [
    ("Fighters retreated to the Islamic State's capital Raqqa after the battle.",
     ["Raqqa", "Islamic State's capital Raqqa", "capital"]),
    ("The Hamas-run health ministry in Gaza said 20 people were killed.", ["Hamas"]),
    ("Police said the drone footage showed the flooded streets of Lagos.",
     ["Unidentified Military Forces", "Unidentified Armed Group (Nigeria)"]),
    ("An unknown number of people fled the fighting in Darfur, Sudan.",
     ["Unidentified Armed Group (Sudan)"]),
    ("Unknown to the protesters, the rally in Nairobi had been banned.", ["Unknown"]),
    # a nationality names the drone's operator: its forces, not an unknown party
    ("A Ukrainian drone attack set an oil depot in Bryansk on fire, killing two workers.",
     ["Unidentified Military Forces"]),
    ("An Israeli drone strike hit a motorbike near Nabatieh, killing its rider.",
     ["Unidentified Military Forces"]),
    ("A Turkish drone strike killed three shepherds near Qamishli, Syria.",
     ["Unidentified Military Forces"]),
    ("A Pakistani drone attack destroyed a house in Khost province, killing four.",
     ["Unidentified Military Forces"]),
]


@pytest.mark.parametrize("text, name, actor_class", ACTORS)
def test_actor_named_and_classed(analyse, text, name, actor_class):
    """The sentence yields a group of this canonical name and ACLED actor class."""
    groups = analyse(text).groups
    found = [g for g in groups if g.name == name]
    assert found, f"{name!r} not among {[(g.name, g.aliases) for g in groups]}"
    assert found[0].actor_class == actor_class, (found[0].name, found[0].actor_class)


@pytest.mark.parametrize("text, names", NOT_ACTORS)
def test_not_actors(analyse, text, names):
    """Places, unknown quantities and the running group of a ministry are no actors here."""
    groups = analyse(text).groups
    for name in names:
        hit = [g for g in groups if g.name == name or name in g.aliases]
        assert not hit, f"{name!r} taken as a group: {[(g.name, g.aliases) for g in groups]}"


def test_every_group_has_an_actor_class(analyse):
    """Issue 18: ``actor_class`` is set on every group."""
    text = (
        "Unknown gunmen attacked a police station in Maiduguri, Nigeria, and protesters marched "
        "in Abuja, where the Nigerian army and ISWAP fighters clashed, Reuters reported."
    )
    groups = analyse(text).groups
    assert groups and all(g.actor_class for g in groups), [(g.name, g.actor_class) for g in groups]


def test_canonical_names_are_deterministic(analyse):
    """The same actor gets the same name across articles, whatever its surface form."""
    first = analyse("Gunmen killed three villagers in Zamfara state, Nigeria.").groups
    second = analyse("Unidentified armed men burned a market in Katsina state, Nigeria.").groups
    assert {g.name for g in first} & {g.name for g in second} == {"Unidentified Armed Group (Nigeria)"}


def test_dictionary_coverage_is_printed(capsys):
    """The dictionary's size and coverage per conflict (``python -m
    conflict_extract.components.groups.coverage``) grow: at least 1,100 actors over 40 conflicts."""
    index = load_actor_index()
    table = render(index)
    print(table)
    assert len(index) >= 1100
    rows = table.splitlines()[2:]
    assert len(rows) >= 40, rows
    assert capsys.readouterr().out.startswith("actors: ")
