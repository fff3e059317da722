<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit member</source>
            <translation>Modifica membro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Add a member</source>
            <translation>Aggiungi un membro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit {name}</source>
            <translation>Modifica {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>As the group knows them, e.g. Dr Siobhán O'Neill</source>
            <translation>Come lo conosce il gruppo, ad es. Dott.ssa Siobhán O'Neill</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leads the group (facilitator)</source>
            <translation>Conduce il gruppo (conduttore)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Optional</source>
            <translation>Facoltativo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Not before</source>
            <translation>Non prima del</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Role</source>
            <translation>&amp;Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Joined the group</source>
            <translation>&amp;Ingresso nel gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May &amp;present a case</source>
            <translation>Può &amp;presentare un caso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May present a case not before a date</source>
            <translation>Può presentare un caso solo da una data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Date they may present from</source>
            <translation>Data da cui può presentare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leave “Not before” unticked if they may present straight away. New members often listen for a few meetings first.</source>
            <translation>Lasciare «Non prima del» non selezionato se può presentare subito. I nuovi membri spesso ascoltano prima per qualche incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
    </context>
    <context>
        <name>NumbersPanel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Professional numbers</source>
            <translation>Numeri professionali</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional. Printed only on this member's own certificate.</source>
            <translation>Facoltativo. Stampato solo sull'attestato di questo membro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional, e.g. Ärztekammer Nordrhein</source>
            <translation>Facoltativo, ad es. Ärztekammer Nordrhein</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Recognised as a Balint &amp;leader by</source>
            <translation>Riconosciuto come &amp;conduttore Balint da</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Other numbers…</source>
            <translation>Altri numeri…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Show the numbers of other countries</source>
            <translation>Mostrare i numeri di altri paesi</translation>
        </message>
    </context>
    <context>
        <name>RecordsButton</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Records</source>
            <translation>&amp;Registri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>CPD record, leader log and requirements for the selected member; the group's attendance</source>
            <translation>Attestato ECM, registro del conduttore e requisiti del membro scelto; le presenze del gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record…</source>
            <translation>Attestato &amp;ECM…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log…</source>
            <translation>Registro del &amp;conduttore…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements…</source>
            <translation>&amp;Requisiti…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Attendance CSV…</source>
            <translation>&amp;Presenze in CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>How the &amp;time went…</source>
            <translation>Come è andato il &amp;tempo…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Programme…</source>
            <translation>&amp;Programma…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record for {name}…</source>
            <translation>Attestato &amp;ECM di {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements for {name}…</source>
            <translation>&amp;Requisiti per {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log of {name}…</source>
            <translation>Registro del &amp;conduttore di {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log… (for a leader)</source>
            <translation>Registro del &amp;conduttore… (per un conduttore)</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add member</source>
            <translation>Aggiungi membro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add a member (Ctrl+N)</source>
            <translation>Aggiungi un membro (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit the selected member (Enter)</source>
            <translation>Modifica il membro scelto (Invio)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Archive</source>
            <translation>Archivia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Take the selected member off the active roster; their history stays (Delete)</source>
            <translation>Togli il membro scelto dall'elenco attivo; la sua storia resta (Canc)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import CSV…</source>
            <translation>Importa CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add or update members from a CSV file</source>
            <translation>Aggiungi o aggiorna membri da un file CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export CSV…</source>
            <translation>Esporta CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Save the roster as a CSV file</source>
            <translation>Salva l'elenco dei membri come file CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import…</source>
            <translation>Importa…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Leader</source>
            <translation>Conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Joined</source>
            <translation>Ingresso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>May present from</source>
            <translation>Presenta dal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Archived</source>
            <translation>Archiviato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Choose or create a group under Settings.</source>
            <translation>Scegliere o creare un gruppo in Impostazioni.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} · %n active member(s), {leaders} leading</source>
            <translation>
                <numerusform>{group} · %n membro attivo, {leaders} alla conduzione</numerusform>
                <numerusform>{group} · %n membri attivi, {leaders} alla conduzione</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody is on the roster yet.

Click “Add member” (Ctrl+N) to add the first person, or “Import CSV…” to bring in a list from a spreadsheet.</source>
            <translation>Nessuno è ancora nell'elenco.

Fare clic su «Aggiungi membro» (Ctrl+N) per la prima persona, o su «Importa CSV…» per caricare un elenco da un foglio di calcolo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody matches “{search}”.</source>
            <translation>Nessuno corrisponde a «{search}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archive</source>
            <translation>Archivia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Saved changes to {name}.</source>
            <translation>Modifiche a {name} salvate.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Added {name}.</source>
            <translation>{name} aggiunto/a.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{name} is back on the active roster.</source>
            <translation>{name} è di nuovo nell'elenco attivo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archived {name}. Their attendance and history are kept; tick “Show archived” to restore them.</source>
            <translation>{name} archiviato/a. Presenze e storia restano; selezionare «Mostra archiviati» per ripristinare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Import a roster</source>
            <translation>Importa un elenco dei membri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>File CSV (*.csv);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} roster.csv</source>
            <translation>{group} elenco membri.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Export the roster</source>
            <translation>Esporta l'elenco dei membri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>The roster could not be saved to {path}: {why}</source>
            <translation>Impossibile salvare l'elenco in {path}: {why}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Roster exported to {path}.</source>
            <translation>Elenco dei membri esportato in {path}.</translation>
        </message>
    </context>
    <context>
        <name>RosterPanels</name>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Roster</source>
            <translation>Elenco dei membri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search name, role or email   (Ctrl+F)</source>
            <translation>Cerca nome, ruolo o e-mail   (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search the roster</source>
            <translation>Cerca nell'elenco</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Show archived</source>
            <translation>Mostra archiviati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>S&amp;ort by</source>
            <translation>&amp;Ordina per</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Double-click a member or press Enter to edit.</source>
            <translation>Doppio clic su un membro o Invio per modificarlo.</translation>
        </message>
    </context>
    <context>
        <name>SortCombo</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Sort the roster by</source>
            <translation>Ordina l'elenco per</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, A to Z</source>
            <translation>Nome, dalla A alla Z</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, Z to A</source>
            <translation>Nome, dalla Z alla A</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Leaders first</source>
            <translation>Prima i conduttori</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, longest first</source>
            <translation>Ingresso, i più anziani prima</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, newest first</source>
            <translation>Ingresso, i più recenti prima</translation>
        </message>
    </context>
</TS>
