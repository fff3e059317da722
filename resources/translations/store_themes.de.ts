<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>der wütende Patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>der fordernde Patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>der Patient, der auch Kollege ist</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>der sterbende Patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>der Patient, der immer wiederkommt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>der Patient, dem ich nicht helfen konnte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>die Familie hinter dem Patienten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>wenn der Arzt krank ist</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A theme is a short, neutral phrase such as “the demanding patient”; never a name, a date of birth or anything else that could identify a patient.</source>
            <translation>Ein Thema ist eine kurze, neutrale Wendung wie „der fordernde Patient“; nie ein Name, ein Geburtsdatum oder sonst etwas, das einen Patienten erkennbar macht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} is empty; write a theme or remove the line.</source>
            <translation>Thema {number} ist leer; schreiben Sie ein Thema oder entfernen Sie die Zeile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{start}…” is longer than {most} characters; shorten it.</source>
            <translation>„{start}…“ ist länger als {most} Zeichen; bitte kürzen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} contains a control character; please retype it.</source>
            <translation>Thema {number} enthält ein Steuerzeichen; bitte neu eingeben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is in the list twice (theme {number}).</source>
            <translation>„{theme}“ steht zweimal in der Liste (Thema {number}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A group can keep at most {most} themes.</source>
            <translation>Eine Gruppe kann höchstens {most} Themen haben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is the theme of %n meeting(s) already recorded, so it has to stay in the list.</source>
            <translation>
                <numerusform>„{theme}“ ist das Thema von %n bereits erfassten Sitzung und muss daher in der Liste bleiben.</numerusform>
                <numerusform>„{theme}“ ist das Thema von %n bereits erfassten Sitzungen und muss daher in der Liste bleiben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>The group's themes were changed on another computer in the meantime, so yours were not saved. The current list is shown now.</source>
            <translation>Die Themen der Gruppe wurden inzwischen auf einem anderen Computer geändert; Ihre wurden daher nicht gespeichert. Jetzt wird die aktuelle Liste angezeigt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Choose the theme from the group's list, or leave it empty; a theme cannot be typed freely, so that nothing about a patient is saved with the meeting. The list can be edited under Themes.</source>
            <translation>Wählen Sie das Thema aus der Liste der Gruppe oder lassen Sie es leer; ein Thema kann nicht frei eingegeben werden, damit nichts über einen Patienten mit der Sitzung gespeichert wird. Die Liste lässt sich unter Themen bearbeiten.</translation>
        </message>
    </context>
</TS>
