<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>BreakDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add a break</source>
            <translation>Aggiungi una pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>No meetings between these dates, for example over the summer. Meetings in the break are cancelled and the rota flows around them.</source>
            <translation>Nessun incontro tra queste date, ad esempio d'estate. Gli incontri nella pausa sono annullati e i turni si adeguano.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add break</source>
            <translation>Aggiungi pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>e.g. Summer break</source>
            <translation>ad es. Pausa estiva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Until</source>
            <translation>Al</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
    </context>
    <context>
        <name>CalendarFileDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file</source>
            <translation>File di calendario</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>The group's meetings for the next twelve months as a calendar file (.ics), with the time, the room and who presents. Cancelled meetings are marked cancelled.</source>
            <translation>Gli incontri del gruppo per i prossimi dodici mesi come file di calendario (.ics), con orario, sala e chi presenta. Gli incontri annullati sono indicati come tali.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save calendar file…</source>
            <translation>Salva file di calendario…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>To add it to a calendar</source>
            <translation>Per aggiungerlo a un calendario</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Open the file, or File › Open &amp;amp; Export › Import/Export.</source>
            <translation>Aprire il file, o File › Apri ed esporta › Importa/Esporta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Google Calendar</source>
            <translation>Google Calendar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Settings › Import &amp;amp; export › Import, then the file.</source>
            <translation>Impostazioni › Importazione ed esportazione › Importa, poi il file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Apple Calendar</source>
            <translation>Calendario di Apple</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>File › Import…, then the file.</source>
            <translation>File › Importa…, poi il file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>When the rota changes, save and import the file again: the same meetings are updated, not added twice.</source>
            <translation>Quando i turni cambiano, salvare e importare di nuovo il file: gli stessi incontri vengono aggiornati, non aggiunti due volte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file (*.ics)</source>
            <translation>File di calendario (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved %n meeting(s) as “{file}” in {folder}. Import it into your calendar.</source>
            <translation>
                <numerusform>%n incontro salvato come «{file}» in {folder}. Importarlo nel calendario.</numerusform>
                <numerusform>%n incontri salvati come «{file}» in {folder}. Importarlo nel calendario.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoosePresenterDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Choose who presents</source>
            <translation>Scegli chi presenta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>{when}: this person is pinned to the date; everyone else flows around.</source>
            <translation>{when}: questa persona è fissata alla data; gli altri si adeguano.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Pin</source>
            <translation>Fissa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Presenter</source>
            <translation>Relatore del caso</translation>
        </message>
    </context>
    <context>
        <name>FairnessTable</name>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Attended</source>
            <translation>Presenze</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Presented</source>
            <translation>Presentazioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Last presented</source>
            <translation>Ultima presentazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Meetings since</source>
            <translation>Incontri da allora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Can present</source>
            <translation>Può presentare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Click a column heading to sort by it.</source>
            <translation>Fare clic sull'intestazione di una colonna per ordinare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>one case a meeting</source>
            <translation>un caso per incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>two cases a meeting</source>
            <translation>due casi per incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders may present</source>
            <translation>i conduttori possono presentare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders do not present</source>
            <translation>i conduttori non presentano</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>cancelled</source>
            <translation>annullato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>No meeting</source>
            <translation>Nessun incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>nobody eligible</source>
            <translation>nessuno disponibile</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{name} (pinned)</source>
            <translation>{name} (fissato)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} and {last}</source>
            <translation>{names} e {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpin</source>
            <translation>Sblocca</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pin</source>
            <translation>Fissa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpinned: the rota chooses for this date again.</source>
            <translation>Sbloccato: i turni scelgono di nuovo per questa data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} pinned to this date.</source>
            <translation>{names} fissato/i a questa data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Only two planned meetings can be swapped.</source>
            <translation>Si possono scambiare solo due incontri previsti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Swapped {first} and {second}; both are pinned to their new dates.</source>
            <translation>{first} e {second} scambiati; entrambi sono fissati alle nuove date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pinned.</source>
            <translation>Fissato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break added; the meetings in it are cancelled.</source>
            <translation>Pausa aggiunta; gli incontri compresi sono annullati.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break removed; its meetings are back in the plan.</source>
            <translation>Pausa rimossa; i suoi incontri tornano nei turni.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Import past meetings</source>
            <translation>Importa incontri passati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>File CSV (*.csv);;Tutti i file (*)</translation>
        </message>
    </context>
    <context>
        <name>RotaPanels</name>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Rota</source>
            <translation>Turni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The plan for the next meetings</source>
            <translation>I turni dei prossimi incontri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Presenting</source>
            <translation>Presenta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Reserve</source>
            <translation>Riserva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Why</source>
            <translation>Perché</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Pin</source>
            <translation>Fissa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fix the planned presenter to this date (Ctrl+P)</source>
            <translation>Fissa chi presenta a questa data (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Choose presenter…</source>
            <translation>Scegli chi presenta…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with earlier</source>
            <translation>Scambia con il precedente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Up</source>
            <translation>Ctrl+Su</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with later</source>
            <translation>Scambia con il successivo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Down</source>
            <translation>Ctrl+Giù</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Print rota…</source>
            <translation>Stampa turni…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>An A4 page of the next meetings for the noticeboard</source>
            <translation>Una pagina A4 dei prossimi incontri per la bacheca</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Calendar file…</source>
            <translation>File di calendario…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The meetings as a file for Outlook, Google or Apple Calendar</source>
            <translation>Gli incontri come file per Outlook, Google o il Calendario di Apple</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Add a break…</source>
            <translation>Aggiungi una pausa…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Remove break</source>
            <translation>Rimuovi pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Import past meetings…</source>
            <translation>Importa incontri passati…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>For a group that met before BalintDesk: who came and who presented</source>
            <translation>Per un gruppo che si incontrava prima di BalintDesk: chi c'era e chi ha presentato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The next meetings</source>
            <translation>I prossimi incontri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Drag a presenter onto another date to swap them, or use the buttons. Pinned people stay where they are; everyone else flows around.</source>
            <translation>Trascinare chi presenta su un'altra data per scambiare, o usare i pulsanti. Chi è fissato resta; gli altri si adeguano.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Breaks:</source>
            <translation>Pause:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fairness: who has waited longest</source>
            <translation>Equità: chi aspetta da più tempo</translation>
        </message>
    </context>
    <context>
        <name>RotaPrintDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Print the rota</source>
            <translation>Stampa i turni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>An A4 page for the noticeboard: each meeting's date, who presents and the reserve, in large type, with cancelled meetings marked. Save it as a PDF, then print it.</source>
            <translation>Una pagina A4 per la bacheca: data di ogni incontro, chi presenta e la riserva, a caratteri grandi, con gli incontri annullati segnalati. Salvarla come PDF, poi stamparla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save PDF…</source>
            <translation>Salva PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>How many meetings to print</source>
            <translation>Quanti incontri stampare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Meetings to print</source>
            <translation>Incontri da stampare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>No meetings are planned.</source>
            <translation>Nessun incontro in programma.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}, with %n cancelled meeting(s) marked</source>
            <translation>
                <numerusform>Da {first:short} a {last:short}, con %n incontro annullato segnalato</numerusform>
                <numerusform>Da {first:short} a {last:short}, con %n incontri annullati segnalati</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}</source>
            <translation>Da {first:short} a {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved the rota ({meetings}, {pages}) as “{file}” in {folder}.</source>
            <translation>Turni ({meetings}, {pages}) salvati come «{file}» in {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagine</numerusform>
            </translation>
        </message>
    </context>
</TS>
