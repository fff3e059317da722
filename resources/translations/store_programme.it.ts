<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Programme</name>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>Only a programme administrator can see the programme view: it shows every group. Your login is for your own groups.</source>
            <translation>Solo l'amministrazione del programma può vedere la vista del programma: mostra tutti i gruppi. Il proprio accesso vale per i propri gruppi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>Il periodo termina il {end}, prima di iniziare il {start}.</translation>
        </message>
    </context>
</TS>
