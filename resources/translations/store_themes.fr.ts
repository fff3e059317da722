<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>le patient en colère</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>le patient exigeant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>le patient qui est aussi un confrère</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>le patient en fin de vie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>le patient qui revient sans cesse</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>le patient que je n'ai pas pu aider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>la famille derrière le patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>les limites</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>quand le médecin va mal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A theme is a short, neutral phrase such as “the demanding patient”; never a name, a date of birth or anything else that could identify a patient.</source>
            <translation>Un thème est une expression courte et neutre comme « le patient exigeant » ; jamais un nom, une date de naissance ni rien qui permette d'identifier un patient.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} is empty; write a theme or remove the line.</source>
            <translation>Le thème {number} est vide ; écrivez un thème ou supprimez la ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{start}…” is longer than {most} characters; shorten it.</source>
            <translation>« {start}… » dépasse {most} caractères ; raccourcissez-le.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} contains a control character; please retype it.</source>
            <translation>Le thème {number} contient un caractère de contrôle ; retapez-le.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is in the list twice (theme {number}).</source>
            <translation>« {theme} » figure deux fois dans la liste (thème {number}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A group can keep at most {most} themes.</source>
            <translation>Un groupe peut garder {most} thèmes au plus.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is the theme of %n meeting(s) already recorded, so it has to stay in the list.</source>
            <translation>
                <numerusform>« {theme} » est le thème de %n séance déjà enregistrée ; il doit donc rester dans la liste.</numerusform>
                <numerusform>« {theme} » est le thème de %n séances déjà enregistrées ; il doit donc rester dans la liste.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>The group's themes were changed on another computer in the meantime, so yours were not saved. The current list is shown now.</source>
            <translation>Les thèmes du groupe ont été modifiés entre-temps sur un autre ordinateur ; les vôtres n'ont donc pas été enregistrés. La liste actuelle est maintenant affichée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Choose the theme from the group's list, or leave it empty; a theme cannot be typed freely, so that nothing about a patient is saved with the meeting. The list can be edited under Themes.</source>
            <translation>Choisissez le thème dans la liste du groupe, ou laissez-le vide ; un thème ne peut pas être saisi librement, pour que rien sur un patient ne soit enregistré avec la séance. La liste se modifie dans Thèmes.</translation>
        </message>
    </context>
</TS>
