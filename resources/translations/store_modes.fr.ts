<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has only digits; “{text}” has other characters.</source>
            <translation>Le numéro d’événement (VNR) ne contient que des chiffres ; « {text} » contient d’autres caractères.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The event number (VNR) has {digits} digits; this one has {given}.</source>
            <translation>Le numéro d’événement (VNR) compte {digits} chiffres ; celui-ci en a {given}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>The group's settings were changed on another computer in the meantime, so yours were not saved. The page now shows the current settings.</source>
            <translation>Les paramètres du groupe ont été modifiés entre-temps sur un autre ordinateur ; les vôtres n'ont donc pas été enregistrés. La page affiche maintenant les paramètres actuels.</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{mode}” is not a way of meeting; write in-person, online or hybrid.</source>
            <translation>« {mode} » n’est pas une façon de se réunir ; écrivez in-person, online ou hybrid.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>“{where}” is not where a member was; write in-person or online.</source>
            <translation>« {where} » n’est pas un mode de participation ; écrivez in-person ou online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>How this meeting is held was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>La modalité de cette séance a été modifiée entre-temps sur un autre ordinateur ; votre modification n'a donc pas été enregistrée. La page affiche maintenant ce qui est enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Only in a hybrid meeting is it recorded where each member was; change the meeting to hybrid first.</source>
            <translation>Le lieu de chaque membre n’est noté que pour une séance hybride ; passez d’abord la séance en hybride.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>{name} a été pointé(e) entre-temps sur un autre ordinateur ; votre modification n'a donc pas été enregistrée. La page affiche maintenant ce qui est enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/modes.py" />
            <source>Mark the member present first, then say where they were.</source>
            <translation>Marquez d’abord le membre présent, puis indiquez où il se trouvait.</translation>
        </message>
    </context>
</TS>
