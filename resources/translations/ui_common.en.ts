<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CsvImportDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation>
                <numerusform>%n meeting recorded</numerusform>
                <numerusform>%n meetings recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation>
                <numerusform>%n entry added</numerusform>
                <numerusform>%n entries added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Import %n member</numerusform>
                <numerusform>Import %n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation>
                <numerusform>Import %n entry</numerusform>
                <numerusform>Import %n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>%n change(s) kept on this computer wait to be sent.</source>
            <translation>
                <numerusform>%n change kept on this computer waits to be sent.</numerusform>
                <numerusform>%n changes kept on this computer wait to be sent.</numerusform>
            </translation>
        </message>
    </context>
</TS>
