<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Group #{gid}</source>
            <translation>Gruppo n. {gid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}'s timer starts with the template “{template}”, which the group does not have (the classic template is used instead).</source>
            <translation>Il timer di {label} parte con il modello «{template}», che il gruppo non ha (si usa invece il modello classico).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the auto-advance flag “{auto}” instead of 0 or 1.</source>
            <translation>{label} ha l’indicatore di avanzamento automatico «{auto}» invece di 0 o 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} warns {warning} seconds before a phase ends, not 0 to {most}.</source>
            <translation>{label} avvisa {warning} secondi prima della fine di una fase, non da 0 a {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unknown timer display “{display}”.</source>
            <translation>{label} ha la visualizzazione del timer sconosciuta «{display}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the chime volume {volume}, not 0 to {most}.</source>
            <translation>{label} ha il volume del segnale {volume}, non da 0 a {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a group frame that is not text.</source>
            <translation>{label} ha una cornice del gruppo che non è testo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase template #{tid} (“{name}”, group #{gid})</source>
            <translation>Modello di fasi n. {tid} («{name}», gruppo n. {gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} stands in for the unknown built-in template “{key}”.</source>
            <translation>{label} sostituisce il modello predefinito sconosciuto «{key}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has phases that cannot be read.</source>
            <translation>{label} ha fasi che non si possono leggere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} (“{name}”, meeting #{mid})</source>
            <translation>Fase n. {pid} («{name}», incontro n. {mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} of meeting #{mid} has no name.</source>
            <translation>La fase n. {pid} dell’incontro n. {mid} non ha un nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the planned length “{planned}” seconds.</source>
            <translation>{label} ha la durata prevista di «{planned}» secondi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the actual length “{actual}” seconds.</source>
            <translation>{label} ha la durata effettiva di «{actual}» secondi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has an unreadable start or end time.</source>
            <translation>{label} ha un’ora di inizio o di fine illeggibile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ended at {ended} but never started.</source>
            <translation>{label} è finita alle {ended} ma non è mai iniziata.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ends ({ended}) before it starts ({started}).</source>
            <translation>{label} finisce ({ended}) prima di iniziare ({started}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Meeting #{mid}'s phase log has the positions {found} instead of 0 to {last}.</source>
            <translation>Il registro delle fasi dell’incontro n. {mid} ha le posizioni {found} invece di 0 a {last}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>The running timer #{rid} of meeting #{mid}</source>
            <translation>Il timer in corso n. {rid} dell’incontro n. {mid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a snapshot that cannot be read, so it cannot resume.</source>
            <translation>{label} ha uno stato salvato illeggibile, quindi non può riprendere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unreadable save time “{updated}”.</source>
            <translation>{label} ha l’ora di salvataggio illeggibile «{updated}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has no phase log.</source>
            <translation>{label} non ha un registro delle fasi.</translation>
        </message>
    </context>
</TS>
