<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Group #{gid}</source>
            <translation>Groep #{gid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}'s timer starts with the template “{template}”, which the group does not have (the classic template is used instead).</source>
            <translation>De timer van {label} begint met het sjabloon ‘{template}’, dat de groep niet heeft (in plaats daarvan wordt het klassieke sjabloon gebruikt).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the auto-advance flag “{auto}” instead of 0 or 1.</source>
            <translation>{label} heeft de markering ‘automatisch verder’ ‘{auto}’ in plaats van 0 of 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} warns {warning} seconds before a phase ends, not 0 to {most}.</source>
            <translation>{label} waarschuwt {warning} seconden voor het einde van een fase, niet 0 tot {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unknown timer display “{display}”.</source>
            <translation>{label} heeft de onbekende timerweergave ‘{display}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the chime volume {volume}, not 0 to {most}.</source>
            <translation>{label} heeft het belvolume {volume}, niet 0 tot {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a group frame that is not text.</source>
            <translation>{label} heeft een groepskader dat geen tekst is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase template #{tid} (“{name}”, group #{gid})</source>
            <translation>Fasesjabloon #{tid} (‘{name}’, groep #{gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} stands in for the unknown built-in template “{key}”.</source>
            <translation>{label} vervangt het onbekende ingebouwde sjabloon ‘{key}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has phases that cannot be read.</source>
            <translation>{label} heeft fasen die niet kunnen worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} (“{name}”, meeting #{mid})</source>
            <translation>Fase #{pid} (‘{name}’, bijeenkomst #{mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} of meeting #{mid} has no name.</source>
            <translation>Fase #{pid} van bijeenkomst #{mid} heeft geen naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the planned length “{planned}” seconds.</source>
            <translation>{label} heeft de geplande duur ‘{planned}’ seconden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the actual length “{actual}” seconds.</source>
            <translation>{label} heeft de werkelijke duur ‘{actual}’ seconden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has an unreadable start or end time.</source>
            <translation>{label} heeft een onleesbaar begin- of eindtijdstip.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ended at {ended} but never started.</source>
            <translation>{label} eindigde om {ended} maar is nooit begonnen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ends ({ended}) before it starts ({started}).</source>
            <translation>{label} eindigt ({ended}) voordat die begint ({started}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Meeting #{mid}'s phase log has the positions {found} instead of 0 to {last}.</source>
            <translation>Het faselogboek van bijeenkomst #{mid} heeft de posities {found} in plaats van 0 tot {last}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>The running timer #{rid} of meeting #{mid}</source>
            <translation>De lopende timer #{rid} van bijeenkomst #{mid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a snapshot that cannot be read, so it cannot resume.</source>
            <translation>{label} heeft een momentopname die niet kan worden gelezen, dus kan niet verdergaan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unreadable save time “{updated}”.</source>
            <translation>{label} heeft het onleesbare opslagtijdstip ‘{updated}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has no phase log.</source>
            <translation>{label} heeft geen faselogboek.</translation>
        </message>
    </context>
</TS>
