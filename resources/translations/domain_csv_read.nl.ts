<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{text}</source>
            <translation>{text}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{first} {then}</source>
            <translation>{first} {then}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Line {line}: {reason}</source>
            <translation>Regel {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>UTF-16 (Excel's “Unicode Text”)</source>
            <translation>UTF-16 (Excel: ‘Unicode-tekst’)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Windows-1252 (older Excel “CSV”)</source>
            <translation>Windows-1252 (oudere Excel-‘CSV’)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Mac Roman (Excel for Mac)</source>
            <translation>Mac Roman (Excel voor Mac)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by semicolons</source>
            <translation>{encoding}, kolommen gescheiden door puntkomma's</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by tabs</source>
            <translation>{encoding}, kolommen gescheiden door tabs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by commas</source>
            <translation>{encoding}, kolommen gescheiden door komma's</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file; in the spreadsheet choose Save As and a CSV type, then import that file.</source>
            <translation>Dit is een werkmap (.xlsx, .ods of .xls), geen CSV-bestand; kies in de spreadsheet Opslaan als en een CSV-type, en importeer dan dat bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; if it was saved as “Unicode Text”, choose the encoding UTF-16.</source>
            <translation>Het bestand bevat NUL-bytes, dus het is geen CSV-tekst; als het is opgeslagen als ‘Unicode-tekst’, kies dan de codering UTF-16.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; save the spreadsheet as CSV and import that file.</source>
            <translation>Het bestand bevat NUL-bytes, dus het is geen CSV-tekst; sla de spreadsheet op als CSV en importeer dat bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file cannot be read as {encoding}: the first character that cannot be read is on this line. Choose another encoding, or save the spreadsheet as “CSV UTF-8”.</source>
            <translation>Het bestand kan niet als {encoding} worden gelezen: het eerste onleesbare teken staat op deze regel. Kies een andere codering, of sla de spreadsheet op als ‘CSV UTF-8’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This row cannot be read as CSV ({problem}); the rest of the file was not read.</source>
            <translation>Deze regel kan niet als CSV worden gelezen ({problem}); de rest van het bestand is niet gelezen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>A double quote opened in this row is never closed, so the rest of the file cannot be read; check the quotes in this row.</source>
            <translation>Een dubbel aanhalingsteken dat in deze regel wordt geopend, wordt nooit gesloten, dus de rest van het bestand kan niet worden gelezen; controleer de aanhalingstekens in deze regel.</translation>
        </message>
    </context>
</TS>
