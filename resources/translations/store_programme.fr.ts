<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Programme</name>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>Only a programme administrator can see the programme view: it shows every group. Your login is for your own groups.</source>
            <translation>Seule l'administration du programme peut voir la vue du programme : elle montre tous les groupes. Votre identifiant donne accès à vos propres groupes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>La période se termine le {end}, avant de commencer le {start}.</translation>
        </message>
    </context>
</TS>
