<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CalendarFileDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved %n meeting(s) as “{file}” in {folder}. Import it into your calendar.</source>
            <translation>
                <numerusform>Saved %n meeting as “{file}” in {folder}. Import it into your calendar.</numerusform>
                <numerusform>Saved %n meetings as “{file}” in {folder}. Import it into your calendar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RotaPrintDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}, with %n cancelled meeting(s) marked</source>
            <translation>
                <numerusform>{first:short} to {last:short}, with %n cancelled meeting marked</numerusform>
                <numerusform>{first:short} to {last:short}, with %n cancelled meetings marked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
</TS>
