<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Ce qui se dit ici reste ici · Ni conseil, ni jugement · Le présentateur se mettra en retrait et écoutera</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>Le groupe a déjà des phases nommées « {name} » ; choisissez un autre nom.</translation>
        </message>
    </context>
</TS>
