<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>BreakDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add a break</source>
            <translation>Pauze toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>No meetings between these dates, for example over the summer. Meetings in the break are cancelled and the rota flows around them.</source>
            <translation>Geen bijeenkomsten tussen deze data, bijvoorbeeld in de zomer. Bijeenkomsten in de pauze vervallen en het rooster past zich aan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add break</source>
            <translation>Pauze toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>e.g. Summer break</source>
            <translation>bijv. Zomerpauze</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
    </context>
    <context>
        <name>CalendarFileDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file</source>
            <translation>Agendabestand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>The group's meetings for the next twelve months as a calendar file (.ics), with the time, the room and who presents. Cancelled meetings are marked cancelled.</source>
            <translation>De bijeenkomsten van de groep voor de komende twaalf maanden als agendabestand (.ics), met tijd, zaal en wie inbrengt. Afgezegde bijeenkomsten zijn als afgezegd gemarkeerd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save calendar file…</source>
            <translation>Agendabestand opslaan…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>To add it to a calendar</source>
            <translation>Zo voegt u het toe aan een agenda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Open the file, or File › Open &amp;amp; Export › Import/Export.</source>
            <translation>Open het bestand, of Bestand › Openen en exporteren › Importeren/exporteren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Google Calendar</source>
            <translation>Google Agenda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Settings › Import &amp;amp; export › Import, then the file.</source>
            <translation>Instellingen › Importeren en exporteren › Importeren, dan het bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Apple Calendar</source>
            <translation>Apple Agenda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>File › Import…, then the file.</source>
            <translation>Archief › Importeer…, dan het bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>When the rota changes, save and import the file again: the same meetings are updated, not added twice.</source>
            <translation>Verandert het rooster, sla het bestand dan opnieuw op en importeer het: dezelfde bijeenkomsten worden bijgewerkt, niet dubbel toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file (*.ics)</source>
            <translation>Agendabestand (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved %n meeting(s) as “{file}” in {folder}. Import it into your calendar.</source>
            <translation>
                <numerusform>%n bijeenkomst opgeslagen als ‘{file}’ in {folder}. Importeer het in uw agenda.</numerusform>
                <numerusform>%n bijeenkomsten opgeslagen als ‘{file}’ in {folder}. Importeer het in uw agenda.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoosePresenterDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Choose who presents</source>
            <translation>Kies wie inbrengt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>{when}: this person is pinned to the date; everyone else flows around.</source>
            <translation>{when}: deze persoon staat vast op die datum; de rest past zich aan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Pin</source>
            <translation>Vastzetten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Presenter</source>
            <translation>Inbrenger</translation>
        </message>
    </context>
    <context>
        <name>FairnessTable</name>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Attended</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Presented</source>
            <translation>Ingebracht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Last presented</source>
            <translation>Laatst ingebracht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Meetings since</source>
            <translation>Bijeenkomsten sindsdien</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Can present</source>
            <translation>Kan inbrengen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Click a column heading to sort by it.</source>
            <translation>Klik op een kolomkop om erop te sorteren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>no</source>
            <translation>nee</translation>
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>one case a meeting</source>
            <translation>één casus per bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>two cases a meeting</source>
            <translation>twee casussen per bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders may present</source>
            <translation>begeleiders mogen inbrengen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders do not present</source>
            <translation>begeleiders brengen niet in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>cancelled</source>
            <translation>afgezegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>No meeting</source>
            <translation>Geen bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>nobody eligible</source>
            <translation>niemand beschikbaar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{name} (pinned)</source>
            <translation>{name} (vastgezet)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} and {last}</source>
            <translation>{names} en {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpin</source>
            <translation>Losmaken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pin</source>
            <translation>Vastzetten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpinned: the rota chooses for this date again.</source>
            <translation>Losgemaakt: het rooster kiest weer zelf voor deze datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} pinned to this date.</source>
            <translation>{names} vastgezet op deze datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Only two planned meetings can be swapped.</source>
            <translation>Alleen twee geplande bijeenkomsten kunnen worden geruild.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Swapped {first} and {second}; both are pinned to their new dates.</source>
            <translation>{first} en {second} geruild; beiden staan vast op hun nieuwe datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pinned.</source>
            <translation>Vastgezet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break added; the meetings in it are cancelled.</source>
            <translation>Pauze toegevoegd; de bijeenkomsten erin vervallen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break removed; its meetings are back in the plan.</source>
            <translation>Pauze verwijderd; de bijeenkomsten staan weer in het rooster.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Import past meetings</source>
            <translation>Eerdere bijeenkomsten importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>RotaPanels</name>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Rota</source>
            <translation>Rooster</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The plan for the next meetings</source>
            <translation>Het rooster van de komende bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Presenting</source>
            <translation>Brengt in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Reserve</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Pin</source>
            <translation>Vastzetten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fix the planned presenter to this date (Ctrl+P)</source>
            <translation>De geplande inbrenger vastzetten op deze datum (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Choose presenter…</source>
            <translation>Inbrenger kiezen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with earlier</source>
            <translation>Ruilen met eerdere</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Up</source>
            <translation>Ctrl+Omhoog</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with later</source>
            <translation>Ruilen met latere</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Down</source>
            <translation>Ctrl+Omlaag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Print rota…</source>
            <translation>Rooster afdrukken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>An A4 page of the next meetings for the noticeboard</source>
            <translation>Een A4-pagina met de komende bijeenkomsten voor het prikbord</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Calendar file…</source>
            <translation>Agendabestand…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The meetings as a file for Outlook, Google or Apple Calendar</source>
            <translation>De bijeenkomsten als bestand voor Outlook, Google of Apple Agenda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Add a break…</source>
            <translation>Pauze toevoegen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Remove break</source>
            <translation>Pauze verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Import past meetings…</source>
            <translation>Eerdere bijeenkomsten importeren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>For a group that met before BalintDesk: who came and who presented</source>
            <translation>Voor een groep die al vóór BalintDesk samenkwam: wie er was en wie inbracht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The next meetings</source>
            <translation>De komende bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Drag a presenter onto another date to swap them, or use the buttons. Pinned people stay where they are; everyone else flows around.</source>
            <translation>Sleep een inbrenger naar een andere datum om te ruilen, of gebruik de knoppen. Wie vaststaat blijft staan; de rest past zich aan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Breaks:</source>
            <translation>Pauzes:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fairness: who has waited longest</source>
            <translation>Eerlijkheid: wie het langst wacht</translation>
        </message>
    </context>
    <context>
        <name>RotaPrintDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Print the rota</source>
            <translation>Rooster afdrukken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>An A4 page for the noticeboard: each meeting's date, who presents and the reserve, in large type, with cancelled meetings marked. Save it as a PDF, then print it.</source>
            <translation>Een A4-pagina voor het prikbord: de datum van elke bijeenkomst, wie inbrengt en de reserve, in grote letters, met afgezegde bijeenkomsten gemarkeerd. Sla op als PDF en druk dan af.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save PDF…</source>
            <translation>PDF opslaan…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>How many meetings to print</source>
            <translation>Hoeveel bijeenkomsten afdrukken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Meetings to print</source>
            <translation>Bijeenkomsten afdrukken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>No meetings are planned.</source>
            <translation>Er zijn geen bijeenkomsten gepland.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}, with %n cancelled meeting(s) marked</source>
            <translation>
                <numerusform>{first:short} tot {last:short}, met %n afgezegde bijeenkomst gemarkeerd</numerusform>
                <numerusform>{first:short} tot {last:short}, met %n afgezegde bijeenkomsten gemarkeerd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}</source>
            <translation>{first:short} tot {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved the rota ({meetings}, {pages}) as “{file}” in {folder}.</source>
            <translation>Rooster ({meetings}, {pages}) opgeslagen als ‘{file}’ in {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
    </context>
</TS>
