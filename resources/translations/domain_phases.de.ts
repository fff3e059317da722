<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Phase templates</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Classic, one case</source>
            <translation>Klassisch, ein Fall</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Two cases</source>
            <translation>Zwei Fälle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Short / training</source>
            <translation>Kurz / Ausbildung</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Is there a patient who has stayed with you?</source>
            <translation>Gibt es einen Patienten, der Sie nicht loslässt?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Are there two patients who have stayed with you?</source>
            <translation>Gibt es zwei Patienten, die Sie nicht loslassen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter tells the story of the encounter, without notes.</source>
            <translation>Der/die Referent/in erzählt die Begegnung, ohne Notizen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Brief factual questions only.</source>
            <translation>Nur kurze Verständnisfragen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter sits back and listens; the group wonders about the patient and the doctor.</source>
            <translation>Der/die Referent/in lehnt sich zurück und hört zu; die Gruppe denkt über Patient und Arzt nach.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter rejoins: what struck them in what they heard?</source>
            <translation>Der/die Referent/in kommt zurück: Was hat sie/ihn am Gehörten berührt?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The leaders draw the threads together.</source>
            <translation>Die Leitung führt die Fäden zusammen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Who has a case?</source>
            <translation>Wer hat einen Fall?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Closing</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation</source>
            <translation>Fallvorstellung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions</source>
            <translation>Verständnisfragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — group discussion</source>
            <translation>Zurücklehnen — Gruppengespräch</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns</source>
            <translation>Referent/in kommt zurück</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 1</source>
            <translation>Fall 1: Vorstellung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 1</source>
            <translation>Fall 1: Fragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 1</source>
            <translation>Fall 1: Zurücklehnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 1</source>
            <translation>Fall 1: Rückkehr</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 2</source>
            <translation>Fall 2: Vorstellung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 2</source>
            <translation>Fall 2: Fragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 2</source>
            <translation>Fall 2: Zurücklehnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 2</source>
            <translation>Fall 2: Rückkehr</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give this phase a name.</source>
            <translation>Geben Sie der Phase einen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the phase name to at most {most} characters.</source>
            <translation>Kürzen Sie den Namen der Phase auf höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the phase name to one line.</source>
            <translation>Der Name der Phase passt in eine Zeile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the phase's length in whole minutes.</source>
            <translation>Geben Sie die Dauer in ganzen Minuten an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Make the phase between {least} and {most} minutes long (it is {minutes}).</source>
            <translation>Eine Phase dauert zwischen {least} und {most} Minuten (diese: {minutes}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The guidance must be text.</source>
            <translation>Der Hinweis muss Text sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the guidance to one line of at most {most} characters.</source>
            <translation>Kürzen Sie den Hinweis auf eine Zeile mit höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the guidance to one line.</source>
            <translation>Der Hinweis passt in eine Zeile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the template a name.</source>
            <translation>Geben Sie der Phasenfolge einen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the template name to at most {most} characters.</source>
            <translation>Kürzen Sie den Namen auf höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Add at least one phase.</source>
            <translation>Fügen Sie mindestens eine Phase hinzu.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>A template has at most {most} phases; remove {extra}.</source>
            <translation>Höchstens {most} Phasen; entfernen Sie {extra}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The phases add up to {total} minutes; shorten them to at most {most} minutes ({hours} hours) in all.</source>
            <translation>Die Phasen ergeben {total} Minuten; kürzen Sie sie auf insgesamt höchstens {most} Minuten ({hours} Stunden).</translation>
        </message>
    </context>
</TS>
