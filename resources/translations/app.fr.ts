<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so it cannot open there. Make the folder writable, or copy it somewhere you may write and start BalintDesk with --data-dir and the copy.</source>
            <translation>BalintDesk n'a pas le droit d'écrire dans {folder} (le dossier ou son disque est en lecture seule) et ne peut donc pas s'ouvrir ici. Rendez le dossier accessible en écriture, ou copiez-le à un endroit où vous pouvez écrire et démarrez BalintDesk avec --data-dir et la copie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk has found that part of its data file is damaged, as happens when a disk starts to fail. Quit BalintDesk and open it again: it will check the file and offer to go back to the newest backup that is whole.</source>
            <translation>BalintDesk a constaté qu'une partie de son fichier de données est endommagée, comme cela arrive quand un disque commence à défaillir. Quittez BalintDesk et rouvrez-le : il vérifiera le fichier et proposera de revenir à la sauvegarde intacte la plus récente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The practice's shared database cannot be reached just now, so your last change was not saved. Check-ins and the timer keep working on this computer and are sent when it is back; make other changes again then.</source>
            <translation>La base de données partagée du cabinet est injoignable pour le moment : votre dernière modification n'a donc pas été enregistrée. Les présences et le minuteur continuent sur cet ordinateur et seront envoyés dès son retour ; refaites alors les autres modifications.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The disk holding BalintDesk's data is full, so your last change was not saved. Free some space, then make the change again.</source>
            <translation>Le disque contenant les données de BalintDesk est plein : votre dernière modification n'a donc pas été enregistrée. Libérez de l'espace, puis refaites la modification.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to its data folder any more (the folder or its disk became read-only), so your last change was not saved.</source>
            <translation>BalintDesk n'a plus le droit d'écrire dans son dossier de données (le dossier ou son disque est passé en lecture seule) : votre dernière modification n'a donc pas été enregistrée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Another BalintDesk kept the data busy for too long, so your last change was not saved. Make it again in a moment.</source>
            <translation>Un autre BalintDesk a occupé les données trop longtemps : votre dernière modification n'a donc pas été enregistrée. Refaites-la dans un instant.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Something went wrong inside BalintDesk. Your saved data is safe; the details are in the log file in the data folder's 'logs' folder.</source>
            <translation>Un problème est survenu dans BalintDesk. Vos données enregistrées sont en sécurité ; les détails se trouvent dans le fichier journal, dans le dossier « logs » du dossier de données.</translation>
        </message>
    </context>
</TS>
