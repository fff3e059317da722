<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Leaders</name>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is cancelled; restore it before saving who led it.</source>
            <translation>Deze bijeenkomst is afgezegd; herstel haar voordat u opslaat wie begeleidde.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is still to come; say who led it on the day or after.</source>
            <translation>Deze bijeenkomst moet nog plaatsvinden; geef op de dag zelf of daarna aan wie begeleidde.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Choose who led before choosing who co-led.</source>
            <translation>Kies eerst wie begeleidde en dan wie cobegeleidde.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>The same person cannot lead and co-lead; choose someone else.</source>
            <translation>Dezelfde persoon kan niet begeleiden én cobegeleiden; kies iemand anders.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Die persoon is geen deelnemer van de groep van deze bijeenkomst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>{name} is archived; restore them on the Roster page first.</source>
            <translation>{name} is gearchiveerd; herstel deze persoon eerst op de pagina Ledenlijst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Who led this meeting was changed on another computer in the meantime, so your choice was not saved. The page now shows what is recorded.</source>
            <translation>Wie deze bijeenkomst begeleidde, is intussen op een andere computer gewijzigd, dus uw keuze is niet opgeslagen. De pagina toont nu wat is vastgelegd.</translation>
        </message>
    </context>
</TS>
