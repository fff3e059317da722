<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s : avertissement : %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s non valide : %(value)r</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at most one argument</source>
            <translation>un argument au plus attendu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s argument</source>
            <translation>%s argument attendu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s arguments</source>
            <translation>%s arguments attendus</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l’argument %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ignored explicit argument %r</source>
            <translation>argument explicite %r ignoré</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>option '%(option)s' is deprecated</source>
            <translation>l’option « %(option)s » est obsolète</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>command '%(parser_name)s' is deprecated</source>
            <translation>la commande « %(parser_name)s » est obsolète</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument '%(argument_name)s' is deprecated</source>
            <translation>l’argument « %(argument_name)s » est obsolète</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} is full, so nothing was changed; free some space and try again.</source>
            <translation>Le disque contenant {folder} est plein, rien n’a donc été modifié ; libérez de l’espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so nothing was changed; make it writable, or copy the folder somewhere you may write and name the copy with --data-dir.</source>
            <translation>BalintDesk ne peut pas écrire dans {folder} (le dossier ou son disque est en lecture seule), rien n’a donc été modifié ; rendez-le accessible en écriture, ou copiez le dossier à un endroit où vous pouvez écrire et indiquez la copie avec --data-dir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Another BalintDesk kept the data in {folder} busy for too long, so nothing was changed; try again when it has finished.</source>
            <translation>Un autre BalintDesk a occupé les données de {folder} trop longtemps, rien n’a donc été modifié ; réessayez quand il aura terminé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} failed to read or write the database, so the command stopped; check the disk, then run “balintdesk check”.</source>
            <translation>Le disque contenant {folder} n’a pas pu lire ou écrire la base de données, la commande s’est donc arrêtée ; vérifiez le disque, puis lancez « balintdesk check ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is BalintDesk's database: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} est la base de données de BalintDesk : y écrire pourrait détruire vos données, rien n’a donc été écrit. Choisissez un autre nom ou un autre dossier, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's backups folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} se trouve dans le dossier des sauvegardes de BalintDesk : y écrire pourrait détruire vos données, rien n’a donc été écrit. Choisissez un autre nom ou un autre dossier, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's logs folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} se trouve dans le dossier des journaux de BalintDesk : y écrire pourrait détruire vos données, rien n’a donc été écrit. Choisissez un autre nom ou un autre dossier, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is one of BalintDesk's own files: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} est l’un des fichiers propres à BalintDesk : y écrire pourrait détruire vos données, rien n’a donc été écrit. Choisissez un autre nom ou un autre dossier, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name the CSV file inside it.</source>
            <translation>{path} est un dossier ; indiquez le fichier CSV qu’il contient.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is larger than 5 MB, too big to import; check the file.</source>
            <translation>{path} dépasse 5 Mo, c’est trop pour l’importer ; vérifiez le fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no file at {path}.</source>
            <translation>Il n’y a pas de fichier à l’emplacement {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk is not allowed to read {path}; check its permissions.</source>
            <translation>BalintDesk n’a pas le droit de lire {path} ; vérifiez ses autorisations.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>the file's encoding when it is not UTF-8 (found from the file if left out): utf-8, windows-1252, mac-roman, utf-16, or another Python knows</source>
            <translation>l’encodage du fichier s’il n’est pas en UTF-8 (déduit du fichier si omis) : utf-8, windows-1252, mac-roman, utf-16, ou un autre connu de Python</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>--encoding “{name}” is not an encoding BalintDesk knows; try {known}.</source>
            <translation>--encoding « {name} » n’est pas un encodage connu de BalintDesk ; essayez {known}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Read {file} as {how}.</source>
            <translation>{file} lu comme {how}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>“{name}”</source>
            <translation>« {name} »</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; the groups are {groups}.</source>
            <translation>Il n’y a pas de groupe nommé « {name} » ; les groupes sont {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; there are no groups yet.</source>
            <translation>Il n’y a pas de groupe nommé « {name} » ; il n’y a encore aucun groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name a file to write, such as roster.csv.</source>
            <translation>{path} est un dossier ; indiquez un fichier à écrire, par exemple roster.csv.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hour</source>
            <translation>{hours} heure</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hours</source>
            <translation>{hours} heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Nothing was imported; correct the lines above and try again.</source>
            <translation>Rien n’a été importé ; corrigez les lignes ci-dessus et réessayez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} ne peut pas être écrit : {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>copy the database</source>
            <translation>copier la base de données</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>a file to create or an existing folder (default: the data folder's backups)</source>
            <translation>un fichier à créer ou un dossier existant (par défaut : les sauvegardes du dossier de données)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>check the database for problems</source>
            <translation>vérifier la base de données</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>balintdesk backup copies this computer's own file; the group database is on the practice's server, whose backups IT makes there (pg_dump).</source>
            <translation>balintdesk backup copie le fichier propre à cet ordinateur ; la base de données des groupes est sur le serveur du cabinet, que le service informatique sauvegarde sur place (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{path} already exists; name a new file or a folder.</source>
            <translation>{path} existe déjà ; indiquez un nouveau fichier ou un dossier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so no backup was made; name a folder you may write to: balintdesk backup DEST.</source>
            <translation>BalintDesk ne peut pas écrire dans {folder} (le dossier ou son disque est en lecture seule), aucune sauvegarde n’a donc été faite ; indiquez un dossier accessible en écriture : balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>The disk holding {folder} is full, so no backup was made; free some space, or name a folder on another disk: balintdesk backup DEST.</source>
            <translation>Le disque contenant {folder} est plein, aucune sauvegarde n’a donc été faite ; libérez de l’espace ou indiquez un dossier sur un autre disque : balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>On the practice's server only the data is checked: the file checks are for this computer's own file.</source>
            <translation>Sur le serveur du cabinet, seules les données sont vérifiées : les contrôles du fichier concernent le fichier propre à cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problème trouvé.</numerusform>
                <numerusform>%n problèmes trouvés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>OK: {groups}, {members}, schema version {version}; no problems found.</source>
            <translation>OK : {groups}, {members}, version du schéma {version} ; aucun problème trouvé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage}, and there is no sound backup in {folder} to go back to.</source>
            <translation>{damage}, et il n’y a dans {folder} aucune sauvegarde intacte à laquelle revenir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage} and was left as it was: open BalintDesk's window to restore the newest sound backup (from {day:short}, {time}), which keeps the damaged file aside.</source>
            <translation>{damage} et a été laissée telle quelle : ouvrez la fenêtre de BalintDesk pour restaurer la sauvegarde intacte la plus récente (du {day:short}, {time}), qui met le fichier endommagé de côté.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>write a certificate or CPD record, leader log, printable rota, calendar, or attendance or timing CSV</source>
            <translation>écrire une attestation ou une attestation DPC, un journal du leader, le tour de rôle à imprimer, un calendrier, ou les présences ou les durées en CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's certificate of attendance: German, UK CPD or Dutch (PDF)</source>
            <translation>attestation de participation d’un membre : allemande, relevé CPD britannique ou néerlandaise (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>--kind de: the German Teilnahmebescheinigung (in German), with the rule it counts toward; --kind uk: the UK CPD record, as export cpd writes it; --kind nl: the Dutch certificate with accreditation points (in Dutch).</source>
            <translation>--kind de : l’attestation allemande (Teilnahmebescheinigung, en allemand), avec la règle pour laquelle elle compte ; --kind uk : le relevé CPD britannique, tel que l’écrit export cpd ; --kind nl : l’attestation néerlandaise avec points d’accréditation (en néerlandais).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the rule it counts toward (default: the member's own)</source>
            <translation>la règle pour laquelle elle compte (par défaut : celle du membre)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's CPD attendance record for appraisal (PDF)</source>
            <translation>l’attestation DPC d’un participant (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>The meetings the member attended in the period, with their length and the member's part, total hours and a line for the leader's signature.</source>
            <translation>Les séances auxquelles le participant a assisté pendant la période, avec leur durée et son rôle, le total des heures et une ligne pour la signature du leader.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the printable rota for a noticeboard (PDF, A4)</source>
            <translation>le tour de rôle à afficher (PDF, A4)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how many meetings (12)</source>
            <translation>combien de séances (12)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the group's upcoming meetings as a calendar file (.ics)</source>
            <translation>les prochaines séances du groupe en fichier de calendrier (.ics)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Importing the file again updates the same events rather than adding copies; cancelled meetings are marked cancelled.</source>
            <translation>Importer à nouveau le fichier met à jour les mêmes événements au lieu d’en ajouter des copies ; les séances annulées sont marquées comme annulées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>attendance in a period as CSV, one row per member per meeting</source>
            <translation>les présences sur une période en CSV, une ligne par membre et par séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how the time went in the timed meetings, as CSV, one row per phase</source>
            <translation>le déroulement du temps des séances chronométrées, en CSV, une ligne par phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Each phase's planned and actual minutes, the difference, and how long the timer stood still, for every meeting of the period whose timer ran.</source>
            <translation>Pour chaque séance de la période où le minuteur a tourné : minutes prévues et réelles par phase, l’écart et la durée d’arrêt du minuteur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a leader's log for accreditation (PDF or CSV, by the file's ending)</source>
            <translation>le journal d’un leader pour l’accréditation (PDF ou CSV, selon l’extension du fichier)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Sessions attended as a member, led and co-led, and the entries the leader added by hand (supervision, training, society events).</source>
            <translation>Séances suivies comme participant, animées et co-animées, et les entrées ajoutées à la main par le leader (supervision, formation, événements de la société).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>needed only when two groups have a member of that name</source>
            <translation>nécessaire seulement si deux groupes ont un membre de ce nom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the file to write (default: stdout)</source>
            <translation>le fichier à écrire (par défaut : stdout)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--from {start} is after --to {end}.</source>
            <translation>--from {start} est postérieur à --to {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--next must be a whole number from 1 to {high}, not “{value}”.</source>
            <translation>--next doit être un nombre entier de 1 à {high}, et non « {value} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}”.</source>
            <translation>Il n’y a pas de membre nommé « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}” in {group}.</source>
            <translation>Il n’y a pas de membre nommé « {name} » dans {group}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>More than one group has a member called “{name}”; add --group NAME.</source>
            <translation>Plusieurs groupes ont un membre nommé « {name} » ; ajoutez --group NAME.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--out must name a {endings} file, not “{name}”.</source>
            <translation>--out doit indiquer un fichier {endings}, et non « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{one} or {other}</source>
            <translation>{one} ou {other}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{path} is a folder; name a file to write.</source>
            <translation>{path} est un dossier ; indiquez un fichier à écrire.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>--rule {rule}: {problem}</source>
            <translation>--rule {rule} : {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the German certificate of {name} ({parts}) to {path}.</source>
            <translation>Attestation allemande de {name} ({parts}) écrite dans {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the Dutch certificate of {name} ({parts}) to {path}.</source>
            <translation>Attestation néerlandaise de {name} ({parts}) écrite dans {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>{name} is not a leader, so has no leader log; mark them as a leader on the Roster page, or ask for their CPD record (export cpd).</source>
            <translation>{name} n’est pas leader et n’a donc pas de journal du leader ; indiquez cette personne comme leader dans la page Liste des membres, ou demandez son attestation DPC (export cpd).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>%n entry/entries</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>Wrote the leader log of {name} ({parts}) to {path}.</source>
            <translation>Journal du leader de {name} ({parts}) écrit dans {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote the CPD record of {name} ({parts}) to {path}.</source>
            <translation>Attestation DPC de {name} ({parts}) écrite dans {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n ligne ({meetings} de {group}, du {start} au {end}) écrite dans {path}.</numerusform>
                <numerusform>%n lignes ({meetings} de {group}, du {start} au {end}) écrites dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>{first:short} to {last:short}</source>
            <translation>du {first:short} au {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote the rota of {group} ({meetings}; {pages}) to {path}.</source>
            <translation>Tour de rôle de {group} ({meetings} ; {pages}) écrit dans {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} ({cancelled} cancelled) to {path}.</source>
            <translation>{meetings} de {group} ({cancelled} annulées) écrites dans {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} to {path}.</source>
            <translation>{meetings} de {group} écrites dans {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>No meeting of {group} from {start} to {end} was timed: the timer's phase log is what this export reads. Nothing was written.</source>
            <translation>Aucune séance de {group} du {start} au {end} n’a été chronométrée ; cet export lit le journal des phases du minuteur. Rien n’a été écrit.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>%n timed meeting(s)</source>
            <translation>
                <numerusform>%n séance chronométrée</numerusform>
                <numerusform>%n séances chronométrées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>BalintDesk: roster, rota, phase timer and private notes for a Balint group. Run without a command to open the window.</source>
            <translation>BalintDesk : liste des membres, tour de rôle, minuteur des phases et notes privées pour un groupe Balint. Sans commande, la fenêtre s’ouvre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the data folder (default: {variable}, else the user's data folder); created if missing</source>
            <translation>le dossier de données (par défaut : {variable}, sinon le dossier de données de l’utilisateur) ; créé s’il manque</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the language for the window and the command line: en, de, fr, nl or it (default: $BALINTDESK_LANGUAGE, else the one chosen in Settings, else the computer's)</source>
            <translation>la langue de la fenêtre et de la ligne de commande : en, de, fr, nl ou it (par défaut : $BALINTDESK_LANGUAGE, sinon celle choisie dans les Paramètres, sinon celle de l’ordinateur)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>check this installation in a temporary folder and exit (--out FILE: also write the report there)</source>
            <translation>vérifier cette installation dans un dossier temporaire et quitter (--out FILE : écrire aussi le rapport dans ce fichier)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>No command was given; run “balintdesk --help” to see them.</source>
            <translation>Aucune commande n’a été indiquée ; lancez « balintdesk --help » pour les voir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The data folder cannot be used: {reason}.</source>
            <translation>Le dossier de données ne peut pas être utilisé : {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The database {path} cannot be opened: {reason}.</source>
            <translation>La base de données {path} ne peut pas être ouverte : {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set when and how a group meets</source>
            <translation>définir quand et comment un groupe se réunit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set a group's meeting pattern, creating the group if needed</source>
            <translation>définir le rythme des séances d’un groupe, en créant le groupe si besoin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; for an existing group, what is left out stays as it is.</source>
            <translation>Un nouveau groupe nécessite --every, --weekday, --time et --length ; pour un groupe existant, ce qui est omis reste inchangé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>start time, on the local clock</source>
            <translation>heure de début, à l’heure locale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>first meeting</source>
            <translation>première séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>cases presented at a meeting</source>
            <translation>cas présentés par séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>monthly: which week, 1-4 or last</source>
            <translation>mensuel : quelle semaine, 1-4 ou last</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>how the group usually meets; planned meetings follow</source>
            <translation>comment le groupe se réunit d’habitude ; les séances prévues suivent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>the CME event number (German VNR, 19 digits); "" clears it</source>
            <translation>le numéro d’événement de FMC (VNR allemand, 19 chiffres) ; "" l’efface</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>who is due to present next</source>
            <translation>qui présente prochainement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>import past attendance</source>
            <translation>importer les présences passées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>record past meetings and planned apologies from a CSV file</source>
            <translation>enregistrer les séances passées et les absences annoncées depuis un fichier CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Columns: date (2024-09-03, or day first: 03.09.2024, 03/09/2024), name, status (present, apologies or absent), presented (yes or no), mode (in-person or online; optional), separated by commas, semicolons or tabs. Names must be members of the group (any case, spacing, invisible or look-alike characters). If any row is wrong, nothing is imported.</source>
            <translation>Colonnes : date (2024-09-03, ou le jour d’abord : 03.09.2024, 03/09/2024), name, status (present, apologies ou absent), presented (yes ou no), mode (in-person ou online ; facultatif), séparées par des virgules, des points-virgules ou des tabulations. Les noms doivent être ceux de membres du groupe (casse, espaces, caractères invisibles ou semblables indifférents). Si une ligne est erronée, rien n’est importé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--every “{value}” should be weekly, fortnightly or monthly.</source>
            <translation>--every « {value} » doit valoir weekly, fortnightly ou monthly.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--weekday “{value}” should be a day of the week: mon, tue, … sun.</source>
            <translation>--weekday « {value} » doit être un jour de la semaine : mon, tue, … sun.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--time “{value}” should be a time of day such as 12:30.</source>
            <translation>--time « {value} » doit être une heure, par exemple 12:30.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{option} “{value}” should be a whole number from {low} to {high}.</source>
            <translation>{option} « {value} » doit être un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; one case a meeting.</source>
            <translation>{group} : {pattern} ; un cas par séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; two cases a meeting.</source>
            <translation>{group} : {pattern} ; deux cas par séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Next meeting: {day:short}.</source>
            <translation>Prochaine séance : {day:short}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Event number (VNR): {number}.</source>
            <translation>Numéro d’événement (VNR) : {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets online.</source>
            <translation>Se réunit en ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets hybrid: some in the room, some online.</source>
            <translation>Se réunit en hybride : les uns dans la salle, les autres en ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets in person.</source>
            <translation>Se réunit en présentiel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; missing: {missing}.</source>
            <translation>Un nouveau groupe nécessite --every, --weekday, --time et --length ; il manque : {missing}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--week is only for a group that meets monthly (--every monthly).</source>
            <translation>--week ne vaut que pour un groupe qui se réunit chaque mois (--every monthly).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenters: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Rapporteurs : {who}  Remplaçant : {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenter: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Rapporteur : {who}  Remplaçant : {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>nobody eligible</source>
            <translation>personne d’éligible</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>  Note: {note}</source>
            <translation>  Remarque : {note}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--format “{value}” should be text or csv.</source>
            <translation>--format « {value} » doit valoir text ou csv.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group} has no meetings planned.</source>
            <translation>Aucune séance n’est prévue pour {group}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Recorded %n meeting(s) of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>
                <numerusform>%n séance de {group} enregistrée ({new} ajoutées) ; présences : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées.</numerusform>
                <numerusform>%n séances de {group} enregistrées ({new} ajoutées) ; présences : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a member's professional numbers and recognition</source>
            <translation>numéros professionnels et reconnaissance d'un membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>record a member's professional numbers or recognition</source>
            <translation>enregistrer les numéros professionnels ou la reconnaissance d'un membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Every number is optional; "" removes one. A number with a check digit (EFN, RPPS) is checked, and if any is wrong nothing is changed. Numbers are printed only on the member's own certificate.</source>
            <translation>Chaque numéro est facultatif ; "" en supprime un. Un numéro avec clé de contrôle (EFN, RPPS) est vérifié ; si l'un est faux, rien n'est modifié. Les numéros ne sont imprimés que sur l'attestation du membre lui-même.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>German uniform CME number, 15 digits</source>
            <translation>numéro allemand de formation continue (EFN), 15 chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>UK GMC reference number, 7 digits</source>
            <translation>numéro de référence GMC britannique, 7 chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Dutch BIG registration number, 11 digits</source>
            <translation>numéro d'enregistrement BIG néerlandais, 11 chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>French RPPS number, 11 digits</source>
            <translation>numéro RPPS, 11 chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a leader's recognition as a Balint leader, e.g. “Ärztekammer Nordrhein”</source>
            <translation>la reconnaissance comme leader Balint, p. ex. « Ärztekammer Nordrhein »</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>print one member's own details, numbers included</source>
            <translation>afficher les données d'un membre, numéros compris</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing to set: give --efn, --gmc, --big, --rpps or --recognition.</source>
            <translation>Rien à enregistrer : indiquez --efn, --gmc, --big, --rpps ou --recognition.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name} is not a leader of {group}: only a leader's recognition is kept.</source>
            <translation>{name} n'est pas leader de {group} : seule la reconnaissance d'un leader est enregistrée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing was changed; correct the lines above and try again.</source>
            <translation>Rien n'a été modifié ; corrigez les lignes ci-dessus et réessayez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Saved for {name}.</source>
            <translation>Enregistré pour {name}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name}, {group}</source>
            <translation>{name}, {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Role: {role}</source>
            <translation>Rôle : {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Leads the group.</source>
            <translation>Anime le groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Email: {email}</source>
            <translation>E-mail : {email}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Joined: {day}</source>
            <translation>Membre depuis : {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Archived: no longer on the roster.</source>
            <translation>Archivé : ne figure plus sur la liste des membres.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{label}: {number}</source>
            <translation>{label} : {number}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>No professional numbers recorded.</source>
            <translation>Aucun numéro professionnel enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Recognised as a Balint leader by: {body}</source>
            <translation>Reconnu comme leader Balint par : {body}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>every group and member of the programme against its attendance rule</source>
            <translation>tous les groupes et membres du programme au regard de sa règle de présence</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>For a programme administrator: every group with its leaders and next meeting, then every member with the sessions and hours they attended in the period and whether they meet the programme's attendance rule, or what is still missing.</source>
            <translation>Pour l'administration du programme : chaque groupe avec ses leaders et sa prochaine séance, puis chaque membre avec les séances et heures suivies sur la période, et s'il remplit la règle de présence du programme ou ce qui manque encore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's first day (default: a year before --until)</source>
            <translation>premier jour de la période (par défaut : un an avant --until)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's last day (default: today)</source>
            <translation>dernier jour de la période (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the rule's id (default: the one most members work toward, else one of the groups' country); see “rules list”</source>
            <translation>l'identifiant de la règle (par défaut : celle que visent la plupart des membres, sinon une du pays des groupes) ; voir « rules list »</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>write the members as CSV to this file instead of printing</source>
            <translation>écrire les membres en CSV dans ce fichier au lieu de les afficher</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>--from {start} is after --until {end}.</source>
            <translation>--from {start} est après --until {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no leader</source>
            <translation>aucun leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; no meeting planned</source>
            <translation>{group} ({country}) : {leaders} ; {members} ; aucune séance prévue</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; next {day:short}, {time}</source>
            <translation>{group} ({country}) : {leaders} ; {members} ; prochaine {day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no rule</source>
            <translation>aucune règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>met</source>
            <translation>rempli</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet: {missing}</source>
            <translation>pas encore : {missing}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}, archived): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}, archivé) : {sessions}, {hours:1} h · {verdict}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}) : {sessions}, {hours:1} h · {verdict}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Wrote %n member(s) ({start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n membre ({start} au {end}) écrit dans {path}.</numerusform>
                <numerusform>%n membres ({start} au {end}) écrits dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}; no rule: choose one with --rule: {rules}.</source>
            <translation>Programme, du {start} au {end} ; aucune règle : choisissez-en une avec --rule : {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}, against {rule}</source>
            <translation>Programme, du {start} au {end}, au regard de {rule}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n group(s):</source>
            <translation>
                <numerusform>%n groupe :</numerusform>
                <numerusform>%n groupes :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n member(s):</source>
            <translation>
                <numerusform>%n membre :</numerusform>
                <numerusform>%n membres :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{met} of %n member(s) meet the rule.</source>
            <translation>
                <numerusform>{met} membre sur %n remplit la règle.</numerusform>
                <numerusform>{met} membres sur %n remplissent la règle.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>check what a member has met of an attendance rule</source>
            <translation>vérifier ce qu'un membre a rempli d'une règle de présence</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>Each condition of the rule on a line: what counts toward it, whether it is met and what is still missing. Exits 0 when every condition is met, 3 when some are not yet.</source>
            <translation>Chaque condition de la règle sur une ligne : ce qui compte, si elle est remplie et ce qui manque encore. Termine avec 0 si toutes les conditions sont remplies, 3 si certaines ne le sont pas encore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rule's id (default: the one the member works toward); see “rules list”</source>
            <translation>l'identifiant de la règle (par défaut : celle que le membre vise) ; voir « rules list »</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>count only what happened up to this day (default: today)</source>
            <translation>ne compter que ce qui a eu lieu jusqu'à ce jour (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>list the attendance rules, or set one</source>
            <translation>lister les règles de présence, ou en régler une</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rules there are, and any rule file that cannot be read</source>
            <translation>les règles disponibles, et tout fichier de règle illisible</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>keep a figure the rule leaves to the region or programme</source>
            <translation>fixer un chiffre que la règle laisse à la région ou au programme</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>there are no rules yet</source>
            <translation>il n'y a encore aucune règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id} ({title})</source>
            <translation>{id} ({title})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Le fichier de règle {path} ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There is no rule “{rule}”; the rules are: {rules}.</source>
            <translation>Il n'y a pas de règle « {rule} » ; les règles sont : {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[met] {line}</source>
            <translation>[rempli] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line}</source>
            <translation>[pas encore] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line} — {missing}</source>
            <translation>[pas encore] {line} — {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>All %n condition(s) met.</source>
            <translation>
                <numerusform>La condition est remplie.</numerusform>
                <numerusform>Les %n conditions sont remplies.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{met} of %n condition(s) met.</source>
            <translation>
                <numerusform>Condition remplie : {met} sur %n.</numerusform>
                <numerusform>Conditions remplies : {met} sur %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} works toward no rule yet; name one with --rule: {rules}.</source>
            <translation>{name} ne vise encore aucune règle ; indiquez-en une avec --rule : {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} — {rule}, up to {day}</source>
            <translation>{name} — {rule}, jusqu'au {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>shipped with BalintDesk</source>
            <translation>fournie avec BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>from {path}</source>
            <translation>de {path}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There are no rules yet.</source>
            <translation>Il n'y a encore aucune règle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id}: {title} ({where})</source>
            <translation>{id} : {title} ({where})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{key} = {value} ({label}; from {low} to {high})</source>
            <translation>{key} = {value} ({label} ; de {low} à {high})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{rule}: {key} is now {value}.</source>
            <translation>{rule} : {key} vaut maintenant {value}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>import or export members</source>
            <translation>importer ou exporter les membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>add or update a group's members from a CSV file</source>
            <translation>ajouter ou mettre à jour les membres d’un groupe depuis un fichier CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Columns: name (required), role, leader, email, joined, separated by commas, semicolons or tabs. A member already in the group (same name, any case, spacing, invisible or look-alike characters) is updated. If any row is wrong, nothing is imported.</source>
            <translation>Colonnes : name (obligatoire), role, leader, email, joined, séparées par des virgules, des points-virgules ou des tabulations. Un membre déjà dans le groupe (même nom, casse, espaces, caractères invisibles ou semblables indifférents) est mis à jour. Si une ligne est erronée, rien n’est importé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>the group; created if it does not exist</source>
            <translation>le groupe ; créé s’il n’existe pas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>write a group's members as CSV</source>
            <translation>écrire les membres d’un groupe en CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>also export archived members</source>
            <translation>exporter aussi les membres archivés</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Added {added}, updated {updated}, unchanged {unchanged} members of {group}.</source>
            <translation>Membres de {group} : {added} ajoutés, {updated} mis à jour, {unchanged} inchangés.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Wrote %n member(s) of {group} to {path}.</source>
            <translation>
                <numerusform>%n membre de {group} écrit dans {path}.</numerusform>
                <numerusform>%n membres de {group} écrits dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the server's database: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full&amp;sslrootcert=CA-FILE</source>
            <translation>la base du serveur : postgresql://LOGIN@SERVEUR/BASE?sslmode=verify-full&amp;sslrootcert=FICHIER-CA</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>read the password from the first line of standard input (else PGPASSWORD or ~/.pgpass)</source>
            <translation>lire le mot de passe sur la première ligne de l'entrée standard (sinon PGPASSWORD ou ~/.pgpass)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group database on a server</source>
            <translation>la base des groupes sur un serveur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>set up the schema, the roles and row-level security</source>
            <translation>mettre en place le schéma, les rôles et la sécurité au niveau des lignes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>give a login access</source>
            <translation>donner un accès à un login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a login IT has made on the server</source>
            <translation>un login créé par l'informatique sur le serveur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>admin: every group; leader: the groups named with --group</source>
            <translation>admin : tous les groupes ; leader : les groupes indiqués par --group</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a group the leader leads (repeat for more)</source>
            <translation>un groupe que le leader anime (à répéter pour plusieurs)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>take a login's access away</source>
            <translation>retirer l'accès d'un login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>only this group (repeat for more); without it, all access</source>
            <translation>seulement ce groupe (à répéter pour plusieurs) ; sans lui, tout accès</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>who has what access</source>
            <translation>qui a quel accès</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>move this PC's groups, with their history, to the server</source>
            <translation>déplacer les groupes de ce PC, avec leur historique, vers le serveur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>from this PC's data folder, which stays as it is</source>
            <translation>depuis le dossier de données de ce PC, qui reste inchangé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>write one group of the server to a new local database file</source>
            <translation>écrire un groupe du serveur dans un nouveau fichier de base local</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group's name</source>
            <translation>le nom du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a new file to write</source>
            <translation>un nouveau fichier à écrire</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>That is not a PostgreSQL URL; write it as postgresql://LOGIN@SERVER/DATABASE.</source>
            <translation>Ce n'est pas une URL PostgreSQL ; écrivez-la sous la forme postgresql://LOGIN@SERVEUR/BASE.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database is ready: schema version {version}, the roles balintdesk_administrator and balintdesk_leader, and row-level security on every table. Give people access with “balintdesk db grant”.</source>
            <translation>La base est prête : version de schéma {version}, les rôles balintdesk_administrator et balintdesk_leader, et la sécurité au niveau des lignes sur chaque table. Donnez les accès avec « balintdesk db grant ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>A leader needs at least one group: add --group NAME.</source>
            <translation>Un leader a besoin d'au moins un groupe : ajoutez --group NOM.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>An administrator sees every group; leave out --group.</source>
            <translation>Un administrateur voit tous les groupes ; omettez --group.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} is now a programme administrator: every group.</source>
            <translation>{login} est désormais administrateur du programme : tous les groupes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} now leads {groups}.</source>
            <translation>{login} anime désormais {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has access to {groups}.</source>
            <translation>{login} n'a plus accès à {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has any access.</source>
            <translation>{login} n'a plus aucun accès.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Nobody has been given access yet.</source>
            <translation>Personne n'a encore reçu d'accès.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>administrator</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>leader</source>
            <translation>leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>every group</source>
            <translation>tous les groupes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no BalintDesk database in {folder}; nothing was moved.</source>
            <translation>Il n'y a pas de base BalintDesk dans {folder} ; rien n'a été déplacé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Row {row} of the table {table} on this PC names a {column} that is not there, so nothing was moved; run “balintdesk check”, then try again.</source>
            <translation>La ligne {row} de la table {table} sur ce PC renvoie à un {column} qui n'existe pas : rien n'a donc été déplacé ; lancez « balintdesk check », puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Only a programme administrator may move groups to the server; connect as one.</source>
            <translation>Seul un administrateur du programme peut déplacer des groupes vers le serveur ; connectez-vous en tant que tel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already has a group called {names}, so nothing was moved; rename the group on this PC or on the server first.</source>
            <translation>Le serveur a déjà un groupe nommé {names} : rien n'a donc été déplacé ; renommez d'abord le groupe sur ce PC ou sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC is at schema version {version}; open it once with this BalintDesk (it updates the file), then move it.</source>
            <translation>La base de ce PC est à la version de schéma {version} ; ouvrez-la une fois avec ce BalintDesk (il met le fichier à jour), puis déplacez-la.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server's database is at schema version {version}; run “balintdesk db init” with this BalintDesk first.</source>
            <translation>La base du serveur est à la version de schéma {version} ; lancez d'abord « balintdesk db init » avec ce BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>This PC has no groups, so nothing was moved.</source>
            <translation>Ce PC n'a aucun groupe : rien n'a donc été déplacé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/server.py" />
            <source>%n group(s) moved to the server with all their history: {names}.</source>
            <translation>
                <numerusform>%n groupe déplacé vers le serveur avec tout son historique : {names}.</numerusform>
                <numerusform>%n groupes déplacés vers le serveur avec tout leur historique : {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already used some of their numbers, so they were numbered anew; export their calendar files again.</source>
            <translation>Le serveur utilisait déjà certains de leurs numéros : ils ont donc été renumérotés ; exportez de nouveau leurs fichiers de calendrier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC, {path}, is kept unchanged as a backup. The window still uses it until you choose the shared database in Settings → Shared database.</source>
            <translation>La base de ce PC, {path}, est conservée inchangée comme sauvegarde. La fenêtre l'utilise encore jusqu'à ce que vous choisissiez la base partagée dans Paramètres → Base de données partagée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{path} already exists; name a new file.</source>
            <translation>{path} existe déjà ; indiquez un nouveau fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{group} was written to {path}.</source>
            <translation>{group} a été écrit dans {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>BalintDesk is not set up on this database yet; run “balintdesk db init” first.</source>
            <translation>BalintDesk n'est pas encore installé dans cette base ; lancez d'abord « balintdesk db init ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no login {login} on the server. IT makes logins with the server's own tools (docs/server.md says how); then run this again.</source>
            <translation>Il n'y a pas de login {login} sur le serveur. L'informatique crée les logins avec les outils du serveur (voir docs/server.md) ; relancez ensuite cette commande.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>No group on the server is called {names}.</source>
            <translation>Aucun groupe du serveur ne s'appelle {names}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server refused: {reason}</source>
            <translation>Le serveur a refusé : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>the group database on the practice's PostgreSQL server, as a postgresql:// URL (default: $BALINTDESK_DATABASE, else the server chosen in Settings, else this computer's own file)</source>
            <translation>la base de données des groupes sur le serveur PostgreSQL du cabinet, sous forme d’URL postgresql:// (par défaut : $BALINTDESK_DATABASE, sinon le serveur choisi dans les Paramètres, sinon le fichier propre à cet ordinateur)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>--database takes a postgresql:// URL, such as {example}.</source>
            <translation>--database attend une URL postgresql://, par exemple {example}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>The connection to the server was lost during the command: try again when the server can be reached.</source>
            <translation>La connexion au serveur a été perdue pendant la commande : réessayez quand le serveur sera joignable.</translation>
        </message>
    </context>
</TS>
