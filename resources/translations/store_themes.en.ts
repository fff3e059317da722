<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message numerus="yes">
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is the theme of %n meeting(s) already recorded, so it has to stay in the list.</source>
            <translation>
                <numerusform>“{theme}” is the theme of %n meeting already recorded, so it has to stay in the list.</numerusform>
                <numerusform>“{theme}” is the theme of %n meetings already recorded, so it has to stay in the list.</numerusform>
            </translation>
        </message>
    </context>
</TS>
