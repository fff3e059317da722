<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Ciò che si dice qui resta qui · Nessun consiglio, nessun giudizio · Il presentatore si metterà in ascolto, in disparte</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>Il gruppo ha già delle fasi chiamate «{name}»; scegliere un altro nome.</translation>
        </message>
    </context>
</TS>
