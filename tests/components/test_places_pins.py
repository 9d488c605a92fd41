"""Issue 15: a unit or country written after a name pins the name; units in that position are
divisions; airports and air bases have points, also under another spelling; approximate matches
stay near the name; a town just across a border from the pinned division is that town.

Rows are ``(text, mention, level, country, (lat, lon) or None)``: the place whose mentions include
``mention`` must have that level and country and lie within 25 km of the point (``None``: no point,
a wrong pin being worse than none). ``country`` ``None`` means the place must not be resolved at all.
"""

from __future__ import annotations

import pytest

PINNED = [
    # --- a name pinned to a division the gazetteer has no such place in: no namesake's point
    #     from another division at its other mentions either ---
    ("Martha Reed was born in Grantville, Pennsylvania, in 1931. She taught school for thirty "
     "years and retired to a farm near Grantville with her husband.", "Grantville", None, None,
     None, 25),
    # --- a unit written after the name: the unit is a first-level division ---
    ("Gunmen stormed a checkpoint in Zinjibar, Abyan, Yemen, at dawn.", "Abyan", "admin1", "YE",
     (13.6, 46.1), 60),
    ("Two shells fell on a school in Harasta, Rif Dimashq, Syria.", "Harasta", "populated_place",
     "SY", (33.56, 36.37), 25),
    ("A drone hit a fuel depot in Abqaiq, Eastern, Saudi Arabia.", "Eastern", "admin1", "SA",
     (25.5, 49.8), 150),
    ("Rockets landed near homes in Ashkelon, Southern, Israel.", "Southern", "admin1", "IL",
     (30.8, 34.9), 100),
    ("A car bomb killed three people in Baidoa, Bay, Somalia.", "Baidoa", "populated_place", "SO",
     (3.11, 43.65), 25),
    ("Militants attacked an outpost near Tall Afar, Nineveh, Iraq.", "Nineveh", "admin1", "IQ",
     (36.2, 42.8), 60),
    ("Soldiers were ambushed outside Mosul in Nineveh province.", "Mosul", "populated_place", "IQ",
     (36.34, 43.13), 25),
    ("Fighters shelled positions near Kramatorsk town, Donetsk oblast, Ukraine.", "Kramatorsk",
     "populated_place", "UA", (48.72, 37.56), 25),
    ("An explosion hit a market in Kunduz, Afghanistan, on Friday.", "Kunduz", "populated_place",
     "AF", (36.73, 68.86), 25),
    ("The convoy came under fire near Wana, Federally Administered Tribal Areas, Pakistan.",
     "Federally Administered Tribal Areas", "region", "PK", (33.4, 70.6), 25),
    ("Drones struck a depot in Shaddadah in rural Hasakah, a monitor said.", "Shaddadah",
     "populated_place", "SY", (36.06, 40.73), 25),
    ("Guerrillas fired on a patrol in Morales (Cauca) overnight.", "Cauca", "admin1", "CO",
     (2.2, -76.9), 60),
    ("A drone struck a patrol in Mudon town (Mudon township, Mawlamyine district, Mon state).",
     "Mon", "admin1", "MM", (16.4, 97.4), 60),
    # --- divisions in a coded bracket list are places of their own (issue 15) ---
    ("Gunmen raided Dhuudo village (Qandala, Bari) overnight.", "Bari", "admin1", "SO",
     (10.7, 50.2), 150),
    ("On 2 May 2024, in the La Pista vereda (Teorama, Norte de Santander), a mine exploded.",
     "Norte de Santander", "admin1", "CO", (7.9, -72.9), 150),
    ("On 7 June 2024, a drone hit troops in the Kani Rash (Kanirash) area (Amedi, Duhok).",
     "Duhok", "populated_place", "IQ", (36.87, 42.99), 25),
    ("A shell hit a well in Bani Ali village (Maqbanah, Taizz) on Monday.", "Taizz",
     "admin1", "YE", (13.58, 44.02), 150),
    # --- a division split in parts for administration: the division, its part's name kept ---
    ("On 2 June 2024, in Ywa Thit village (Phyu township, Taungoo district, Bago-East region), "
     "troops shelled homes.", "Bago-East", "admin1", "MM", (18.2, 96.0), 150),
    ("Fighting closed the road in Hsihseng township (Taunggyi district, Shan-South state).",
     "Shan-South", "admin1", "MM", (21.98, 98.42), 150),
    ("A drone hit the district office in Semdinli town, Hakkari, on Monday.", "Hakkari", "admin1",
     "TR", (37.48, 43.99), 100),
    ("On 4 August 2024, a drone targeted a base in the Sakar (Sakir) area (Amedi, Duhok).",
     "Duhok", "populated_place", "IQ", (36.87, 42.99), 25),
    # --- Israel's districts by their Hebrew names; units after an aside in brackets ---
    ("A drone fell in an open field near Safed (Zefat, HaZafon) on Tuesday.", "HaZafon",
     "admin1", "IL", (32.86, 35.43), 100),
    ("Rockets hit a kibbutz near Sderot (Sapir, HaDarom) overnight.", "HaDarom", "admin1", "IL",
     (30.76, 34.86), 100),
    ("On 3 March, in Ajuchitlan municipality (coded to Ajuchitlan del Progreso), Guerrero, "
     "gunmen fired on police.", "Guerrero", "admin1", "MX", (17.59, -99.98), 100),
    # --- the land of a governorate's capital: the governorate ---
    ("Mortars fell near Tanf in rural Damascus on Friday.", "rural Damascus", "admin1", "SY",
     (33.7, 36.96), 150),
    ("Shells hit Douma in the countryside of Damascus overnight.", "countryside of Damascus",
     "admin1", "SY", (33.7, 36.96), 150),
    ("Drones hit a base at Shadadah in rural Al Hasakeh.", "Al Hasakeh", "admin1", "SY",
     (36.46, 41.1), 150),
    ("Shelling hit Kafr Nabl in rural Idlib on Sunday.", "Idlib", "admin1", "SY",
     (35.83, 36.62), 100),
    # --- a firm pin with no namesake inside it: no point rather than a wrong one ---
    ("A drone exploded over Karaj, Nineveh, Iraq, on Tuesday.", "Karaj", None, None, None, 0),
    ("A mortar round landed in Tadmur, Daraa, Syria.", "Tadmur", None, None, None, 0),
    ("A grenade went off in Kotwali, Khyber Pakhtunkhwa, Pakistan.", "Kotwali", None, None, None, 0),
    ("A suicide bomber struck a checkpoint east of Duma, As Suwayda, Syria.", "Duma", None, None,
     None, 0),
    # a bare or bracketed division with no namesake in or near it: not a village of the name
    # in another part of the country (issue 15)
    ("Gunmen fired on a patrol in Los Hoyos, Chihuahua, on Sunday.", "Los Hoyos", None, None,
     None, 0),
    ("Rebels threw grenades from drones at soldiers in Ortega (Narino) on Monday.", "Ortega",
     None, None, None, 0),
    ("Rebels threw grenades from drones at soldiers in Ortega (Tolima) on Monday.", "Ortega",
     "populated_place", "CO", (3.94, -75.22), 25),
    # --- approximate spellings: close to the name and inside the pin, or nothing ---
    ("A drone fired on troops in Imam Gharbi, Nineveh, Iraq.", "Imam Gharbi", None, None, None, 0),
    # --- a name that is only another place's alternate, or a city named with its kind ---
    ("A bomb went off during a service in Marawi on Sunday.", "Marawi", "populated_place", "PH",
     (8.0, 124.29), 25),
    # --- airports and air bases ---
    ("Drones targeted Erbil International Airport overnight.", "Erbil International Airport",
     "feature", "IQ", (36.24, 43.96), 10),
    ("Rockets struck the Al Asad Airbase in western Iraq.", "Al Asad Airbase", "feature", "IQ",
     (33.79, 42.44), 10),
    ("The convoy was hit near Kabul airport, officials said.", "Kabul airport", "feature", "AF",
     (34.57, 69.21), 10),
    ("Helicopters left Bagram Air Base before dawn.", "Bagram Air Base", "feature", "AF",
     (34.95, 69.27), 10),
    # --- another spelling of an air base of the article's country, when one alone is close ---
    ("Rockets struck the Ain al-Asad Air Base in western Iraq overnight.",
     "Ain al-Asad Air Base", "feature", "IQ", (33.79, 42.44), 10),
    ("Two drones struck barracks at the Ain Assad Airbase in Anbar province, officials in "
     "Iraq said.", "Ain Assad Airbase",
     "feature", "IQ", (33.79, 42.44), 10),
    ("A drone hit the Tal Baydar Air Base in Hasakah, Syria, overnight.", "Tal Baydar Air Base",
     None, None, None, 0),
    ("Rockets hit the Kabul Hotel in Afghanistan on Friday.", "Kabul Hotel", None, None, None, 0),
    # --- a town across the border near the pinned division: disputed or border land ---
    ("On 3 May, a drone hit a post near Katzrin in the countryside of Quneitra, Syria.",
     "Katzrin", "populated_place", "IL", (32.99, 35.69), 10),
    ("Shells fell near Mosul, Hasakah, Syria, on Sunday.", "Mosul", None, None, None, 0),
    # --- a place coded inside a unit: its namesake near that unit still resolves ---
    ("In the municipality of Tecpan de Galeana (coded to Tetitlan), Guerrero, gunmen burned two "
     "houses.", "Tetitlan", "populated_place", "MX", (17.16, -100.64), 10),
    # --- townships and tehsils are second-level units ---
    ("Troops burned homes in Hlaingthaya township on the edge of Yangon.", "Hlaingthaya",
     "admin2", "MM", (16.85, 96.07), 25),
]


@pytest.mark.parametrize("text, mention, level, country, point, km", PINNED)
def test_pinned_resolution(analyse, check_place, text, mention, level, country, point, km):
    check_place(analyse(text).places, mention, level, country, point, km)


@pytest.mark.parametrize(
    "text, mention, country",
    [
        ("Officials in Paris, Texas, said the storm damaged 40 homes.", "Paris", "US"),
        ("Crowds gathered in Athens, Georgia, for the parade.", "Athens", "US"),
        ("Tourists returned to Tbilisi, Georgia, after the protests.", "Tbilisi", "GE"),
        # the unit after a town the gazetteer puts in a division of that name is the division
        ("Her first love was reporting in Augusta, Georgia, she told me.", "Georgia", "US"),
        ("Tourists returned to Tbilisi, Georgia, after the protests.", "Georgia", "GE"),
    ],
)
def test_pin_keeps_us_states_and_countries_apart(analyse, place_named, text, mention, country):
    place = place_named(analyse(text).places, mention)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "text, name, unit",
    [
        ("Gunmen attacked Zinjibar, Abyan, on Friday.", "Zinjibar", ("YE", "Abyan")),
        # a name closing a bracket is pinned by the division after it
        ("In the municipality of Tecpan (coded to Los Laureles), Guerrero, gunmen attacked.",
         "Los Laureles", ("MX", "Guerrero")),
        ("Rebels shelled Kan Thar (Kan Thar Gyi), Sagaing, overnight.", "Kan Thar Gyi",
         ("MM", "Sagaing")),
    ],
)
def test_pin_written_after_a_name(text, name, unit):
    from conflict_extract.components.places.pins import pin_after
    from conflict_extract.gazetteer.index import load_gazetteer

    pin = pin_after(text, text.index(name) + len(name), load_gazetteer())
    assert unit in pin.units


@pytest.mark.parametrize("text, mention, point_of, point", [
    # a village no gazetteer has, set by the text in a district or town it has: that unit's point
    ("On 3 March 2024, a drone dropped a grenade on a market in Kouna village (Bandiagara, Mopti).",
     "Kouna", "Bandiagara", (14.35, -3.61)),
    ("Militants shelled an army post in Al Hazm Shabwani (As Said, Shabwah) on Friday.",
     "Al Hazm Shabwani", "As Said", (14.33, 46.79)),
    # a directional part of a division pins like the division (Myanmar's Bago-East); Phyu is
    # not in the gazetteer, the district seat is
    ("In Wea Gyi village (Phyu township, Taungoo district, Bago-East region), troops attacked a "
     "school.", "Wea Gyi", "Taungoo", (18.94, 96.43)),
    # "X village of Y township (Z District, W State)": the township's town, generic words capitalised
    ("On 2 May 2023, near Kyon Doe village of Kawkareik township (Kawkareik District, Kayin State), "
     "troops shelled houses.", "Kyon Doe", "Kawkareik", (16.56, 98.24)),
    ("Drones struck the Deh Sabz area of Spin Boldak district, Kandahar, on Friday.", "Deh Sabz",
     "Spin Boldak", (31.0, 66.4)),
    # a coded aside with its own brackets before the divisions; a township after a comma
    ("In Nyaung Pin village (coded as Nyaung Pin (West)) (Natogyi township, Myingyan district, "
     "Mandalay region), a drone hit a school.", "Nyaung Pin", "Myingyan", (21.46, 95.39)),
    ("In Kyet Paung village, Khin-U township (Shwebo district, Sagaing region), troops burned "
     "houses.", "Kyet Paung", "Shwebo", (22.57, 95.70)),
    # a district named after the city that shares its name with the region: the city's point
    ("In Ywar Thit village (Myaung township, Sagaing district, Sagaing region), troops burned "
     "houses.", "Ywar Thit", "Sagaing", (21.88, 95.98)),
    # a place coded inside a municipality: never a namesake elsewhere in the state or beyond it
    ("In the municipality of Tecpan de Galeana (coded to La Finca), Guerrero, gunmen burned two "
     "houses.", "La Finca", "Tecpan de Galeana", (17.24, -100.81)),
    # a namesake outside the state is no reading of a village the text sets in a district of it,
    # even when it lies near the state's middle
    ("In Taung Kone village of Kyaikmaraw township (Mawlamyine district, Mon state), troops "
     "shelled houses.", "Taung Kone", "Mawlamyine", (16.49, 97.63)),
    # a second-level division where the first-level one is expected (Burkina Faso's provinces):
    # the town before it, else the province's own point
    ("Militants planted mines near Nagraogo village (Kongoussi, Bam) on Sunday.", "Nagraogo",
     "Kongoussi", (13.33, -1.53)),
    ("Gunmen burned granaries in the village of Ouindigui (Ouindigui, Loroum).", "Ouindigui",
     "Loroum", (13.77, -2.07)),
    # Colombia's veredas are a kind of place like villages
    ("In the Cano Indio vereda (Tibu, Norte de Santander), rebels attacked a patrol.",
     "Cano Indio", "Tibu", (8.64, -72.74)),
    # a camp named after a town of the article's country lies at it; one named otherwise has no point
    ("Floods reached the Dadaab refugee camp in Kenya on Friday.", "Dadaab", "Dadaab", (0.05, 40.31)),
    ("Cholera spread in Kakuma camp, Kenya, aid workers said.", "Kakuma", "Kakuma", (3.71, 34.86)),
    ("Two children died in the Zamzam displacement camp near El Fasher.", "Zamzam", None, None),
    # a name built on a town ("Coast of X") lies at the town, finer than the
    # pinned unit; one built on a province has no point
    ("On 9 June 2024, a drone fell into the sea off the Coast of Tartus (Baniyas, Tartous).",
     "Coast of Tartus", "Ţarţūs", (34.89, 35.89)),
    ("A drone was downed off the Coast of Latakia, Syrian state media said.", "Coast of Latakia",
     "Latakia", (35.53, 35.79)),
    ("A tanker was struck off the Coast of Gujarat, Indian officials said.", "Coast of Gujarat",
     None, None),
    # only a first-level division, or its capital's namesake, is written: no point
    ("Rebels threw grenades from drones at soldiers in Ortega (Narino) on Monday.", "Ortega", None,
     None),
    ("A mortar round landed in Tadmur, Daraa, Syria.", "Tadmur", None, None),
    # the divisions after a coded name in brackets pin it too; so do those after another
    # spelling and a kind, and a district "of" its division after "in"
    ("Militants fired on positions near Sirr (coded to Wadi Sirr) (Mudiyah, Abyan) at night.",
     "Wadi Sirr", "Mudiyah", (13.93, 46.08)),
    ("Troops shelled the Berzan (Dorokan) area (Rawanduz, Erbil) on Sunday.", "Berzan",
     "Rawanduz", (36.61, 44.52)),
    ("Troops shelled the Berzan (Dorokan) area (Rawanduz, Erbil) on Sunday.", "Dorokan",
     "Rawanduz", (36.61, 44.52)),
    ("Drones hit the Shkefta area in Al Amadiya district of Duhok on Sunday.", "Shkefta",
     "Al Amadiya", (37.09, 43.49)),
    ("Gunmen raided Hasanabad Kalay village in the Bandiagara district of Mopti region.",
     "Hasanabad Kalay", "Bandiagara", (14.35, -3.61)),
    # a district "of" a town is a part of the town: the town's point, not its district's
    ("A drone struck a gathering near the Great Mosque in the Old City district of Mosul.",
     "Great Mosque", "Mosul", (36.34, 43.12)),
    # a division's name written twice: the first is its district or town
    ("A drone struck Wadi Sirr (Marib, Marib) while another circled the city.", "Wadi Sirr",
     "Marib", (15.47, 45.35)),
    # a second-level name of two countries' divisions, with nothing before it to choose: no point
    ("Drones struck a market in Zimtenga village (Zimtenga, Bam).", "Zimtenga", None, None),
])
def test_place_the_gazetteer_lacks_takes_its_units_point(analyse, place_named, text, mention,
                                                         point_of, point):
    from conflict_extract.gazetteer.index import distance_km

    place = place_named(analyse(text).places, mention)
    assert place is not None and place.point_of == point_of and place.geonameid is None
    if point is None:
        assert place.lat is None
    else:
        assert distance_km(place.lat, place.lon, *point) <= 10


@pytest.mark.parametrize("text, name", [
    # "of" pins only after a kind word and before a second-level unit named as such
    ("Troops entered the Omar area of Deir ez-Zor province on Monday.", "Omar"),
    ("The governor of Nineveh district said the road was open.", "governor"),
])
def test_of_pins_only_a_kind_of_a_second_level_unit(text, name):
    from conflict_extract.components.places.pins import pin_after
    from conflict_extract.gazetteer.index import load_gazetteer

    pin = pin_after(text, text.index(name) + len(name), load_gazetteer())
    assert not pin and pin.point is None
