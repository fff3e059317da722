<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>de boze patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>de veeleisende patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>de patiënt die ook collega is</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>de stervende patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>de patiënt die steeds terugkomt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>de patiënt die ik niet kon helpen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>de familie achter de patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>grenzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>als de arts zelf ziek is</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A theme is a short, neutral phrase such as “the demanding patient”; never a name, a date of birth or anything else that could identify a patient.</source>
            <translation>Een thema is een korte, neutrale omschrijving zoals ‘de veeleisende patiënt’; nooit een naam, een geboortedatum of iets anders waaraan een patiënt te herkennen is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} is empty; write a theme or remove the line.</source>
            <translation>Thema {number} is leeg; schrijf een thema of verwijder de regel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{start}…” is longer than {most} characters; shorten it.</source>
            <translation>‘{start}…’ is langer dan {most} tekens; kort het in.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} contains a control character; please retype it.</source>
            <translation>Thema {number} bevat een stuurteken; typ het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is in the list twice (theme {number}).</source>
            <translation>‘{theme}’ staat twee keer in de lijst (thema {number}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A group can keep at most {most} themes.</source>
            <translation>Een groep kan hoogstens {most} thema's bewaren.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is the theme of %n meeting(s) already recorded, so it has to stay in the list.</source>
            <translation>
                <numerusform>‘{theme}’ is het thema van %n al vastgelegde bijeenkomst en moet dus in de lijst blijven.</numerusform>
                <numerusform>‘{theme}’ is het thema van %n al vastgelegde bijeenkomsten en moet dus in de lijst blijven.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>The group's themes were changed on another computer in the meantime, so yours were not saved. The current list is shown now.</source>
            <translation>De thema's van de groep zijn intussen op een andere computer gewijzigd, dus de uwe zijn niet opgeslagen. Nu wordt de huidige lijst getoond.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Choose the theme from the group's list, or leave it empty; a theme cannot be typed freely, so that nothing about a patient is saved with the meeting. The list can be edited under Themes.</source>
            <translation>Kies het thema uit de lijst van de groep of laat het leeg; een thema kan niet vrij worden ingetypt, zodat er niets over een patiënt bij de bijeenkomst wordt opgeslagen. De lijst is te bewerken onder Thema's.</translation>
        </message>
    </context>
</TS>
