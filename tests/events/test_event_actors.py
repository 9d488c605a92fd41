"""Actors of an event with their roles (issue 18, role per event): the figure's perpetrator, and
the target its victims name."""

from __future__ import annotations

import pytest

from conflict_extract.events.actors import GroupSpans, figure_actors, merge_actors
from conflict_extract.models import ArticleRecord, Casualty, Group


def figure(text, evidence, victims, perpetrator=None, groups=()):
    """A record whose one figure has ``evidence`` (a part of ``text``) and the given groups, each
    ``(name, surface, actor_class)`` with its mentions located in the text."""
    start = text.index(evidence)
    found = []
    for name, surface, actor_class in groups:
        at = text.index(surface)
        found.append(Group(name=name, aliases=[surface], actor_class=actor_class,
                           spans=[[at, at + len(surface)]]))
    c = Casualty(outcome="killed", count=5, low=5, high=5, qualifier="exact", victims=victims,
                 text=evidence, start=start, end=start + len(evidence), perpetrator=perpetrator)
    return ArticleRecord(id="a", source="a.txt", title=None, published=None, casualties=[c],
                         groups=found), c


@pytest.mark.parametrize("text, evidence, victims, perpetrator, groups, country, expected", [
    ("Nigerian Air Force jets killed ten Boko Haram fighters near Damboa.",
     "Nigerian Air Force jets killed ten Boko Haram fighters", "fighters", "Nigerian Air Force",
     [("Nigerian Air Force", "Nigerian Air Force", "state_forces"), ("Boko Haram", "Boko Haram", "rebel_group")],
     "Nigeria", [("Nigerian Air Force", "perpetrator", "state_forces"), ("Boko Haram", "target", "rebel_group")]),
    ("A suicide bomber blew himself up, killing nine members of Hayat Tahrir al-Sham.",
     "killing nine members of Hayat Tahrir al-Sham", "members", None,
     [("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "rebel_group")], "Syria",
     [("Hayat Tahrir al-Sham", "target", "rebel_group")]),
    ("An IS booby-trapped drone killed two Peshmerga fighters near Kirkuk.",
     "An IS booby-trapped drone killed two Peshmerga fighters", "fighters", "Islamic State",
     [("Islamic State", "IS", "rebel_group"), ("Peshmerga", "Peshmerga", "state_forces")], "Iraq",
     [("Islamic State", "perpetrator", "rebel_group"), ("Peshmerga", "target", "state_forces")]),
    ("Israeli strikes killed 20 Hamas militants in Khan Younis.",
     "Israeli strikes killed 20 Hamas militants", "militants", "Israel Defense Forces",
     [("Hamas", "Hamas", "rebel_group")], "Palestine",
     [("Israel Defense Forces", "perpetrator", None), ("Hamas", "target", "rebel_group")]),
    ("Five soldiers of the Malian army were killed near Gao.",
     "Five soldiers of the Malian army were killed", "soldiers", None,
     [("Military Forces of Mali", "Malian army", "state_forces")], "Mali",
     [("Military Forces of Mali", "target", "state_forces")]),
    ("Government air strikes killed 11 civilians in Saraqib.",
     "Government air strikes killed 11 civilians", "civilians", "Military Forces of Syria",
     [], "Syria", [("Military Forces of Syria", "perpetrator", None), ("Civilians (Syria)", "target", "civilians")]),
    ("Police shot dead three protesters in Nairobi.", "Police shot dead three protesters", "protesters",
     "Police Forces of Kenya", [("Police Forces of Kenya", "Police", "state_forces")], "Kenya",
     [("Police Forces of Kenya", "perpetrator", "state_forces"), ("Protesters (Kenya)", "target", "protesters")]),
    ("Police killed two rioters in Delhi.", "Police killed two rioters", "rioters", None, [], "India",
     [("Rioters (India)", "target", "rioters")]),
    ("Gunmen killed 37 villagers in Bankass.", "Gunmen killed 37 villagers", "villagers", "gunmen", [],
     None, [("gunmen", "perpetrator", None), ("Civilians", "target", "civilians")]),
    # armed victims of an unnamed side: no target
    ("Taliban fighters killed eight soldiers in Kunduz.", "Taliban fighters killed eight soldiers",
     "soldiers", "Taliban", [("Taliban", "Taliban", "rebel_group")], "Afghanistan",
     [("Taliban", "perpetrator", "rebel_group")]),
    ("Troops killed 12 militants in Sinai.", "Troops killed 12 militants", "militants", None, [], "Egypt", []),
    # a group named elsewhere in the sentence is not the victims' group
    ("ADF rebels killed 22 people in Beni, the Congolese army said.", "ADF rebels killed 22 people",
     "people", "Allied Democratic Forces",
     [("Allied Democratic Forces", "ADF", "rebel_group"), ("Military Forces of DR Congo", "Congolese army", "state_forces")],
     "DR Congo", [("Allied Democratic Forces", "perpetrator", "rebel_group")]),
])
def test_figure_actors(text, evidence, victims, perpetrator, groups, country, expected):
    record, c = figure(text, evidence, victims, perpetrator, groups)
    actors = figure_actors(record, c, text, country)
    assert [(a["name"], a["role"], a["actor_class"]) for a in actors] == expected


def test_the_sides_of_a_fight_are_no_target_of_it():
    text = "Clashes between the army and the RSF killed 20 civilians in Omdurman."
    record, c = figure(text, "Clashes between the army and the RSF killed 20 civilians", "civilians",
                       None, [("Sudanese Armed Forces", "army", "state_forces"),
                              ("Rapid Support Forces", "RSF", "rebel_group")])
    c.parties = ["Sudanese Armed Forces", "Rapid Support Forces"]
    actors = figure_actors(record, c, text, "Sudan")
    assert [(a["name"], a["role"]) for a in actors] == [("Civilians (Sudan)", "target")]


def test_figure_actors_without_the_text_use_the_evidence():
    text = "Coalition air strikes killed 14 Houthi fighters in Hodeidah."
    record, c = figure(text, "Coalition air strikes killed 14 Houthi fighters", "fighters", None,
                       [("Houthis", "Houthi", "rebel_group")])
    assert figure_actors(record, c, None, "Yemen") == [
        {"name": "Houthis", "role": "target", "actor_class": "rebel_group"}
    ]


def test_merge_actors_keeps_each_name_and_role_once():
    a = [{"name": "Al-Shabaab", "role": "perpetrator", "actor_class": "rebel_group"}]
    b = [{"name": "Al-Shabaab", "role": "perpetrator", "actor_class": "rebel_group"},
         {"name": "Civilians (Somalia)", "role": "target", "actor_class": "civilians"}]
    assert [x["name"] for x in merge_actors(a, b)] == ["Al-Shabaab", "Civilians (Somalia)"]


@pytest.mark.parametrize("window, expected", [
    ((0, 100), {0: [(0, 5), (40, 45)], 1: [(10, 18)], 2: [(60, 70)]}),
    ((10, 45), {0: [(40, 45)], 1: [(10, 18)]}),
    # a mention reaching past the window's end, or starting before it, is not within it
    ((11, 44), {}),
    ((41, 69), {}),
    ((200, 300), {}),
])
def test_group_spans_within_a_window(window, expected):
    groups = [Group(name="A", spans=[[40, 45], [0, 5]]), Group(name="B", spans=[[10, 18]]),
              Group(name="C", spans=[[60, 70]])]
    assert GroupSpans.of(groups).within(*window) == expected
