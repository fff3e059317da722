<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Names</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>{text}… ({length} characters)</source>
            <translation>{text}… ({length} caratteri)</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>“{name}” looks garbled, as happens when a spreadsheet opens a file in the wrong encoding (UTF-8 read as {encoding}). It is probably “{right}”; please correct it.</source>
            <translation>«{name}» sembra alterato, come accade quando un foglio di calcolo apre un file con la codifica sbagliata (UTF-8 letto come {encoding}). Probabilmente è «{right}»; correggerlo.</translation>
        </message>
    </context>
</TS>
