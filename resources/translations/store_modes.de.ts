<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has only digits; “{text}” has other characters.</source>
            <translation>Die Veranstaltungsnummer (VNR) besteht nur aus Ziffern; „{text}“ enthält andere Zeichen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has {digits} digits; this one has {given}.</source>
            <translation>Die Veranstaltungsnummer (VNR) hat {digits} Ziffern; diese hat {given}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The group's settings were changed on another computer in the meantime, so yours were not saved. The page now shows the current settings.</source>
            <translation>Die Einstellungen der Gruppe wurden inzwischen auf einem anderen Computer geändert; Ihre wurden daher nicht gespeichert. Die Seite zeigt jetzt die aktuellen Einstellungen.</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{mode}” is not a way of meeting; write in-person, online or hybrid.</source>
            <translation>„{mode}“ ist keine Form der Durchführung; schreiben Sie in-person, online oder hybrid.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{where}” is not where a member was; write in-person or online.</source>
            <translation>„{where}“ ist keine Teilnahmeform; schreiben Sie in-person oder online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>How this meeting is held was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Die Form dieser Sitzung wurde inzwischen auf einem anderen Computer geändert; Ihre Änderung wurde daher nicht gespeichert. Die Seite zeigt jetzt den gespeicherten Stand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Only in a hybrid meeting is it recorded where each member was; change the meeting to hybrid first.</source>
            <translation>Nur in einer hybriden Sitzung wird erfasst, wo jedes Mitglied war; stellen Sie die Sitzung zuerst auf hybrid um.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>{name} wurde inzwischen auf einem anderen Computer eingetragen; Ihre Änderung wurde daher nicht gespeichert. Die Seite zeigt jetzt den gespeicherten Stand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Mark the member present first, then say where they were.</source>
            <translation>Markieren Sie das Mitglied zuerst als anwesend, dann, wo es teilgenommen hat.</translation>
        </message>
    </context>
</TS>
