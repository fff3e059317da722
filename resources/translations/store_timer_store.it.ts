<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Ciò che si dice qui resta qui · Nessun consiglio, nessun giudizio · Chi presenta il caso si metterà in ascolto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can be at most {most} characters long so it can be read from the back of the room; it has {characters}.</source>
            <translation>La cornice del gruppo può avere al massimo {most} caratteri, per essere letta dal fondo della sala; ne ha {characters}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can have at most {most} lines; it has {lines}.</source>
            <translation>La cornice del gruppo può avere al massimo {most} righe; ne ha {lines}.</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>Il gruppo ha già delle fasi chiamate «{name}»; scegliere un altro nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>A built-in template cannot be deleted; reset it to undo your changes.</source>
            <translation>Le fasi fornite non si possono eliminare; ripristinare l'originale per annullare le modifiche.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>That template no longer exists; choose another.</source>
            <translation>Questa serie di fasi non esiste più; sceglierne un'altra.</translation>
        </message>
    </context>
    <context>
        <name>Timer settings</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The warning can come at most 10 minutes (600 seconds) before a phase ends; 0 means no warning.</source>
            <translation>L'avviso arriva al massimo 10 minuti (600 secondi) prima della fine di una fase; 0 significa nessun avviso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The room display shows the digits, the arc, or both.</source>
            <translation>Lo schermo della sala mostra le cifre, il cerchio o entrambi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The chime volume goes from 0 (silent) to 100.</source>
            <translation>Il volume del suono va da 0 (muto) a 100.</translation>
        </message>
    </context>
</TS>
