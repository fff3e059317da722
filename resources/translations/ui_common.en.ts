<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CsvImportDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
