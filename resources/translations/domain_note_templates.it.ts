<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>NoteTemplate</name>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Balint reflection</source>
            <translation>Riflessione Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What stayed with me?</source>
            <translation>Che cosa mi è rimasto?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this patient?</source>
            <translation>Come potrebbe essere trovarsi nei panni di questo paziente?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this doctor?</source>
            <translation>Come potrebbe essere trovarsi nei panni di questo medico?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What happened between us?</source>
            <translation>Che cosa è successo tra noi?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I notice in myself?</source>
            <translation>Che cosa ho notato in me stesso?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I keep in mind?</source>
            <translation>Che cosa terrò a mente?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Gibbs' reflective cycle</source>
            <translation>Ciclo riflessivo di Gibbs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Description — what happened?</source>
            <translation>Descrizione — che cosa è successo?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Feelings — what was I thinking and feeling?</source>
            <translation>Sentimenti — che cosa pensavo e provavo?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Evaluation — what was good and bad about it?</source>
            <translation>Valutazione — che cosa è andato bene e che cosa male?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Analysis — what sense can I make of it?</source>
            <translation>Analisi — che senso posso darle?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Conclusion — what else could I have done?</source>
            <translation>Conclusione — che cos'altro avrei potuto fare?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Action plan — if it arose again, what would I do?</source>
            <translation>Piano d'azione — se si ripresentasse, che cosa farei?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What? So what? Now what?</source>
            <translation>Che cosa? E allora? E adesso?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What?</source>
            <translation>Che cosa?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>So what?</source>
            <translation>E allora?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Now what?</source>
            <translation>E adesso?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Short appraisal reflection</source>
            <translation>Breve riflessione per la valutazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What was the learning or event?</source>
            <translation>Qual è stato l'apprendimento o l'evento?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I learn, and how has it changed my practice?</source>
            <translation>Che cosa ho imparato e come ha cambiato la mia pratica?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I do next?</source>
            <translation>Che cosa farò adesso?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Blank page</source>
            <translation>Pagina vuota</translation>
        </message>
    </context>
</TS>
