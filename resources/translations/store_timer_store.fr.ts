<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Ce qui se dit ici reste ici · Ni conseil, ni jugement · Le rapporteur se mettra en retrait et écoutera</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can be at most {most} characters long so it can be read from the back of the room; it has {characters}.</source>
            <translation>Le cadre du groupe peut compter {most} caractères au plus, pour être lu du fond de la salle ; il en a {characters}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can have at most {most} lines; it has {lines}.</source>
            <translation>Le cadre du groupe peut avoir {most} lignes au plus ; il en a {lines}.</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>Le groupe a déjà des phases nommées « {name} » ; choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>A built-in template cannot be deleted; reset it to undo your changes.</source>
            <translation>Des phases fournies ne peuvent pas être supprimées ; revenez à l'original pour annuler vos modifications.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>That template no longer exists; choose another.</source>
            <translation>Cet ensemble de phases n'existe plus ; choisissez-en un autre.</translation>
        </message>
    </context>
    <context>
        <name>Timer settings</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The warning can come at most 10 minutes (600 seconds) before a phase ends; 0 means no warning.</source>
            <translation>L'avertissement vient au plus 10 minutes (600 secondes) avant la fin d'une phase ; 0 signifie aucun avertissement.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The room display shows the digits, the arc, or both.</source>
            <translation>L'affichage de salle montre les chiffres, le cercle, ou les deux.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The chime volume goes from 0 (silent) to 100.</source>
            <translation>Le volume du carillon va de 0 (muet) à 100.</translation>
        </message>
    </context>
</TS>
