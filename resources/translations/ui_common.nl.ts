<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Apologies</source>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Update</source>
            <translation>Bijwerken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>No change</source>
            <translation>Geen wijziging</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>commas</source>
            <translation>komma's</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>semicolons</source>
            <translation>puntkomma's</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>tabs</source>
            <translation>tabs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Apologies</source>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported the roster: {added} added, {updated} updated.</source>
            <translation>Ledenlijst geïmporteerd: {added} toegevoegd, {updated} bijgewerkt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported past attendance: {meetings}, {entries}.</source>
            <translation>Eerdere aanwezigheid geïmporteerd: {meetings}, {entries}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation>
                <numerusform>%n bijeenkomst vastgelegd</numerusform>
                <numerusform>%n bijeenkomsten vastgelegd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation>
                <numerusform>%n vermelding toegevoegd</numerusform>
                <numerusform>%n vermeldingen toegevoegd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import a roster</source>
            <translation>Ledenlijst importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What happens</source>
            <translation>Wat er gebeurt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Members already on the roster (a name that looks the same, whatever its capitals) are updated, never duplicated. Columns: name (required), role, leader, email, joined; dates day first (03.09.2024) or as 2024-09-03.</source>
            <translation>Leden die al op de ledenlijst staan (een naam die er hetzelfde uitziet, ongeacht hoofdletters) worden bijgewerkt, nooit dubbel aangemaakt. Kolommen: naam (verplicht), rol, begeleider, e-mail, lid sinds; datums met de dag eerst (03-09-2024) of als 2024-09-03.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>%n lid importeren</numerusform>
                <numerusform>%n leden importeren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>In the room</source>
            <translation>In de zaal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import past meetings</source>
            <translation>Eerdere bijeenkomsten importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Came</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Presented</source>
            <translation>Casus ingebracht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Columns: date (day first, 03.09.2024, or 2024-09-03), name, status (present, apologies or absent), presented (yes/no). Names must already be on the roster. Future dates may carry apologies only.</source>
            <translation>Kolommen: datum (dag eerst, 03-09-2024, of 2024-09-03), naam, status (aanwezig, afgemeld of afwezig), ingebracht (ja/nee). Namen moeten al op de ledenlijst staan. Toekomstige datums mogen alleen afmeldingen bevatten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation>
                <numerusform>%n vermelding importeren</numerusform>
                <numerusform>%n vermeldingen importeren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {file}</source>
            <translation>{file} importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What the import will do, line by line</source>
            <translation>Wat de import doet, regel voor regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Found from the file</source>
            <translation>Uit het bestand afgeleid</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Encoding:</source>
            <translation>Codering:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Lines to correct</source>
            <translation>Te corrigeren regels</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read: {reason}</source>
            <translation>Het bestand kon niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read as text.</source>
            <translation>Het bestand kon niet als tekst worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Read as {encoding}, columns separated by {separator}.</source>
            <translation>Gelezen als {encoding}, kolommen gescheiden door {separator}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Nothing has been imported. Please correct these lines in the spreadsheet, save it as CSV again and import it once more:</source>
            <translation>Er is niets geïmporteerd. Corrigeer deze regels in het spreadsheet, sla het opnieuw op als CSV en importeer het nog een keer:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>{new} new, {changed} to update, {same} already up to date. Nothing changes until you click Import.</source>
            <translation>{new} nieuw, {changed} bij te werken, {same} al actueel. Er verandert niets totdat u op Importeren klikt.</translation>
        </message>
    </context>
    <context>
        <name>GroupForm</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Riverside Practice Balint group</source>
            <translation>bijv. Balintgroep Praktijk Rivierzijde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Weekly</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Fortnightly</source>
            <translation>Om de week</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Monthly</source>
            <translation>Elke maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The first one in the month</source>
            <translation>De eerste van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The second one in the month</source>
            <translation>De tweede van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The third one in the month</source>
            <translation>De derde van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The fourth one in the month</source>
            <translation>De vierde van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The last one in the month</source>
            <translation>De laatste van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source> minutes</source>
            <translation> minuten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meetings are planned from this date; fortnightly groups count from it.</source>
            <translation>Bijeenkomsten worden vanaf deze datum gepland; tweewekelijkse groepen tellen vanaf hier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Seminar room, first floor</source>
            <translation>bijv. vergaderzaal, eerste verdieping</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The privacy guard looks for this country's patient numbers, postcodes and phone numbers; for another country, for those of every country it knows.</source>
            <translation>De privacycontrole zoekt naar patiëntnummers, postcodes en telefoonnummers van dit land; bij een ander land naar die van alle landen die ze kent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>How the group usually meets. Each meeting can be changed on its own on the Meeting page; in a hybrid meeting the check-in records who was online.</source>
            <translation>Hoe de groep gewoonlijk samenkomt. Elke bijeenkomst is apart te wijzigen op de pagina Bijeenkomst; bij een hybride bijeenkomst legt de aanwezigheid vast wie online was.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Optional, 19 digits</source>
            <translation>Optioneel, 19 cijfers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The number the medical chamber gave the group's sessions for CME points (Veranstaltungsnummer); it is printed on the participation certificates.</source>
            <translation>Het nummer dat de artsenkamer de bijeenkomsten van de groep gaf voor nascholingspunten (Veranstaltungsnummer); het staat op de deelnamebewijzen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Group name</source>
            <translation>Groepsnaam</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meets</source>
            <translation>Komt samen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person or online</source>
            <translation>Fysiek of online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>On</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Which week</source>
            <translation>Welke week</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Starting at</source>
            <translation>Begint om</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Lasting</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Room</source>
            <translation>Ruimte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>First meeting on</source>
            <translation>Eerste bijeenkomst op</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>VNR</source>
            <translation>VNR</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>CME event number (VNR)</source>
            <translation>Evenementnummer (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United Kingdom</source>
            <translation>Verenigd Koninkrijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Ireland</source>
            <translation>Ierland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Germany</source>
            <translation>Duitsland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Austria</source>
            <translation>Oostenrijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Switzerland</source>
            <translation>Zwitserland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>France</source>
            <translation>Frankrijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Belgium</source>
            <translation>België</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Luxembourg</source>
            <translation>Luxemburg</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Italy</source>
            <translation>Italië</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Spain</source>
            <translation>Spanje</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Denmark</source>
            <translation>Denemarken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Sweden</source>
            <translation>Zweden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Norway</source>
            <translation>Noorwegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Finland</source>
            <translation>Finland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Poland</source>
            <translation>Polen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United States</source>
            <translation>Verenigde Staten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Australia</source>
            <translation>Australië</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>New Zealand</source>
            <translation>Nieuw-Zeeland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Another country</source>
            <translation>Ander land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Choose the place where the group meets.</source>
            <translation>Kies de plaats waar de groep samenkomt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>UTC has no summer time. If the clocks change where the group meets, choose that place (e.g. Europe/London), or summer meetings are an hour out in the calendar.</source>
            <translation>UTC kent geen zomertijd. Als de klok verzet wordt waar de groep samenkomt, kies dan die plaats (bijv. Europe/Amsterdam), anders staan bijeenkomsten in de zomer een uur verkeerd in de agenda.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard}, and {summer} in summer time.</source>
            <translation>Klok op {standard}, in de zomertijd {summer}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard} all year.</source>
            <translation>Klok het hele jaar op {standard}.</translation>
        </message>
    </context>
    <context>
        <name>Keeper</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline.py" />
            <source>All check-ins were sent to the shared database.</source>
            <translation>Alle geregistreerde aanwezigheid is naar de gedeelde database verzonden.</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person</source>
            <translation>Fysiek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Hybrid (some online)</source>
            <translation>Hybride (deels online)</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was changed on another computer to “{kept}” meanwhile; that one is kept.</source>
            <translation>De aanwezigheid van {name} is intussen op een andere computer gewijzigd in ‘{kept}’; die blijft behouden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was taken back on another computer meanwhile; that is kept.</source>
            <translation>De aanwezigheid van {name} is intussen op een andere computer ingetrokken; dat blijft zo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was recorded on another computer meanwhile; that record is kept.</source>
            <translation>De bijeenkomst is intussen op een andere computer vastgelegd; die registratie blijft behouden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was cancelled on another computer meanwhile; what was kept for it is dropped.</source>
            <translation>De bijeenkomst is intussen op een andere computer afgezegd; wat hiervoor bewaard was, vervalt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>What was kept could not be saved: {reason}</source>
            <translation>Wat hier bewaard was, kon niet worden opgeslagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try again</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try the shared database again</source>
            <translation>Gedeelde database opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>The shared database cannot be reached. Check-ins are kept on this computer and sent when it is back.</source>
            <translation>De gedeelde database is niet bereikbaar. De aanwezigheid wordt op deze computer bewaard en verzonden zodra die weer bereikbaar is.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>%n change(s) kept on this computer wait to be sent.</source>
            <translation>
                <numerusform>%n op deze computer bewaarde wijziging wacht op verzending.</numerusform>
                <numerusform>%n op deze computer bewaarde wijzigingen wachten op verzending.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeriodFields</name>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;to</source>
            <translation>&amp;tot</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>The file could not be saved in {folder}: {reason}. Choose another folder, such as your Documents folder.</source>
            <translation>Het bestand kon niet worden opgeslagen in {folder}: {reason}. Kies een andere map, zoals uw map Documenten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is BalintDesk's database.</source>
            <translation>{file} is de database van BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's backups folder.</source>
            <translation>{file} staat in de back-upmap van BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's logs folder.</source>
            <translation>{file} staat in de logmap van BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is one of BalintDesk's own files.</source>
            <translation>{file} is een van de eigen bestanden van BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Saving there could destroy your data, so nothing was saved. Choose another name or folder, such as your Documents folder.</source>
            <translation>Daar opslaan zou uw gegevens kunnen vernietigen, dus er is niets opgeslagen. Kies een andere naam of map, zoals uw map Documenten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Open it</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>No program on this computer opens {file}; it is in {folder}.</source>
            <translation>Geen programma op deze computer opent {file}; het bestand staat in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>when</name>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:long}, {start}–{end}</source>
            <translation>{day:long}, {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
    </context>
</TS>
