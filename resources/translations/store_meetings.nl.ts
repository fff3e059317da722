<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Deze bijeenkomst is intussen op een andere computer gewijzigd, dus uw wijziging is niet opgeslagen. De pagina toont nu wat is vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>A meeting can have one or two presenters.</source>
            <translation>Een bijeenkomst kan één of twee inbrengers hebben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be moved.</source>
            <translation>Deze bijeenkomst is gehouden en vastgelegd en kan dus niet verplaatst worden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting is cancelled; restore it before it is moved.</source>
            <translation>Deze bijeenkomst is afgezegd; herstel haar voordat u haar verplaatst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The group already has a meeting on {day:numeric}; choose another date.</source>
            <translation>De groep heeft al een bijeenkomst op {day:numeric}; kies een andere datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in the break “{label}” ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>{day:numeric} valt in de pauze ‘{label}’ ({first:numeric} tot {last:numeric}); pas eerst de pauze aan of kies een andere datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in a break ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>{day:numeric} valt in een pauze ({first:numeric} tot {last:numeric}); pas eerst de pauze aan of kies een andere datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be cancelled.</source>
            <translation>Deze bijeenkomst is gehouden en vastgelegd en kan dus niet afgezegd worden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The reason can be at most {most} characters long.</source>
            <translation>De reden mag hoogstens {most} tekens lang zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>Another meeting now takes that date; move one of them first.</source>
            <translation>Op die datum staat nu een andere bijeenkomst; verplaats eerst een van beide.</translation>
        </message>
    </context>
</TS>
