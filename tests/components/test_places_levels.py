"""Places at every level, geocoded offline: one row per place a sentence names.

Each row is ``(text, mention, level, country, (lat, lon)[, km])``: the place whose mentions
include ``mention`` must have that ``level`` and country and lie within 25 km of the point
(``None``: it must have no point). US states, several hundred kilometres wide, have no single
agreed centre: their rows allow 60 km. Rows cover countries, first- and second-level divisions, towns, regions,
neighbourhoods and features across many conflicts, and the failure kinds of issue 15: postal
abbreviations, counties, places opening institution names, names shared by a division and a town,
ambiguous names settled by the article's other places. ``NOT_PLACES`` lists names that must not
come out as places at all.
"""

from __future__ import annotations

import pytest

from conflict_extract.gazetteer.index import distance_km

LEVELS = [
    # --- countries ---
    ("Israel and Hamas agreed to a ceasefire brokered in Cairo.", "Cairo", "populated_place", "EG",
     (30.06, 31.25)),
    ("Aid convoys crossed into Lebanon from Syria on Monday.", "Lebanon", "country", "LB",
     (33.9, 35.9)),
    ("Thousands of refugees have fled to Poland since the war began.", "Poland", "country", "PL",
     (51.9, 19.1)),
    ("Fighting in Yemen has killed thousands of civilians.", "Yemen", "country", "YE", (15.6, 48.5)),
    ("The attack happened in Mali, near the border with Niger.", "Mali", "country", "ML",
     (17.6, -4.0)),
    ("Troops were sent to Somalia to fight al-Shabaab.", "Somalia", "country", "SO", (5.2, 46.2)),
    ("Refugees arrived in the U.S. after months of waiting.", "U.S.", "country", "US",
     (39.8, -98.6)),
    ("Protests spread across Myanmar after the coup.", "Myanmar", "country", "MM", (21.9, 96.0)),
    ("Fighting in Colombia eased after the 2016 peace deal.", "Colombia", "country", "CO",
     (4.6, -74.3)),
    ("Gunmen killed five soldiers in Burkina Faso on Friday.", "Burkina Faso", "country", "BF",
     (12.2, -1.6)),
    # --- first-level divisions ---
    ("Heavy fighting was reported across Idlib province.", "Idlib", "admin1", "SY", (35.8, 36.6)),
    ("Militants ambushed a convoy in Borno State on Sunday.", "Borno", "admin1", "NG",
     (11.9, 13.1)),
    ("Wildfires forced evacuations in Ohio last week.", "Ohio", "admin1", "US", (40.3, -82.7), 60),
    ("Rescue teams were sent to Kentucky after the tornado.", "Kentucky", "admin1", "US",
     (37.6, -85.4), 60),
    ("Police in Minnesota arrested two men on Tuesday.", "Minnesota", "admin1", "US",
     (46.3, -94.3), 60),
    ("Drones hit energy sites in Belgorod region overnight, the governor said.", "Belgorod",
     "admin1", "RU", (50.7, 37.4)),
    ("Shelling continued in Zaporizhzhia oblast, officials said.", "Zaporizhzhia", "admin1", "UA",
     (47.4, 35.6)),
    ("Gunmen attacked a church in Kaduna State.", "Kaduna", "admin1", "NG", (10.4, 7.7)),
    ("Insurgents attacked a police post in Nineveh province on Monday.", "Nineveh", "admin1", "IQ",
     (36.2, 42.8)),
    ("The dispute centres on the Kirkuk province of Iraq.", "Kirkuk", "admin1", "IQ",
     (35.4, 44.2)),
    # --- postal and short forms ---
    ("The storm damaged homes near Charleston, W.Va., on Friday.", "W.Va.", "admin1", "US",
     (38.6, -80.6), 60),
    ("A shooting was reported in Columbia, S.C., late Saturday.", "S.C.", "admin1", "US",
     (33.7, -80.9), 60),
    ("Protesters marched in Washington, D.C., against the war.", "D.C.", "admin1", "US",
     (38.9, -77.0)),
    ("He was born in Louisville, Ky., and moved to Ohio.", "Ky.", "admin1", "US", (37.6, -85.4), 60),
    ("The factory in Peoria, Ill., will close in June.", "Ill.", "admin1", "US", (40.0, -89.2), 60),
    ("Troops trained at a base near Tacoma, Wash., before deploying.", "Wash.", "admin1", "US",
     (47.4, -120.5), 60),
    ("The court in Topeka, Kan., rejected the appeal.", "Kan.", "admin1", "US", (38.5, -98.3), 60),
    # --- second-level divisions ---
    ("Deputies from the Laurel County Sheriff's Office searched the woods.", "Laurel County",
     "admin2", "US", (37.1, -84.1)),
    ("Flooding closed roads across Rapides Parish, Louisiana, on Monday.", "Rapides Parish",
     "admin2", "US", (31.2, -92.5)),
    ("The fire spread through Tarrant County, Texas, overnight.", "Tarrant County", "admin2", "US",
     (32.8, -97.3)),
    ("Storms hit McLean County, Illinois, knocking out power.", "McLean County", "admin2", "US",
     (40.5, -88.8)),
    ("Rebels attacked a camp in Rutshuru territory, North Kivu, on Sunday.", "Rutshuru territory",
     "admin2", "CD", (-0.94, 29.31)),
    ("Fighting spread to Kailahun chiefdom in eastern Sierra Leone.", "Kailahun chiefdom", "admin2",
     "SL", (8.28, -10.57)),
    ("Soldiers were deployed to the Djenné cercle after the raid.", "Djenné cercle", "admin2", "ML",
     (13.91, -4.55)),
    ("Officers in DuPage County, Illinois, made three arrests.", "DuPage County", "admin2", "US",
     (41.85, -88.1)),
    ("Voters in Cook County, Illinois, went to the polls.", "Cook County", "admin2", "US",
     (41.85, -87.8)),
    ("Clashes broke out in Kensington and Chelsea, a borough of London.", "London",
     "populated_place", "GB", (51.5, -0.13)),
    # --- populated places ---
    ("Shelling hit Kharkiv overnight, the mayor said.", "Kharkiv", "populated_place", "UA",
     (49.98, 36.25)),
    ("Two drones struck a depot near Kramatorsk on Tuesday.", "Kramatorsk", "populated_place", "UA",
     (48.72, 37.56)),
    ("A car bomb exploded in Mogadishu on Sunday.", "Mogadishu", "populated_place", "SO",
     (2.04, 45.34)),
    ("Clashes erupted in Goma, the capital of North Kivu.", "Goma", "populated_place", "CD",
     (-1.68, 29.22)),
    ("Gunmen attacked a village near Maiduguri at dawn.", "Maiduguri", "populated_place", "NG",
     (11.85, 13.16)),
    ("Protesters gathered in Mandalay despite the curfew.", "Mandalay", "populated_place", "MM",
     (21.97, 96.08)),
    ("Police raided a house in Peshawar on Thursday.", "Peshawar", "populated_place", "PK",
     (34.01, 71.58)),
    ("The army retook Mosul from Islamic State in 2017.", "Mosul", "populated_place", "IQ",
     (36.34, 43.13)),
    ("Troops were deployed to Timbuktu after the attack.", "Timbuktu", "populated_place", "ML",
     (16.77, -3.01)),
    ("Residents of Khan Younis fled south on foot.", "Khan Younis", "populated_place", "PS",
     (31.34, 34.31)),
    ("The attack took place in Ouagadougou, the capital.", "Ouagadougou", "populated_place", "BF",
     (12.37, -1.53)),
    ("Cartel gunmen killed four people in Culiacán on Friday.", "Culiacán", "populated_place",
     "MX", (24.80, -107.39)),
    ("Gang violence flared again in Port-au-Prince.", "Port-au-Prince", "populated_place", "HT",
     (18.54, -72.34)),
    ("A bomb went off at a market in Quetta, police said.", "Quetta", "populated_place", "PK",
     (30.19, 67.01)),
    ("Shells landed in the centre of Donetsk city.", "Donetsk", "populated_place", "UA",
     (48.02, 37.80)),
    ("Rebels seized Bunia after days of fighting.", "Bunia", "populated_place", "CD",
     (1.57, 30.25)),
    ("Security forces clashed with protesters in Tbilisi.", "Tbilisi", "populated_place", "GE",
     (41.69, 44.83)),
    ("A landslide buried homes near Medellín, Colombia.", "Medellín", "populated_place", "CO",
     (6.25, -75.56)),
    ("Fighting flared again in Sievierodonetsk on Friday.", "Sievierodonetsk", "populated_place",
     "UA", (48.95, 38.49)),
    ("Militants overran Zinjibar, the capital of Abyan, in 2011.", "Zinjibar", "populated_place",
     "YE", (13.13, 45.38)),
    ("Gunmen stormed a hotel in Bamako on Friday.", "Bamako", "populated_place", "ML",
     (12.65, -8.0)),
    ("A suicide bomber struck a crowd in Jalalabad, in eastern Afghanistan.", "Jalalabad",
     "populated_place", "AF",
     (34.43, 70.45)),
    ("The militia withdrew from Beni, in Congo's North Kivu province, after two days of clashes.",
     "Beni", "populated_place", "CD",
     (0.49, 29.47)),
    ("Protesters were shot in Khartoum on Thursday.", "Khartoum", "populated_place", "SD",
     (15.55, 32.53)),
    ("Police fired tear gas at marchers in Nairobi.", "Nairobi", "populated_place", "KE",
     (-1.28, 36.82)),
    ("Tanks entered Rafah in the southern Gaza Strip.", "Rafah", "populated_place", "PS",
     (31.30, 34.25)),
    ("Al-Shabaab fighters attacked Baidoa overnight.", "Baidoa", "populated_place", "SO",
     (3.11, 43.65)),
    ("Explosions were heard in Sumy overnight, the governor said.", "Sumy", "populated_place", "UA",
     (50.91, 34.80)),
    ("Deputies searched the hills of Harlan County, Kentucky, for the missing hiker.",
     "Harlan County", "admin2", "US", (36.86, -83.22)),
    # --- ambiguous names settled by context ---
    ("Deputies said the crash happened in Gainesville, Fla., on Monday.", "Gainesville",
     "populated_place", "US", (29.65, -82.32)),
    ("Alexandria police and Rapides Parish deputies searched for the suspect.", "Alexandria",
     "populated_place", "US", (31.31, -92.45)),
    ("The fire destroyed a barn outside Athens, Ga., and killed two horses.", "Athens",
     "populated_place", "US", (33.96, -83.38)),
    ("Tourists returned to Athens as Greece reopened its museums.", "Athens", "populated_place",
     "GR", (37.98, 23.73)),
    ("Officials in Paris, Texas, said the storm damaged 40 homes.", "Paris", "populated_place",
     "US", (33.66, -95.56)),
    ("France deployed extra police in Paris after the attacks.", "Paris", "populated_place", "FR",
     (48.86, 2.35)),
    ("Georgia's president condemned the Russian troops in South Ossetia.", "Georgia", "country",
     "GE", (42.3, 43.4)),
    ("Voters in Georgia, Texas and Ohio head to the polls on Tuesday.", "Texas", "admin1", "US",
     (31.2, -99.8), 60),
    ("A strike hit Tripoli, the Libyan capital, overnight.", "Tripoli", "populated_place", "LY",
     (32.89, 13.19)),
    ("Clashes in Tripoli, in northern Lebanon, left two dead.", "Tripoli", "populated_place", "LB",
     (34.44, 35.85)),
    # --- namesakes settled by the article's other places (same state, or close by) ---
    ("Officials in Decatur and Avondale Estates asked DeKalb County for more school buses.",
     "Decatur", "populated_place", "US", (33.77, -84.30)),
    ("Officials in Decatur and Avondale Estates asked DeKalb County for more school buses.",
     "DeKalb County", "admin2", "US", (33.77, -84.23), 50),
    ("Farmers in Becker, Clay and Wilkin counties lost crops to the spring flood.", "Clay",
     "admin2", "US", (46.89, -96.49), 50),
    ("Schools in Barrow and Jackson counties will open late on Monday.", "Jackson", "admin2",
     "US", (34.13, -83.57), 50),
    ("Deputies from Walker County searched the woods outside Huntsville for the inmate.",
     "Huntsville", "populated_place", "US", (30.72, -95.55)),
    ("Deputies from Walker County searched the woods outside Huntsville for the inmate.",
     "Walker County", "admin2", "US", (30.74, -95.57), 50),
    ("Power cuts hit Athens, Tyler and Corsicana overnight after the storm.", "Athens",
     "populated_place", "US", (32.20, -95.86)),
    ("The festival moves from Columbia to Lexington and Aiken next year.", "Lexington",
     "populated_place", "US", (33.98, -81.24)),
    ("The Athens Police Department said the suspect was caught near Tyler and Corsicana.",
     "Athens", "populated_place", "US", (32.20, -95.86)),
    ("The Amherst council met with planners from Northampton and Hadley.", "Northampton",
     "populated_place", "US", (42.33, -72.64)),
    ("Wildfires spread near Spokane and Yakima as Washington declared an emergency.",
     "Washington", "admin1", "US", (47.3, -120.6), 100),
    ("Drones were shot down over Jizan as sirens sounded across Jazan.", "Jazan",
     "populated_place", "SA", (16.89, 42.55)),
    ("Albany police and Georgia Bureau of Investigation agents searched the warehouse on Friday.",
     "Albany", "populated_place", "US", (31.58, -84.16)),
    # --- a famous namesake that only vouches for itself gives way to the town of that name in
    # the division the other names point at; a person's surname points at none (issue 15) ---
    ("The Paris Police Department asked Edgar County deputies to help with the search.", "Paris",
     "populated_place", "US", (39.61, -87.70)),
    ("Detectives said Lee Corbin fled. Corbin was caught near Paris by Edgar County deputies.",
     "Paris", "populated_place", "US", (39.61, -87.70)),
    ("Lebanon council members met Boone County officials in Zionsville about the landfill.",
     "Lebanon", "populated_place", "US", (40.05, -86.47)),
    ("Palestine police said Anderson County deputies and Texas troopers searched the lake.",
     "Palestine", "populated_place", "US", (31.76, -95.63)),
    ("Aid from Palestine reached Amman and Zarqa, Jordanian officials said.", "Palestine",
     "country", "PS", (31.95, 35.23), 60),
    ("A Texas man was among those hurt in the Paris attack, French police said.", "Paris",
     "populated_place", "FR", (48.86, 2.35)),
    ("Refugees from Lebanon reached Homs and Tartus, Syrian officials said.", "Lebanon",
     "country", "LB", (33.9, 35.9)),
    ("Henderson County Sheriff's Office deputies searched Athens and Frankston on Monday.",
     "Athens", "populated_place", "US", (32.20, -95.86)),
    ("The Henderson County Commissioners Court met on Monday. A deputy said that during an "
     "incident in Frankston he fatally shot 31-year-old John Roe of Athens.", "Athens",
     "populated_place", "US", (32.20, -95.86)),
    ("London police said the Laurel County Sheriff's Office and Kentucky State Police helped.",
     "London", "populated_place", "US", (37.13, -84.08)),
    # --- a province without a seat against a foreign city of its name: not the city ---
    ("The bridge between Woodstock and Oxford was closed, Ontario police said.", "Ontario", None,
     None, None),
    # --- the only place of its name, in a text that names no country ---
    ("A water main broke in Hermantown early on Tuesday.", "Hermantown", "populated_place", "US",
     (46.81, -92.24)),
    # --- a unit or town the map knows rather than a pointless namesake unit ---
    ("Shells fell on farmland in Marjayoun district, south Lebanon, overnight.", "Marjayoun",
     "admin2", "LB", (33.36, 35.59)),
    ("Aid groups asked Israel and Egypt to open the borders into Gaza.", "Gaza",
     "populated_place", "PS", (31.50, 34.47)),
    # --- places opening institution names ---
    ("The Gainesville Police Department said both students were from Ocala, Fla.", "Gainesville",
     "populated_place", "US", (29.65, -82.32)),
    ("The Texas Department of Public Safety closed the highway.", "Texas", "admin1", "US",
     (31.2, -99.8), 60),
    ("The Minnesota House voted on Monday to cut spending.", "Minnesota", "admin1", "US",
     (46.3, -94.3), 60),
    ("A Kherson Regional Military Administration spokesman said Russian shelling killed two "
     "people in southern Ukraine.", "Kherson",
     "populated_place", "UA", (46.64, 32.61)),
    # --- regions ---
    ("Israeli raids in the West Bank killed three Palestinians.", "West Bank", "region", "PS",
     (31.95, 35.25)),
    ("Aid trucks entered the Gaza Strip through the Rafah crossing.", "Gaza Strip", "region", "PS",
     (31.42, 34.37)),
    ("Fighting continues in Darfur, where millions have fled.", "Darfur", "region", "SD",
     (13.5, 24.0)),
    ("Russian forces pressed their offensive in the Donbas.", "Donbas", "region", "UA",
     (48.2, 38.3)),
    ("Peshmerga units returned to the Kurdistan Region on Friday.", "Kurdistan Region", "admin1",
     "IQ", (36.2, 44.3)),
    ("Drought has hit the Sahel hardest this year.", "Sahel", "region", None, (15.0, 5.0)),
    ("Rohingya families fled Sittwe, the capital of Rakhine State.", "Sittwe", "populated_place",
     "MM", (20.15, 92.90)),
    # --- neighbourhoods and features: kept, typed, no invented point ---
    ("Government forces seized the Salaheddine neighbourhood of Aleppo.", "Salaheddine",
     "neighbourhood", "SY", None),
    ("Residents fled the Jabalia camp in the northern Gaza Strip.", "Jabalia", "feature", None,
     None),
    ("Aid trucks waited at the Rafah crossing for a third day.", "Rafah crossing", "feature",
     None, None),
    ("Clashes broke out in the Bab al-Tabbaneh district of the city.", "Bab al-Tabbaneh",
     "neighbourhood", None, None),
    ("The convoy was hit near Kabul airport, officials said.", "Kabul airport", "feature", "AF",
     (34.57, 69.21)),
    # --- transliteration and hyphenated compounds ---
    ("Regime jets struck the town of Maaret al-Numan in Idlib province.", "Maaret al-Numan",
     "populated_place", "SY", (35.64, 36.67)),
    ("Water levels rose in Fargo-Moorhead on Friday.", "Moorhead", "populated_place", "US",
     (46.87, -96.77)),
    ("Egyptian-Israeli talks resumed in Cairo.", "Cairo", "populated_place", "EG", (30.06, 31.25)),
    ("The Turkey-Syria border crossing at Bab al-Hawa was closed.", "Turkey", "country", "TR",
     (39.0, 35.2)),
    ("US-Iran talks stalled in Vienna.", "Vienna", "populated_place", "AT", (48.21, 16.37)),
    ("He was treated at a hospital in St. Cloud, Minn., for minor injuries.", "St. Cloud",
     "populated_place", "US", (45.56, -94.16)),
]


def _place(places, mention):
    return next((p for p in places if mention in p.mentions or p.name == mention), None)


ROWS = [row if len(row) == 6 else (*row, 25) for row in LEVELS]


@pytest.mark.parametrize("text, mention, level, country, point, km", ROWS)
def test_place_level_and_point(analyse, text, mention, level, country, point, km):
    place = _place(analyse(text).places, mention)
    assert place is not None, f"{mention!r} not found"
    assert place.level == level
    if country is not None:
        assert place.country == country
    if point is None:
        assert place.lat is None and place.lon is None
    else:
        assert place.lat is not None, f"{mention!r} has no point"
        assert distance_km(place.lat, place.lon, *point) <= km


NOT_PLACES = [
    ("Traffic on Highway 61 was diverted after the crash.", "Highway"),
    ("The plant is covered by Section 8 of the act.", "Section"),
    ("Take Route 9 north to the bridge.", "Route"),
    ("The rally went along Main Street before noon.", "Main Street"),
    ("Candidates from United Russia won most seats.", "United Russia"),
    ("Hamas said it had fired the rockets.", "Hamas"),
    ("Sheriff John Welch said the suspect fled. Welch said more arrests were likely.", "Welch"),
    ("Coach Mark Stevens praised the team; Stevens said they earned the win.", "Stevens"),
    ("North and South agreed on a truce.", "North"),
    # --- English words that name some hamlet: titles, a metro police ---
    ("Vice Mayor Ann Ruiz cast the only vote against the plan in Tulsa.", "Vice"),
    ("Metro police in Nashville said the driver was not hurt.", "Metro"),
    # --- people and shops: spoken to, named after a kinsman, a possessive standing alone ---
    ("The council in Gallup, New Mexico, met on Monday. \"I talked to Clayton about the "
     "budget,\" the mayor said.", "Clayton"),
    ("Deputies arrested Carl Boone and his wife, Marion, after the chase.", "Marion"),
    ("Police in Springfield, Illinois, said the suspect ate at Culver's, then drove to a "
     "friend's home.", "Culver"),
    # --- vehicles: a make after a model year, a model after its make, and their bare mentions ---
    ("A pickup hit a 2004 Toyota Tacoma near Lubbock. In the Toyota, the driver was hurt.",
     "Toyota"),
    ("Deputies said a Ford Ranger struck the fence and that the Ranger had no lights on.",
     "Ranger"),
]


@pytest.mark.parametrize("text, name", NOT_PLACES)
def test_common_words_parties_and_surnames_are_not_places(analyse, text, name):
    assert all(name not in p.mentions and p.name != name for p in analyse(text).places)
