"""Issue 15: which of several places of one name a bare name is.

Rows are ``(text, mention, level, country, (lat, lon) or None, km)``: the place whose mentions
include ``mention`` must have that level and country and lie within ``km`` of the point; a point
``None`` means it must have none (a wrong pin being worse than none); a level ``None`` means no
place may carry the mention at all.
"""

from __future__ import annotations

import pytest

from conflict_extract.components.places.evidence import demonyms_in

NAMESAKES = [
    # --- a curated region spanning countries outranks a hamlet or province of its name ---
    ("The senator came back from a tour of the Middle East and spoke in Baltimore and "
     "Washington.", "Middle East", "region", None, (29.0, 42.0), 50),
    ("Tankers were attacked in the Gulf, the navy command in Bahrain said.", "Gulf", "region",
     None, (27.0, 51.0), 50),
    ("Ships crossed the Atlantic in convoys.", "Atlantic", "region", None, (20.0, -40.0), 50),
    ("Farmers near Atlantic, Iowa, lost their corn to hail.", "Atlantic", "populated_place",
     "US", (41.40, -95.01), 25),
    # --- in a short text, a country only the name itself speaks for is no reading of it;
    #     a country's own name needs no other name to vouch for it ---
    ("Clashes broke out in the Old City district of Mosul on Tuesday, Iraqi officials said.",
     "Old City", "neighbourhood", "IQ", None, 25),
    ("Soybean growers in Iowa watched prices as exports to China fell.", "China", "country",
     "CN", (35.0, 105.0), 100),
    # --- a capital of a country the other names speak of, not a namesake town ---
    ("Washington hopes the Syrians will talk, and that Damascus will move away from Tehran.",
     "Damascus", "populated_place", "SY", (33.51, 36.29), 25),
    ("Envoys from the Afghans and the Americans met in Kabul and then in Washington.", "Kabul",
     "populated_place", "AF", (34.53, 69.17), 25),
    ("Damascus, Maryland, held its spring parade near Frederick on Saturday.", "Damascus",
     "populated_place", "US", (39.29, -77.20), 25),
    ("A student from Paris in Henry County, Tennessee, spent spring break building homes.",
     "Paris", "populated_place", "US", (36.30, -88.33), 25),
    # a name many states have a town of speaks for none of them, however often it is written:
    # the state the other names point at decides
    ("Furious winds hit Manhattan on Monday. Trees fell across Manhattan and in the fields "
     "outside it, the Kansas weather service said.", "Manhattan", "populated_place", "US",
     (39.18, -96.57), 25),
    ("Tourists crowded Manhattan on Monday. Shops in Manhattan stayed open late, New York "
     "officials said.", "Manhattan", "populated_place", "US", (40.78, -73.97), 25),
    # ... but a village of the story's state does not displace a city of millions on that alone
    ("The Dallas oil and gas concern said it arranged a credit line with a bank of Charlotte, "
     "N.C.", "Dallas", "populated_place", "US", (32.78, -96.80), 25),
    # a world city by its own name over a namesake town no other name of the article supports
    ("The London-based jeweller raised its offer for a Seattle retailer. In London, its shares "
     "rose 2 pence.", "London", "populated_place", "GB", (51.51, -0.13), 25),
    # a province written as named (not the Californian city) sets the story: its towns, and no
    # far-off hamlet for a name it does not hold
    ("Merchants in Woodstock fear Ontario's new sales tax. Ontario's finance minister defended "
     "it, but shoppers in Oxford and Tillsonburg were unconvinced, and Ontario's opposition "
     "agreed.", "Woodstock", "populated_place", "CA", (43.13, -80.75), 25),
    ("Merchants in Woodstock fear Ontario's new sales tax. Ontario's finance minister defended "
     "it, but shoppers in Oxford and Tillsonburg were unconvinced, and Ontario's opposition "
     "agreed.", "Oxford", None, None, None, 0),
    # ... unless the text itself sets the name elsewhere
    ("Born in the small village of Flumeri in southern Italy, he sold ice cream in Cambridge "
     "for forty years. Friends in Cambridge and Newmarket, and across England, mourned him.",
     "Flumeri", "populated_place", "IT", (41.08, 15.15), 25),
    # "St." written for the "Saint" of the town's own name, with its state's short form
    ("Federal warrants were issued for a man of St. Albans, Vt., the police said.", "St. Albans",
     "populated_place", "US", (44.81, -73.08), 25),
    # the town in a county the article names, when nothing else speaks for its state
    ("A Paris man was arrested on Sunday after a chase. Deputies said he was taken to a jail in "
     "Henry County. Paris police had sought him since May.", "Paris", "populated_place", "US",
     (36.30, -88.33), 25),
    ("A Lebanon woman was hurt in a crash on Friday. She was flown from Boone County to a "
     "hospital, and Lebanon firefighters cleared the road.", "Lebanon", "populated_place", "US",
     (40.05, -86.47), 25),
    ("A Paris man was arrested on Sunday after a chase, French police said.", "Paris",
     "populated_place", "FR", (48.85, 2.35), 25),
    # ... and where the best namesake has no support, the one town lying in a named county
    ("A shelter in Marietta will get a new roof, Washington County officials said on Monday.",
     "Marietta", "populated_place", "US", (39.42, -81.45), 25),
    # --- a short form of another place of the article is that place ---
    ("Mayor Jones said Lake Forest Park will repave its streets. Lake Forest residents will vote "
     "on the plan.", "Lake Forest", "populated_place", "US", (47.76, -122.28), 10),
    ("Flights at Burlington International Airport resumed on Monday after the storm. Burlington "
     "police closed two roads near the airport.", "Burlington", "populated_place", "US",
     (44.48, -73.21), 25),
    ("Flights at Burlington International Airport resumed on Monday after the storm.",
     "Burlington International Airport", "feature", "US", (44.47, -73.15), 10),
    ("Floods hit Bexar County again on Saturday. Bexar officials opened two shelters for "
     "families.", "Bexar", "admin2", "US", (29.45, -98.52), 25),
    ("Floods hit Bexar County again on Saturday. Officials of Scott West High School opened its "
     "gym.", "Scott West", None, None, None, 0),
    # --- a state the article also writes by its abbreviation, not a town of its name ---
    ("The sergeant served in the California Army National Guard before he moved to Uniontown, "
     "Pa., south of Pittsburgh. He was born in Fresno, Calif., in 1962.", "California", "admin1",
     "US", (37.1, -119.8), 100),
    ("The team from California, Pa., beat a side from Fresno, Calif., on Saturday.", "California",
     "populated_place", "US", (40.07, -79.89), 10),
    # a village known by the name only as a former name, in a state none of the article's other
    # names points at, is no reading of it (nor is a town whose former name is its first word)
    ("Guernsey County officials said crews cleared roads in Pleasant City, Byesville and "
     "Cambridge after the storm.", "Pleasant City", None, None, None, 0),
    # --- a county by its full name opening a society's or district's name is the county, and
    # the towns around it settle which one (issue 15) ---
    ("The Cedar County Historical Society will meet Monday. Members from Hartington and Laurel "
     "are expected, the society's president said.", "Cedar County", "admin2", "US",
     (42.50, -97.22), 25),
    ("The Cedar County Historical Society will meet Monday. Members from Hartington and Laurel "
     "are expected, the society's president said.", "Hartington", "populated_place", "US",
     (42.62, -97.26), 25),
    # --- 'Mount X' is a town as often as a mountain: the article's other names decide ---
    ("Officials from several East Texas counties met Tuesday in Mount Pleasant to discuss water "
     "supplies.", "Mount Pleasant", "populated_place", "US", (33.16, -94.97), 25),
    ("The band played at the Mount Holly Civic Center in Mount Holly, New Jersey.", "Mount Holly",
     "populated_place", "US", (39.99, -74.79), 25),
    # --- a dateline in capitals is a name, looked up in the article's countries ---
    ("Storm closes schools. OMAHA -- Nebraska officials said the snow would last all night.",
     "OMAHA", "populated_place", "US", (41.26, -95.94), 25),
    ("Crews clear roads. ST. PAUL -- Minnesota plows worked through the night.", "ST. PAUL",
     "populated_place", "US", (44.94, -93.09), 25),
    ("Missiles hit the capital. SANAA -- Yemeni officials said two people died.", "SANAA",
     "populated_place", "YE", (15.35, 44.21), 25),
    ("Board weighs levy. HUME -- The district in Edgar County, Illinois, will vote in May.",
     "HUME", None, None, None, 0),
    ("NATO said the drills would go on through the week.", "NATO", None, None, None, 0),
    # --- a county opening its jail's name is the county ---
    ("He was booked into the Lexington County jail, South Carolina deputies said.",
     "Lexington County", "admin2", "US", (33.95, -81.31), 25),
    ("The inmate was moved to the Henderson County Jail on Monday.", "Henderson", None, None,
     None, 0),
    # --- a big city by its own name over a smaller one holding it only as an old alternate name ---
    ("Islamic State fighters shelled Homs overnight.", "Homs", "populated_place", "SY",
     (34.72, 36.72), 25),
    # --- a first-level division by its own name over a foreign town under half a million ---
    ("Voters across Ontario rejected the school plan.", "Ontario", "admin1", "CA",
     (46.6, -84.2), 25),
    # --- a small town named with its kind, whose only namesake is its own county ---
    ("Crowds gathered on Main Street in Tipperary town for the parade.", "Tipperary",
     "populated_place", "IE", (52.47, -8.16), 10),
    # --- namesakes equal on every count: the kind and country, but no point ---
    ("The inmate was moved to the Henderson County Jail on Monday.", "Henderson County",
     "admin2", "US", None, 0),
    ("Madison County deputies found the stolen truck on Monday.", "Madison County", "admin2",
     "US", None, 0),
    ("Madison County deputies found the truck near Richmond, Kentucky.", "Madison County",
     "admin2", "US", (37.72, -84.28), 40),
    # --- a name left open is its one namesake beside a town or county the article settles ---
    ("A Richmond woman will lead the shelter, Madison County officials said on Monday.",
     "Madison County", "admin2", "US", (37.72, -84.28), 40),
    ("Fans met in a pub in Richmond on Saturday before the London derby.", "Richmond",
     "populated_place", "GB", (51.46, -0.31), 10),
    # a country's name read as a town of the article is no evidence of the country
    ("Mourners came from New Prague and from Jordan on Saturday. The Jordan, Minn., choir sang.",
     "New Prague", "populated_place", "US", (44.54, -93.58), 10),
    # a state's name before an unnamed town's kind word is the state
    ("Officials in a small coastal South Carolina town voted to host the rally again.",
     "South Carolina", "admin1", "US", (33.7, -80.9), 100),
    # --- a village or district of a story set in one country is no foreign city ---
    ("Militants bombed a school in the Safi sub-district of Mohmand in Pakistan on Saturday.",
     "Safi", "admin2", "PK", None, 0),
    ("Officials in Pakistan said a bomb went off in the village of Safi on Monday.", "Safi",
     "populated_place", "PK", None, 0),
    ("Tourists from Pakistan visited the port city of Safi in Morocco.", "Safi",
     "populated_place", "MA", (32.30, -9.24), 25),
    # --- breakaway regions the gazetteer has no unit for ---
    ("Shelling was reported overnight in breakaway South Ossetia.", "South Ossetia", "region",
     "GE", (42.35, 43.95), 60),
    ("Artsakh officials said the road to Armenia was closed.", "Artsakh", "region", "AZ",
     (39.9, 46.7), 60),
    ("Talks on reuniting the island stalled in Northern Cyprus.", "Northern Cyprus", "region",
     "CY", (35.25, 33.6), 60),
]


@pytest.mark.parametrize("text, mention, level, country, point, km", NAMESAKES)
def test_namesake_choice(analyse, check_place, text, mention, level, country, point, km):
    check_place(analyse(text).places, mention, level, country, point, km)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks with the Syrians and the Iraqis resumed.", ("Syrian", "Iraqi")),
        ("Afghans and Swiss diplomats met.", ("Afghan", "Swiss")),
        ("The Indians beat the Tigers; Indian troops stayed.", ("Indian",)),
        ("A Syrian official spoke.", ("Syrian",)),
    ],
)
def test_plural_demonyms_count(text, expected):
    assert demonyms_in(text) == expected


COUNTRY_CONTEXT = [
    # (text, the country the article's names point at, one it must not point at)
    # a big city's former name that towns elsewhere bear as their own: evidence for no country
    ("Firefighters from Salisbury helped the crews on Monday.", None, "ZW"),
    ("Crowds from Salisbury and Amesbury cheered the parade.", None, "ZW"),
    # a big city by its former name, which no town bears as its own, still points at its country
    ("Crowds gathered in Leningrad on Monday.", "RU", None),
    # a big city by its own name
    ("Crowds gathered in Harare on Monday.", "ZW", None),
    # an allegiance says nothing of where
    ("Drones struck pro-Iranian militias near Deir ez-Zor on Monday.", "SY", "IR"),
    ("Anti-American protesters marched in Lahore.", "PK", "US"),
]


@pytest.mark.parametrize("text, expected, absent", COUNTRY_CONTEXT)
def test_country_context_from_names(nlp, text, expected, absent):
    from conflict_extract.components.places.candidates import find_candidates
    from conflict_extract.components.places.evidence import country_context
    from conflict_extract.gazetteer.index import load_gazetteer

    doc = nlp(text)
    context, _ = country_context(doc, text, find_candidates(doc, text), load_gazetteer())
    if expected is not None:
        assert context.most_common(1)[0][0] == expected, dict(context)
    if absent is not None:
        assert absent not in context, dict(context)


@pytest.mark.parametrize(
    "words, heads, deps, expected_kept",
    [
        # a misparse making "in X" the subject of an actor verb: still a place
        (["in", "Tecpan", ",", "gunmen", "launched", "drones"], [4, 4, 4, 4, 4, 4],
         ["prep", "nsubj", "punct", "nsubj", "ROOT", "dobj"], True),
        # the capital acting: an actor, not a place
        (["Moscow", "launched", "drones"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], False),
    ],
)
def test_a_located_name_is_never_an_actor(words, heads, deps, expected_kept):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from conflict_extract.components.places.evidence import drop_actors
    from conflict_extract.components.places.mention import Mention
    from conflict_extract.gazetteer.index import Entry

    doc = Doc(Vocab(), words=words, heads=heads, deps=deps,
              pos=["VERB" if w == "launched" else "NOUN" for w in words],
              lemmas=["launch" if w == "launched" else w.lower() for w in words])
    name = words[0] if words[0][0].isupper() else words[1]
    start = doc.text.index(name)
    town = Entry(1, name, "town", "MX", None, 17.2, -100.6, 1, 10_000)
    mention = Mention(start=start, end=start + len(name), core=name, core_start=start, entry=town)
    assert (drop_actors(doc, [mention]) == [mention]) is expected_kept


@pytest.mark.parametrize("tied_first", [True, False])
def test_a_tie_between_namesakes_gives_way_to_a_settled_mention(tied_first):
    """One name in one article is one place: where one mention's namesakes tie (no point) and
    another mention settles it, every mention is the settled place."""
    from collections import Counter
    from dataclasses import replace

    from spacy.lang.en import English

    from conflict_extract.components.places.mention import Mention
    from conflict_extract.components.places.merge import merge_places
    from conflict_extract.components.places.resolve import Resolver
    from conflict_extract.gazetteer.index import load_gazetteer

    gaz = load_gazetteer()
    text = "A Cambridge firefighter helped. A bakery in Cambridge sent coffee."
    ohio = next(e for e, _ in gaz.lookup("Cambridge") if (e.country, e.admin1) == ("US", "Ohio"))
    abroad = next(e for e, _ in gaz.lookup("Cambridge") if e.type == "admin2")
    tied = replace(abroad, admin1=None, lat=None, lon=None, geonameid=None)
    first, second = (tied, ohio) if tied_first else (ohio, tied)
    mentions = [Mention(2, 11, "Cambridge", 2, entry=first),
                Mention(44, 53, "Cambridge", 44, entry=second)]
    places = merge_places(English()(text), text, mentions, Counter(), Resolver(gaz, Counter()))
    assert [(p.country, p.admin1, p.spans) for p in places] == [
        ("US", "Ohio", [[2, 11], [44, 53]])]


@pytest.mark.parametrize("written, known, close", [
    ("Kafr Nabal", "Kafranbel", True),
    ("Amerli", "Amirli", True),
    ("Lore City", "Lowry City", True),  # close in spelling: the article's support decides
    ("Imam Gharbi", "Ali al Gharbi", False),
    ("Pleasant City", "Pleasantville", False),  # the edits are all in the generic ending
])
def test_spelling_variants_are_close_only_with_the_same_generic_ending(written, known, close):
    from conflict_extract.components.places.resolve import _close

    assert _close(written, known) is close
