<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>NotesPdf</name>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>(untitled)</source>
            <translation>(senza titolo)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created} · last changed {updated}</source>
            <translation>Scritta il {created} · ultima modifica il {updated}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created}</source>
            <translation>Scritta il {created}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Meeting of {day:long}</source>
            <translation>Incontro di {day:long}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Tags: {tags}</source>
            <translation>Etichette: {tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n note</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Exported {day:long} for appraisal · {count}</source>
            <translation>Esportato {day:long} per la valutazione · {count}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Reflective notes — {author}</source>
            <translation>Note di riflessione — {author}</translation>
        </message>
    </context>
</TS>
