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
            <translation>Le rapporteur raconte la rencontre, sans notes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Brief factual questions only.</source>
            <translation>Uniquement de brèves questions factuelles.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter sits back and listens; the group wonders about the patient and the doctor.</source>
            <translation>Le rapporteur se met en retrait et écoute ; le groupe s'interroge sur le patient et le médecin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter rejoins: what struck them in what they heard?</source>
            <translation>Le rapporteur reprend la parole : qu'est-ce qui l'a frappé dans ce qu'il a entendu ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The leaders draw the threads together.</source>
            <translation>Les leaders font la synthèse.</translation>
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
            <translation>Retrait — échanges du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns</source>
            <translation>Retour du rapporteur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 1</source>
            <translation>Cas 1 : présentation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 1</source>
            <translation>Cas 1 : questions</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 1</source>
            <translation>Cas 1 : retrait</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 1</source>
            <translation>Cas 1 : retour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 2</source>
            <translation>Cas 2 : présentation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 2</source>
            <translation>Cas 2 : questions</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 2</source>
            <translation>Cas 2 : retrait</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 2</source>
            <translation>Cas 2 : retour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give this phase a name.</source>
            <translation>Donnez un nom à cette phase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the phase name to at most {most} characters.</source>
            <translation>Raccourcissez le nom de la phase à {most} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the phase name to one line.</source>
            <translation>Le nom de la phase tient sur une ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the phase's length in whole minutes.</source>
            <translation>Indiquez la durée en minutes entières.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Make the phase between {least} and {most} minutes long (it is {minutes}).</source>
            <translation>Une phase dure entre {least} et {most} minutes (celle-ci : {minutes}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The guidance must be text.</source>
            <translation>La consigne doit être du texte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the guidance to one line of at most {most} characters.</source>
            <translation>Raccourcissez la consigne à une ligne de {most} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the guidance to one line.</source>
            <translation>La consigne tient sur une ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the template a name.</source>
            <translation>Donnez un nom à cet ensemble de phases.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the template name to at most {most} characters.</source>
            <translation>Raccourcissez le nom à {most} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Add at least one phase.</source>
            <translation>Ajoutez au moins une phase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>A template has at most {most} phases; remove {extra}.</source>
            <translation>{most} phases au plus ; retirez-en {extra}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The phases add up to {total} minutes; shorten them to at most {most} minutes ({hours} hours) in all.</source>
            <translation>Les phases font {total} minutes ; raccourcissez-les à {most} minutes ({hours} heures) au plus en tout.</translation>
        </message>
    </context>
</TS>
