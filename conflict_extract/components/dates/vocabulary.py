"""Closed-class vocabulary of temporal expressions: month, weekday, unit and number words,
the prefixes that do not change a value, and the token lists the patterns are built from."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
"""Month names and abbreviations (lower case, without the abbreviation dot)."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
"""Weekday names to ISO weekday numbers."""

WEEKDAY_PLURALS: dict[str, int] = {f"{day}s": n for day, n in WEEKDAYS.items()}
"""``mondays``: every Monday."""

DECADE_WORDS: dict[str, str] = {
    "twenties": "192", "thirties": "193", "forties": "194", "fifties": "195", "sixties": "196",
    "seventies": "197", "eighties": "198", "nineties": "199",
}
"""Decades of the 1900s said in words (``the nineties``) and their TIMEX3 values."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO",
    "daybreak": "MO", "dusk": "EV", "nightfall": "NI",
}
"""Parts of the day and their TIMEX3 codes."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
"""Seasons and their TIMEX3 codes."""

UNITS: dict[str, str] = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H", "day": "D",
    "night": "D", "week": "W", "fortnight": "W", "weekend": "WE", "month": "M", "year": "Y",
    "yr": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
}
"""Time units (singular) and their ISO 8601 / TIMEX3 duration designators."""

TIME_UNITS = frozenset({"second", "sec", "minute", "min", "hour", "hr"})
UNIT_FORMS = {**{u: u for u in UNITS}, **{u + "s": u for u in UNITS}, "centuries": "century"}
UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade",
                     "CE": "century", "WE": "week"}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "single": 1, "couple": 2,
}
VAGUE_NUMBERS = frozenset({
    "several", "few", "some", "many", "dozens", "hundreds", "numerous", "multiple",
    "number", "coming", "past", "recent",
})
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0}
SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
                "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "fortnightly": "P2W"}
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "claim", "state", "add", "note", "write", "announce", "confirm",
    "accuse", "insist", "warn", "deny", "show", "indicate", "believe", "think", "estimate",
})
SAME_PAST_VERBS = frozenset({
    "hurt", "hit", "cut", "set", "put", "cost", "let", "shut", "spread", "split", "quit", "beat",
    "bet", "burst", "cast", "read", "upset", "broadcast", "forecast", "thrust", "shed", "rid",
})
"""Verbs whose present form is also their past (``hit``, ``cut``): a tagger's present says
nothing about the tense."""
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
SCHEDULE_WORDS = frozenset({
    "schedule", "scheduled", "due", "plan", "planned", "expect", "expected", "set", "slate",
    "slated", "upcoming", "forthcoming", "postpone", "postponed", "delay", "delayed",
})
_HEDGES = (
    "sometime", "some time", "shortly", "soon", "these", "nearly", "almost", "some", "about",
    "around", "approximately", "roughly", "just", "only", "barely", "at least", "at most", "more than", "less than",
    "fewer than", "no more than", "no less than", "not more than", "as long as", "long as",
    "under", "up to", "well over", "close to", "exactly", "precisely",
    "a little over", "a little more than", "so far",
)
_PREPOSITIONS = (
    "since", "until", "till", "on", "in", "at", "by", "from", "during", "for", "of", "over",
    "within", "throughout", "as of", "as early as", "as late as", "early as", "late as",
    "soon as", "before", "after", "between", "each of", "in each of",
    "through",
)
_MODIFIERS = (
    "the early", "the late", "the mid", "earlier", "later", "early", "late", "mid", "middle of",
    "the middle of", "end of", "the end of", "the beginning of", "beginning of", "the start of",
    "start of", "the turn of", "the early hours of", "early hours of", "the small hours of",
    "small hours of", "the wee hours of", "wee hours of", "the first days of",
    "the last days of",
)
STRIP_PREFIXES = sorted(
    {w + " " for w in _HEDGES + _PREPOSITIONS + _MODIFIERS}, key=len, reverse=True
)

MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(WEEKDAYS)
UNIT_RE = "|".join(sorted(UNIT_FORMS, key=len, reverse=True))
PART_RE = "|".join(PARTS_OF_DAY)



MONTH_FULL = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
MONTH_ANY = [*MONTHS, *(m + "." for m in MONTHS if len(m) <= 4)]
UNIT_WORDS = sorted(UNIT_FORMS)
PLURAL_UNITS = [u for u in UNIT_WORDS if u.endswith("s") and u not in ("secs", "mins", "hrs")]
# Token predicates are hash-set lookups (IN, SHAPE), never REGEX: the Matcher runs on every token.
YEARS = [str(y) for y in range(1800, 2100)]
YEAR_TOKEN = {"ORTH": {"IN": YEARS}}
_DAYS = [f"{d}{suffix}" for d in range(1, 32) for suffix in ("", "st", "nd", "rd", "th")]
DAY_TOKEN = {"LOWER": {"IN": _DAYS + [f"0{d}" for d in range(1, 10)]}}
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "twentieth", "hundredth", "thousandth"]
NUM = {"LIKE_NUM": True, "LOWER": {"NOT_IN": _ORDINALS}, "OP": "+"}
VAGUE = {"LOWER": {"IN": ["several", "few", "couple", "dozens", "many", "a", "the"]}, "OP": "+"}
HHMM_TOKENS = [f"{h:02d}{m:02d}" for h in range(24) for m in range(60)]
HHMM_SET = frozenset(HHMM_TOKENS)
YEAR_SET = frozenset(YEARS)
TZ_WORDS = ["hours", "hrs", "gmt", "utc", "local"]
TIME_ZONES = ("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
              "cest", "eet", "eest", "msk", "ast", "pkt", "ist")
"""Time-zone abbreviations written after a clock time (``9 a.m. EST``)."""
CLOCK_PREPOSITIONS = frozenset({"at", "around", "about"})
TIME_PREPOSITIONS = frozenset({"at", "around", "about", "after", "before", "by", "until", "till",
                                "from", "since"})
DEICTIC_WORDS = ["today", "tonight", "yesterday", "tomorrow"]
ANCHOR_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *WEEKDAY_PLURALS, *PARTS_OF_DAY, *SEASONS, *UNIT_FORMS, *DEICTIC_DAYS, *SET_ADVERBS,
     "ago", "noon", "midnight", "midday", "tonight", "overnight", "weekend", "weekends", "am",
     "pm", "a.m.", "p.m.", "gmt", "utc"}
)
"""Words that make a candidate range temporal."""
