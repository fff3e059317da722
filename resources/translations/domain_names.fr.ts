<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Names</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>{text}… ({length} characters)</source>
            <translation>{text}… ({length} caractères)</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>“{name}” looks garbled, as happens when a spreadsheet opens a file in the wrong encoding (UTF-8 read as {encoding}). It is probably “{right}”; please correct it.</source>
            <translation>« {name} » semble altéré, comme lorsqu'un tableur ouvre un fichier dans le mauvais encodage (UTF-8 lu comme {encoding}). Il s'agit probablement de « {right} » ; veuillez corriger.</translation>
        </message>
    </context>
</TS>
