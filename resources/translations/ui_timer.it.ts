<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
            <translation>Fasi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{status}, {minutes} min planned</source>
            <translation>{status}, {minutes} min previsti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>running</source>
            <translation>in corso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>paused</source>
            <translation>in pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>next, not started</source>
            <translation>successiva, non iniziata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>not reached</source>
            <translation>non raggiunta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>skipped</source>
            <translation>saltata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>done</source>
            <translation>conclusa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>to come</source>
            <translation>da fare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · not reached</source>
            <translation>{minutes} min · non raggiunta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · skipped</source>
            <translation>{minutes} min · saltata</translation>
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
            <translation>BalintDesk — schermo della sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Close room display  (Esc)</source>
            <translation>Chiudi lo schermo della sala  (Esc)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Next: {phase}</source>
            <translation>Poi: {phase}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Last phase</source>
            <translation>Ultima fase</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Meeting phases</source>
            <translation>Fasi dell'incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Use these phases for this group by default</source>
            <translation>Usare queste fasi come predefinite per il gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases</source>
            <translation>Fasi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Minutes</source>
            <translation>Minuti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Guidance shown on the screen</source>
            <translation>Indicazione mostrata sullo schermo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Add phase</source>
            <translation>Aggiungi fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move up</source>
            <translation>Sposta su</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move down</source>
            <translation>Sposta giù</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Reset to the original</source>
            <translation>Ripristina l'originale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save as new…</source>
            <translation>Salva come nuovo…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases for</source>
            <translation>Fasi per</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>%n minute(s) in all</source>
            <translation>
                <numerusform>%n minuto in tutto</numerusform>
                <numerusform>%n minuti in tutto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>New phase</source>
            <translation>Nuova fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Saved as a new set of phases.</source>
            <translation>Salvato come nuova serie di fasi.</translation>
        </message>
    </context>
    <context>
        <name>TimeDisplay</name>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Thank you</source>
            <translation>Grazie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Over time — move on when the group is ready</source>
            <translation>Tempo scaduto — si prosegue quando il gruppo è pronto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minuto rimasto</numerusform>
                <numerusform>%n minuti rimasti</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Meeting ended</source>
            <translation>Incontro concluso</translation>
        </message>
    </context>
    <context>
        <name>TimerKeys</name>
        <message>
            <location filename="../../balintdesk/ui/timer/keys.py" />
            <source>Space pause · → next · ← back · + / − a minute · F full screen · Esc close the room display</source>
            <translation>Spazio pausa · → avanti · ← indietro · + / − un minuto · F schermo intero · Esc chiudi lo schermo</translation>
        </message>
    </context>
    <context>
        <name>TimerPage</name>
        <message>
            <location filename="../../balintdesk/ui/timer/offline.py" />
            <source>For the meeting on {day:long}. The phases' lengths are saved to it as they run.</source>
            <translation>Per l'incontro di {day:long}. La durata delle fasi viene salvata man mano.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>No meeting is planned; the timer runs without saving.</source>
            <translation>Nessun incontro in programma; il timer funziona senza salvare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting?</source>
            <translation>Concludere l'incontro?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting now?</source>
            <translation>Concludere ora l'incontro?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The timer stops, and how long each phase took is kept with the meeting.</source>
            <translation>Il timer si ferma; la durata di ogni fase resta registrata con l'incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End meeting</source>
            <translation>Concludi incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Keep going</source>
            <translation>Continua</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{minutes} min planned</source>
            <translation>{minutes} min previsti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>not reached</source>
            <translation>non raggiunta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>skipped</source>
            <translation>saltata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>took {time}</source>
            <translation>durata {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>How the meeting went</source>
            <translation>Com'è andato l'incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resumed the meeting of {day:long} where it stopped. Press Space to go on.</source>
            <translation>Incontro di {day:long} ripreso dal punto in cui si era fermato. Premere Spazio per continuare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting first (End meeting).</source>
            <translation>Prima concludere l'incontro (Concludi incontro).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} over</source>
            <translation>{phase} — {time} oltre il tempo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} left</source>
            <translation>{phase} — ancora {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Ended</source>
            <translation>Concluso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} ({minutes} min)</source>
            <translation>{phase} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>— (last phase)</source>
            <translation>— (ultima fase)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Now: {phase}.</source>
            <translation>Ora: {phase}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: %n minute(s) left.</source>
            <translation>
                <numerusform>{phase}: manca %n minuto.</numerusform>
                <numerusform>{phase}: mancano %n minuti.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: time is up.</source>
            <translation>{phase}: il tempo è scaduto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The meeting has ended.</source>
            <translation>L'incontro è concluso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Close room display</source>
            <translation>Chiudi schermo della sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Open room display</source>
            <translation>Apri schermo della sala</translation>
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
            <translation>Modifica fasi…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer settings…</source>
            <translation>Impostazioni del timer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen for the room display</source>
            <translation>Schermo per la sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Open room display</source>
            <translation>Apri schermo della sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Now</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next</source>
            <translation>Poi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Elapsed</source>
            <translation>Trascorso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Ends at about</source>
            <translation>Fine verso le</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Record who presented…</source>
            <translation>Registra chi ha presentato…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>How the time went…</source>
            <translation>Come è andato il tempo…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>◀ Back</source>
            <translation>◀ Indietro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next ▶</source>
            <translation>Avanti ▶</translation>
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
            <translation>Ricomincia fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>End meeting</source>
            <translation>Concludi incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Reset timer</source>
            <translation>Azzera timer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Phases:</source>
            <translation>Fasi:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen {number} ({width}×{height})</source>
            <translation>Schermo {number} ({width}×{height})</translation>
        </message>
    </context>
    <context>
        <name>TimerSettingsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Timer settings</source>
            <translation>Impostazioni del timer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move on to the next phase by itself when time is up</source>
            <translation>Passare da solo alla fase successiva allo scadere del tempo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source> minutes before the end</source>
            <translation> minuti prima della fine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>No warning</source>
            <translation>Nessun avviso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits</source>
            <translation>Cifre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>A shrinking circle, no numbers</source>
            <translation>Un cerchio che si riduce, senza numeri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits inside a shrinking circle</source>
            <translation>Cifre dentro un cerchio che si riduce</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Play</source>
            <translation>Ascolta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Room display</source>
            <translation>Schermo della sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Chime at a phase's end</source>
            <translation>Suono a fine fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Group frame</source>
            <translation>Cornice del gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Shown on the room display before the first phase, one line each. Leave it empty for the usual frame.</source>
            <translation>Mostrata sullo schermo della sala prima della prima fase, una riga ciascuna. Lasciare vuoto per la cornice abituale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Silent</source>
            <translation>Muto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
    </context>
</TS>
