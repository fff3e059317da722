<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has only digits; “{text}” has other characters.</source>
            <translation>Het evenementnummer (VNR) bestaat alleen uit cijfers; ‘{text}’ bevat andere tekens.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has {digits} digits; this one has {given}.</source>
            <translation>Het evenementnummer (VNR) heeft {digits} cijfers; dit heeft er {given}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The group's settings were changed on another computer in the meantime, so yours were not saved. The page now shows the current settings.</source>
            <translation>De instellingen van de groep zijn intussen op een andere computer gewijzigd, dus de uwe zijn niet opgeslagen. De pagina toont nu de huidige instellingen.</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{mode}” is not a way of meeting; write in-person, online or hybrid.</source>
            <translation>‘{mode}’ is geen vorm van samenkomen; schrijf in-person, online of hybrid.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{where}” is not where a member was; write in-person or online.</source>
            <translation>‘{where}’ is geen vorm van deelname; schrijf in-person of online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>How this meeting is held was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>De vorm van deze bijeenkomst is intussen op een andere computer gewijzigd, dus uw wijziging is niet opgeslagen. De pagina toont nu wat is vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Only in a hybrid meeting is it recorded where each member was; change the meeting to hybrid first.</source>
            <translation>Alleen bij een hybride bijeenkomst wordt vastgelegd waar elke deelnemer was; zet de bijeenkomst eerst op hybride.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>{name} is intussen op een andere computer geregistreerd, dus uw wijziging is niet opgeslagen. De pagina toont nu wat is vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Mark the member present first, then say where they were.</source>
            <translation>Markeer de deelnemer eerst als aanwezig en geef dan aan waar hij of zij was.</translation>
        </message>
    </context>
</TS>
