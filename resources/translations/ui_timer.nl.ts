<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Phase templates</name>
        <message>
            <location filename="../../balintdesk/ui/timer/words.py" />
            <source>{name} ({minutes} min)</source>
            <translation>{name} ({minutes} min)</translation>
        </message>
    </context>
    <context>
        <name>PhaseStrip</name>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>Phases</source>
            <translation>Fasen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{status}, {minutes} min planned</source>
            <translation>{status}, {minutes} min gepland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>running</source>
            <translation>loopt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>paused</source>
            <translation>gepauzeerd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>next, not started</source>
            <translation>volgende, niet begonnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>not reached</source>
            <translation>niet bereikt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>skipped</source>
            <translation>overgeslagen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>done</source>
            <translation>klaar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>to come</source>
            <translation>komt nog</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · not reached</source>
            <translation>{minutes} min · niet bereikt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · skipped</source>
            <translation>{minutes} min · overgeslagen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>BalintDesk — room display</source>
            <translation>BalintDesk — zaalscherm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Close room display  (Esc)</source>
            <translation>Zaalscherm sluiten  (Esc)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Next: {phase}</source>
            <translation>Hierna: {phase}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Last phase</source>
            <translation>Laatste fase</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Meeting phases</source>
            <translation>Fasen van de bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Use these phases for this group by default</source>
            <translation>Deze fasen standaard voor deze groep gebruiken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases</source>
            <translation>Fasen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Guidance shown on the screen</source>
            <translation>Aanwijzing op het scherm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Add phase</source>
            <translation>Fase toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Reset to the original</source>
            <translation>Terugzetten naar het origineel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save as new…</source>
            <translation>Opslaan als nieuw…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases for</source>
            <translation>Fasen voor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>%n minute(s) in all</source>
            <translation>
                <numerusform>%n minuut in totaal</numerusform>
                <numerusform>%n minuten in totaal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>New phase</source>
            <translation>Nieuwe fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Saved as a new set of phases.</source>
            <translation>Opgeslagen als nieuwe reeks fasen.</translation>
        </message>
    </context>
    <context>
        <name>TimeDisplay</name>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Ready</source>
            <translation>Klaar om te beginnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Thank you</source>
            <translation>Dank u wel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Over time — move on when the group is ready</source>
            <translation>Tijd voorbij — ga verder als de groep zover is</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>nog %n minuut</numerusform>
                <numerusform>nog %n minuten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Meeting ended</source>
            <translation>Bijeenkomst afgelopen</translation>
        </message>
    </context>
    <context>
        <name>TimerKeys</name>
        <message>
            <location filename="../../balintdesk/ui/timer/keys.py" />
            <source>Space pause · → next · ← back · + / − a minute · F full screen · Esc close the room display</source>
            <translation>Spatie pauze · → volgende · ← terug · + / − een minuut · F volledig scherm · Esc zaalscherm sluiten</translation>
        </message>
    </context>
    <context>
        <name>TimerPage</name>
        <message>
            <location filename="../../balintdesk/ui/timer/offline.py" />
            <source>For the meeting on {day:long}. The phases' lengths are saved to it as they run.</source>
            <translation>Voor de bijeenkomst van {day:long}. De duur van de fasen wordt daarbij opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>No meeting is planned; the timer runs without saving.</source>
            <translation>Er is geen bijeenkomst gepland; de timer loopt zonder op te slaan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting?</source>
            <translation>Bijeenkomst beëindigen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting now?</source>
            <translation>De bijeenkomst nu beëindigen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The timer stops, and how long each phase took is kept with the meeting.</source>
            <translation>De timer stopt; de duur van elke fase wordt bij de bijeenkomst bewaard.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End meeting</source>
            <translation>Bijeenkomst beëindigen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Keep going</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{minutes} min planned</source>
            <translation>{minutes} min gepland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>not reached</source>
            <translation>niet bereikt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>skipped</source>
            <translation>overgeslagen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>took {time}</source>
            <translation>duurde {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>How the meeting went</source>
            <translation>Zo verliep de bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resumed the meeting of {day:long} where it stopped. Press Space to go on.</source>
            <translation>Bijeenkomst van {day:long} hervat waar ze stopte. Druk op de spatiebalk om verder te gaan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting first (End meeting).</source>
            <translation>Beëindig eerst de bijeenkomst (Bijeenkomst beëindigen).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} over</source>
            <translation>{phase} — {time} over tijd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} left</source>
            <translation>{phase} — nog {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Ended</source>
            <translation>Afgelopen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} ({minutes} min)</source>
            <translation>{phase} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>— (last phase)</source>
            <translation>— (laatste fase)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resume</source>
            <translation>Hervatten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Now: {phase}.</source>
            <translation>Nu: {phase}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: %n minute(s) left.</source>
            <translation>
                <numerusform>{phase}: nog %n minuut.</numerusform>
                <numerusform>{phase}: nog %n minuten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: time is up.</source>
            <translation>{phase}: de tijd is om.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The meeting has ended.</source>
            <translation>De bijeenkomst is afgelopen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Close room display</source>
            <translation>Zaalscherm sluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Open room display</source>
            <translation>Zaalscherm openen</translation>
        </message>
    </context>
    <context>
        <name>TimerPanels</name>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Edit phases…</source>
            <translation>Fasen bewerken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer settings…</source>
            <translation>Timerinstellingen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen for the room display</source>
            <translation>Scherm voor het zaalscherm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Open room display</source>
            <translation>Zaalscherm openen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next</source>
            <translation>Hierna</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Elapsed</source>
            <translation>Verstreken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Ends at about</source>
            <translation>Einde rond</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Record who presented…</source>
            <translation>Vastleggen wie inbracht…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>How the time went…</source>
            <translation>Hoe de tijd verliep…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>◀ Back</source>
            <translation>◀ Terug</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next ▶</source>
            <translation>Volgende ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>− 1 min</source>
            <translation>− 1 min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>+ 1 min</source>
            <translation>+ 1 min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Restart phase</source>
            <translation>Fase opnieuw starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>End meeting</source>
            <translation>Bijeenkomst beëindigen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Reset timer</source>
            <translation>Timer terugzetten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Phases:</source>
            <translation>Fasen:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen {number} ({width}×{height})</source>
            <translation>Scherm {number} ({width}×{height})</translation>
        </message>
    </context>
    <context>
        <name>TimerSettingsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Timer settings</source>
            <translation>Timerinstellingen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move on to the next phase by itself when time is up</source>
            <translation>Na afloop van de tijd vanzelf naar de volgende fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source> minutes before the end</source>
            <translation> minuten voor het einde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>No warning</source>
            <translation>Geen waarschuwing</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits</source>
            <translation>Cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>A shrinking circle, no numbers</source>
            <translation>Een krimpende cirkel, zonder cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits inside a shrinking circle</source>
            <translation>Cijfers in een krimpende cirkel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Play</source>
            <translation>Afspelen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Room display</source>
            <translation>Zaalscherm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Chime at a phase's end</source>
            <translation>Gong aan het einde van een fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Group frame</source>
            <translation>Groepskader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Shown on the room display before the first phase, one line each. Leave it empty for the usual frame.</source>
            <translation>Getoond op het zaalscherm vóór de eerste fase, één regel elk. Laat leeg voor het gebruikelijke kader.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Silent</source>
            <translation>Stil</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
    </context>
</TS>
