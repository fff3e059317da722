<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Leaders</name>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is cancelled; restore it before saving who led it.</source>
            <translation>Questo incontro è annullato; ripristinarlo prima di salvare chi lo ha condotto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is still to come; say who led it on the day or after.</source>
            <translation>Questo incontro deve ancora svolgersi; indicare chi lo ha condotto il giorno stesso o dopo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Choose who led before choosing who co-led.</source>
            <translation>Scegliere chi ha condotto prima di scegliere il co-conduttore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>The same person cannot lead and co-lead; choose someone else.</source>
            <translation>La stessa persona non può condurre e co-condurre; sceglierne un’altra.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Questa persona non è membro del gruppo di questo incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>{name} is archived; restore them on the Roster page first.</source>
            <translation>{name} è archiviato; ripristinarlo prima nella pagina Elenco dei membri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Who led this meeting was changed on another computer in the meantime, so your choice was not saved. The page now shows what is recorded.</source>
            <translation>Nel frattempo la conduzione di questo incontro è stata modificata su un altro computer, quindi la scelta non è stata salvata. La pagina ora mostra quanto registrato.</translation>
        </message>
    </context>
</TS>
