"""The sentences an assessment says, as `Words` templates (context "Rules").

Each is written out in full (no sentence is built from pieces another language would order
differently); `assessing` fills in the values and the count with `said`. A line starts in
lower case: the edge may join a rule's lines with semicolons ("11 of 15 double sessions;
6 in person of the 8 needed; the last session must be in person").
"""

from __future__ import annotations

import dataclasses
from typing import Any

from balintdesk.domain.rules.history import CO_LED, LED, MEMBER
from balintdesk.domain.words import Words


def said(template: Words, count: int | None = None, **values: Any) -> Words:
    return dataclasses.replace(template, values=values, count=count)


# Sessions counted, by what counts: "{have}" may have one decimal (a 60-minute session is
# 0.7 of a double session); %n is what the rule asks.
COUNTED = {
    "double_sessions": Words("Rules", "{have} of %n double session(s)"),
    "hours": Words("Rules", "{have} of %n hour(s)"),
    "teaching_hours": Words("Rules", "{have} of %n teaching hour(s) of 45 minutes"),
}
COUNTED_SESSIONS = {
    (MEMBER,): Words("Rules", "{have} of %n session(s) attended"),
    (LED,): Words("Rules", "{have} of %n session(s) led"),
    (CO_LED,): Words("Rules", "{have} of %n session(s) co-led"),
    (CO_LED, LED): Words("Rules", "{have} of %n session(s) led or co-led"),
}
ANY_SESSIONS = Words("Rules", "{have} of %n session(s)")
MORE = {
    "double_sessions": Words("Rules", "%n more double session(s)"),
    "hours": Words("Rules", "%n more hour(s)"),
    "teaching_hours": Words("Rules", "%n more teaching hour(s)"),
}
MORE_SESSIONS = {
    (MEMBER,): Words("Rules", "%n more session(s) to attend"),
    (LED,): Words("Rules", "%n more session(s) to lead"),
    (CO_LED,): Words("Rules", "%n more session(s) to co-lead"),
    (CO_LED, LED): Words("Rules", "%n more session(s) to lead or co-lead"),
}
MORE_ANY_SESSIONS = Words("Rules", "%n more session(s)")

# What changed the count, said after the line.
WITH_NOTE = Words("Rules", "{line}; {note}")
CAPPED = Words("Rules", "%n online session(s) counted as {minutes} minutes")
EXCLUDED = Words("Rules", "%n online session(s) over {minutes} minutes not counted")

# The in-person minimum.
IN_PERSON = {
    "sessions": Words("Rules", "{have} in person of the %n session(s) needed"),
    "double_sessions": Words("Rules", "{have} in person of the %n double session(s) needed"),
    "hours": Words("Rules", "{have} in person of the %n hour(s) needed"),
    "teaching_hours": Words("Rules", "{have} in person of the %n teaching hour(s) needed"),
}
MORE_IN_PERSON = {
    "sessions": Words("Rules", "%n more session(s) in person"),
    "double_sessions": Words("Rules", "%n more double session(s) in person"),
    "hours": Words("Rules", "%n more hour(s) in person"),
    "teaching_hours": Words("Rules", "%n more teaching hour(s) in person"),
}
NO_PLACE = Words("Rules", "%n session(s) with no place recorded, not counted as in person")

# The first and the last session in person.
NO_SESSIONS = Words("Rules", "no sessions yet")
BOTH_IN_PERSON = Words("Rules", "the first and last sessions were in person")
FIRST_ONLINE = Words("Rules", "the first session, {day}, was online")
FIRST_NO_PLACE = Words("Rules", "the first session, {day}, has no place recorded")
LAST_ONLINE = Words("Rules", "the last session, {day}, was online")
LAST_NO_PLACE = Words("Rules", "the last session, {day}, has no place recorded")
BOTH_WRONG = Words("Rules", "{first}; {last}")
FIRST_MUST = Words("Rules", "the first session must be in person")
LAST_MUST = Words("Rules", "the last session must be in person")
BOTH_MUST = Words("Rules", "the first and last sessions must be in person")

# The spread from the first session to the last.
SPREAD = Words("Rules", "{have} of %n month(s) from the first session to the last")
SESSION_FROM = Words("Rules", "a session on or after {day}")
SPREAD_OVER = Words("Rules", "sessions spread over %n month(s)")

# Led by a recognised leader.
RECOGNISED = Words("Rules", "%n session(s) led by a recognised leader")
UNRECOGNISED = Words("Rules", "%n left out: no recognition recorded for their leader")

# The leader log's entries, by kind and by what counts.
ENTRIES = {
    ("supervision", "entries"): Words("Rules", "{have} of %n supervision session(s)"),
    ("supervision", "hours"): Words("Rules", "{have} of %n hour(s) of supervision"),
    ("training", "entries"): Words("Rules", "{have} of %n training weekend(s) or intensive(s)"),
    ("training", "hours"): Words("Rules", "{have} of %n hour(s) of leadership training"),
    ("society_event", "entries"): Words("Rules", "{have} of %n Balint society event(s)"),
    ("society_event", "hours"): Words("Rules", "{have} of %n hour(s) at Balint society events"),
    ("other", "entries"): Words("Rules", "{have} of %n other log entr(y/ies)"),
    ("other", "hours"): Words("Rules", "{have} of %n hour(s) of other log entries"),
}
MORE_ENTRIES = {
    ("supervision", "entries"): Words("Rules", "%n more supervision session(s)"),
    ("supervision", "hours"): Words("Rules", "%n more hour(s) of supervision"),
    ("training", "entries"): Words("Rules", "%n more training weekend(s) or intensive(s)"),
    ("training", "hours"): Words("Rules", "%n more hour(s) of leadership training"),
    ("society_event", "entries"): Words("Rules", "%n more Balint society event(s)"),
    ("society_event", "hours"): Words("Rules", "%n more hour(s) at Balint society events"),
    ("other", "entries"): Words("Rules", "%n more other log entr(y/ies)"),
    ("other", "hours"): Words("Rules", "%n more hour(s) of other log entries"),
}

# Settings a caller gives.
NO_SUCH_SETTING = Words("Rules", "This rule has no setting “{key}”.")
SETTING_RANGE = Words("Rules", "“{key}” must be a whole number from {minimum} to {maximum}.")
