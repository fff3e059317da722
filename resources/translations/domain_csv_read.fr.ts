<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
            <translation>Ligne {line} : {reason}</translation>
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
            <translation>UTF-16 (« Texte Unicode » d'Excel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Windows-1252 (older Excel “CSV”)</source>
            <translation>Windows-1252 (ancien « CSV » d'Excel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>Mac Roman (Excel for Mac)</source>
            <translation>Mac Roman (Excel pour Mac)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by semicolons</source>
            <translation>{encoding}, colonnes séparées par des points-virgules</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by tabs</source>
            <translation>{encoding}, colonnes séparées par des tabulations</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>{encoding}, columns separated by commas</source>
            <translation>{encoding}, colonnes séparées par des virgules</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file; in the spreadsheet choose Save As and a CSV type, then import that file.</source>
            <translation>Ceci est un classeur (.xlsx, .ods ou .xls), pas un fichier CSV ; dans le tableur, choisissez Enregistrer sous et un type CSV, puis importez ce fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; if it was saved as “Unicode Text”, choose the encoding UTF-16.</source>
            <translation>Le fichier contient des octets NUL, ce n'est donc pas du texte CSV ; s'il a été enregistré en « Texte Unicode », choisissez l'encodage UTF-16.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file contains NUL bytes, so it is not CSV text; save the spreadsheet as CSV and import that file.</source>
            <translation>Le fichier contient des octets NUL, ce n'est donc pas du texte CSV ; enregistrez le tableau en CSV et importez ce fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>The file cannot be read as {encoding}: the first character that cannot be read is on this line. Choose another encoding, or save the spreadsheet as “CSV UTF-8”.</source>
            <translation>Le fichier ne peut pas être lu en {encoding} : le premier caractère illisible est sur cette ligne. Choisissez un autre encodage, ou enregistrez le tableau en « CSV UTF-8 ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>This row cannot be read as CSV ({problem}); the rest of the file was not read.</source>
            <translation>Cette ligne ne peut pas être lue en CSV ({problem}) ; le reste du fichier n'a pas été lu.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/csv_read.py" />
            <source>A double quote opened in this row is never closed, so the rest of the file cannot be read; check the quotes in this row.</source>
            <translation>Un guillemet ouvert dans cette ligne n'est jamais fermé ; le reste du fichier ne peut donc pas être lu. Vérifiez les guillemets de cette ligne.</translation>
        </message>
    </context>
</TS>
