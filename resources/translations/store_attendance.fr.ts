<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>{name} a été pointé(e) entre-temps sur un autre ordinateur ; votre modification n'a donc pas été enregistrée. La page affiche maintenant ce qui est enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Cette personne n'est pas membre du groupe de cette séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>“{status}” is not present, apologies or absent.</source>
            <translation>« {status} » n'est ni présent, ni excusé, ni absent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled, so nobody can be marked; restore it first.</source>
            <translation>Cette séance est annulée, personne ne peut donc être pointé ; rétablissez-la d'abord.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; ahead of the day only apologies count.</source>
            <translation>Cette séance est encore à venir ; avant le jour, seules les excuses comptent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled; restore it before recording it.</source>
            <translation>Cette séance est annulée ; rétablissez-la avant de l'enregistrer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; record it on the day or after.</source>
            <translation>Cette séance est encore à venir ; enregistrez-la le jour même ou après.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>The same person is chosen twice as presenter; choose again.</source>
            <translation>La même personne est choisie deux fois comme rapporteur ; choisissez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>At most {most} people can present at one meeting.</source>
            <translation>{most} personnes au plus peuvent présenter lors d'une séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting's record was changed on another computer in the meantime, so yours was not saved. The page now shows what is recorded.</source>
            <translation>Le compte rendu de cette séance a été modifié entre-temps sur un autre ordinateur ; le vôtre n'a donc pas été enregistré. La page affiche maintenant ce qui est enregistré.</translation>
        </message>
    </context>
</TS>
