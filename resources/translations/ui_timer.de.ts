<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>PhaseStrip</name>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>Phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{0}, {1} min planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>next, not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>not reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>to come</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>BalintDesk — room display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Close room display  (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Next: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Last phase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Meeting phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Use these phases for this group by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Guidance shown on the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Add phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Reset to the original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save as new…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>{0} minutes in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>New phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Saved as a new set of phases.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeDisplay</name>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Meeting ended</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimerPage</name>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>For the meeting on {0}. The phases' lengths are saved to it as they run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>No meeting is planned; the timer runs without saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The timer stops, and how long each phase took is kept with the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Keep going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{0} min planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>not reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>took {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>How the meeting went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resumed the meeting of {0} where it stopped. Press Space to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting first (End meeting).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>— (last phase)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Close room display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Open room display</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimerPanels</name>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Edit phases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen for the room display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Open room display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Elapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Ends at about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Record who presented…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>◀ Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>− 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>+ 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Restart phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>End meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Reset timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Phases:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen {0} ({1}×{2})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimerSettingsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Timer settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move on to the next phase by itself when time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source> minutes before the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>No warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>A shrinking circle, no numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits inside a shrinking circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Room display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Chime at a phase's end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Group frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Shown on the room display before the first phase, one line each. Leave it empty for the usual frame.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Silent</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
