<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
            <translation>Zeile {line}: {reason}</translation>
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
            <translation>UTF-16 (Excel: „Unicode-Text“)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Windows-1252 (older Excel “CSV”)</source>
            <translation>Windows-1252 (älteres Excel-„CSV“)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Mac Roman (Excel for Mac)</source>
            <translation>Mac Roman (Excel für Mac)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by semicolons</source>
            <translation>{encoding}, Spalten durch Semikolons getrennt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by tabs</source>
            <translation>{encoding}, Spalten durch Tabulatoren getrennt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by commas</source>
            <translation>{encoding}, Spalten durch Kommas getrennt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file; in the spreadsheet choose Save As and a CSV type, then import that file.</source>
            <translation>Dies ist eine Arbeitsmappe (.xlsx, .ods oder .xls), keine CSV-Datei; wählen Sie in der Tabellenkalkulation „Speichern unter“ und einen CSV-Typ, und importieren Sie dann diese Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; if it was saved as “Unicode Text”, choose the encoding UTF-16.</source>
            <translation>Die Datei enthält NUL-Bytes und ist daher kein CSV-Text; wurde sie als „Unicode-Text“ gespeichert, wählen Sie die Kodierung UTF-16.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; save the spreadsheet as CSV and import that file.</source>
            <translation>Die Datei enthält NUL-Bytes und ist daher kein CSV-Text; speichern Sie die Tabelle als CSV und importieren Sie diese Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file cannot be read as {encoding}: the first character that cannot be read is on this line. Choose another encoding, or save the spreadsheet as “CSV UTF-8”.</source>
            <translation>Die Datei lässt sich nicht als {encoding} lesen: Das erste unlesbare Zeichen steht in dieser Zeile. Wählen Sie eine andere Kodierung oder speichern Sie die Tabelle als „CSV UTF-8“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This row cannot be read as CSV ({problem}); the rest of the file was not read.</source>
            <translation>Diese Zeile lässt sich nicht als CSV lesen ({problem}); der Rest der Datei wurde nicht gelesen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>A double quote opened in this row is never closed, so the rest of the file cannot be read; check the quotes in this row.</source>
            <translation>Ein in dieser Zeile geöffnetes doppeltes Anführungszeichen wird nie geschlossen, daher lässt sich der Rest der Datei nicht lesen; prüfen Sie die Anführungszeichen dieser Zeile.</translation>
        </message>
    </context>
</TS>
