<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Phase templates</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Classic, one case</source>
            <translation>Klassiek, één casus</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Two cases</source>
            <translation>Twee casussen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Short / training</source>
            <translation>Kort / opleiding</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Is there a patient who has stayed with you?</source>
            <translation>Is er een patiënt die u is bijgebleven?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Are there two patients who have stayed with you?</source>
            <translation>Zijn er twee patiënten die u zijn bijgebleven?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter tells the story of the encounter, without notes.</source>
            <translation>De inbrenger vertelt het verhaal van de ontmoeting, zonder aantekeningen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Brief factual questions only.</source>
            <translation>Alleen korte feitelijke vragen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter sits back and listens; the group wonders about the patient and the doctor.</source>
            <translation>De inbrenger trekt zich terug en luistert mee; de groep denkt na over de patiënt en de arts.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter rejoins: what struck them in what they heard?</source>
            <translation>Slotronde: wat trof de inbrenger in wat er gezegd is?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The leaders draw the threads together.</source>
            <translation>De begeleiders brengen de draden samen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Who has a case?</source>
            <translation>Wie heeft een casus?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Closing</source>
            <translation>Afsluiting</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation</source>
            <translation>Casusinbreng</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions</source>
            <translation>Verhelderende vragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — group discussion</source>
            <translation>Luisteren — groepsbespreking</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns</source>
            <translation>Slotronde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 1</source>
            <translation>Casus 1: inbreng</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 1</source>
            <translation>Casus 1: vragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 1</source>
            <translation>Casus 1: luisteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 1</source>
            <translation>Casus 1: slotronde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 2</source>
            <translation>Casus 2: inbreng</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 2</source>
            <translation>Casus 2: vragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 2</source>
            <translation>Casus 2: luisteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 2</source>
            <translation>Casus 2: slotronde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give this phase a name.</source>
            <translation>Geef deze fase een naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the phase name to at most {most} characters.</source>
            <translation>Kort de naam van de fase in tot hoogstens {most} tekens.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the phase name to one line.</source>
            <translation>Houd de naam van de fase op één regel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the phase's length in whole minutes.</source>
            <translation>Geef de duur in hele minuten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Make the phase between {least} and {most} minutes long (it is {minutes}).</source>
            <translation>Een fase duurt tussen {least} en {most} minuten (deze: {minutes}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The guidance must be text.</source>
            <translation>De aanwijzing moet tekst zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the guidance to one line of at most {most} characters.</source>
            <translation>Kort de aanwijzing in tot één regel van hoogstens {most} tekens.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the guidance to one line.</source>
            <translation>Houd de aanwijzing op één regel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the template a name.</source>
            <translation>Geef deze reeks fasen een naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the template name to at most {most} characters.</source>
            <translation>Kort de naam in tot hoogstens {most} tekens.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Add at least one phase.</source>
            <translation>Voeg ten minste één fase toe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>A template has at most {most} phases; remove {extra}.</source>
            <translation>Hoogstens {most} fasen; verwijder er {extra}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The phases add up to {total} minutes; shorten them to at most {most} minutes ({hours} hours) in all.</source>
            <translation>De fasen duren samen {total} minuten; kort ze in tot hoogstens {most} minuten ({hours} uur) in totaal.</translation>
        </message>
    </context>
</TS>
