<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>gebruik: </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>positionele argumenten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>options</source>
            <translation>opties</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>deze hulp tonen en afsluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>het versienummer tonen en afsluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: fout: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s: waarschuwing: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>the following arguments are required: %s</source>
            <translation>de volgende argumenten zijn verplicht: %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>een van de argumenten %s is verplicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unrecognized arguments: %s</source>
            <translation>onbekende argumenten: %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ongeldige %(type)s-waarde: %(value)r</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>dubbelzinnige optie: %(option)s kan passen bij %(matches)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>één argument verwacht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at most one argument</source>
            <translation>hoogstens één argument verwacht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>minstens één argument verwacht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s argument</source>
            <translation>%s argument verwacht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s arguments</source>
            <translation>%s argumenten verwacht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>niet toegestaan samen met argument %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ignored explicit argument %r</source>
            <translation>expliciet argument %r genegeerd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>kan ‘%(filename)s’ niet openen: %(error)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>option '%(option)s' is deprecated</source>
            <translation>optie ‘%(option)s’ is verouderd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>command '%(parser_name)s' is deprecated</source>
            <translation>opdracht ‘%(parser_name)s’ is verouderd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument '%(argument_name)s' is deprecated</source>
            <translation>argument ‘%(argument_name)s’ is verouderd</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} is full, so nothing was changed; free some space and try again.</source>
            <translation>De schijf met {folder} is vol, dus er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so nothing was changed; make it writable, or copy the folder somewhere you may write and name the copy with --data-dir.</source>
            <translation>BalintDesk mag niet schrijven in {folder} (de map of de schijf is alleen-lezen), dus er is niets gewijzigd; maak de map beschrijfbaar, of kopieer de map naar een plek waar u mag schrijven en geef de kopie op met --data-dir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Another BalintDesk kept the data in {folder} busy for too long, so nothing was changed; try again when it has finished.</source>
            <translation>Een andere BalintDesk hield de gegevens in {folder} te lang bezet, dus er is niets gewijzigd; probeer het opnieuw als die klaar is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} failed to read or write the database, so the command stopped; check the disk, then run “balintdesk check”.</source>
            <translation>De schijf met {folder} kon de database niet lezen of schrijven, dus de opdracht is gestopt; controleer de schijf en voer daarna ‘balintdesk check’ uit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is BalintDesk's database: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} is de database van BalintDesk: daar schrijven kan uw gegevens vernietigen, dus er is niets geschreven. Kies een andere naam of map, zoals uw map Documenten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's backups folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} staat in de back-upmap van BalintDesk: daar schrijven kan uw gegevens vernietigen, dus er is niets geschreven. Kies een andere naam of map, zoals uw map Documenten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's logs folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} staat in de logmap van BalintDesk: daar schrijven kan uw gegevens vernietigen, dus er is niets geschreven. Kies een andere naam of map, zoals uw map Documenten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is one of BalintDesk's own files: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} is een van de eigen bestanden van BalintDesk: daar schrijven kan uw gegevens vernietigen, dus er is niets geschreven. Kies een andere naam of map, zoals uw map Documenten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name the CSV file inside it.</source>
            <translation>{path} is een map; geef het CSV-bestand daarin op.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is larger than 5 MB, too big to import; check the file.</source>
            <translation>{path} is groter dan 5 MB, te groot om te importeren; controleer het bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no file at {path}.</source>
            <translation>Er is geen bestand op {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk is not allowed to read {path}; check its permissions.</source>
            <translation>BalintDesk mag {path} niet lezen; controleer de rechten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} kan niet worden gelezen: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>the file's encoding when it is not UTF-8 (found from the file if left out): utf-8, windows-1252, mac-roman, utf-16, or another Python knows</source>
            <translation>de codering van het bestand als die niet UTF-8 is (zonder opgave uit het bestand bepaald): utf-8, windows-1252, mac-roman, utf-16 of een andere die Python kent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>--encoding “{name}” is not an encoding BalintDesk knows; try {known}.</source>
            <translation>--encoding ‘{name}’ is geen codering die BalintDesk kent; probeer {known}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Read {file} as {how}.</source>
            <translation>{file} gelezen als {how}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>“{name}”</source>
            <translation>‘{name}’</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; the groups are {groups}.</source>
            <translation>Er is geen groep met de naam ‘{name}’; de groepen zijn {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; there are no groups yet.</source>
            <translation>Er is geen groep met de naam ‘{name}’; er zijn nog geen groepen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name a file to write, such as roster.csv.</source>
            <translation>{path} is een map; geef een bestand op om te schrijven, zoals roster.csv.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hour</source>
            <translation>{hours} uur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hours</source>
            <translation>{hours} uur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Nothing was imported; correct the lines above and try again.</source>
            <translation>Er is niets geïmporteerd; verbeter de regels hierboven en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kan niet worden geschreven: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>copy the database</source>
            <translation>de database kopiëren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>a file to create or an existing folder (default: the data folder's backups)</source>
            <translation>een nieuw bestand of een bestaande map (standaard: de back-ups in de gegevensmap)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>check the database for problems</source>
            <translation>de database op problemen controleren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>balintdesk backup copies this computer's own file; the group database is on the practice's server, whose backups IT makes there (pg_dump).</source>
            <translation>balintdesk backup kopieert het eigen bestand van deze computer; de groepsdatabase staat op de server van de praktijk, waarvan de IT-afdeling daar de back-ups maakt (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{path} already exists; name a new file or a folder.</source>
            <translation>{path} bestaat al; geef een nieuw bestand of een map op.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so no backup was made; name a folder you may write to: balintdesk backup DEST.</source>
            <translation>BalintDesk mag niet schrijven in {folder} (de map of de schijf is alleen-lezen), dus er is geen back-up gemaakt; geef een map op waarin u mag schrijven: balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>The disk holding {folder} is full, so no backup was made; free some space, or name a folder on another disk: balintdesk backup DEST.</source>
            <translation>De schijf met {folder} is vol, dus er is geen back-up gemaakt; maak ruimte vrij of geef een map op een andere schijf op: balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>On the practice's server only the data is checked: the file checks are for this computer's own file.</source>
            <translation>Op de server van de praktijk worden alleen de gegevens gecontroleerd: de bestandscontroles gelden voor het eigen bestand van deze computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n probleem gevonden.</numerusform>
                <numerusform>%n problemen gevonden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groep</numerusform>
                <numerusform>%n groepen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n deelnemer</numerusform>
                <numerusform>%n deelnemers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>OK: {groups}, {members}, schema version {version}; no problems found.</source>
            <translation>OK: {groups}, {members}, schemaversie {version}; geen problemen gevonden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage}, and there is no sound backup in {folder} to go back to.</source>
            <translation>{damage}, en er is in {folder} geen intacte back-up om naar terug te gaan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage} and was left as it was: open BalintDesk's window to restore the newest sound backup (from {day:short}, {time}), which keeps the damaged file aside.</source>
            <translation>{damage} en is gelaten zoals ze was: open het venster van BalintDesk om de nieuwste intacte back-up (van {day:short}, {time}) terug te zetten; het beschadigde bestand wordt apart bewaard.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>write a certificate or CPD record, leader log, printable rota, calendar, or attendance or timing CSV</source>
            <translation>een certificaat of nascholingsoverzicht, begeleiderslogboek, afdrukbaar rooster, agenda, of aanwezigheid of tijden als CSV schrijven</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's certificate of attendance: German, UK CPD or Dutch (PDF)</source>
            <translation>bewijs van deelname van een deelnemer: Duits, Brits CPD-overzicht of Nederlands (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>--kind de: the German Teilnahmebescheinigung (in German), with the rule it counts toward; --kind uk: the UK CPD record, as export cpd writes it; --kind nl: the Dutch certificate with accreditation points (in Dutch).</source>
            <translation>--kind de: de Duitse Teilnahmebescheinigung (in het Duits), met de regel waarvoor ze meetelt; --kind uk: het Britse CPD-overzicht, zoals export cpd het schrijft; --kind nl: het Nederlandse bewijs met accreditatiepunten (in het Nederlands).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the rule it counts toward (default: the member's own)</source>
            <translation>de regel waarvoor het meetelt (standaard: die van de deelnemer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's CPD attendance record for appraisal (PDF)</source>
            <translation>het nascholingsoverzicht van een deelnemer (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>The meetings the member attended in the period, with their length and the member's part, total hours and a line for the leader's signature.</source>
            <translation>De bijeenkomsten die de deelnemer in de periode bijwoonde, met hun duur en de rol van de deelnemer, het totaal aantal uren en een regel voor de handtekening van de begeleider.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the printable rota for a noticeboard (PDF, A4)</source>
            <translation>het rooster voor het prikbord (PDF, A4)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how many meetings (12)</source>
            <translation>hoeveel bijeenkomsten (12)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the group's upcoming meetings as a calendar file (.ics)</source>
            <translation>de komende bijeenkomsten van de groep als agendabestand (.ics)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Importing the file again updates the same events rather than adding copies; cancelled meetings are marked cancelled.</source>
            <translation>Het bestand opnieuw importeren werkt dezelfde afspraken bij in plaats van kopieën toe te voegen; afgezegde bijeenkomsten worden als afgezegd gemarkeerd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>attendance in a period as CSV, one row per member per meeting</source>
            <translation>de aanwezigheid in een periode als CSV, één regel per deelnemer per bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how the time went in the timed meetings, as CSV, one row per phase</source>
            <translation>hoe de tijd verliep in de getimede bijeenkomsten, als CSV, één regel per fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Each phase's planned and actual minutes, the difference, and how long the timer stood still, for every meeting of the period whose timer ran.</source>
            <translation>Voor elke bijeenkomst in de periode waarin de timer liep: geplande en werkelijke minuten per fase, het verschil en hoe lang de timer stilstond.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a leader's log for accreditation (PDF or CSV, by the file's ending)</source>
            <translation>het begeleiderslogboek voor accreditatie (PDF of CSV, naar de bestandsextensie)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Sessions attended as a member, led and co-led, and the entries the leader added by hand (supervision, training, society events).</source>
            <translation>Bijeenkomsten bijgewoond als deelnemer, begeleid en cobegeleid, en de regels die de begeleider met de hand toevoegde (supervisie, training, activiteiten van de vereniging).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>needed only when two groups have a member of that name</source>
            <translation>alleen nodig als twee groepen een deelnemer met die naam hebben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the file to write (default: stdout)</source>
            <translation>het te schrijven bestand (standaard: stdout)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--from {start} is after --to {end}.</source>
            <translation>--from {start} ligt na --to {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--next must be a whole number from 1 to {high}, not “{value}”.</source>
            <translation>--next moet een geheel getal van 1 tot {high} zijn, niet ‘{value}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}”.</source>
            <translation>Er is geen deelnemer met de naam ‘{name}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}” in {group}.</source>
            <translation>Er is geen deelnemer met de naam ‘{name}’ in {group}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>More than one group has a member called “{name}”; add --group NAME.</source>
            <translation>Meer dan één groep heeft een deelnemer met de naam ‘{name}’; voeg --group NAME toe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--out must name a {endings} file, not “{name}”.</source>
            <translation>--out moet een {endings}-bestand opgeven, niet ‘{name}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{one} or {other}</source>
            <translation>{one} of {other}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{path} is a folder; name a file to write.</source>
            <translation>{path} is een map; geef een bestand op om te schrijven.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>--rule {rule}: {problem}</source>
            <translation>--rule {rule}: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina’s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the German certificate of {name} ({parts}) to {path}.</source>
            <translation>Duits bewijs van deelname van {name} ({parts}) geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the Dutch certificate of {name} ({parts}) to {path}.</source>
            <translation>Nederlands bewijs van deelname van {name} ({parts}) geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>{name} is not a leader, so has no leader log; mark them as a leader on the Roster page, or ask for their CPD record (export cpd).</source>
            <translation>{name} is geen begeleider en heeft dus geen begeleiderslogboek; markeer deze persoon als begeleider op de pagina Ledenlijst, of vraag het nascholingsoverzicht op (export cpd).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>%n entry/entries</source>
            <translation>
                <numerusform>%n regel</numerusform>
                <numerusform>%n regels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>Wrote the leader log of {name} ({parts}) to {path}.</source>
            <translation>Begeleiderslogboek van {name} ({parts}) geschreven naar {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote the CPD record of {name} ({parts}) to {path}.</source>
            <translation>Nascholingsoverzicht van {name} ({parts}) geschreven naar {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n regel ({meetings} van {group}, {start} tot {end}) geschreven naar {path}.</numerusform>
                <numerusform>%n regels ({meetings} van {group}, {start} tot {end}) geschreven naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>{first:short} to {last:short}</source>
            <translation>{first:short} tot {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote the rota of {group} ({meetings}; {pages}) to {path}.</source>
            <translation>Rooster van {group} ({meetings}; {pages}) geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} ({cancelled} cancelled) to {path}.</source>
            <translation>{meetings} van {group} ({cancelled} afgezegd) geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} to {path}.</source>
            <translation>{meetings} van {group} geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>No meeting of {group} from {start} to {end} was timed: the timer's phase log is what this export reads. Nothing was written.</source>
            <translation>Geen bijeenkomst van {group} van {start} tot {end} is getimed; deze export leest het fasenlogboek van de timer. Er is niets geschreven.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>%n timed meeting(s)</source>
            <translation>
                <numerusform>%n getimede bijeenkomst</numerusform>
                <numerusform>%n getimede bijeenkomsten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>BalintDesk: roster, rota, phase timer and private notes for a Balint group. Run without a command to open the window.</source>
            <translation>BalintDesk: ledenlijst, rooster, fasetimer en privénotities voor een Balintgroep. Zonder opdracht opent het venster.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the data folder (default: {variable}, else the user's data folder); created if missing</source>
            <translation>de gegevensmap (standaard: {variable}, anders de gegevensmap van de gebruiker); wordt zo nodig gemaakt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the language for the window and the command line: en, de, fr, nl or it (default: $BALINTDESK_LANGUAGE, else the one chosen in Settings, else the computer's)</source>
            <translation>de taal voor het venster en de opdrachtregel: en, de, fr, nl of it (standaard: $BALINTDESK_LANGUAGE, anders die uit Instellingen, anders die van de computer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>check this installation in a temporary folder and exit (--out FILE: also write the report there)</source>
            <translation>deze installatie in een tijdelijke map controleren en afsluiten (--out FILE: het verslag ook daarheen schrijven)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>No command was given; run “balintdesk --help” to see them.</source>
            <translation>Er is geen opdracht opgegeven; voer ‘balintdesk --help’ uit om ze te zien.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The data folder cannot be used: {reason}.</source>
            <translation>De gegevensmap kan niet worden gebruikt: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The database {path} cannot be opened: {reason}.</source>
            <translation>De database {path} kan niet worden geopend: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set when and how a group meets</source>
            <translation>instellen wanneer en hoe een groep bijeenkomt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set a group's meeting pattern, creating the group if needed</source>
            <translation>het ritme van de bijeenkomsten van een groep instellen, de groep zo nodig aanmaken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; for an existing group, what is left out stays as it is.</source>
            <translation>Een nieuwe groep heeft --every, --weekday, --time en --length nodig; bij een bestaande groep blijft wat is weggelaten zoals het is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>start time, on the local clock</source>
            <translation>begintijd, volgens de lokale klok</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>first meeting</source>
            <translation>eerste bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>cases presented at a meeting</source>
            <translation>ingebrachte casussen per bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>monthly: which week, 1-4 or last</source>
            <translation>maandelijks: welke week, 1-4 of last</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>how the group usually meets; planned meetings follow</source>
            <translation>hoe de groep gewoonlijk samenkomt; geplande bijeenkomsten volgen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>the CME event number (German VNR, 19 digits); "" clears it</source>
            <translation>het nascholingsevenementnummer (Duits VNR, 19 cijfers); "" wist het</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>who is due to present next</source>
            <translation>wie als volgende een casus inbrengt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>import past attendance</source>
            <translation>eerdere aanwezigheid importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>record past meetings and planned apologies from a CSV file</source>
            <translation>eerdere bijeenkomsten en aangekondigde afmeldingen uit een CSV-bestand vastleggen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Columns: date (2024-09-03, or day first: 03.09.2024, 03/09/2024), name, status (present, apologies or absent), presented (yes or no), mode (in-person or online; optional), separated by commas, semicolons or tabs. Names must be members of the group (any case, spacing, invisible or look-alike characters). If any row is wrong, nothing is imported.</source>
            <translation>Kolommen: date (2024-09-03, of dag eerst: 03.09.2024, 03/09/2024), name, status (present, apologies of absent), presented (yes of no), mode (in-person of online; optioneel), gescheiden door komma’s, puntkomma’s of tabs. Namen moeten van deelnemers van de groep zijn (hoofdletters, spaties, onzichtbare of gelijkende tekens maken niet uit). Is een regel fout, dan wordt niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--every “{value}” should be weekly, fortnightly or monthly.</source>
            <translation>--every ‘{value}’ moet weekly, fortnightly of monthly zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--weekday “{value}” should be a day of the week: mon, tue, … sun.</source>
            <translation>--weekday ‘{value}’ moet een dag van de week zijn: mon, tue, … sun.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--time “{value}” should be a time of day such as 12:30.</source>
            <translation>--time ‘{value}’ moet een tijdstip zijn, zoals 12:30.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{option} “{value}” should be a whole number from {low} to {high}.</source>
            <translation>{option} ‘{value}’ moet een geheel getal van {low} tot {high} zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; one case a meeting.</source>
            <translation>{group}: {pattern}; één casus per bijeenkomst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; two cases a meeting.</source>
            <translation>{group}: {pattern}; twee casussen per bijeenkomst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Next meeting: {day:short}.</source>
            <translation>Volgende bijeenkomst: {day:short}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Event number (VNR): {number}.</source>
            <translation>Evenementnummer (VNR): {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets online.</source>
            <translation>Komt online samen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets hybrid: some in the room, some online.</source>
            <translation>Komt hybride samen: deels in de zaal, deels online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets in person.</source>
            <translation>Komt fysiek samen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; missing: {missing}.</source>
            <translation>Een nieuwe groep heeft --every, --weekday, --time en --length nodig; ontbreekt: {missing}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--week is only for a group that meets monthly (--every monthly).</source>
            <translation>--week is alleen voor een groep die maandelijks samenkomt (--every monthly).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenters: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Inbrengers: {who}  Reserve: {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenter: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Inbrenger: {who}  Reserve: {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>nobody eligible</source>
            <translation>niemand komt in aanmerking</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>  Note: {note}</source>
            <translation>  Opmerking: {note}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--format “{value}” should be text or csv.</source>
            <translation>--format ‘{value}’ moet text of csv zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group} has no meetings planned.</source>
            <translation>{group} heeft geen bijeenkomsten gepland.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Recorded %n meeting(s) of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>
                <numerusform>%n bijeenkomst van {group} vastgelegd ({new} toegevoegd); aanwezigheid: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.</numerusform>
                <numerusform>%n bijeenkomsten van {group} vastgelegd ({new} toegevoegd); aanwezigheid: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a member's professional numbers and recognition</source>
            <translation>beroepsnummers en erkenning van een deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>record a member's professional numbers or recognition</source>
            <translation>beroepsnummers of erkenning van een deelnemer vastleggen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Every number is optional; "" removes one. A number with a check digit (EFN, RPPS) is checked, and if any is wrong nothing is changed. Numbers are printed only on the member's own certificate.</source>
            <translation>Elk nummer is optioneel; "" verwijdert er een. Een nummer met controlecijfer (EFN, RPPS) wordt gecontroleerd; is er een onjuist, dan verandert er niets. Nummers worden alleen afgedrukt op het eigen certificaat van de deelnemer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>German uniform CME number, 15 digits</source>
            <translation>Duits nascholingsnummer (EFN), 15 cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>UK GMC reference number, 7 digits</source>
            <translation>Brits GMC-referentienummer, 7 cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Dutch BIG registration number, 11 digits</source>
            <translation>BIG-registratienummer, 11 cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>French RPPS number, 11 digits</source>
            <translation>Frans RPPS-nummer, 11 cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a leader's recognition as a Balint leader, e.g. “Ärztekammer Nordrhein”</source>
            <translation>de erkenning als Balintbegeleider, bijv. ‘Ärztekammer Nordrhein’</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>print one member's own details, numbers included</source>
            <translation>de eigen gegevens van een deelnemer tonen, met nummers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing to set: give --efn, --gmc, --big, --rpps or --recognition.</source>
            <translation>Niets om op te slaan: geef --efn, --gmc, --big, --rpps of --recognition op.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name} is not a leader of {group}: only a leader's recognition is kept.</source>
            <translation>{name} is geen begeleider van {group}: alleen de erkenning van een begeleider wordt bewaard.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing was changed; correct the lines above and try again.</source>
            <translation>Er is niets gewijzigd; verbeter de regels hierboven en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Saved for {name}.</source>
            <translation>Opgeslagen voor {name}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name}, {group}</source>
            <translation>{name}, {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Role: {role}</source>
            <translation>Rol: {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Leads the group.</source>
            <translation>Begeleidt de groep.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Email: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Joined: {day}</source>
            <translation>Lid sinds: {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Archived: no longer on the roster.</source>
            <translation>Gearchiveerd: niet meer op de ledenlijst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{label}: {number}</source>
            <translation>{label}: {number}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>No professional numbers recorded.</source>
            <translation>Geen beroepsnummers vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Recognised as a Balint leader by: {body}</source>
            <translation>Erkend als Balintbegeleider door: {body}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>every group and member of the programme against its attendance rule</source>
            <translation>alle groepen en deelnemers van het programma, getoetst aan de aanwezigheidsregel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>For a programme administrator: every group with its leaders and next meeting, then every member with the sessions and hours they attended in the period and whether they meet the programme's attendance rule, or what is still missing.</source>
            <translation>Voor de programmabeheerder: elke groep met haar begeleiders en volgende bijeenkomst, dan elke deelnemer met de bijeenkomsten en uren in de periode en of die aan de aanwezigheidsregel van het programma voldoet, of wat nog ontbreekt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's first day (default: a year before --until)</source>
            <translation>eerste dag van de periode (standaard: een jaar vóór --until)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's last day (default: today)</source>
            <translation>laatste dag van de periode (standaard: vandaag)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the rule's id (default: the one most members work toward, else one of the groups' country); see “rules list”</source>
            <translation>de id van de regel (standaard: die waar de meeste deelnemers naartoe werken, anders een van het land van de groepen); zie ‘rules list’</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>write the members as CSV to this file instead of printing</source>
            <translation>de deelnemers als CSV naar dit bestand schrijven in plaats van ze te tonen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>--from {start} is after --until {end}.</source>
            <translation>--from {start} ligt na --until {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no leader</source>
            <translation>geen begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; no meeting planned</source>
            <translation>{group} ({country}): {leaders}; {members}; geen bijeenkomst gepland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; next {day:short}, {time}</source>
            <translation>{group} ({country}): {leaders}; {members}; volgende {day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no rule</source>
            <translation>geen regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>met</source>
            <translation>voldaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet: {missing}</source>
            <translation>nog niet: {missing}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}, archived): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}, gearchiveerd): {sessions}, {hours:1} u · {verdict}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}): {sessions}, {hours:1} u · {verdict}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Wrote %n member(s) ({start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n deelnemer ({start} tot {end}) naar {path} geschreven.</numerusform>
                <numerusform>%n deelnemers ({start} tot {end}) naar {path} geschreven.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}; no rule: choose one with --rule: {rules}.</source>
            <translation>Programma, {start} tot {end}; geen regel: kies er een met --rule: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}, against {rule}</source>
            <translation>Programma, {start} tot {end}, getoetst aan {rule}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n group(s):</source>
            <translation>
                <numerusform>%n groep:</numerusform>
                <numerusform>%n groepen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n member(s):</source>
            <translation>
                <numerusform>%n deelnemer:</numerusform>
                <numerusform>%n deelnemers:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{met} of %n member(s) meet the rule.</source>
            <translation>
                <numerusform>{met} van %n deelnemer voldoet aan de regel.</numerusform>
                <numerusform>{met} van %n deelnemers voldoen aan de regel.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>check what a member has met of an attendance rule</source>
            <translation>nagaan wat een deelnemer van een aanwezigheidsregel heeft voldaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>Each condition of the rule on a line: what counts toward it, whether it is met and what is still missing. Exits 0 when every condition is met, 3 when some are not yet.</source>
            <translation>Elke voorwaarde van de regel op een regel: wat meetelt, of eraan is voldaan en wat nog ontbreekt. Eindigt met 0 als aan alle voorwaarden is voldaan, met 3 als dat voor sommige nog niet zo is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rule's id (default: the one the member works toward); see “rules list”</source>
            <translation>de id van de regel (standaard: die waar de deelnemer naartoe werkt); zie ‘rules list’</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>count only what happened up to this day (default: today)</source>
            <translation>alleen meetellen wat tot en met deze dag plaatsvond (standaard: vandaag)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>list the attendance rules, or set one</source>
            <translation>de aanwezigheidsregels tonen, of er een instellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rules there are, and any rule file that cannot be read</source>
            <translation>de aanwezige regels, en elk regelbestand dat niet te lezen is</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>keep a figure the rule leaves to the region or programme</source>
            <translation>een getal vastleggen dat de regel aan de regio of het programma overlaat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>there are no rules yet</source>
            <translation>er zijn nog geen regels</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id} ({title})</source>
            <translation>{id} ({title})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Het regelbestand {path} kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There is no rule “{rule}”; the rules are: {rules}.</source>
            <translation>Er is geen regel ‘{rule}’; de regels zijn: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[met] {line}</source>
            <translation>[voldaan] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line}</source>
            <translation>[nog niet] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line} — {missing}</source>
            <translation>[nog niet] {line} — {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>All %n condition(s) met.</source>
            <translation>
                <numerusform>Aan de voorwaarde is voldaan.</numerusform>
                <numerusform>Aan alle %n voorwaarden is voldaan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{met} of %n condition(s) met.</source>
            <translation>
                <numerusform>Aan {met} van %n voorwaarde voldaan.</numerusform>
                <numerusform>Aan {met} van %n voorwaarden voldaan.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} works toward no rule yet; name one with --rule: {rules}.</source>
            <translation>{name} werkt nog naar geen regel toe; noem er een met --rule: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} — {rule}, up to {day}</source>
            <translation>{name} — {rule}, tot en met {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>shipped with BalintDesk</source>
            <translation>meegeleverd met BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>from {path}</source>
            <translation>uit {path}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There are no rules yet.</source>
            <translation>Er zijn nog geen regels.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id}: {title} ({where})</source>
            <translation>{id}: {title} ({where})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{key} = {value} ({label}; from {low} to {high})</source>
            <translation>{key} = {value} ({label}; van {low} tot {high})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{rule}: {key} is now {value}.</source>
            <translation>{rule}: {key} is nu {value}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>import or export members</source>
            <translation>deelnemers importeren of exporteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>add or update a group's members from a CSV file</source>
            <translation>deelnemers van een groep toevoegen of bijwerken uit een CSV-bestand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Columns: name (required), role, leader, email, joined, separated by commas, semicolons or tabs. A member already in the group (same name, any case, spacing, invisible or look-alike characters) is updated. If any row is wrong, nothing is imported.</source>
            <translation>Kolommen: name (verplicht), role, leader, email, joined, gescheiden door komma’s, puntkomma’s of tabs. Een deelnemer die al in de groep zit (dezelfde naam; hoofdletters, spaties, onzichtbare of gelijkende tekens maken niet uit) wordt bijgewerkt. Is een regel fout, dan wordt niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>the group; created if it does not exist</source>
            <translation>de groep; wordt aangemaakt als die niet bestaat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>write a group's members as CSV</source>
            <translation>de deelnemers van een groep als CSV schrijven</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>also export archived members</source>
            <translation>ook gearchiveerde deelnemers exporteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Added {added}, updated {updated}, unchanged {unchanged} members of {group}.</source>
            <translation>Deelnemers van {group}: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Wrote %n member(s) of {group} to {path}.</source>
            <translation>
                <numerusform>%n deelnemer van {group} geschreven naar {path}.</numerusform>
                <numerusform>%n deelnemers van {group} geschreven naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the server's database: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full&amp;sslrootcert=CA-FILE</source>
            <translation>de database op de server: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full&amp;sslrootcert=CA-BESTAND</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>read the password from the first line of standard input (else PGPASSWORD or ~/.pgpass)</source>
            <translation>het wachtwoord uit de eerste regel van standaardinvoer lezen (anders PGPASSWORD of ~/.pgpass)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group database on a server</source>
            <translation>de groepsdatabase op een server</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>set up the schema, the roles and row-level security</source>
            <translation>schema, rollen en beveiliging op rijniveau instellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>give a login access</source>
            <translation>een login toegang geven</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a login IT has made on the server</source>
            <translation>een login die IT op de server heeft gemaakt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>admin: every group; leader: the groups named with --group</source>
            <translation>admin: elke groep; leader: de groepen genoemd met --group</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a group the leader leads (repeat for more)</source>
            <translation>een groep die de begeleider begeleidt (herhaal voor meer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>take a login's access away</source>
            <translation>een login de toegang ontnemen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>only this group (repeat for more); without it, all access</source>
            <translation>alleen deze groep (herhaal voor meer); zonder: alle toegang</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>who has what access</source>
            <translation>wie welke toegang heeft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>move this PC's groups, with their history, to the server</source>
            <translation>de groepen van deze pc, met hun geschiedenis, naar de server verplaatsen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>from this PC's data folder, which stays as it is</source>
            <translation>uit de gegevensmap van deze pc, die blijft zoals hij is</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>write one group of the server to a new local database file</source>
            <translation>één groep van de server naar een nieuw lokaal databasebestand schrijven</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group's name</source>
            <translation>de naam van de groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a new file to write</source>
            <translation>een nieuw bestand om te schrijven</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>That is not a PostgreSQL URL; write it as postgresql://LOGIN@SERVER/DATABASE.</source>
            <translation>Dat is geen PostgreSQL-URL; schrijf hem als postgresql://LOGIN@SERVER/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database is ready: schema version {version}, the roles balintdesk_administrator and balintdesk_leader, and row-level security on every table. Give people access with “balintdesk db grant”.</source>
            <translation>De database is klaar: schemaversie {version}, de rollen balintdesk_administrator en balintdesk_leader, en beveiliging op rijniveau op elke tabel. Geef toegang met ‘balintdesk db grant’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>A leader needs at least one group: add --group NAME.</source>
            <translation>Een begeleider heeft minstens één groep nodig: voeg --group NAAM toe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>An administrator sees every group; leave out --group.</source>
            <translation>Een beheerder ziet elke groep; laat --group weg.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} is now a programme administrator: every group.</source>
            <translation>{login} is nu programmabeheerder: elke groep.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} now leads {groups}.</source>
            <translation>{login} begeleidt nu {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has access to {groups}.</source>
            <translation>{login} heeft geen toegang meer tot {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has any access.</source>
            <translation>{login} heeft geen enkele toegang meer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Nobody has been given access yet.</source>
            <translation>Nog niemand heeft toegang gekregen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>administrator</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>leader</source>
            <translation>begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>every group</source>
            <translation>elke groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Groups</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no BalintDesk database in {folder}; nothing was moved.</source>
            <translation>In {folder} staat geen BalintDesk-database; er is niets verplaatst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Row {row} of the table {table} on this PC names a {column} that is not there, so nothing was moved; run “balintdesk check”, then try again.</source>
            <translation>Rij {row} van de tabel {table} op deze pc verwijst naar een {column} die er niet is, dus er is niets verplaatst; voer ‘balintdesk check’ uit en probeer het daarna opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Only a programme administrator may move groups to the server; connect as one.</source>
            <translation>Alleen een programmabeheerder mag groepen naar de server verplaatsen; maak verbinding als beheerder.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already has a group called {names}, so nothing was moved; rename the group on this PC or on the server first.</source>
            <translation>De server heeft al een groep met de naam {names}, dus er is niets verplaatst; geef de groep eerst een andere naam op deze pc of op de server.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC is at schema version {version}; open it once with this BalintDesk (it updates the file), then move it.</source>
            <translation>De database op deze pc heeft schemaversie {version}; open hem eenmaal met deze BalintDesk (die werkt het bestand bij) en verplaats hem dan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server's database is at schema version {version}; run “balintdesk db init” with this BalintDesk first.</source>
            <translation>De database op de server heeft schemaversie {version}; voer eerst ‘balintdesk db init’ uit met deze BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>This PC has no groups, so nothing was moved.</source>
            <translation>Deze pc heeft geen groepen, dus er is niets verplaatst.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/server.py" />
            <source>%n group(s) moved to the server with all their history: {names}.</source>
            <translation>
                <numerusform>%n groep met zijn hele geschiedenis naar de server verplaatst: {names}.</numerusform>
                <numerusform>%n groepen met hun hele geschiedenis naar de server verplaatst: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already used some of their numbers, so they were numbered anew; export their calendar files again.</source>
            <translation>Sommige van hun nummers waren op de server al in gebruik, dus ze zijn opnieuw genummerd; exporteer hun agendabestanden opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC, {path}, is kept unchanged as a backup. The window still uses it until you choose the shared database in Settings → Shared database.</source>
            <translation>De database op deze pc, {path}, blijft ongewijzigd bewaard als back-up. Het venster gebruikt hem nog tot u de gedeelde database kiest in Instellingen → Gedeelde database.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{path} already exists; name a new file.</source>
            <translation>{path} bestaat al; geef een nieuw bestand op.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{group} was written to {path}.</source>
            <translation>{group} is geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>BalintDesk is not set up on this database yet; run “balintdesk db init” first.</source>
            <translation>BalintDesk is in deze database nog niet ingericht; voer eerst ‘balintdesk db init’ uit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no login {login} on the server. IT makes logins with the server's own tools (docs/server.md says how); then run this again.</source>
            <translation>Er is geen login {login} op de server. IT maakt logins met de eigen hulpmiddelen van de server (zie docs/server.md); voer dit daarna opnieuw uit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>No group on the server is called {names}.</source>
            <translation>Geen groep op de server heet {names}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server refused: {reason}</source>
            <translation>De server weigerde: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>the group database on the practice's PostgreSQL server, as a postgresql:// URL (default: $BALINTDESK_DATABASE, else the server chosen in Settings, else this computer's own file)</source>
            <translation>de groepsdatabase op de PostgreSQL-server van de praktijk, als postgresql://-URL (standaard: $BALINTDESK_DATABASE, anders de server gekozen in Instellingen, anders het eigen bestand van deze computer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>--database takes a postgresql:// URL, such as {example}.</source>
            <translation>--database verwacht een postgresql://-URL, zoals {example}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>The connection to the server was lost during the command: try again when the server can be reached.</source>
            <translation>De verbinding met de server is tijdens de opdracht verbroken: probeer het opnieuw als de server bereikbaar is.</translation>
        </message>
    </context>
</TS>
