<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Nel frattempo {name} è stato registrato su un altro computer, quindi la modifica non è stata salvata. La pagina ora mostra quanto registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Questa persona non è membro del gruppo di questo incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>“{status}” is not present, apologies or absent.</source>
            <translation>«{status}» non è presente, giustificato o assente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled, so nobody can be marked; restore it first.</source>
            <translation>Questo incontro è annullato, quindi non si possono registrare presenze; ripristinarlo prima.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; ahead of the day only apologies count.</source>
            <translation>Questo incontro deve ancora svolgersi; prima del giorno valgono solo le giustificazioni.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled; restore it before recording it.</source>
            <translation>Questo incontro è annullato; ripristinarlo prima di registrarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; record it on the day or after.</source>
            <translation>Questo incontro deve ancora svolgersi; registrarlo il giorno stesso o dopo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>The same person is chosen twice as presenter; choose again.</source>
            <translation>La stessa persona è scelta due volte per presentare il caso; scegliere di nuovo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>At most {most} people can present at one meeting.</source>
            <translation>In un incontro possono presentare al massimo {most} persone.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting's record was changed on another computer in the meantime, so yours was not saved. The page now shows what is recorded.</source>
            <translation>Nel frattempo il verbale di questo incontro è stato modificato su un altro computer, quindi questo non è stato salvato. La pagina ora mostra quanto registrato.</translation>
        </message>
    </context>
</TS>
