<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Phase templates</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Classic, one case</source>
            <translation>Classique, un cas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Two cases</source>
            <translation>Deux cas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Short / training</source>
            <translation>Court / formation</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Is there a patient who has stayed with you?</source>
            <translation>Y a-t-il un patient qui vous est resté en tête ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Are there two patients who have stayed with you?</source>
            <translation>Y a-t-il deux patients qui vous sont restés en tête ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter tells the story of the encounter, without notes.</source>
            <translation>Le présentateur raconte la rencontre, sans notes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Brief factual questions only.</source>
            <translation>Uniquement de brèves questions factuelles.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter sits back and listens; the group wonders about the patient and the doctor.</source>
            <translation>Le présentateur se met en retrait et écoute ; le groupe s'interroge sur le patient et le médecin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter rejoins: what struck them in what they heard?</source>
            <translation>Le présentateur revient : qu'est-ce qui l'a frappé dans ce qu'il a entendu ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The leaders draw the threads together.</source>
            <translation>Les leaders rassemblent les fils.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Who has a case?</source>
            <translation>Qui a un cas ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Closing</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation</source>
            <translation>Présentation du cas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions</source>
            <translation>Questions de clarification</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — group discussion</source>
            <translation>Retrait — travail du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns</source>
            <translation>Retour du présentateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 1</source>
            <translation>Présentation du cas — cas 1</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 1</source>
            <translation>Questions de clarification — cas 1</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 1</source>
            <translation>Retrait — cas 1</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 1</source>
            <translation>Retour du présentateur — cas 1</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 2</source>
            <translation>Présentation du cas — cas 2</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 2</source>
            <translation>Questions de clarification — cas 2</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 2</source>
            <translation>Retrait — cas 2</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 2</source>
            <translation>Retour du présentateur — cas 2</translation>
        </message>
    </context>
</TS>
