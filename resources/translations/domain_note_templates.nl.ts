<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>NoteTemplate</name>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Balint reflection</source>
            <translation>Balintreflectie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What stayed with me?</source>
            <translation>Wat is me bijgebleven?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this patient?</source>
            <translation>Hoe zou het zijn om deze patiënt te zijn?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this doctor?</source>
            <translation>Hoe zou het zijn om deze arts te zijn?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What happened between us?</source>
            <translation>Wat gebeurde er tussen ons?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I notice in myself?</source>
            <translation>Wat merkte ik bij mezelf op?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I keep in mind?</source>
            <translation>Wat neem ik mee?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Gibbs' reflective cycle</source>
            <translation>Reflectiecyclus van Gibbs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Description — what happened?</source>
            <translation>Beschrijving — wat gebeurde er?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Feelings — what was I thinking and feeling?</source>
            <translation>Gevoelens — wat dacht en voelde ik?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Evaluation — what was good and bad about it?</source>
            <translation>Evaluatie — wat was er goed en slecht aan?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Analysis — what sense can I make of it?</source>
            <translation>Analyse — hoe kan ik het begrijpen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Conclusion — what else could I have done?</source>
            <translation>Conclusie — wat had ik nog meer kunnen doen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Action plan — if it arose again, what would I do?</source>
            <translation>Actieplan — wat zou ik doen als het weer gebeurde?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What? So what? Now what?</source>
            <translation>Wat? En dan? Wat nu?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What?</source>
            <translation>Wat?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>So what?</source>
            <translation>En dan?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Now what?</source>
            <translation>Wat nu?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Short appraisal reflection</source>
            <translation>Korte reflectie voor de beoordeling</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What was the learning or event?</source>
            <translation>Wat was de leerervaring of gebeurtenis?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I learn, and how has it changed my practice?</source>
            <translation>Wat heb ik geleerd, en hoe heeft het mijn praktijk veranderd?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I do next?</source>
            <translation>Wat ga ik hierna doen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Blank page</source>
            <translation>Lege pagina</translation>
        </message>
    </context>
</TS>
