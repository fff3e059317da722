<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit member</source>
            <translation>Mitglied bearbeiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Add a member</source>
            <translation>Mitglied hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit {name}</source>
            <translation>{name} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>As the group knows them, e.g. Dr Siobhán O'Neill</source>
            <translation>Wie die Gruppe sie kennt, z. B. Dr. Siobhán O'Neill</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leads the group (facilitator)</source>
            <translation>Leitet die Gruppe (Gruppenleitung)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>d MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Not before</source>
            <translation>Nicht vor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Role</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Joined the group</source>
            <translation>&amp;Beitritt zur Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May &amp;present a case</source>
            <translation>Darf einen Fall &amp;vorstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May present a case not before a date</source>
            <translation>Darf einen Fall erst ab einem Datum vorstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Date they may present from</source>
            <translation>Datum, ab dem sie vorstellen dürfen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leave “Not before” unticked if they may present straight away. New members often listen for a few meetings first.</source>
            <translation>Lassen Sie „Nicht vor“ frei, wenn sofort vorgestellt werden darf. Neue Mitglieder hören oft erst einige Sitzungen lang zu.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
    </context>
    <context>
        <name>NumbersPanel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Professional numbers</source>
            <translation>Berufliche Kennnummern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional. Printed only on this member's own certificate.</source>
            <translation>Freiwillig. Erscheint nur auf der eigenen Bescheinigung dieses Mitglieds.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional, e.g. Ärztekammer Nordrhein</source>
            <translation>Optional, z. B. Ärztekammer Nordrhein</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Recognised as a Balint &amp;leader by</source>
            <translation>Als Balint-&amp;Gruppenleitung anerkannt von</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Other numbers…</source>
            <translation>Weitere Nummern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Show the numbers of other countries</source>
            <translation>Nummern anderer Länder zeigen</translation>
        </message>
    </context>
    <context>
        <name>RecordsButton</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Records</source>
            <translation>&amp;Nachweise</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>CPD record, leader log and requirements for the selected member; the group's attendance</source>
            <translation>Fortbildungsnachweis, Leitungsnachweis und Anforderungen des gewählten Mitglieds; die Teilnahme der Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record…</source>
            <translation>&amp;Fortbildungsnachweis…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log…</source>
            <translation>&amp;Leitungsnachweis…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements…</source>
            <translation>&amp;Anforderungen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Attendance CSV…</source>
            <translation>&amp;Teilnahme als CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>How the &amp;time went…</source>
            <translation>Wie die &amp;Zeit verlief…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Programme…</source>
            <translation>&amp;Programm…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record for {name}…</source>
            <translation>&amp;Fortbildungsnachweis für {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements for {name}…</source>
            <translation>&amp;Anforderungen für {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log of {name}…</source>
            <translation>&amp;Leitungsnachweis von {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log… (for a leader)</source>
            <translation>&amp;Leitungsnachweis… (für Gruppenleitung)</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add member</source>
            <translation>Mitglied hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add a member (Ctrl+N)</source>
            <translation>Ein Mitglied hinzufügen (Strg+N)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit the selected member (Enter)</source>
            <translation>Gewähltes Mitglied bearbeiten (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Take the selected member off the active roster; their history stays (Delete)</source>
            <translation>Gewähltes Mitglied aus der aktiven Liste nehmen; der Verlauf bleibt (Entf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import CSV…</source>
            <translation>CSV importieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add or update members from a CSV file</source>
            <translation>Mitglieder aus einer CSV-Datei hinzufügen oder aktualisieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Save the roster as a CSV file</source>
            <translation>Teilnehmerliste als CSV-Datei speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Leader</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Joined</source>
            <translation>Beitritt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>May present from</source>
            <translation>Vorstellen ab</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Choose or create a group under Settings.</source>
            <translation>Wählen oder erstellen Sie unter Einstellungen eine Gruppe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} · %n active member(s), {leaders} leading</source>
            <translation>
                <numerusform>{group} · %n aktives Mitglied, {leaders} in der Leitung</numerusform>
                <numerusform>{group} · %n aktive Mitglieder, {leaders} in der Leitung</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody is on the roster yet.

Click “Add member” (Ctrl+N) to add the first person, or “Import CSV…” to bring in a list from a spreadsheet.</source>
            <translation>Noch niemand auf der Teilnehmerliste.

Klicken Sie auf „Mitglied hinzufügen“ (Strg+N) für die erste Person oder auf „CSV importieren…“, um eine Liste aus einer Tabelle zu übernehmen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody matches “{search}”.</source>
            <translation>Niemand passt zu „{search}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Saved changes to {name}.</source>
            <translation>Änderungen an {name} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Added {name}.</source>
            <translation>{name} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{name} is back on the active roster.</source>
            <translation>{name} ist wieder auf der aktiven Liste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archived {name}. Their attendance and history are kept; tick “Show archived” to restore them.</source>
            <translation>{name} archiviert. Teilnahme und Verlauf bleiben erhalten; zum Wiederherstellen „Archivierte zeigen“ ankreuzen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Import a roster</source>
            <translation>Teilnehmerliste importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} roster.csv</source>
            <translation>{group} Teilnehmerliste.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Export the roster</source>
            <translation>Teilnehmerliste exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>The roster could not be saved to {path}: {why}</source>
            <translation>Die Teilnehmerliste konnte nicht unter {path} gespeichert werden: {why}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Roster exported to {path}.</source>
            <translation>Teilnehmerliste nach {path} exportiert.</translation>
        </message>
    </context>
    <context>
        <name>RosterPanels</name>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Roster</source>
            <translation>Teilnehmerliste</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search name, role or email   (Ctrl+F)</source>
            <translation>Name, Rolle oder E-Mail suchen   (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search the roster</source>
            <translation>Teilnehmerliste durchsuchen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Show archived</source>
            <translation>Archivierte zeigen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>S&amp;ort by</source>
            <translation>S&amp;ortieren nach</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Double-click a member or press Enter to edit.</source>
            <translation>Doppelklick oder Eingabetaste zum Bearbeiten.</translation>
        </message>
    </context>
    <context>
        <name>SortCombo</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Sort the roster by</source>
            <translation>Teilnehmerliste sortieren nach</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, A to Z</source>
            <translation>Name, A bis Z</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, Z to A</source>
            <translation>Name, Z bis A</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Leaders first</source>
            <translation>Leitung zuerst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, longest first</source>
            <translation>Beitritt, älteste zuerst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, newest first</source>
            <translation>Beitritt, neueste zuerst</translation>
        </message>
    </context>
</TS>
