<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>il paziente arrabbiato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>il paziente esigente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>il paziente che è anche un collega</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>il paziente morente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>il paziente che torna sempre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>il paziente che non ho potuto aiutare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>la famiglia dietro il paziente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>i confini</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>quando il medico sta male</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A theme is a short, neutral phrase such as “the demanding patient”; never a name, a date of birth or anything else that could identify a patient.</source>
            <translation>Un tema è un'espressione breve e neutra come «il paziente esigente»; mai un nome, una data di nascita o altro che possa identificare un paziente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} is empty; write a theme or remove the line.</source>
            <translation>Il tema {number} è vuoto; scrivere un tema o eliminare la riga.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{start}…” is longer than {most} characters; shorten it.</source>
            <translation>«{start}…» supera i {most} caratteri; accorciarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Theme {number} contains a control character; please retype it.</source>
            <translation>Il tema {number} contiene un carattere di controllo; riscriverlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is in the list twice (theme {number}).</source>
            <translation>«{theme}» compare due volte nell'elenco (tema {number}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>A group can keep at most {most} themes.</source>
            <translation>Un gruppo può avere al massimo {most} temi.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/store/themes.py" />
            <source>“{theme}” is the theme of %n meeting(s) already recorded, so it has to stay in the list.</source>
            <translation>
                <numerusform>«{theme}» è il tema di %n incontro già registrato, quindi deve restare nell'elenco.</numerusform>
                <numerusform>«{theme}» è il tema di %n incontri già registrati, quindi deve restare nell'elenco.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>The group's themes were changed on another computer in the meantime, so yours were not saved. The current list is shown now.</source>
            <translation>Nel frattempo i temi del gruppo sono stati modificati su un altro computer, quindi questi non sono stati salvati. Ora è mostrato l'elenco attuale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>Choose the theme from the group's list, or leave it empty; a theme cannot be typed freely, so that nothing about a patient is saved with the meeting. The list can be edited under Themes.</source>
            <translation>Scegliere il tema dall'elenco del gruppo o lasciarlo vuoto; un tema non si può scrivere liberamente, così nulla su un paziente viene salvato con l'incontro. L'elenco si modifica in Temi.</translation>
        </message>
    </context>
</TS>
