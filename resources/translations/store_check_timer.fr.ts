<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Group #{gid}</source>
            <translation>Groupe n° {gid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}'s timer starts with the template “{template}”, which the group does not have (the classic template is used instead).</source>
            <translation>Le minuteur de {label} commence par le modèle « {template} », que le groupe n’a pas (le modèle classique est utilisé à la place).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the auto-advance flag “{auto}” instead of 0 or 1.</source>
            <translation>{label} a l’indicateur d’avance automatique « {auto} » au lieu de 0 ou 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} warns {warning} seconds before a phase ends, not 0 to {most}.</source>
            <translation>{label} avertit {warning} secondes avant la fin d’une phase, et non de 0 à {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unknown timer display “{display}”.</source>
            <translation>{label} a l’affichage de minuteur inconnu « {display} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the chime volume {volume}, not 0 to {most}.</source>
            <translation>{label} a le volume de carillon {volume}, et non de 0 à {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a group frame that is not text.</source>
            <translation>{label} a un cadre de groupe qui n’est pas du texte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {problem}</source>
            <translation>{label} : {problem}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase template #{tid} (“{name}”, group #{gid})</source>
            <translation>Modèle de phases n° {tid} (« {name} », groupe n° {gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} stands in for the unknown built-in template “{key}”.</source>
            <translation>{label} remplace le modèle intégré inconnu « {key} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has phases that cannot be read.</source>
            <translation>{label} a des phases illisibles.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {message}</source>
            <translation>{label} : {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} (“{name}”, meeting #{mid})</source>
            <translation>Phase n° {pid} (« {name} », séance n° {mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} of meeting #{mid} has no name.</source>
            <translation>La phase n° {pid} de la séance n° {mid} n’a pas de nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the planned length “{planned}” seconds.</source>
            <translation>{label} a la durée prévue de « {planned} » secondes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the actual length “{actual}” seconds.</source>
            <translation>{label} a la durée réelle de « {actual} » secondes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has an unreadable start or end time.</source>
            <translation>{label} a une heure de début ou de fin illisible.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ended at {ended} but never started.</source>
            <translation>{label} s’est terminée à {ended} mais n’a jamais commencé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ends ({ended}) before it starts ({started}).</source>
            <translation>{label} se termine ({ended}) avant de commencer ({started}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Meeting #{mid}'s phase log has the positions {found} instead of 0 to {last}.</source>
            <translation>Le journal des phases de la séance n° {mid} a les positions {found} au lieu de 0 à {last}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>The running timer #{rid} of meeting #{mid}</source>
            <translation>Le minuteur en cours n° {rid} de la séance n° {mid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a snapshot that cannot be read, so it cannot resume.</source>
            <translation>{label} a un état enregistré illisible et ne peut donc pas reprendre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unreadable save time “{updated}”.</source>
            <translation>{label} a l’heure d’enregistrement illisible « {updated} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has no phase log.</source>
            <translation>{label} n’a pas de journal des phases.</translation>
        </message>
    </context>
</TS>
