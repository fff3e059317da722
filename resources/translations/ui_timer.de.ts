<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Phase templates</name>
        <message>
            <location filename="../../balintdesk/ui/timer/words.py" />
            <source>{name} ({minutes} min)</source>
            <translation>{name} ({minutes} Min.)</translation>
        </message>
    </context>
    <context>
        <name>PhaseStrip</name>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{status}, {minutes} min planned</source>
            <translation>{status}, {minutes} Min. geplant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>next, not started</source>
            <translation>als Nächstes, nicht begonnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>not reached</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>to come</source>
            <translation>folgt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · not reached</source>
            <translation>{minutes} Min. · nicht erreicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · skipped</source>
            <translation>{minutes} Min. · übersprungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>BalintDesk — room display</source>
            <translation>BalintDesk — Raumanzeige</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Close room display  (Esc)</source>
            <translation>Raumanzeige schließen  (Esc)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Next: {phase}</source>
            <translation>Als Nächstes: {phase}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Last phase</source>
            <translation>Letzte Phase</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Meeting phases</source>
            <translation>Phasen der Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Use these phases for this group by default</source>
            <translation>Diese Phasen standardmäßig für diese Gruppe verwenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Guidance shown on the screen</source>
            <translation>Hinweis auf dem Bildschirm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Add phase</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Reset to the original</source>
            <translation>Auf das Original zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save as new…</source>
            <translation>Als neu speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases for</source>
            <translation>Phasen für</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>%n minute(s) in all</source>
            <translation>
                <numerusform>%n Minute insgesamt</numerusform>
                <numerusform>%n Minuten insgesamt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>New phase</source>
            <translation>Neue Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Saved as a new set of phases.</source>
            <translation>Als neue Phasenfolge gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>TimeDisplay</name>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Thank you</source>
            <translation>Vielen Dank</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Over time — move on when the group is ready</source>
            <translation>Zeit überschritten — weiter, wenn die Gruppe so weit ist</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>noch %n Minute</numerusform>
                <numerusform>noch %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Meeting ended</source>
            <translation>Sitzung beendet</translation>
        </message>
    </context>
    <context>
        <name>TimerKeys</name>
        <message>
            <location filename="../../balintdesk/ui/timer/keys.py" />
            <source>Space pause · → next · ← back · + / − a minute · F full screen · Esc close the room display</source>
            <translation>Leertaste Pause · → weiter · ← zurück · + / − eine Minute · F Vollbild · Esc Raumanzeige schließen</translation>
        </message>
    </context>
    <context>
        <name>TimerPage</name>
        <message>
            <location filename="../../balintdesk/ui/timer/offline.py" />
            <source>For the meeting on {day:long}. The phases' lengths are saved to it as they run.</source>
            <translation>Für die Sitzung am {day:long}. Die Dauer der Phasen wird laufend dort gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>No meeting is planned; the timer runs without saving.</source>
            <translation>Keine Sitzung geplant; der Timer läuft, ohne zu speichern.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting?</source>
            <translation>Sitzung beenden?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting now?</source>
            <translation>Die Sitzung jetzt beenden?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The timer stops, and how long each phase took is kept with the meeting.</source>
            <translation>Der Timer hält an; die Dauer jeder Phase wird bei der Sitzung gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End meeting</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{minutes} min planned</source>
            <translation>{minutes} Min. geplant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>not reached</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>took {time}</source>
            <translation>dauerte {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>How the meeting went</source>
            <translation>So verlief die Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resumed the meeting of {day:long} where it stopped. Press Space to go on.</source>
            <translation>Sitzung vom {day:long} an der unterbrochenen Stelle fortgesetzt. Weiter mit der Leertaste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting first (End meeting).</source>
            <translation>Beenden Sie zuerst die Sitzung (Sitzung beenden).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} over</source>
            <translation>{phase} — {time} überzogen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} left</source>
            <translation>{phase} — noch {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} ({minutes} min)</source>
            <translation>{phase} ({minutes} Min.)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>— (last phase)</source>
            <translation>— (letzte Phase)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Now: {phase}.</source>
            <translation>Jetzt: {phase}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: %n minute(s) left.</source>
            <translation>
                <numerusform>{phase}: noch %n Minute.</numerusform>
                <numerusform>{phase}: noch %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: time is up.</source>
            <translation>{phase}: Die Zeit ist um.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The meeting has ended.</source>
            <translation>Die Sitzung ist beendet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Close room display</source>
            <translation>Raumanzeige schließen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Open room display</source>
            <translation>Raumanzeige öffnen</translation>
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
            <translation>Phasen bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer settings…</source>
            <translation>Timer-Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen for the room display</source>
            <translation>Bildschirm für die Raumanzeige</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Open room display</source>
            <translation>Raumanzeige öffnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next</source>
            <translation>Danach</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Elapsed</source>
            <translation>Vergangen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Ends at about</source>
            <translation>Ende gegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Record who presented…</source>
            <translation>Erfassen, wer vorgestellt hat…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>How the time went…</source>
            <translation>Wie die Zeit verlief…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>◀ Back</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>− 1 min</source>
            <translation>− 1 Min.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>+ 1 min</source>
            <translation>+ 1 Min.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Restart phase</source>
            <translation>Phase neu starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>End meeting</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Reset timer</source>
            <translation>Timer zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Phases:</source>
            <translation>Phasen:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen {number} ({width}×{height})</source>
            <translation>Bildschirm {number} ({width}×{height})</translation>
        </message>
    </context>
    <context>
        <name>TimerSettingsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Timer settings</source>
            <translation>Timer-Einstellungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move on to the next phase by itself when time is up</source>
            <translation>Nach Ablauf der Zeit selbst zur nächsten Phase wechseln</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source> minutes before the end</source>
            <translation> Minuten vor dem Ende</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>No warning</source>
            <translation>Keine Vorwarnung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits</source>
            <translation>Ziffern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>A shrinking circle, no numbers</source>
            <translation>Ein schrumpfender Kreis, ohne Zahlen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits inside a shrinking circle</source>
            <translation>Ziffern in einem schrumpfenden Kreis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Warning</source>
            <translation>Vorwarnung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Room display</source>
            <translation>Raumanzeige</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Chime at a phase's end</source>
            <translation>Gong am Ende einer Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Group frame</source>
            <translation>Gruppenrahmen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Shown on the room display before the first phase, one line each. Leave it empty for the usual frame.</source>
            <translation>Wird vor der ersten Phase auf der Raumanzeige gezeigt, je eine Zeile. Leer lassen für den üblichen Rahmen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Silent</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
    </context>
</TS>
