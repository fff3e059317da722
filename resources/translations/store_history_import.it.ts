<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk ({why}); restore it first or remove the rows for that date.</source>
            <translation>L'incontro del {day:numeric} è annullato in BalintDesk ({why}); ripristinarlo prima o togliere le righe di quella data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk; restore it first or remove the rows for that date.</source>
            <translation>L'incontro del {day:numeric} è annullato in BalintDesk; ripristinarlo prima o togliere le righe di quella data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in the break “{name}”; remove the rows for it or change the break first.</source>
            <translation>Il {day:numeric} cade nella pausa «{name}»; togliere le sue righe o modificare prima la pausa.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in a break; remove the rows for it or change the break first.</source>
            <translation>Il {day:numeric} cade in una pausa; togliere le sue righe o modificare prima la pausa.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting of {day:numeric} was moved to {moved:numeric}; give that date instead.</source>
            <translation>L'incontro del {day:numeric} è stato spostato al {moved:numeric}; indicare quella data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group has no meeting on {day:numeric} ({pattern}); check the date.</source>
            <translation>Il gruppo non ha un incontro il {day:numeric} ({pattern}); controllare la data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>“{name}” is not a member of {group}; add them to the roster first (names match whatever their capitals or spacing).</source>
            <translation>«{name}» non è membro di {group}; aggiungerlo prima all'elenco dei membri (i nomi corrispondono a prescindere da maiuscole e spazi).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is still to come, so only apologies can be recorded for it, not “{status}”.</source>
            <translation>Il {day:numeric} deve ancora venire, quindi si possono registrare solo giustificazioni, non «{status}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is over two years ahead; check the year.</source>
            <translation>Il {day:numeric} è oltre due anni nel futuro; controllare l'anno.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{count} people would have presented on {day:numeric}; at most {most} can.</source>
            <translation>Il {day:numeric} avrebbero presentato {count} persone; al massimo {most} possono.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group's meetings changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>Gli incontri del gruppo sono cambiati dal controllo del file; non è stato importato nulla. Controllare di nuovo il file.</translation>
        </message>
    </context>
</TS>
