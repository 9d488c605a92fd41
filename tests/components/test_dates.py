"""Tests for the dates component: normalisation table and extraction from sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_extract.components.dates import (
    dateline_date,
    dateline_value,
    extract_dates,
    is_calendar_value,
    normalise_date,
    normalise_date_yearless,
)
from conflict_extract.models import Article
from conflict_extract.nlp.pipeline import make_docs

D = dt.date
MON = D(2016, 12, 5)  # a Monday (ISO week 2016-W49)
TUE = D(2016, 12, 6)

NORMALISE_CASES = [
    # weekdays: past-tense reporting points back, future context forward
    ("Monday", MON, False, "2016-12-05", "date"),
    ("Sunday", MON, False, "2016-12-04", "date"),
    ("Tuesday", MON, False, "2016-11-29", "date"),
    ("Tuesday", MON, True, "2016-12-06", "date"),
    ("Monday", MON, True, "2016-12-05", "date"),
    ("Wednesday", TUE, True, "2016-12-07", "date"),
    ("on Friday", D(2017, 1, 2), False, "2016-12-30", "date"),
    ("Saturday", D(2016, 12, 1), False, "2016-11-26", "date"),
    ("Friday", D(2016, 2, 29), True, "2016-03-04", "date"),
    ("last Monday", MON, False, "2016-11-28", "date"),
    ("next Monday", MON, False, "2016-12-12", "date"),
    ("this Friday", MON, False, "2016-12-09", "date"),
    ("Monday's", MON, False, "2016-12-05", "date"),
    ("Monday", None, False, "XXXX-WXX-1", "date"),
    ("Thursday", None, True, "XXXX-WXX-4", "date"),
    # days relative to publication
    ("yesterday", D(2017, 1, 1), False, "2016-12-31", "date"),
    ("tomorrow", D(2016, 2, 28), False, "2016-02-29", "date"),
    ("today", MON, False, "2016-12-05", "date"),
    # issue 17: "overnight" alone is the night a report looks back on, or the coming one
    ("overnight", MON, False, "2016-12-04TNI", "time"),
    ("overnight", MON, True, "2016-12-05TNI", "time"),
    ("yesterday", None, False, None, "date"),
    ("the day before yesterday", D(2016, 3, 1), False, "2016-02-28", "date"),
    ("the next day", MON, False, None, "date"),
    # times of day
    ("last night", D(2016, 3, 1), False, "2016-02-29TNI", "time"),
    ("this morning", MON, False, "2016-12-05TMO", "time"),
    ("Monday night", MON, False, "2016-12-05TNI", "time"),
    ("early on Saturday morning", MON, False, "2016-12-03TMO", "time"),
    ("10:30 a.m.", MON, False, "2016-12-05T10:30", "time"),
    ("3 pm on Monday", MON, False, "2016-12-05T15:00", "time"),
    ("at 1830", MON, False, "2016-12-05T18:30", "time"),
    ("0600 this morning", MON, False, "2016-12-05T06:00", "time"),
    ("yesterday morning at 0730", MON, False, "2016-12-04T07:30", "time"),
    # issue 17: midnight ends the day it names (T24:00), the publication day's when still to come
    ("midnight on Friday", MON, True, "2016-12-09T24:00", "time"),
    ("midnight last night", MON, False, "2016-12-04T24:00", "time"),
    ("midnight", MON, True, "2016-12-05T24:00", "time"),
    ("14 November at 3 pm", MON, False, "2016-11-14T15:00", "time"),
    ("the early morning hours of 14 November", None, False, "XXXX-11-14TMO", "time"),
    ("Monday at 10:30 a.m.", None, False, "XXXX-WXX-1T10:30", "time"),
    # 24-hour clock times, with a GMT conversion in brackets or a time-zone word
    ("at 0030 today", D(1990, 4, 12), False, "1990-04-12T00:30", "time"),
    ("at 2100 (0300 gmt) on 1 may", None, False, "XXXX-05-01T21:00", "time"),
    ("2100 hours", MON, False, "2016-12-05T21:00", "time"),
    ("1530 GMT on Friday", MON, False, "2016-12-02T15:30", "time"),
    ("1830 hours on Friday", None, False, "XXXX-WXX-5T18:30", "time"),
    ("around 2015", None, False, "2015", "date"),
    # weeks, months, years relative to publication (ISO weeks, year boundaries)
    ("this week", MON, False, "2016-W49", "date"),
    ("earlier this week", MON, False, "2016-W49", "date"),
    ("last week", MON, False, "2016-W48", "date"),
    ("next week", D(2016, 12, 30), False, "2017-W01", "date"),
    ("this week", D(2016, 1, 1), False, "2015-W53", "date"),
    ("this week", None, False, None, "date"),
    ("last month", D(2017, 1, 10), False, "2016-12", "date"),
    ("this month", MON, False, "2016-12", "date"),
    ("next month", MON, False, "2017-01", "date"),
    ("last year", MON, False, "2015", "date"),
    ("earlier this year", MON, False, "2016", "date"),
    ("later in the year", MON, False, "2016", "date"),
    ("the weekend", MON, False, "2016-W48-WE", "date"),
    ("this past weekend", MON, False, "2016-W48-WE", "date"),
    ("this coming Friday", MON, False, "2016-12-09", "date"),
    ("next Friday, Dec. 9", MON, False, "2016-12-09", "date"),
    ("December ninth", MON, True, "2016-12-09", "date"),
    ("the thirty-first of December", MON, True, "2016-12-31", "date"),
    ("this weekend", D(2016, 12, 9), True, "2016-W49-WE", "date"),
    # months without a year: most recent in the past, next in future context; year rollover
    ("last December", D(2017, 1, 10), False, "2016-12", "date"),
    ("last December", MON, False, "2015-12", "date"),
    ("in December", D(2017, 1, 10), False, "2016-12", "date"),
    ("mid-July", MON, False, "2016-07", "date"),
    ("July", D(2016, 3, 1), False, "2015-07", "date"),
    ("in March", MON, True, "2017-03", "date"),
    ("next March", D(2016, 3, 20), False, "2017-03", "date"),
    ("July", None, False, "XXXX-07", "date"),
    ("December of this year", MON, False, "2016-12", "date"),
    # absolute dates
    ("March 2011", MON, False, "2011-03", "date"),
    ("5 December 2016", None, False, "2016-12-05", "date"),
    ("December 5, 2016", None, False, "2016-12-05", "date"),
    ("Dec. 5", MON, False, "2016-12-05", "date"),
    ("December 28", D(2017, 1, 3), False, "2016-12-28", "date"),
    ("on the 3rd of January", MON, True, "2017-01-03", "date"),
    ("3 jan 90", None, False, "1990-01-03", "date"),
    ("2016-12-05", None, False, "2016-12-05", "date"),
    ("since 2011", MON, False, "2011", "date"),
    ("2012", None, False, "2012", "date"),
    ("early 2015", None, False, "2015", "date"),
    ("mid-2014", None, False, "2014", "date"),
    ("the 1990s", None, False, "199", "date"),
    ("the 19th century", None, False, "18", "date"),
    ("the summer of 2015", None, False, "2015-SU", "date"),
    ("last summer", D(2016, 3, 1), False, "2015-SU", "date"),
    ("the first half of 2016", None, False, "2016-H1", "date"),
    # "ago": back from publication at the unit's granularity
    ("nearly three weeks ago", MON, False, "2016-W46", "date"),
    ("some three weeks ago", MON, False, "2016-W46", "date"),
    ("two days ago", D(2016, 3, 1), False, "2016-02-28", "date"),
    ("three months ago", D(2016, 2, 15), False, "2015-11", "date"),
    ("two years ago", MON, False, "2014", "date"),
    ("a week ago", MON, False, "2016-W48", "date"),
    ("several weeks ago", MON, False, "PAST_REF", "date"),
    ("two days ago", None, False, None, "date"),
    # durations
    ("the past week", MON, False, "P1W", "duration"),
    ("the past 24 hours", MON, False, "PT24H", "duration"),
    ("the last three days", MON, False, "P3D", "duration"),
    ("over the past few months", MON, False, "PXM", "duration"),
    ("in recent days", MON, False, "PAST_REF", "date"),  # issue 17: TimeML vague reference
    ("recent weeks", None, False, "PAST_REF", "date"),
    ("Three weeks", None, False, "P3W", "duration"),
    ("three weeks into", None, False, "P3W", "duration"),
    ("seven-day", None, False, "P7D", "duration"),
    ("48-hour", None, False, "PT48H", "duration"),
    ("four years", None, False, "P4Y", "duration"),
    ("nearly six-year", None, False, "P6Y", "duration"),
    ("twenty-four hours", None, False, "PT24H", "duration"),
    ("a decade", None, False, "P10Y", "duration"),
    ("several days", None, False, "PXD", "duration"),
    ("a fortnight", None, False, "P2W", "duration"),
    ("two days later", MON, False, "P2D", "duration"),
    ("the last 2 and 1/2 days", None, False, "P2DT12H", "duration"),
    ("two and a half years", None, False, "P2Y6M", "duration"),
    ("half an hour", None, False, "PT30M", "duration"),
    # sets
    ("every day", None, False, "P1D", "set"),
    ("every Friday", None, False, "XXXX-WXX-5", "set"),
    ("twice a week", None, False, "P1W", "set"),
    ("daily", None, False, "P1D", "set"),
    ("every other week", None, False, "P2W", "set"),
    ("each morning", None, False, "XXXX-XX-XXTMO", "set"),
    ("one a minute", None, False, "PT1M", "set"),
    ("500 a month", None, False, "P1M", "set"),
    # not dates
    ("100M", MON, False, None, "date"),
    ("319 people", MON, False, None, "date"),
    ("36.2N", MON, False, None, "date"),
    ("11", MON, False, None, "date"),
    ("1,000", MON, False, None, "date"),
    ("the sixth time", MON, False, None, "date"),
    ("Aleppo", MON, False, None, "date"),
]


@pytest.mark.parametrize("text, published, future, value, kind", NORMALISE_CASES)
def test_normalise_date(text, published, future, value, kind):
    assert normalise_date(text, published, future=future) == (value, kind)


def test_normalise_table_is_large_enough():
    assert len(NORMALISE_CASES) >= 60


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BEIRUT, Dec 5, 2016 (Reuters) - Shelling killed five people.", D(2016, 12, 5)),
        ("san salvador, 3 jan 90 (acan-efe) -- [text] the army said.", D(1990, 1, 3)),
        ("KABUL, Afghanistan (AP) — A suicide bomber struck on Monday.", None),
        ("BEIRUT, Dec 5 (Reuters) - No year, so no publication date.", None),
        ("Government forces advanced on Monday, March 5, the monitor said.", None),
    ],
)
def test_dateline(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    "text, month, day, expected",
    [
        ("yesterday", 12, 5, ("XXXX-12-04", "date")),
        ("last night", 12, 5, ("XXXX-12-04TNI", "time")),
        ("three days ago", 12, 5, ("XXXX-12-02", "date")),
        ("last month", 12, 5, ("XXXX-11", "date")),
        ("mid-July", 12, 5, ("XXXX-07", "date")),
        ("Monday", 12, 5, ("XXXX-WXX-1", "date")),  # the weekday needs the year
        ("this week", 12, 5, (None, "date")),
        ("last year", 12, 5, (None, "date")),
        ("March 2001", 12, 5, ("2001-03", "date")),
        ("yesterday", 1, 1, (None, "date")),  # the year changes: unknown
        ("the past week", 12, 5, ("P1W", "duration")),
    ],
)
def test_normalise_yearless(text, month, day, expected):
    assert normalise_date_yearless(text, month, day) == expected


def test_dateline_value_without_year():
    assert dateline_value("GAZA CITY, Nov 14 (Reuters) - Israel struck Gaza.") == "XXXX-11-14"


def _dates(analyse, text, published):
    record = analyse(text, published)
    for mention in record.dates:
        assert text[mention.start:mention.end] == mention.text
    return {(m.text, m.value) for m in record.dates}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # past-tense reporting: weekday on or before publication
        ("Gunmen stormed a hotel in Mogadishu on Friday, police said.", "2017-06-26",
         {("Friday", "2017-06-23")}),
        ("Russia vetoed Monday's resolution on Aleppo.", "2016-12-05", {("Monday", "2016-12-05")}),
        # future context: the next one
        ("Russia had announced talks with the United States in Geneva for Tuesday or Wednesday.",
         "2016-12-06", {("Tuesday", "2016-12-06"), ("Wednesday", "2016-12-07")}),
        ("Foreign ministers will meet in Astana on Thursday to discuss the truce.", "2017-01-16",
         {("Thursday", "2017-01-19")}),
        ("Parliament is due to vote on the peace deal next Wednesday.", "2016-11-28",
         {("next Wednesday", "2016-11-30")}),
        ("Elections are scheduled for December 20 in the breakaway region.", "2016-12-05",
         {("December 20", "2016-12-20")}),
        ("Voting begins on Sunday in the breakaway region.", "2016-12-05",
         {("Sunday", "2016-12-11")}),
        ("The ministry said on Monday it will hold talks with the rebels on Thursday.",
         "2016-12-07", {("Monday", "2016-12-05"), ("Thursday", "2016-12-08")}),
        ("Aid convoys are due to arrive in Madaya on Thursday.", "2016-12-07",
         {("Thursday", "2016-12-08")}),
        ("Officials said the ceasefire would take effect at midnight on Friday.", "2016-12-07",
         {("midnight on Friday", "2016-12-09T24:00")}),
        ("Police in Jos said the curfew would start at midnight.", "2018-06-25",
         {("midnight", "2018-06-25T24:00")}),
        ("On Saturday, mortar fire on Mariupol went on until midnight.", "2016-12-07",
         {("Saturday", "2016-12-03"), ("midnight", "2016-12-03T24:00")}),
        ("Fighting continued in Sirte on Monday and Tuesday.", "2016-12-07",
         {("Monday", "2016-12-05"), ("Tuesday", "2016-12-06")}),
        ("On the morning of 1 March 2019, Taliban gunmen attacked Camp Shorabak.", None,
         {("the morning of 1 March 2019", "2019-03-01TMO")}),
        # issue 17: a bare participle's clause takes the tense of the verb it leans on
        ("The army will push north, reaching the river by Tuesday.", "2017-03-01",
         {("Tuesday", "2017-03-07")}),
        ("The UN said convoys would resume in June, with the first reaching Taiz on July 3.",
         "2017-01-10", {("June", "2017-06"), ("July 3", "2017-07-03")}),
        # a headline's present tense reports the past
        ("Suicide bomber kills 12 in Kabul on Tuesday\n\nThe attack targeted a rally.",
         "2018-05-02", {("Tuesday", "2018-05-01")}),
        ("There is deep frustration in Downing Street about Saturday's attack.", "2017-06-05",
         {("Saturday", "2017-06-03")}),
        # spans and values of relative expressions
        ("Houthi forces fired a missile at Riyadh on Saturday night.", "2017-11-06",
         {("Saturday night", "2017-11-04TNI")}),
        ("Assad's forces launched the assault nearly three weeks ago.", "2016-12-05",
         {("nearly three weeks ago", "2016-W46")}),
        ("It was the sixth veto on Syria since 2011.", "2016-12-05", {("since 2011", "2011")}),
        ("The city was encircled in mid-July and no aid has entered since.", "2016-12-05",
         {("mid-July", "2016-07")}),
        ("Clashes erupted again in Juba last December.", "2017-01-10",
         {("last December", "2016-12")}),
        ("The army seized the Qadi Askar district overnight.", "2016-12-05",
         {("overnight", "2016-12-04TNI")}),
        ("The governor said aid trucks would cross into Idlib overnight.", "2018-03-02",
         {("overnight", "2018-03-02TNI")}),
        ("Shells have fallen on Donetsk every day this week.", "2015-02-04",
         {("every day", "P1D"), ("this week", "2015-W06")}),
        ("Three weeks into their offensive, the army took the district.", "2016-12-05",
         {("Three weeks", "P3W")}),
        ("The council rejected a seven-day truce in Aleppo.", "2016-12-05",
         {("seven-day", "P7D")}),
        ("Air strikes have killed dozens in Idlib in recent days.", "2016-12-06",
         {("recent days", "PAST_REF")}),
        ("At least 30 people have been killed in Marawi since May 23.", "2017-06-05",
         {("since May 23", "2017-05-23")}),
        ("the guatemalan army said today that guerrillas attacked the farm 2 days ago.",
         "1990-02-05", {("today", "1990-02-05"), ("2 days ago", "1990-02-03")}),
        ("The siege of Sarajevo lasted from April 1992 to February 1996.", None,
         {("April 1992", "1992-04"), ("February 1996", "1996-02")}),
        # no publication date: underspecified or null, never today's date
        ("Fighting resumed in Marawi on Monday, the army said.", None,
         {("Monday", "XXXX-WXX-1")}),
        ("Police said the bomb went off yesterday.", None, {("yesterday", None)}),
        # a dateline supplies the publication date
        ("BEIRUT, Dec 5, 2016 (Reuters) - Air strikes killed 20 people in Idlib on Sunday.",
         None, {("Dec 5, 2016", "2016-12-05"), ("Sunday", "2016-12-04")}),
        ("BEIRUT, Dec 5 (Reuters) - Air strikes killed 20 people in Idlib yesterday and on "
         "Sunday.", None,
         {("Dec 5", "XXXX-12-05"), ("yesterday", "XXXX-12-04"), ("Sunday", "XXXX-WXX-7")}),
        # numbers that are not dates, ages
        ("The UN appealed for $100M for 319 people stranded at 36.2N, 37.1E.", "2016-12-05",
         set()),
        ("The resolution passed by 11 votes to 2, with 2 abstentions.", "2016-12-05", set()),
        ("A 22-year-old man was shot dead in Kabul on Tuesday.", "2018-05-02",
         {("Tuesday", "2018-05-01")}),
        ("Rebels fired 1,200 rockets at the Sunday Times office.", "2016-12-05", set()),
        ("The group has 2100 fighters in Idlib and fired 1200 rockets.", None, set()),
        # a date in a group's or a place's name is not a date mention
        ("pizarro, former leader of the 19 april movement (m-19), was shot dead on a plane.",
         None, set()),
        ("Members of the 17 November Revolutionary Organisation claimed the bombing.", None,
         set()),
        ("The March 14 alliance boycotted the session of parliament.", None, set()),
        ("Militants from the 6 April Youth Movement were arrested in Cairo.", None, set()),
        ("Protesters gathered on the 6 October Bridge in Cairo.", None, set()),
        ("On 19 April militiamen attacked the village.", None, {("19 April", "XXXX-04-19")}),
        ("Fighting near the front line eased on 5 December.", None,
         {("5 December", "XXXX-12-05")}),
        ("The September 11 attacks killed nearly 3,000 people.", None,
         {("September 11", "XXXX-09-11")}),
        # model years, newspapers, clip lengths, idioms
        ("The suspect bought a yellow 1977 Mercury Marquis in Kansas.", None, set()),
        ("Gunmen in a 2005 Toyota Hilux opened fire on the checkpoint.", None, set()),
        ("The 2003 Iraq war displaced millions.", None, {("2003", "2003")}),
        ("in a letter to the opposition's daily la prensa, he stressed the mission.", None,
         set()),
        ("The pan-Arab daily Asharq al-Awsat reported the deaths.", None, set()),
        # issue 17: "almost daily" is a SET; "the state-run daily" is a newspaper
        ("Militants attack the base almost daily, the state-run daily said.", None,
         {("daily", "P1D")}),
        ("The Israeli daily Haaretz said shelling continued on a daily basis.", None,
         {("daily", "P1D")}),
        ("According to the Daily Star, the bomb went off on Friday.", "2016-12-05",
         {("Friday", "2016-12-02")}),
        ("Watch video 04:27 Police fired tear gas at protesters.", None, set()),
        ("The blast happened at 04:27 local time.", None, {("04:27", "XXXX-XX-XXT04:27")}),
        ("attention, we have a last minute report from the front.", None, set()),
        ("Talks collapsed after a last-minute dispute on Monday.", "2016-12-07",
         {("Monday", "2016-12-05")}),
        ("The bombs of 21 July 1972 became known as Bloody Friday.\"Bloody Friday was by no "
         "means the last atrocity.", None, {("21 July 1972", "1972-07-21")}),
        # only the understood part of a span
        ("i had a meeting with them to see the order of the month on saturday and he was there.",
         None, {("saturday", "XXXX-WXX-6")}),
        # ISO dates glued to the word before, military times
        ("All six members killed were Americans.*2015-12-21, Special Agent Adrianna Vorderbruggen",
         None, {("2015-12-21", "2015-12-21")}),
        ("the soldiers were attacked at 0030 today.", "1990-04-12",
         {("0030 today", "1990-04-12T00:30")}),
        ("the attacks began at 2100 (0300 gmt) on 1 may and continued after midnight.", None,
         {("2100 (0300 gmt) on 1 may", "XXXX-05-01T21:00"), ("midnight", "XXXX-XX-XXT00:00")}),
        ("The curfew runs from 2200 to 0500 hours.", None,
         {("2200", "XXXX-XX-XXT22:00"), ("0500 hours", "XXXX-XX-XXT05:00")}),
        ("The troops left the base at 0600 hours on Tuesday.", "2016-12-07",
         {("0600 hours on Tuesday", "2016-12-06T06:00")}),
        ("the rebels have shelled the capital since 1330 (1930 gmt).", None,
         {("since 1330 (1930 gmt)", "XXXX-XX-XXT13:30")}),
        ("it is now 1615 (2215 gmt) and the high command has not reacted.", None,
         {("now", "PRESENT_REF"), ("1615 (2215 gmt)", "XXXX-XX-XXT16:15")}),
        ("the talks ended at 1800 local time (2300 gmt) in bogota.", None,
         {("1800 local time (2300 gmt)", "XXXX-XX-XXT18:00")}),
        ("The ceasefire came into force at 2000 GMT on Friday.", "2016-12-07",
         {("2000 GMT on Friday", "2016-12-02T20:00")}),
        ("Prices were frozen at around 2015 levels.", None, {("around 2015", "2015")}),
    ],
)
def test_extract(analyse, text, published, expected):
    assert _dates(analyse, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The testimony came on a day when prosecutors presented witnesses.",
         [("a day", None, "date")]),
        ("The strikes killed 30 people in a day.", [("a day", "P1D", "duration")]),
        ("people have had problems getting food for the last 2 and 1/2 days.",
         [("the last 2 and 1/2 days", "P2DT12H", "duration")]),
        ("Then for roughly 20 minutes the bombs exploded roughly at one a minute.",
         [("roughly 20 minutes", "PT20M", "duration"), ("one a minute", "PT1M", "set")]),
        ("Refugees have been fleeing for two and a half years.",
         [("two and a half years", "P2Y6M", "duration")]),
    ],
)
def test_extract_types(analyse, text, expected):
    assert [(m.text, m.value, m.type) for m in analyse(text).dates] == expected


def test_skip_spans(nlp):
    text = "READ MORE: Attacks on Monday\n\nTroops advanced on Tuesday."
    doc = nlp.make_doc(text)
    doc._.published = TUE
    doc._.skip_spans = [(0, text.index("\n"))]
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "conflict_dates":
            break
    assert [(m.text, m.value) for m in extract_dates(doc)] == [("Tuesday", "2016-12-06")]


def test_seed_values(analyse):
    """Issue 7: the seed article's relative dates resolve against its publication date."""
    text = (
        "Syrian government forces gained more ground in the battle for Aleppo on Monday. "
        "He also said Moscow was confident that it would reach a deal with Washington in talks "
        "this week. The city's east was surrounded by government forces in mid-July."
    )
    got = _dates(analyse, text, "2016-12-05")
    assert got == {("Monday", "2016-12-05"), ("this week", "2016-W49"), ("mid-July", "2016-07")}


def test_lower_case_election_day_is_no_us_holiday(analyse):
    """Issue 17: ``election day`` in lower case is any country's polling day, not the US one."""
    got = _dates(analyse, "Turnout was light in Kandahar on election day, officials said.",
                 "2018-10-22")
    assert ("election day", "2018-11-06") not in got


def test_dateline_sets_record_published(analyse):
    record = analyse("ALEPPO, Syria, Dec. 5, 2016 (AFP) - Shelling resumed on Sunday.")
    assert record.published == "2016-12-05"
    assert ("Sunday", "2016-12-04") in {(m.text, m.value) for m in record.dates}


@pytest.mark.parametrize("text", ["3000 years ago", "100000000 days ago", "31 February 2016",
                                  "at 2459", "the 99th century", ""])
def test_normalise_never_raises(text):
    value, kind = normalise_date(text, D(2016, 12, 5))
    assert value is None and kind == "date"


@pytest.mark.parametrize(
    "head, expected",
    [
        ("BEIRUT, Dec 5, 2016 (Reuters) - Air strikes killed 20 people in Idlib on Sunday.",
         {("Sunday", "2016-12-04"), ("Saturday", "2016-12-03"), ("yesterday", "2016-12-04")}),
        ("BEIRUT, Dec 5 (Reuters) - Air strikes killed 20 people in Idlib on Sunday.",
         {("Sunday", "XXXX-WXX-7"), ("Saturday", "XXXX-WXX-6"), ("yesterday", "XXXX-12-04")}),
        ("Air strikes killed 20 people in Idlib on Sunday.",
         {("Sunday", "XXXX-WXX-7"), ("Saturday", "XXXX-WXX-6"), ("yesterday", None)}),
    ],
)
def test_dateline_reaches_later_pieces(nlp, analyse, monkeypatch, head, expected):
    """A long article is split into several docs; only the first shows the dateline, yet every
    piece resolves its relative dates against it."""
    filler = "The monitor said the toll was likely to rise as rescuers searched the rubble. "
    text = (head + "\n\n" + filler * 3 + "\n\nRebels shelled Aleppo on Saturday.\n\n" + filler * 3
            + "\n\nA car bomb exploded in Azaz yesterday.")
    monkeypatch.setattr(nlp, "max_length", 300)
    pieces = make_docs(nlp, Article(id="long", text=text, source="<test>"))
    assert len(pieces) >= 3 and "Saturday" not in pieces[0][1].text
    record = analyse(text)
    for mention in record.dates:
        assert text[mention.start:mention.end] == mention.text
    assert {(m.text, m.value) for m in record.dates} >= expected
    assert record.published == ("2016-12-05" if "2016" in head else None)


@pytest.mark.parametrize(
    "value, expected",
    [("2016-12-05", True), ("2016-W49", True), ("XXXX-WXX-1", True), ("2011", True),
     ("199", True), ("2016-12-05T21:00", True), ("PAST_REF", False), ("FUTURE_REF", False),
     ("PRESENT_REF", False), (None, False), ("", False)],
)
def test_is_calendar_value(value, expected):
    assert is_calendar_value(value) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Several weeks ago, an air strike killed 12 people in Idlib.", None),
        ("An air strike killed 12 people in Idlib three weeks ago.", "2016-W46"),
    ],
)
def test_casualty_date_is_never_vague(analyse, text, expected):
    """PAST_REF is a right TIMEX3 value for the mention, but not a date for the casualty."""
    record = analyse(text, "2016-12-05")
    assert [c.date for c in record.casualties] == [expected]


@pytest.mark.parametrize("text", [
    "On Monday at 10:35 a.m. the convoy left; by the weekend, fighting resumed.",
    "The ceasefire of March 3, 2021 held until the third quarter of fiscal 1998.",
    "Shelling began at 0430 local time and lasted until dusk, every night since mid-2019.",
    "In the 1990s and the early-1980s, raids came weekly; the past two weeks were quiet.",
    "Nineteen ninety-six was a hard year; in the year two thousand the camp closed.",
    "Elections are due in the spring, two days after Eid, and again on 2024-06-01.",
    "The UN may meet now, all night if needed, officials said.",
])
def test_date_patterns_run_in_windows_find_every_match(nlp, text):
    """Each pattern runs only in windows around the trigger words one of its tokens must be: the
    matches are exactly those of every pattern run over the whole text."""
    from spacy.matcher import Matcher

    from conflict_extract.components.dates.patterns import _patterns, date_matcher

    doc = nlp.make_doc(text)
    everywhere = Matcher(nlp.vocab)
    for key, patterns in _patterns().items():
        everywhere.add(key, patterns)
    matcher = date_matcher(nlp.vocab)
    expected = {(nlp.vocab.strings[k], s, e) for k, s, e in everywhere(doc)}
    expected |= set(matcher._phrase_matches(doc))
    assert expected and set(matcher(doc)) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    ([{"LOWER": {"IN": ["monday", "tuesday"]}}, {"LOWER": "night", "OP": "?"}],
     {"monday", "tuesday"}),
    ([{"LOWER": "the", "OP": "?"}, {"LOWER": "quarter"}], {"quarter"}),
    ([{"SHAPE": {"IN": ["d:dd", "dd:dd"]}}], {"d:dd", "dd:dd"}),
    ([{"LIKE_NUM": True}, {"LOWER": "bananas"}], None),
])
def test_pattern_anchor_is_a_required_trigger_set(pattern, expected):
    from conflict_extract.components.dates.patterns import _TRIGGER_WORDS, _anchor_of

    anchor = _anchor_of(pattern, _TRIGGER_WORDS | {"monday", "tuesday", "night"})
    assert anchor == (frozenset(expected) if expected is not None else None)
