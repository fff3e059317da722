<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CancelMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>{0} will be marked as cancelled; the rota moves on to the next one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Optional, e.g. Bank holiday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeaderPicker</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Led by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Co-led by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>&amp;Led by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>C&amp;o-led by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No meetings are planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Set when the group meets under Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Restore meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancel meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Held and recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>In {0} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Not yet recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Ahead of the day, only apologies can be given. Click again to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person. Everything saves at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No one: the meeting is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: {0} presented.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded, without a presentation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Choose below who presented, then save the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Reserve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Nobody is eligible to present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>— nobody —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>(no theme)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Present {0} · Apologies {1} · Absent {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>The same person is chosen twice; choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: no case was presented.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingPanels</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>◀ Earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Later ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Cancel meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Run the meeting ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The phase timer and the room display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who is due to present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Ask “Who has a case?” first: a volunteer always goes ahead. The rota is the fallback, so nobody is forgotten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>After the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Edit themes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Save the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented the second case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The theme is optional and chosen from the group's list. Never record a patient's name, age or details here: BalintDesk keeps who came and who presented, not the case.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Choose the new day and time. Apologies already given stay with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>New date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Starting at</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThemesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>One theme per line. A theme is a neutral phrase about the kind of encounter, like “the angry patient” — never a patient's name, age or details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Save themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes, one per line</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
