<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CancelMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel the meeting</source>
            <translation>Bijeenkomst afzeggen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>{when} will be marked as cancelled; the rota moves on to the next one.</source>
            <translation>{when} wordt als afgezegd gemarkeerd; het rooster gaat door naar de volgende.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel meeting</source>
            <translation>Bijeenkomst afzeggen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Optional, e.g. Bank holiday</source>
            <translation>Optioneel, bijv. feestdag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
    </context>
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{role} · leader</source>
            <translation>{role} · begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Apologies</source>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>In the room</source>
            <translation>In de zaal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: in the room or online</source>
            <translation>{name}: in de zaal of online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Where this member took part</source>
            <translation>Waar deze deelnemer aan deelnam</translation>
        </message>
    </context>
    <context>
        <name>LeaderPicker</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Led by</source>
            <translation>Begeleid door</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Co-led by</source>
            <translation>Cobegeleid door</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>&amp;Led by</source>
            <translation>&amp;Begeleid door</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>C&amp;o-led by</source>
            <translation>C&amp;o-begeleid door</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Held and recorded</source>
            <translation>Gehouden en vastgelegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{day:long}, {start:time}–{end:time}</source>
            <translation>{day:long}, {start:time}–{end:time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{first} and {second}</source>
            <translation>{first} en {second}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No meetings are planned.</source>
            <translation>Er zijn geen bijeenkomsten gepland.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Set when the group meets under Settings.</source>
            <translation>Stel onder Instellingen in wanneer de groep samenkomt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Restore meeting</source>
            <translation>Bijeenkomst herstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancel meeting…</source>
            <translation>Bijeenkomst afzeggen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Break</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled: {reason}</source>
            <translation>Afgezegd: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled</source>
            <translation>Afgezegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>Over %n dag</numerusform>
                <numerusform>Over %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Not yet recorded</source>
            <translation>Nog niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting is cancelled.</source>
            <translation>Deze bijeenkomst is afgezegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Ahead of the day, only apologies can be given. Click again to undo.</source>
            <translation>Vóór de dag kan men zich alleen afmelden. Klik nogmaals om dit ongedaan te maken.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person; for each one present, choose in the room or online. Everything saves at once.</source>
            <translation>Eén klik per persoon; kies voor elke aanwezige: in de zaal of online. Alles wordt meteen opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person. Everything saves at once.</source>
            <translation>Eén klik per persoon. Alles wordt meteen opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No one: the meeting is cancelled.</source>
            <translation>Niemand: de bijeenkomst is afgezegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: {names} presented.</source>
            <translation>Vastgelegd: {names} bracht in.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded, without a presentation.</source>
            <translation>Vastgelegd, zonder casusinbreng.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Choose below who presented, then save the record.</source>
            <translation>Kies hieronder wie inbracht en sla het daarna op.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Reserve: {name}</source>
            <translation>Reserve: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Niemand kan een casus inbrengen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Present {present} · Apologies {apologies} · Absent {absent}</source>
            <translation>Aanwezig {present} · Afgemeld {apologies} · Afwezig {absent}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting: {mode}.</source>
            <translation>Deze bijeenkomst: {mode}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>The same person is chosen twice; choose again.</source>
            <translation>Dezelfde persoon is twee keer gekozen; kies opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: no case was presented.</source>
            <translation>Vastgelegd: er is geen casus ingebracht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>— nobody —</source>
            <translation>— niemand —</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>(no theme)</source>
            <translation>(geen thema)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>Recorded.</source>
            <translation>Vastgelegd.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanels</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>◀ Earlier</source>
            <translation>◀ Eerder</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Later ▶</source>
            <translation>Later ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Move…</source>
            <translation>Verplaatsen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Cancel meeting…</source>
            <translation>Bijeenkomst afzeggen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Run the meeting ▶</source>
            <translation>Bijeenkomst leiden ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The phase timer and the room display</source>
            <translation>De fasetimer en het zaalscherm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>How this meeting is held. A change here is for this meeting only, and corrects the record of one already held.</source>
            <translation>Hoe deze bijeenkomst plaatsvindt. Een wijziging hier geldt alleen voor deze bijeenkomst en corrigeert het verslag van een al gehouden bijeenkomst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>&amp;Format</source>
            <translation>&amp;Vorm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who is due to present</source>
            <translation>Wie aan de beurt is om in te brengen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Ask “Who has a case?” first: a volunteer always goes ahead. The rota is the fallback, so nobody is forgotten.</source>
            <translation>Vraag eerst ‘Wie heeft een casus?’: een vrijwilliger gaat altijd voor. Het rooster is de terugvaloptie, zodat niemand vergeten wordt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who came</source>
            <translation>Wie er was</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>After the meeting</source>
            <translation>Na de bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Edit themes…</source>
            <translation>Thema's bewerken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Save the record</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented</source>
            <translation>Bracht in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented the second case</source>
            <translation>Bracht de tweede casus in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The theme is optional and chosen from the group's list. Never record a patient's name, age or details here: BalintDesk keeps who came and who presented, not the case.</source>
            <translation>Het thema is optioneel en komt uit de lijst van de groep. Leg hier nooit naam, leeftijd of details van een patiënt vast: BalintDesk bewaart wie er was en wie inbracht, niet de casus.</translation>
        </message>
    </context>
    <context>
        <name>MoveMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move the meeting</source>
            <translation>Bijeenkomst verplaatsen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Choose the new day and time. Apologies already given stay with it.</source>
            <translation>Kies de nieuwe dag en tijd. Afmeldingen die al gegeven zijn blijven staan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move meeting</source>
            <translation>Bijeenkomst verplaatsen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>New date</source>
            <translation>Nieuwe datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Starting at</source>
            <translation>Begint om</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Recorded on this computer; it is sent when the shared database is back.</source>
            <translation>Op deze computer vastgelegd; het wordt verzonden zodra de gedeelde database weer bereikbaar is.</translation>
        </message>
    </context>
    <context>
        <name>ThemesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes</source>
            <translation>Thema's</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>One theme per line. A theme is a neutral phrase about the kind of encounter, like “the angry patient” — never a patient's name, age or details.</source>
            <translation>Eén thema per regel. Een thema is een neutrale omschrijving van het soort ontmoeting, zoals ‘de boze patiënt’ — nooit naam, leeftijd of details van een patiënt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Save themes</source>
            <translation>Thema's opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes, one per line</source>
            <translation>Thema's, één per regel</translation>
        </message>
    </context>
</TS>
