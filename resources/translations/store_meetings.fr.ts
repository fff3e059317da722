<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Cette séance a été modifiée entre-temps sur un autre ordinateur ; votre modification n'a donc pas été enregistrée. La page affiche maintenant ce qui est enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>A meeting can have one or two presenters.</source>
            <translation>Une séance peut avoir un ou deux rapporteurs.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be moved.</source>
            <translation>Cette séance a eu lieu et est enregistrée ; elle ne peut pas être déplacée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting is cancelled; restore it before it is moved.</source>
            <translation>Cette séance est annulée ; rétablissez-la avant de la déplacer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The group already has a meeting on {day:numeric}; choose another date.</source>
            <translation>Le groupe a déjà une séance le {day:numeric} ; choisissez une autre date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in the break “{label}” ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>Le {day:numeric} tombe pendant la pause « {label} » (du {first:numeric} au {last:numeric}) ; modifiez d'abord la pause ou choisissez une autre date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in a break ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>Le {day:numeric} tombe pendant une pause (du {first:numeric} au {last:numeric}) ; modifiez d'abord la pause ou choisissez une autre date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be cancelled.</source>
            <translation>Cette séance a eu lieu et est enregistrée ; elle ne peut pas être annulée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The reason can be at most {most} characters long.</source>
            <translation>Le motif peut compter {most} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>Another meeting now takes that date; move one of them first.</source>
            <translation>Une autre séance occupe maintenant cette date ; déplacez d'abord l'une des deux.</translation>
        </message>
    </context>
</TS>
