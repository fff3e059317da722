<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>{name} is intussen op een andere computer geregistreerd, dus uw wijziging is niet opgeslagen. De pagina toont nu wat is vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Deze persoon is geen lid van de groep van deze bijeenkomst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>“{status}” is not present, apologies or absent.</source>
            <translation>‘{status}’ is niet aanwezig, afgemeld of afwezig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled, so nobody can be marked; restore it first.</source>
            <translation>Deze bijeenkomst is afgezegd, dus niemand kan gemarkeerd worden; herstel haar eerst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; ahead of the day only apologies count.</source>
            <translation>Deze bijeenkomst moet nog komen; vóór de dag tellen alleen afmeldingen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled; restore it before recording it.</source>
            <translation>Deze bijeenkomst is afgezegd; herstel haar voordat u haar vastlegt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; record it on the day or after.</source>
            <translation>Deze bijeenkomst moet nog komen; leg haar vast op de dag zelf of daarna.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>The same person is chosen twice as presenter; choose again.</source>
            <translation>Dezelfde persoon is twee keer als inbrenger gekozen; kies opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>At most {most} people can present at one meeting.</source>
            <translation>Hoogstens {most} mensen kunnen in één bijeenkomst een casus inbrengen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting's record was changed on another computer in the meantime, so yours was not saved. The page now shows what is recorded.</source>
            <translation>Het verslag van deze bijeenkomst is intussen op een andere computer gewijzigd, dus het uwe is niet opgeslagen. De pagina toont nu wat is vastgelegd.</translation>
        </message>
    </context>
</TS>
