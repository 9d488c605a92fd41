"""The curated actor dictionary (issue 5): file integrity, loader validation and name lookups."""

from __future__ import annotations

from collections import defaultdict

import pycountry
import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from conflict_extract.components.groups.actors import (
    ACTOR_TYPES,
    Actor,
    ActorDataError,
    ActorIndex,
    load_actor_index,
    name_key,
    parse_actors,
    read_actor_lines,
    shared_names,
)

# Generic actor phrases belong to the groups component's rules, never to the dictionary.
GENERIC_PHRASES = (
    "rebels", "rebel forces", "militants", "insurgents", "jihadists", "fighters", "army",
    "the army", "military", "troops", "soldiers", "government", "government forces",
    "security forces", "regime forces", "police", "militia", "militias", "gunmen", "opposition",
    "opposition fighters", "terrorists", "extremists", "islamists", "guerrillas",
    "guerrilla forces", "pro-government forces", "coalition", "the coalition", "allied forces",
    "armed forces", "authorities", "observatory", "monitor", "ministry", "foreign ministry",
    "health ministry", "forces", "state", "special forces", "national army", "national police",
    "border guards",
)  # fmt: skip
GENERIC_KEYS = {name_key(p) for p in GENERIC_PHRASES}

# Acronyms that are also everyday words: matching folds case, so they must not be aliases.
COMMON_WORDS = {name_key(w) for w in STOP_WORDS} | set(
    """
    far car pan sun star hope path front union party league movement army guard people council
    agency news press times post mission force group legion corps brigade division battalion
    unit service police islam let site tip spa app ana kia mena uno dawn guardian amnesty care
    jam bra mend fact ant nas icu sig nfl pdf hindu acted shabelle
    """.split()
)


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    """The packaged dictionary."""
    return load_actor_index()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """The raw lines of the packaged file."""
    return [line for line in read_actor_lines() if line.strip()]


# --- file integrity -------------------------------------------------------------------------


def test_size_and_conflict_coverage(index):
    assert len(index) >= 400
    conflicts = {c for a in index for c in a.conflicts} - {"global"}
    assert len(conflicts) >= 15, sorted(conflicts)
    per_conflict = defaultdict(int)
    for actor in index:
        for c in actor.conflicts:
            per_conflict[c] += 1
    thin = {c: n for c, n in per_conflict.items() if n < 3 and c != "global"}
    assert len(conflicts) - len(thin) >= 15, thin


def test_types_countries_and_names_are_valid(index):
    names = set()
    for actor in index:
        assert actor.type in ACTOR_TYPES
        if actor.country is not None:
            assert actor.country == "XK" or pycountry.countries.get(alpha_2=actor.country), actor
        assert actor.name not in names, f"duplicate canonical name {actor.name}"
        names.add(actor.name)
        assert actor.conflicts, f"{actor.name} lists no conflict"


def test_every_type_is_represented(index):
    assert {a.type for a in index} >= set(ACTOR_TYPES) - {"other"}


def test_no_alias_claimed_by_two_actors_unless_declared_shared(index, lines):
    shared = shared_names(lines)
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in index:
        for alias in actor.names:
            owners[name_key(alias)].add(actor.name)
    for key, actors in owners.items():
        if len(actors) > 1:
            for name in actors:
                declared = {name_key(s) for s in shared[name]}
                assert key in declared, (
                    f"{key!r} is claimed by {sorted(actors)} but not declared shared"
                )


def test_national_entries_are_unique_per_country(index):
    seen = set()
    for actor in index:
        if actor.national:
            assert actor.type in {"state", "state_forces"}, actor.name
            assert actor.country, actor.name
            assert (actor.country, actor.type) not in seen, actor.name
            seen.add((actor.country, actor.type))


def test_no_generic_phrase_or_common_word_is_an_alias(index):
    for alias, actor in index.surface_forms():
        key = name_key(alias)
        assert key not in GENERIC_KEYS, f"generic phrase {alias!r} in {actor.name}"
        if alias in actor.case_sensitive:
            continue  # matched only as written (``IS``), never as the word
        assert key not in COMMON_WORDS, f"common word {alias!r} in {actor.name}"
        assert len(key) >= 2, f"alias {alias!r} of {actor.name} is too short"


def test_loads_once_per_process():
    """The dictionary is parsed once and shared (its load time is measured by ``make bench``)."""
    load_actor_index.cache_clear()
    index = load_actor_index()
    assert index.lookup("Nour al-Deen al-Zanki") is not None  # the fuzzy index answers too
    assert load_actor_index() is index


# --- loader validation -------------------------------------------------------------------------

GOOD = '{"name": "Ahrar al-Sham", "type": "armed_group", "country": "SY", "aliases": [], "conflicts": ["syria"]}'


@pytest.mark.parametrize(
    "bad, message",
    [
        (
            '{"name": "X", "type": "rebels", "country": "SY", "conflicts": ["syria"]}',
            "unknown type 'rebels'",
        ),
        (
            '{"name": "X", "type": "militia", "country": "Syria", "conflicts": ["syria"]}',
            "malformed country",
        ),
        (
            '{"name": "X", "type": "militia", "country": "sy", "conflicts": ["syria"]}',
            "malformed country",
        ),
        (
            '{"name": "X", "type": "militia", "country": "SYR", "conflicts": ["syria"]}',
            "malformed country",
        ),
        ('{"name": "X", "type": "militia", "country": null, "aliases": "Y"}', "'aliases' must be"),
        ('{"name": "", "type": "militia", "country": null}', "'name' must be"),
        (
            '{"name": "X", "type": "militia", "country": null, "conflicts": ["Syria"]}',
            "'conflicts'",
        ),
        ('{"name": "X", "type": "militia", "country": null, "alias": []}', "unknown field"),
        ('{"name": "X", "type": "militia",', "not valid JSON"),
    ],
)
def test_loader_rejects_bad_lines_naming_the_line(bad, message):
    with pytest.raises(ActorDataError) as err:
        parse_actors([GOOD, "", bad])
    assert "line 3" in str(err.value)
    assert message in str(err.value)


def test_loader_accepts_good_line():
    (actor,) = parse_actors([GOOD])
    assert actor == Actor("Ahrar al-Sham", "armed_group", "SY", (), ("syria",))


# --- lookups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # Syria: transliteration variants, former names, acronyms
        ("Nureddin al-Zinki", "Nour al-Din al-Zinki"),
        ("Nour al-Din al-Zenki", "Nour al-Din al-Zinki"),
        ("Nur ad-Din az-Zanki", "Nour al-Din al-Zinki"),
        ("al-Nusra Front", "Jabhat Fateh al-Sham"),
        ("Jabhat an-Nusra", "Jabhat Fateh al-Sham"),
        ("the Nusra Front's", "Jabhat Fateh al-Sham"),
        ("the Syrian Democratic Forces'", "Syrian Democratic Forces"),
        ("Hezbollah’s", "Hezbollah"),
        ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        ("HTS", "Hayat Tahrir al-Sham"),
        ("Jaish al-Islam", "Jaysh al-Islam"),
        ("Ahrar ash-Sham", "Ahrar al-Sham"),
        ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("SOHR", "Syrian Observatory for Human Rights"),
        ("White Helmets", "Syria Civil Defence"),
        ("YPG", "People's Protection Units"),
        ("SDF", "Syrian Democratic Forces"),
        ("Daesh", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Syrian Arab Army", "Syrian government forces"),
        # a government is the state, not its armed forces (ACLED's Government / Military Forces)
        ("Syrian government", "Syria"),
        ("Assad government", "Syria"),
        ("Venezuelan government", "Venezuela"),
        ("GNB", "Bolivarian National Guard"),
        ("Guardia Nacional Bolivariana", "Bolivarian National Guard"),
        ("Belloso Battalion", "Armed Forces of El Salvador"),
        ("DAS", "Administrative Department of Security"),
        ("Welsh Guardsmen", "Welsh Guards"),
        ("MI6", "Secret Intelligence Service"),
        ("colectivos", "colectivos"),
        ("Levant Front", "Levant Front"),
        ("National Defense Forces", "National Defence Forces"),
        ("Popular Mobilisation Forces", "Popular Mobilization Forces"),
        ("Israeli Defence Forces", "Israel Defense Forces"),
        ("al-Jabha al-Shamiya", "Levant Front"),
        # international organisations, monitors, media
        ("U.N.", "United Nations"),
        ("UN Security Council", "UN Security Council"),
        ("the U.N. Security Council", "UN Security Council"),
        ("OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
        ("Doctors Without Borders", "Médecins Sans Frontières"),
        ("Medecins Sans Frontieres", "Médecins Sans Frontières"),
        ("AFP", "Agence France-Presse"),
        ("Agence France Presse", "Agence France-Presse"),
        ("SANA", "Syrian Arab News Agency"),
        ("Al-Jazeera", "Al Jazeera"),
        ("ITAR-TASS", "TASS"),
        ("IRNA", "Islamic Republic News Agency"),
        ("AMISOM", "African Union Mission in Somalia"),
        ("ATMIS", "African Union Mission in Somalia"),
        ("MONUSCO", "UN Stabilization Mission in the DR Congo"),
        ("UNIFIL", "UN Interim Force in Lebanon"),
        ("ACLED", "Armed Conflict Location and Event Data Project"),
        ("Airwars", "Airwars"),
        # Iraq, Yemen, Lebanon, Israel/Palestine, Iran, Turkey
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("Popular Mobilisation Units", "Popular Mobilization Forces"),
        ("Kata'ib Hizballah", "Kataib Hezbollah"),
        ("Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"),
        ("Ansarallah", "Houthis"),
        ("Huthis", "Houthis"),
        ("AQAP", "Al-Qaeda in the Arabian Peninsula"),
        ("Hizbollah", "Hezbollah"),
        ("Hizballah", "Hezbollah"),
        ("Israeli Defence Forces", "Israel Defense Forces"),
        ("Ezzedine al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"),
        ("Saraya al-Quds", "Al-Quds Brigades"),
        ("Pasdaran", "Islamic Revolutionary Guard Corps"),
        ("Mujahedin-e Khalq", "People's Mujahedin of Iran"),
        ("Partiya Karkerên Kurdistanê", "Kurdistan Workers' Party"),
        ("Kurdistan Workers Party", "Kurdistan Workers' Party"),
        # Afghanistan, Pakistan, Kashmir
        ("Taleban", "Taliban"),
        ("ISIS-K", "Islamic State Khorasan Province"),
        ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
        ("Lashkar-e-Tayyiba", "Lashkar-e-Taiba"),
        ("Jaish-e-Muhammad", "Jaish-e-Mohammed"),
        ("Hizb-ul-Mujahideen", "Hizbul Mujahideen"),
        ("Baloch Liberation Army", "Balochistan Liberation Army"),
        # Africa
        ("Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nasr al-Islam wal Muslimin"),
        ("JNIM", "Jama'at Nasr al-Islam wal Muslimin"),
        ("ISWAP", "Islamic State West Africa Province"),
        ("al-Shabab", "Al-Shabaab"),
        ("Harakat al-Shabaab al-Mujahideen", "Al-Shabaab"),
        ("FAMa", "Malian Armed Forces"),
        ("RSF", "Rapid Support Forces"),
        ("SAF", "Sudanese Armed Forces"),
        ("Janjawid", "Janjaweed"),
        ("SPLM-IO", "Sudan People's Liberation Movement-in-Opposition"),
        ("FARDC", "Armed Forces of the Democratic Republic of the Congo"),
        ("M23", "March 23 Movement"),
        ("ADF-Nalu", "Allied Democratic Forces"),
        ("Tigray Defense Forces", "Tigray People's Liberation Front"),
        ("ENDF", "Ethiopian National Defense Force"),
        ("Haftar's forces", "Libyan National Army"),
        ("Séléka", "Seleka"),
        ("Antibalaka", "Anti-balaka"),
        ("Nigerien army", "Niger Armed Forces"),
        ("Nigerian Army", "Nigerian Armed Forces"),
        # Americas, including 1980-1992
        ("FARC-EP", "Revolutionary Armed Forces of Colombia"),
        ("Ejército de Liberación Nacional", "National Liberation Army (Colombia)"),
        ("M-19", "19th of April Movement"),
        ("Clan del Golfo", "Gaitanista Self-Defense Forces of Colombia"),
        ("Cártel de Jalisco Nueva Generación", "Jalisco New Generation Cartel"),
        ("Farabundo Marti National Liberation Front", "Farabundo Martí National Liberation Front"),
        ("farabundo marti national liberation front", "Farabundo Martí National Liberation Front"),
        ("URNG", "Guatemalan National Revolutionary Unity"),
        ("Sendero Luminoso", "Shining Path"),
        ("Tupac Amaru Revolutionary Movement", "Túpac Amaru Revolutionary Movement"),
        ("Contras", "Nicaraguan Resistance"),
        ("Frente Patriotico Manuel Rodriguez", "Manuel Rodríguez Patriotic Front"),
        ("Cinchoneros", "Cinchoneros Popular Liberation Movement"),
        # Ukraine/Russia, Myanmar, Philippines
        ("Zbroini Syly Ukrainy", "Armed Forces of Ukraine"),
        ("SBU", "Security Service of Ukraine"),
        ("Rosgvardia", "Russian National Guard"),
        ("PMC Wagner", "Wagner Group"),
        ("Kadyrovtsy", "Kadyrovites"),
        ("Burmese military", "Tatmadaw"),
        ("Arakha Army", "Arakan Army"),
        ("TNLA", "Ta'ang National Liberation Army"),
        ("Abu Sayaf", "Abu Sayyaf"),
        ("MILF", "Moro Islamic Liberation Front"),
        ("Bagong Hukbong Bayan", "New People's Army"),
        # other conflicts, NGOs and outlets
        ("Viv Ansanm", "Viv Ansanm"),
        ("Basque Fatherland and Liberty", "Euskadi Ta Askatasuna"),
        ("Provisional IRA", "Provisional Irish Republican Army"),
        ("UÇK", "Kosovo Liberation Army"),
        ("MS-13", "Mara Salvatrucha"),
        ("Handicap International", "Humanity & Inclusion"),
        ("Kızılay", "Turkish Red Crescent"),
        ("Euro-Med Monitor", "Euro-Mediterranean Human Rights Monitor"),
        ("Radio Dabanga", "Radio Dabanga"),
        ("Firat News Agency", "Firat News Agency"),
        ("SANDF", "South African National Defence Force"),
    ],
)
def test_lookup(index, text, expected):
    actor = index.lookup(text)
    assert actor is not None, text
    assert actor.name == expected


@pytest.mark.parametrize(
    "text",
    [
        "rebels",
        "the army",
        "government forces",
        "security forces",
        "militants",
        "Syrian",
        "Russian",
        "the monitor",
        "Observatory",
        "State",
        "Front",
        "Army",
        "is",
        "far",
        "car",
        "Aleppo",
        "Monday",
        "the group",
        "Islamic",
        "Human Rights",
        "Free Syrian",
        "Syrian Observatory for Human Rights activists in Aleppo",
        "Hindu",
        "Lower Shabelle",
        "acted",
        "Sool, Sanaag and Cayn",
    ],
)
def test_lookup_negatives(index, text):
    assert index.lookup(text) is None


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("Ansar al-Sharia", "LY", "Ansar al-Sharia (Libya)"),
        ("Ansar al-Sharia", "TN", "Ansar al-Sharia (Tunisia)"),
        ("Ansar al-Sharia", "YE", "Al-Qaeda in the Arabian Peninsula"),
        ("Ansar al-Sharia", None, None),
        ("SNA", "SO", "Somali National Army"),
        ("SNA", "SY", "Syrian National Army"),
        ("SNA", None, None),
        ("JEM", "SD", "Justice and Equality Movement"),
        ("JeM", "PK", "Jaish-e-Mohammed"),
        ("SLA", "LB", "South Lebanon Army"),
        ("Hezbollah", "SD", "Hezbollah"),  # a unique name ignores the country hint
    ],
)
def test_shared_names_need_the_country(index, text, country, expected):
    actor = index.lookup(text, country=country)
    assert (actor.name if actor else None) == expected
    assert len(index.candidates(text)) >= 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nour al-Deen al-Zanki", "Nour al-Din al-Zinki"),
        ("Faylaq ar-Rahman", "Faylaq al-Rahman"),
        ("Jabhat Fatah al Sham", "Jabhat Fateh al-Sham"),
        ("Kataib Hizbollah", "Kataib Hezbollah"),
        ("Harakat al-Nujabaa", "Harakat Hezbollah al-Nujaba"),
        ("the Sandinist government", None),  # ending differs: no fuzzy match
        # Phrases whose consonants line up with a name must not match.
        ("to government", None),  # Ottawa government
        ("said government", None),  # Saudi government
        ("as Great Britain", None),
        ("and lagoons", None),  # Anadolu Agency
        ("join forces", None),  # GNU forces
        ("United States will", None),
    ],
)
def test_skeleton_fallback(index, text, expected):
    actor = index.lookup(text)
    assert (actor.name if actor else None) == expected


def test_skeleton_fallback_only_for_multiword_names(index):
    # One letter off an acronym is another acronym, never the same actor.
    assert index.lookup("HST") is None
    assert index.lookup("SFD") is None


@pytest.mark.parametrize(
    "country, forces, state",
    [
        ("SY", "Syrian government forces", "Syria"),
        ("UA", "Armed Forces of Ukraine", "Ukraine"),
        ("RU", "Russian Armed Forces", "Russia"),
        ("SD", "Sudanese Armed Forces", "Sudan"),
        ("MM", "Tatmadaw", "Myanmar"),
        ("IL", "Israel Defense Forces", "Israel"),
        (
            "CD",
            "Armed Forces of the Democratic Republic of the Congo",
            "Democratic Republic of the Congo",
        ),
        ("SV", "Armed Forces of El Salvador", "El Salvador"),
        ("NG", "Nigerian Armed Forces", "Nigeria"),
        ("AF", "Afghan National Defense and Security Forces", "Afghanistan"),
    ],
)
def test_national_forces_and_states(index, country, forces, state):
    assert index.national(country).name == forces
    assert index.national(country, "state").name == state


def test_national_unknown_country(index):
    assert index.national("ZZ") is None
    assert index.national("SY", "armed_group") is None


def test_surface_forms_cover_every_name_and_filter_types(index):
    forms = list(index.surface_forms())
    assert len(forms) == sum(len(a.names) for a in index)
    no_states = list(index.surface_forms(types={"armed_group", "militia", "media"}))
    assert no_states and all(a.type in {"armed_group", "militia", "media"} for _, a in no_states)
