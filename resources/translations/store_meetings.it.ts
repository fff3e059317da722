<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Nel frattempo questo incontro è stato modificato su un altro computer, quindi la modifica non è stata salvata. La pagina ora mostra quanto registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>A meeting can have one or two presenters.</source>
            <translation>In un incontro possono presentare un caso una o due persone.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be moved.</source>
            <translation>Questo incontro si è svolto ed è registrato, quindi non può essere spostato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting is cancelled; restore it before it is moved.</source>
            <translation>Questo incontro è annullato; ripristinarlo prima di spostarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The group already has a meeting on {day:numeric}; choose another date.</source>
            <translation>Il gruppo ha già un incontro il {day:numeric}; scegliere un'altra data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in the break “{label}” ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>Il {day:numeric} cade nella pausa «{label}» (dal {first:numeric} al {last:numeric}); modificare prima la pausa o scegliere un'altra data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in a break ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>Il {day:numeric} cade in una pausa (dal {first:numeric} al {last:numeric}); modificare prima la pausa o scegliere un'altra data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be cancelled.</source>
            <translation>Questo incontro si è svolto ed è registrato, quindi non può essere annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The reason can be at most {most} characters long.</source>
            <translation>Il motivo può avere al massimo {most} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>Another meeting now takes that date; move one of them first.</source>
            <translation>Un altro incontro occupa ora quella data; spostarne prima uno dei due.</translation>
        </message>
    </context>
</TS>
