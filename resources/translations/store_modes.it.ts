<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has only digits; “{text}” has other characters.</source>
            <translation>Il numero dell’evento (VNR) contiene solo cifre; «{text}» contiene altri caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has {digits} digits; this one has {given}.</source>
            <translation>Il numero dell’evento (VNR) ha {digits} cifre; questo ne ha {given}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The group's settings were changed on another computer in the meantime, so yours were not saved. The page now shows the current settings.</source>
            <translation>Nel frattempo le impostazioni del gruppo sono state modificate su un altro computer, quindi queste non sono state salvate. La pagina ora mostra le impostazioni attuali.</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{mode}” is not a way of meeting; write in-person, online or hybrid.</source>
            <translation>«{mode}» non è una modalità d’incontro; scrivere in-person, online o hybrid.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{where}” is not where a member was; write in-person or online.</source>
            <translation>«{where}» non è una modalità di partecipazione; scrivere in-person o online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>How this meeting is held was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Nel frattempo la modalità di questo incontro è stata modificata su un altro computer, quindi la modifica non è stata salvata. La pagina ora mostra quanto registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Only in a hybrid meeting is it recorded where each member was; change the meeting to hybrid first.</source>
            <translation>Solo negli incontri ibridi si registra dove si trovava ciascun membro; impostare prima l’incontro come ibrido.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Nel frattempo {name} è stato registrato su un altro computer, quindi la modifica non è stata salvata. La pagina ora mostra quanto registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Mark the member present first, then say where they were.</source>
            <translation>Segnare prima il membro come presente, poi indicare dove si trovava.</translation>
        </message>
    </context>
</TS>
