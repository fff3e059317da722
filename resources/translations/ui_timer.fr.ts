<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
            <translation>Phases</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{status}, {minutes} min planned</source>
            <translation>{status}, {minutes} min prévues</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>next, not started</source>
            <translation>suivante, pas commencée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>not reached</source>
            <translation>non atteinte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>skipped</source>
            <translation>sautée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>done</source>
            <translation>terminée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>to come</source>
            <translation>à venir</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · not reached</source>
            <translation>{minutes} min · non atteinte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/strip.py" />
            <source>{minutes} min · skipped</source>
            <translation>{minutes} min · sautée</translation>
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
            <translation>BalintDesk — affichage de salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Close room display  (Esc)</source>
            <translation>Fermer l'affichage de salle  (Échap)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Next: {phase}</source>
            <translation>Ensuite : {phase}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/projector.py" />
            <source>Last phase</source>
            <translation>Dernière phase</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Meeting phases</source>
            <translation>Phases de la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Use these phases for this group by default</source>
            <translation>Utiliser ces phases par défaut pour ce groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Guidance shown on the screen</source>
            <translation>Consigne affichée à l'écran</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Add phase</source>
            <translation>Ajouter une phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Reset to the original</source>
            <translation>Revenir à l'original</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save as new…</source>
            <translation>Enregistrer comme nouveau…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Phases for</source>
            <translation>Phases pour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>%n minute(s) in all</source>
            <translation>
                <numerusform>%n minute au total</numerusform>
                <numerusform>%n minutes au total</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>New phase</source>
            <translation>Nouvelle phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Saved as a new set of phases.</source>
            <translation>Enregistré comme nouvel ensemble de phases.</translation>
        </message>
    </context>
    <context>
        <name>TimeDisplay</name>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Thank you</source>
            <translation>Merci</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Over time — move on when the group is ready</source>
            <translation>Temps dépassé — passez à la suite quand le groupe est prêt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute restante</numerusform>
                <numerusform>%n minutes restantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>Meeting ended</source>
            <translation>Séance terminée</translation>
        </message>
    </context>
    <context>
        <name>TimerKeys</name>
        <message>
            <location filename="../../balintdesk/ui/timer/keys.py" />
            <source>Space pause · → next · ← back · + / − a minute · F full screen · Esc close the room display</source>
            <translation>Espace pause · → suivant · ← retour · + / − une minute · F plein écran · Échap fermer l'affichage</translation>
        </message>
    </context>
    <context>
        <name>TimerPage</name>
        <message>
            <location filename="../../balintdesk/ui/timer/offline.py" />
            <source>For the meeting on {day:long}. The phases' lengths are saved to it as they run.</source>
            <translation>Pour la séance du {day:long}. La durée des phases y est enregistrée au fur et à mesure.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>No meeting is planned; the timer runs without saving.</source>
            <translation>Aucune séance prévue ; le minuteur tourne sans rien enregistrer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting?</source>
            <translation>Terminer la séance ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting now?</source>
            <translation>Terminer la séance maintenant ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The timer stops, and how long each phase took is kept with the meeting.</source>
            <translation>Le minuteur s'arrête ; la durée de chaque phase est conservée avec la séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End meeting</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Keep going</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{minutes} min planned</source>
            <translation>{minutes} min prévues</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>not reached</source>
            <translation>non atteinte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>skipped</source>
            <translation>sautée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>took {time}</source>
            <translation>a duré {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>How the meeting went</source>
            <translation>Déroulement de la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resumed the meeting of {day:long} where it stopped. Press Space to go on.</source>
            <translation>Séance du {day:long} reprise là où elle s'était arrêtée. Appuyez sur Espace pour continuer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>End the meeting first (End meeting).</source>
            <translation>Terminez d'abord la séance (Terminer la séance).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} over</source>
            <translation>{phase} — {time} de dépassement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} — {time} left</source>
            <translation>{phase} — encore {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Ended</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase} ({minutes} min)</source>
            <translation>{phase} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>— (last phase)</source>
            <translation>— (dernière phase)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Now: {phase}.</source>
            <translation>Maintenant : {phase}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: %n minute(s) left.</source>
            <translation>
                <numerusform>{phase} : %n minute restante.</numerusform>
                <numerusform>{phase} : %n minutes restantes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: time is up.</source>
            <translation>{phase} : le temps est écoulé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>The meeting has ended.</source>
            <translation>La séance est terminée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Close room display</source>
            <translation>Fermer l'affichage de salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>Open room display</source>
            <translation>Ouvrir l'affichage de salle</translation>
        </message>
    </context>
    <context>
        <name>TimerPanels</name>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer</source>
            <translation>Minuteur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Edit phases…</source>
            <translation>Modifier les phases…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Timer settings…</source>
            <translation>Paramètres du minuteur…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen for the room display</source>
            <translation>Écran pour l'affichage de salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Open room display</source>
            <translation>Ouvrir l'affichage de salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next</source>
            <translation>Ensuite</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Elapsed</source>
            <translation>Écoulé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Ends at about</source>
            <translation>Fin vers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Record who presented…</source>
            <translation>Noter qui a présenté…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>How the time went…</source>
            <translation>Déroulement du temps…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>◀ Back</source>
            <translation>◀ Retour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Next ▶</source>
            <translation>Suivant ▶</translation>
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
            <translation>Recommencer la phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>End meeting</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Reset timer</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Phases:</source>
            <translation>Phases :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/panels.py" />
            <source>Screen {number} ({width}×{height})</source>
            <translation>Écran {number} ({width}×{height})</translation>
        </message>
    </context>
    <context>
        <name>TimerSettingsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Timer settings</source>
            <translation>Paramètres du minuteur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Move on to the next phase by itself when time is up</source>
            <translation>Passer seul à la phase suivante quand le temps est écoulé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source> minutes before the end</source>
            <translation> minutes avant la fin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>No warning</source>
            <translation>Pas d'avertissement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>A shrinking circle, no numbers</source>
            <translation>Un cercle qui diminue, sans chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Digits inside a shrinking circle</source>
            <translation>Chiffres dans un cercle qui diminue</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Play</source>
            <translation>Écouter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Room display</source>
            <translation>Affichage de salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Chime at a phase's end</source>
            <translation>Carillon en fin de phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Group frame</source>
            <translation>Cadre du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Shown on the room display before the first phase, one line each. Leave it empty for the usual frame.</source>
            <translation>Affiché avant la première phase, une ligne chacun. Laissez vide pour le cadre habituel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>Silent</source>
            <translation>Muet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
    </context>
</TS>
