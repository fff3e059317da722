<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CancelMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel the meeting</source>
            <translation>Sitzung absagen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>{when} will be marked as cancelled; the rota moves on to the next one.</source>
            <translation>{when} wird als abgesagt markiert; der Plan geht zur nächsten Sitzung weiter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel meeting</source>
            <translation>Sitzung absagen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Optional, e.g. Bank holiday</source>
            <translation>Optional, z. B. Feiertag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
    </context>
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{role} · leader</source>
            <translation>{role} · Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Apologies</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>In the room</source>
            <translation>Im Raum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: in the room or online</source>
            <translation>{name}: im Raum oder online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Where this member took part</source>
            <translation>Wo dieses Mitglied teilgenommen hat</translation>
        </message>
    </context>
    <context>
        <name>LeaderPicker</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Led by</source>
            <translation>Geleitet von</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Co-led by</source>
            <translation>Co-Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>&amp;Led by</source>
            <translation>&amp;Geleitet von</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>C&amp;o-led by</source>
            <translation>C&amp;o-Leitung</translation>
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
            <translation>Stattgefunden und erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{day:long}, {start:time}–{end:time}</source>
            <translation>{day:long}, {start:time}–{end:time} Uhr</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No meetings are planned.</source>
            <translation>Es sind keine Sitzungen geplant.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Set when the group meets under Settings.</source>
            <translation>Legen Sie unter Einstellungen fest, wann die Gruppe sich trifft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Restore meeting</source>
            <translation>Sitzung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancel meeting…</source>
            <translation>Sitzung absagen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled: {reason}</source>
            <translation>Abgesagt: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n Tag</numerusform>
                <numerusform>In %n Tagen</numerusform>
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
            <translation>Noch nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting is cancelled.</source>
            <translation>Diese Sitzung ist abgesagt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Ahead of the day, only apologies can be given. Click again to undo.</source>
            <translation>Vor dem Tag kann man sich nur entschuldigen. Erneut klicken macht es rückgängig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person; for each one present, choose in the room or online. Everything saves at once.</source>
            <translation>Ein Klick pro Person; für jede anwesende wählen Sie „Im Raum“ oder „Online“. Alles wird sofort gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person. Everything saves at once.</source>
            <translation>Ein Klick pro Person. Alles wird sofort gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No one: the meeting is cancelled.</source>
            <translation>Niemand: Die Sitzung ist abgesagt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: {names} presented.</source>
            <translation>Erfasst: {names} hat vorgestellt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded, without a presentation.</source>
            <translation>Erfasst, ohne Fallvorstellung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Choose below who presented, then save the record.</source>
            <translation>Wählen Sie unten, wer vorgestellt hat, und speichern Sie dann.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Reserve: {name}</source>
            <translation>Reserve: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Niemand kann einen Fall vorstellen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Present {present} · Apologies {apologies} · Absent {absent}</source>
            <translation>Anwesend {present} · Entschuldigt {apologies} · Abwesend {absent}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting: {mode}.</source>
            <translation>Diese Sitzung: {mode}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>The same person is chosen twice; choose again.</source>
            <translation>Dieselbe Person ist zweimal gewählt; bitte neu wählen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: no case was presented.</source>
            <translation>Erfasst: Es wurde kein Fall vorgestellt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>— nobody —</source>
            <translation>— niemand —</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>(no theme)</source>
            <translation>(kein Thema)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>Recorded.</source>
            <translation>Erfasst.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanels</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>◀ Earlier</source>
            <translation>◀ Früher</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Later ▶</source>
            <translation>Später ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Move…</source>
            <translation>Verschieben…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Cancel meeting…</source>
            <translation>Sitzung absagen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Run the meeting ▶</source>
            <translation>Sitzung durchführen ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The phase timer and the room display</source>
            <translation>Der Phasen-Timer und die Raumanzeige</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>How this meeting is held. A change here is for this meeting only, and corrects the record of one already held.</source>
            <translation>Wie diese Sitzung durchgeführt wird. Eine Änderung hier gilt nur für diese Sitzung und berichtigt bei einer schon gehaltenen die Aufzeichnung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>&amp;Format</source>
            <translation>&amp;Durchführung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who is due to present</source>
            <translation>Wer mit der Fallvorstellung dran ist</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Ask “Who has a case?” first: a volunteer always goes ahead. The rota is the fallback, so nobody is forgotten.</source>
            <translation>Fragen Sie zuerst „Wer hat einen Fall?“: Freiwillige gehen immer vor. Der Plan ist die Rückfallebene, damit niemand vergessen wird.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who came</source>
            <translation>Wer gekommen ist</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>After the meeting</source>
            <translation>Nach der Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Edit themes…</source>
            <translation>Themen bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Save the record</source>
            <translation>Eintrag speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented</source>
            <translation>Vorgestellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented the second case</source>
            <translation>Hat den zweiten Fall vorgestellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The theme is optional and chosen from the group's list. Never record a patient's name, age or details here: BalintDesk keeps who came and who presented, not the case.</source>
            <translation>Das Thema ist optional und wird aus der Liste der Gruppe gewählt. Erfassen Sie hier nie Name, Alter oder Einzelheiten eines Patienten: BalintDesk speichert, wer kam und wer vorgestellt hat, nicht den Fall.</translation>
        </message>
    </context>
    <context>
        <name>MoveMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move the meeting</source>
            <translation>Sitzung verschieben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Choose the new day and time. Apologies already given stay with it.</source>
            <translation>Wählen Sie den neuen Tag und die Uhrzeit. Bereits erfolgte Entschuldigungen bleiben bestehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move meeting</source>
            <translation>Sitzung verschieben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>New date</source>
            <translation>Neues Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Starting at</source>
            <translation>Beginn um</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Recorded on this computer; it is sent when the shared database is back.</source>
            <translation>Auf diesem Computer erfasst; wird gesendet, sobald die gemeinsame Datenbank wieder erreichbar ist.</translation>
        </message>
    </context>
    <context>
        <name>ThemesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>One theme per line. A theme is a neutral phrase about the kind of encounter, like “the angry patient” — never a patient's name, age or details.</source>
            <translation>Ein Thema pro Zeile. Ein Thema ist eine neutrale Wendung über die Art der Begegnung, etwa „der wütende Patient“ — nie Name, Alter oder Einzelheiten eines Patienten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Save themes</source>
            <translation>Themen speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes, one per line</source>
            <translation>Themen, eines pro Zeile</translation>
        </message>
    </context>
</TS>
