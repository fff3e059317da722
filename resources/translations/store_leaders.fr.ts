<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Leaders</name>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is cancelled; restore it before saving who led it.</source>
            <translation>Cette séance est annulée ; rétablissez-la avant d’enregistrer qui l’a animée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is still to come; say who led it on the day or after.</source>
            <translation>Cette séance est à venir ; indiquez qui l’a animée le jour même ou après.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Choose who led before choosing who co-led.</source>
            <translation>Choisissez qui a animé avant de choisir le co-leader.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>The same person cannot lead and co-lead; choose someone else.</source>
            <translation>Une même personne ne peut pas animer et co-animer ; choisissez quelqu’un d’autre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Cette personne n’est pas membre du groupe de cette séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>{name} is archived; restore them on the Roster page first.</source>
            <translation>{name} est archivé ; rétablissez-le d’abord sur la page Liste des membres.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Who led this meeting was changed on another computer in the meantime, so your choice was not saved. The page now shows what is recorded.</source>
            <translation>Les leaders de cette séance ont été modifiés entre-temps sur un autre ordinateur ; votre choix n'a donc pas été enregistré. La page affiche maintenant ce qui est enregistré.</translation>
        </message>
    </context>
</TS>
