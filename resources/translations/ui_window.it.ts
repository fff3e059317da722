<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>DamagedDataBox</name>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk's data is damaged</source>
            <translation>I dati di BalintDesk sono danneggiati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk cannot use its data file: part of it has been damaged, as happens when a disk starts to fail or a copy is cut short. Nothing has been changed in it.</source>
            <translation>BalintDesk non può usare il proprio file di dati: una parte è danneggiata, come accade quando un disco inizia a guastarsi o una copia si interrompe. Nel file non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>You can go back to the newest backup that is whole, from {moment}. Anything entered after that will be missing. The damaged file is kept, renamed, in {folder}.</source>
            <translation>È possibile tornare al backup integro più recente, del {moment}. Quanto inserito dopo andrà perso. Il file danneggiato viene conservato, rinominato, in {folder}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Restore the newest sound backup (from {moment})</source>
            <translation>Ripristina il backup integro più recente ({moment})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>There is no backup that is whole to go back to. BalintDesk leaves the file {file} as it is, for someone who can try to rescue it.</source>
            <translation>Non esiste un backup integro a cui tornare. BalintDesk lascia il file {file} così com'è, perché qualcuno possa tentare di recuperarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit during the meeting?</source>
            <translation>Uscire durante l'incontro?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>The meeting's timer is still running.</source>
            <translation>Il timer dell'incontro è ancora in funzione.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>If you quit now, BalintDesk offers to carry on where the timer was the next time it starts.</source>
            <translation>Uscendo ora, al prossimo avvio BalintDesk proporrà di riprendere da dove era arrivato il timer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Keep the meeting open</source>
            <translation>Mantieni aperto l'incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Shared meeting-room PC</source>
            <translation>PC condiviso della sala riunioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Personal computer</source>
            <translation>Computer personale</translation>
        </message>
    </context>
    <context>
        <name>ServerOpening</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Type your password for the login “{login}” on the server {host}.</source>
            <translation>Digitare la password per il nome utente «{login}» sul server {host}.</translation>
        </message>
    </context>
    <context>
        <name>ServerStartBox</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>BalintDesk cannot open the group database on the server.</source>
            <translation>BalintDesk non riesce ad aprire il database dei gruppi sul server.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Retry</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Use this computer's own data</source>
            <translation>Usa i dati di questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>The server's password</source>
            <translation>Password del server</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>BalintDesk could not open its data in {folder}.

{reason}

Your backups are in the 'backups' folder there.</source>
            <translation>BalintDesk non è riuscito ad aprire i propri dati in {folder}.

{reason}

I backup si trovano lì, nella cartella «backups».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume the meeting?</source>
            <translation>Riprendere l'incontro?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>The meeting of {day:long} ({template}) was still running when BalintDesk stopped. Carry on where the timer was?</source>
            <translation>L'incontro di {day:long} ({template}) era ancora in corso quando BalintDesk si è chiuso. Riprendere da dove era arrivato il timer?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>&amp;Group</source>
            <translation>&amp;Gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Pages</source>
            <translation>Pagine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Roster</source>
            <translation>Elenco dei membri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Rota</source>
            <translation>Turni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Version {version}</source>
            <translation>Versione {version}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Welcome to BalintDesk</source>
            <translation>Benvenuti in BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Three quick questions and you are ready. You can change all of this later under Settings.</source>
            <translation>Tre domande veloci e si può iniziare. Tutto si potrà cambiare in seguito in Impostazioni.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Your Balint group</source>
            <translation>Il gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>This computer</source>
            <translation>Questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>The shared meeting-room PC</source>
            <translation>Il PC condiviso della sala riunioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>My own computer</source>
            <translation>Il mio computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Several people use this account.</source>
            <translation>Più persone usano questo account.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Only I use this account.</source>
            <translation>Solo io uso questo account.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>On a shared PC, private notes are never unlocked automatically, because everyone who uses this account could open them.</source>
            <translation>Su un PC condiviso le note private non vengono mai sbloccate automaticamente, perché chiunque usi questo account potrebbe aprirle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Start using BalintDesk</source>
            <translation>Inizia a usare BalintDesk</translation>
        </message>
    </context>
</TS>
