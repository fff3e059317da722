<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>NoteTemplate</name>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Balint reflection</source>
            <translation>Réflexion Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What stayed with me?</source>
            <translation>Qu'est-ce qui m'est resté ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this patient?</source>
            <translation>Qu'est-ce que cela peut faire d'être ce patient ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What might it be like to be this doctor?</source>
            <translation>Qu'est-ce que cela peut faire d'être ce médecin ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What happened between us?</source>
            <translation>Que s'est-il passé entre nous ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I notice in myself?</source>
            <translation>Qu'ai-je remarqué en moi ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I keep in mind?</source>
            <translation>Que vais-je garder en tête ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Gibbs' reflective cycle</source>
            <translation>Cycle réflexif de Gibbs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Description — what happened?</source>
            <translation>Description — que s'est-il passé ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Feelings — what was I thinking and feeling?</source>
            <translation>Ressentis — que pensais-je et que ressentais-je ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Evaluation — what was good and bad about it?</source>
            <translation>Évaluation — qu'y a-t-il eu de bon et de mauvais ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Analysis — what sense can I make of it?</source>
            <translation>Analyse — quel sens puis-je y donner ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Conclusion — what else could I have done?</source>
            <translation>Conclusion — qu'aurais-je pu faire d'autre ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Action plan — if it arose again, what would I do?</source>
            <translation>Plan d'action — si cela se reproduisait, que ferais-je ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What? So what? Now what?</source>
            <translation>Quoi ? Et alors ? Et maintenant ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What?</source>
            <translation>Quoi ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>So what?</source>
            <translation>Et alors ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Now what?</source>
            <translation>Et maintenant ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Short appraisal reflection</source>
            <translation>Courte réflexion pour l'évaluation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What was the learning or event?</source>
            <translation>Quel était l'apprentissage ou l'événement ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What did I learn, and how has it changed my practice?</source>
            <translation>Qu'ai-je appris, et comment cela a-t-il changé ma pratique ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>What will I do next?</source>
            <translation>Que vais-je faire ensuite ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/note_templates.py" />
            <source>Blank page</source>
            <translation>Page blanche</translation>
        </message>
    </context>
</TS>
