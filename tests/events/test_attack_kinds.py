"""Kinds of attack read from an event's sentences (issue 19: different weapons keep events apart)."""

from __future__ import annotations

import pytest

from conflict_extract.events.kinds import attack_kinds, kinds_agree, kinds_text

EXPLOSIVE = {"suicide_bombing", "car_bomb", "roadside_bomb", "landmine", "grenade", "air_strike",
             "drone_strike", "shelling"}


@pytest.mark.parametrize("text, expected", [
    ("Government warplanes bombed a market in Maarat al-Numan, killing 15 people.", {"air_strike"}),
    ("Russian air strikes killed 12 civilians in the town.", {"air_strike"}),
    ("A US drone strike killed four militants in North Waziristan.", {"drone_strike"}),
    ("A Ukrainian UAV hit a fuel depot, killing two workers.", {"drone_strike"}),
    ("Houthi shelling killed six civilians in Taiz.", {"shelling"}),
    ("Mortar rounds fell on a school in Mogadishu, killing three pupils.", {"shelling"}),
    ("A suicide bomber blew himself up at a wedding in Kabul.", {"suicide_bombing"}),
    ("A suicide car bomb exploded at an army checkpoint near Tal Afar.", {"suicide_bombing"}),
    ("A car-bomb ripped through a market in Baghdad.", {"car_bomb", "suicide_bombing"}),
    ("A roadside bomb struck a police patrol in Helmand.", {"roadside_bomb"}),
    ("Two children died when a landmine went off near Kandahar.", {"landmine"}),
    ("A grenade thrown into a bar in Bujumbura wounded nine people.", {"grenade", "drone_strike"}),
    ("Gunmen shot dead five villagers in Zamfara.", {"shooting", "clashes"}),
    ("Islamic State militants executed 12 men in Deir ez-Zor.", {"execution"}),
    ("Al-Shabaab publicly beheaded two men in Jilib.", {"execution"}),
    ("Attackers hacked 24 people to death with machetes near Beni.", {"stabbing"}),
    ("Militiamen torched huts in the village and burned 10 people alive.", {"arson"}),
    ("Heavy fighting between the army and rebels killed 30 fighters in Rutshuru.", {"clashes", "shooting", "shelling"}),
    ("Air strikes and artillery shelling killed 40 people in Eastern Ghouta.", {"air_strike", "shelling"}),
    ("A missile fired from a drone killed a commander near Sanaa.", {"drone_strike"}),
    ("A blast at a mosque in Quetta killed 20 worshippers.", EXPLOSIVE),
    ("Jihadists killed 14 soldiers in an ambush near Djibo.", {"clashes", "shooting", "roadside_bomb"}),
    # no weapon or form of violence named: any kind fits
    ("Insurgents killed 12 people in an attack on Palma.", set()),
    ("Fighters of the group seized the gold mine near Kidal.", set()),
    ("Teachers went on strike in Harare.", set()),
    ("Prisoners on hunger strike were moved, a day after a bomb threat.", set()),
    ("The shellfish market and the jetty of Hodeidah were closed.", set()),
])
def test_attack_kinds(text, expected):
    assert attack_kinds([text]) == expected


@pytest.mark.parametrize("a, b, agree", [
    ("An air strike hit the town.", "Warplanes bombed the town.", True),
    ("An air strike hit the town.", "A blast rocked the town.", True),
    ("An air strike hit the town.", "A suicide bomber struck the town.", False),
    ("Shelling killed five civilians.", "Mortar rounds killed five civilians.", True),
    ("Gunmen shot dead three people.", "A car bomb killed three people.", False),
    ("Rebels executed six men.", "An air strike killed six men.", False),
    ("Clashes killed eight fighters.", "Artillery fire killed eight fighters.", True),
    ("Eight people were killed on Monday.", "A drone strike killed eight people.", True),
])
def test_kinds_agree(a, b, agree):
    assert kinds_agree(attack_kinds([a]), attack_kinds([b])) is agree


def test_kinds_text_names_each_kind():
    assert kinds_text(frozenset({"execution"})) == "execution"
    assert "or" in kinds_text(frozenset({"car_bomb", "suicide_bombing"}))
