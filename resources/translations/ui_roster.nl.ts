<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit member</source>
            <translation>Deelnemer bewerken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Add a member</source>
            <translation>Deelnemer toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit {name}</source>
            <translation>{name} bewerken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>As the group knows them, e.g. Dr Siobhán O'Neill</source>
            <translation>Zoals de groep hem of haar kent, bijv. dr. Siobhán O'Neill</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leads the group (facilitator)</source>
            <translation>Begeleidt de groep (begeleider)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Optional</source>
            <translation>Optioneel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Not before</source>
            <translation>Niet vóór</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Joined the group</source>
            <translation>&amp;Lid sinds</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May &amp;present a case</source>
            <translation>Mag een casus &amp;inbrengen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May present a case not before a date</source>
            <translation>Mag pas vanaf een datum een casus inbrengen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Date they may present from</source>
            <translation>Datum vanaf wanneer inbrengen mag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leave “Not before” unticked if they may present straight away. New members often listen for a few meetings first.</source>
            <translation>Laat ‘Niet vóór’ uit als direct inbrengen mag. Nieuwe deelnemers luisteren vaak eerst een paar bijeenkomsten mee.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
    </context>
    <context>
        <name>NumbersPanel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Professional numbers</source>
            <translation>Beroepsnummers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional. Printed only on this member's own certificate.</source>
            <translation>Optioneel. Alleen afgedrukt op het eigen certificaat van deze deelnemer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional, e.g. Ärztekammer Nordrhein</source>
            <translation>Optioneel, bijv. Ärztekammer Nordrhein</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Recognised as a Balint &amp;leader by</source>
            <translation>Erkend als Balint&amp;begeleider door</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Other numbers…</source>
            <translation>Andere nummers…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Show the numbers of other countries</source>
            <translation>Nummers van andere landen tonen</translation>
        </message>
    </context>
    <context>
        <name>RecordsButton</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Records</source>
            <translation>&amp;Overzichten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>CPD record, leader log and requirements for the selected member; the group's attendance</source>
            <translation>Nascholingsoverzicht, begeleiderslogboek en vereisten van de gekozen deelnemer; de aanwezigheid van de groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record…</source>
            <translation>&amp;Nascholingsoverzicht…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log…</source>
            <translation>&amp;Begeleiderslogboek…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements…</source>
            <translation>Ve&amp;reisten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Attendance CSV…</source>
            <translation>&amp;Aanwezigheid als CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>How the &amp;time went…</source>
            <translation>Hoe de &amp;tijd verliep…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Programme…</source>
            <translation>&amp;Programma…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record for {name}…</source>
            <translation>&amp;Nascholingsoverzicht van {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements for {name}…</source>
            <translation>Ve&amp;reisten voor {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log of {name}…</source>
            <translation>&amp;Begeleiderslogboek van {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log… (for a leader)</source>
            <translation>&amp;Begeleiderslogboek… (voor een begeleider)</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add member</source>
            <translation>Deelnemer toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add a member (Ctrl+N)</source>
            <translation>Een deelnemer toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit the selected member (Enter)</source>
            <translation>Gekozen deelnemer bewerken (Enter)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Take the selected member off the active roster; their history stays (Delete)</source>
            <translation>Gekozen deelnemer van de actieve lijst halen; de geschiedenis blijft (Delete)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import CSV…</source>
            <translation>CSV importeren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add or update members from a CSV file</source>
            <translation>Deelnemers toevoegen of bijwerken uit een CSV-bestand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Save the roster as a CSV file</source>
            <translation>Ledenlijst opslaan als CSV-bestand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Leader</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Joined</source>
            <translation>Lid sinds</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>May present from</source>
            <translation>Inbrengen vanaf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Archived</source>
            <translation>Gearchiveerd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Active</source>
            <translation>Actief</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Choose or create a group under Settings.</source>
            <translation>Kies of maak een groep onder Instellingen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} · %n active member(s), {leaders} leading</source>
            <translation>
                <numerusform>{group} · %n actieve deelnemer, {leaders} begeleidend</numerusform>
                <numerusform>{group} · %n actieve deelnemers, {leaders} begeleidend</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody is on the roster yet.

Click “Add member” (Ctrl+N) to add the first person, or “Import CSV…” to bring in a list from a spreadsheet.</source>
            <translation>Er staat nog niemand op de ledenlijst.

Klik op ‘Deelnemer toevoegen’ (Ctrl+N) voor de eerste persoon, of op ‘CSV importeren…’ om een lijst uit een spreadsheet over te nemen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody matches “{search}”.</source>
            <translation>Niemand komt overeen met ‘{search}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Saved changes to {name}.</source>
            <translation>Wijzigingen van {name} opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Added {name}.</source>
            <translation>{name} toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{name} is back on the active roster.</source>
            <translation>{name} staat weer op de actieve lijst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archived {name}. Their attendance and history are kept; tick “Show archived” to restore them.</source>
            <translation>{name} gearchiveerd. Aanwezigheid en geschiedenis blijven bewaard; vink ‘Gearchiveerden tonen’ aan om terug te zetten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Import a roster</source>
            <translation>Ledenlijst importeren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} roster.csv</source>
            <translation>{group} ledenlijst.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Export the roster</source>
            <translation>Ledenlijst exporteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>The roster could not be saved to {path}: {why}</source>
            <translation>De ledenlijst kon niet worden opgeslagen in {path}: {why}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Roster exported to {path}.</source>
            <translation>Ledenlijst geëxporteerd naar {path}.</translation>
        </message>
    </context>
    <context>
        <name>RosterPanels</name>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Roster</source>
            <translation>Ledenlijst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search name, role or email   (Ctrl+F)</source>
            <translation>Zoek naam, rol of e-mail   (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search the roster</source>
            <translation>Ledenlijst doorzoeken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Show archived</source>
            <translation>Gearchiveerden tonen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>S&amp;ort by</source>
            <translation>S&amp;orteren op</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Double-click a member or press Enter to edit.</source>
            <translation>Dubbelklik op een deelnemer of druk op Enter om te bewerken.</translation>
        </message>
    </context>
    <context>
        <name>SortCombo</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Sort the roster by</source>
            <translation>Ledenlijst sorteren op</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, A to Z</source>
            <translation>Naam, A tot Z</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, Z to A</source>
            <translation>Naam, Z tot A</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Leaders first</source>
            <translation>Begeleiders eerst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, longest first</source>
            <translation>Lid sinds, langst eerst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, newest first</source>
            <translation>Lid sinds, nieuwste eerst</translation>
        </message>
    </context>
</TS>
