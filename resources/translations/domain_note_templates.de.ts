<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>NoteTemplate</name>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Balint reflection</source>
            <translation>Balint-Reflexion</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What stayed with me?</source>
            <translation>Was ist mir geblieben?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this patient?</source>
            <translation>Wie mag es sein, diese Patientin / dieser Patient zu sein?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this doctor?</source>
            <translation>Wie mag es sein, diese Ärztin / dieser Arzt zu sein?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What happened between us?</source>
            <translation>Was ist zwischen uns geschehen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I notice in myself?</source>
            <translation>Was habe ich an mir selbst bemerkt?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I keep in mind?</source>
            <translation>Was nehme ich mit?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Gibbs' reflective cycle</source>
            <translation>Reflexionszyklus nach Gibbs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Description — what happened?</source>
            <translation>Beschreibung – was ist passiert?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Feelings — what was I thinking and feeling?</source>
            <translation>Gefühle – was habe ich gedacht und gefühlt?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Evaluation — what was good and bad about it?</source>
            <translation>Bewertung – was war gut, was schlecht daran?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Analysis — what sense can I make of it?</source>
            <translation>Analyse – wie kann ich es verstehen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Conclusion — what else could I have done?</source>
            <translation>Schlussfolgerung – was hätte ich noch tun können?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Action plan — if it arose again, what would I do?</source>
            <translation>Handlungsplan – was würde ich tun, wenn es wieder vorkäme?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What? So what? Now what?</source>
            <translation>Was? Na und? Was nun?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What?</source>
            <translation>Was?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>So what?</source>
            <translation>Na und?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Now what?</source>
            <translation>Was nun?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Short appraisal reflection</source>
            <translation>Kurze Reflexion für die Beurteilung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What was the learning or event?</source>
            <translation>Worum ging es – welche Lernerfahrung, welches Ereignis?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I learn, and how has it changed my practice?</source>
            <translation>Was habe ich gelernt, und wie hat es meine Praxis verändert?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I do next?</source>
            <translation>Was werde ich als Nächstes tun?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Blank page</source>
            <translation>Leere Seite</translation>
        </message>
    </context>
</TS>
