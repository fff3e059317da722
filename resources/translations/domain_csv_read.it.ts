<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
            <translation>Riga {line}: {reason}</translation>
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
            <translation>UTF-16 («Testo Unicode» di Excel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Windows-1252 (older Excel “CSV”)</source>
            <translation>Windows-1252 (vecchio «CSV» di Excel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Mac Roman (Excel for Mac)</source>
            <translation>Mac Roman (Excel per Mac)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by semicolons</source>
            <translation>{encoding}, colonne separate da punti e virgola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by tabs</source>
            <translation>{encoding}, colonne separate da tabulazioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by commas</source>
            <translation>{encoding}, colonne separate da virgole</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file; in the spreadsheet choose Save As and a CSV type, then import that file.</source>
            <translation>Questa è una cartella di lavoro (.xlsx, .ods o .xls), non un file CSV; nel foglio di calcolo scegliere Salva con nome e un tipo CSV, poi importare quel file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; if it was saved as “Unicode Text”, choose the encoding UTF-16.</source>
            <translation>Il file contiene byte NUL, quindi non è testo CSV; se è stato salvato come «Testo Unicode», scegliere la codifica UTF-16.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; save the spreadsheet as CSV and import that file.</source>
            <translation>Il file contiene byte NUL, quindi non è testo CSV; salvare il foglio come CSV e importare quel file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file cannot be read as {encoding}: the first character that cannot be read is on this line. Choose another encoding, or save the spreadsheet as “CSV UTF-8”.</source>
            <translation>Il file non si può leggere come {encoding}: il primo carattere illeggibile è in questa riga. Scegliere un'altra codifica, o salvare il foglio come «CSV UTF-8».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This row cannot be read as CSV ({problem}); the rest of the file was not read.</source>
            <translation>Questa riga non si può leggere come CSV ({problem}); il resto del file non è stato letto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>A double quote opened in this row is never closed, so the rest of the file cannot be read; check the quotes in this row.</source>
            <translation>Una virgoletta doppia aperta in questa riga non viene mai chiusa, quindi il resto del file non si può leggere; controllare le virgolette di questa riga.</translation>
        </message>
    </context>
</TS>
