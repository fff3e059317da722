<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CpdPdf</name>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeaderLogPdf</name>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesPdf</name>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
</TS>
