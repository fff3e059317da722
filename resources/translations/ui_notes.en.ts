<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>NotesExportDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n damaged note(s) cannot be opened, so they are not listed.</source>
            <translation>
                <numerusform>%n damaged note cannot be opened, so it is not listed.</numerusform>
                <numerusform>%n damaged notes cannot be opened, so they are not listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>%n note(s) are damaged and cannot be opened.</source>
            <translation>
                <numerusform>%n note is damaged and cannot be opened.</numerusform>
                <numerusform>%n notes are damaged and cannot be opened.</numerusform>
            </translation>
        </message>
    </context>
</TS>
