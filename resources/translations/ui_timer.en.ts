<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TemplatesDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/dialogs.py" />
            <source>%n minute(s) in all</source>
            <translation>
                <numerusform>%n minute in all</numerusform>
                <numerusform>%n minutes in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimeDisplay</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/widgets.py" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute left</numerusform>
                <numerusform>%n minutes left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimerPage</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/timer/page.py" />
            <source>{phase}: %n minute(s) left.</source>
            <translation>
                <numerusform>{phase}: %n minute left.</numerusform>
                <numerusform>{phase}: %n minutes left.</numerusform>
            </translation>
        </message>
    </context>
</TS>
