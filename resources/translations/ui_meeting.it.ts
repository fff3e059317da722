<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CancelMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel the meeting</source>
            <translation>Annulla l'incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>{when} will be marked as cancelled; the rota moves on to the next one.</source>
            <translation>{when} sarà segnato come annullato; i turni passano al successivo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel meeting</source>
            <translation>Annulla incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Optional, e.g. Bank holiday</source>
            <translation>Facoltativo, ad es. giorno festivo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{role} · leader</source>
            <translation>{role} · conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Apologies</source>
            <translation>Giustificato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Absent</source>
            <translation>Assente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>In the room</source>
            <translation>In sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: in the room or online</source>
            <translation>{name}: in sala oppure online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Where this member took part</source>
            <translation>Dove ha partecipato questo membro</translation>
        </message>
    </context>
    <context>
        <name>LeaderPicker</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Led by</source>
            <translation>Condotto da</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Co-led by</source>
            <translation>Co-condotto da</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>&amp;Led by</source>
            <translation>&amp;Condotto da</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>C&amp;o-led by</source>
            <translation>C&amp;o-condotto da</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Nobody</source>
            <translation>Nessuno</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Held and recorded</source>
            <translation>Svolto e registrato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{day:long}, {start:time}–{end:time}</source>
            <translation>{day:long}, {start:time}–{end:time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No meetings are planned.</source>
            <translation>Non ci sono incontri in programma.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Set when the group meets under Settings.</source>
            <translation>Impostare in Impostazioni quando si riunisce il gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Restore meeting</source>
            <translation>Ripristina incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancel meeting…</source>
            <translation>Annulla incontro…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Break</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled: {reason}</source>
            <translation>Annullato: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>Tra %n giorno</numerusform>
                <numerusform>Tra %n giorni</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Tomorrow</source>
            <translation>Domani</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Not yet recorded</source>
            <translation>Non ancora registrato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting is cancelled.</source>
            <translation>Questo incontro è annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Ahead of the day, only apologies can be given. Click again to undo.</source>
            <translation>Prima del giorno ci si può solo giustificare. Fare di nuovo clic per annullare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person; for each one present, choose in the room or online. Everything saves at once.</source>
            <translation>Un clic per persona; per ogni presente scegliere in sala oppure online. Tutto viene salvato subito.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person. Everything saves at once.</source>
            <translation>Un clic per persona. Tutto viene salvato subito.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No one: the meeting is cancelled.</source>
            <translation>Nessuno: l'incontro è annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: {names} presented.</source>
            <translation>Registrato: ha presentato {names}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded, without a presentation.</source>
            <translation>Registrato, senza presentazione del caso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Choose below who presented, then save the record.</source>
            <translation>Scegliere qui sotto chi ha presentato, poi salvare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Reserve: {name}</source>
            <translation>Riserva: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Nessuno può presentare un caso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Present {present} · Apologies {apologies} · Absent {absent}</source>
            <translation>Presenti {present} · Giustificati {apologies} · Assenti {absent}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting: {mode}.</source>
            <translation>Questo incontro: {mode}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>The same person is chosen twice; choose again.</source>
            <translation>La stessa persona è scelta due volte; scegliere di nuovo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: no case was presented.</source>
            <translation>Registrato: nessun caso presentato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>— nobody —</source>
            <translation>— nessuno —</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>(no theme)</source>
            <translation>(nessun tema)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>Recorded.</source>
            <translation>Registrato.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanels</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>◀ Earlier</source>
            <translation>◀ Prima</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Later ▶</source>
            <translation>Dopo ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Move…</source>
            <translation>Sposta…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Cancel meeting…</source>
            <translation>Annulla incontro…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Run the meeting ▶</source>
            <translation>Conduci l'incontro ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The phase timer and the room display</source>
            <translation>Il timer delle fasi e lo schermo della sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>How this meeting is held. A change here is for this meeting only, and corrects the record of one already held.</source>
            <translation>Come si svolge questo incontro. Una modifica qui vale solo per questo incontro e corregge il verbale di uno già tenuto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>&amp;Format</source>
            <translation>&amp;Modalità</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who is due to present</source>
            <translation>A chi tocca presentare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Ask “Who has a case?” first: a volunteer always goes ahead. The rota is the fallback, so nobody is forgotten.</source>
            <translation>Chiedere prima «Chi ha un caso?»: chi si offre ha sempre la precedenza. I turni sono la soluzione di riserva, perché nessuno venga dimenticato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who came</source>
            <translation>Chi è venuto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>After the meeting</source>
            <translation>Dopo l'incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Edit themes…</source>
            <translation>Modifica temi…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Save the record</source>
            <translation>Salva la registrazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented</source>
            <translation>Ha presentato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented the second case</source>
            <translation>Ha presentato il secondo caso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The theme is optional and chosen from the group's list. Never record a patient's name, age or details here: BalintDesk keeps who came and who presented, not the case.</source>
            <translation>Il tema è facoltativo e si sceglie dall'elenco del gruppo. Non registrare mai qui nome, età o dettagli di un paziente: BalintDesk conserva chi è venuto e chi ha presentato, non il caso.</translation>
        </message>
    </context>
    <context>
        <name>MoveMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move the meeting</source>
            <translation>Sposta l'incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Choose the new day and time. Apologies already given stay with it.</source>
            <translation>Scegliere il nuovo giorno e l'ora. Le giustificazioni già date restano valide.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move meeting</source>
            <translation>Sposta incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>New date</source>
            <translation>Nuova data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Starting at</source>
            <translation>Inizio alle</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Recorded on this computer; it is sent when the shared database is back.</source>
            <translation>Registrato su questo computer; verrà inviato quando il database condiviso sarà di nuovo raggiungibile.</translation>
        </message>
    </context>
    <context>
        <name>ThemesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes</source>
            <translation>Temi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>One theme per line. A theme is a neutral phrase about the kind of encounter, like “the angry patient” — never a patient's name, age or details.</source>
            <translation>Un tema per riga. Un tema è un'espressione neutra sul tipo di incontro, come «il paziente arrabbiato» — mai nome, età o dettagli di un paziente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Save themes</source>
            <translation>Salva temi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes, one per line</source>
            <translation>Temi, uno per riga</translation>
        </message>
    </context>
</TS>
