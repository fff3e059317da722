<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file could not be read as UTF-8 text.</source>
            <translation>Die Datei ließ sich nicht als UTF-8-Text lesen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file is not valid TOML: see line {line}.</source>
            <translation>Die Datei ist kein gültiges TOML: siehe Zeile {line}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Unknown entry “{name}”.</source>
            <translation>Unbekannter Eintrag „{name}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no English title ([title] en = …).</source>
            <translation>Die Regel hat keinen englischen Titel ([title] en = …).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Every title must be a text.</source>
            <translation>Jeder Titel muss ein Text sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“country” must be a text, such as "DE".</source>
            <translation>„country“ muss ein Text sein, etwa "DE".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“audience” must be "members" or "leaders".</source>
            <translation>„audience“ muss "members" oder "leaders" sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“sources” must be a list of texts.</source>
            <translation>„sources“ muss eine Liste von Texten sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no conditions ([[conditions]]).</source>
            <translation>Die Regel hat keine Bedingungen ([[conditions]]).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>[settings] must be a table of settings.</source>
            <translation>[settings] muss eine Tabelle von Einstellungen sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” must be a table.</source>
            <translation>Die Einstellung „{key}“ muss eine Tabelle sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” needs default, min and max as whole numbers.</source>
            <translation>Die Einstellung „{key}“ braucht default, min und max als ganze Zahlen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}”: its default must lie between min and max.</source>
            <translation>Die Einstellung „{key}“: default muss zwischen min und max liegen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” has no English label.</source>
            <translation>Die Einstellung „{key}“ hat keine englische Bezeichnung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} must be a table.</source>
            <translation>Bedingung {number} muss eine Tabelle sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} has an unknown kind “{kind}”.</source>
            <translation>Bedingung {number} hat eine unbekannte Art „{kind}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) has an unknown field “{name}”.</source>
            <translation>Bedingung {number} ({kind}) hat ein unbekanntes Feld „{name}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) needs “{name}”.</source>
            <translation>Bedingung {number} ({kind}) braucht „{name}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” names a setting the rule does not have.</source>
            <translation>Bedingung {number}: „{name}“ nennt eine Einstellung, die die Regel nicht hat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” has a value this version does not know.</source>
            <translation>Bedingung {number}: „{name}“ hat einen Wert, den diese Version nicht kennt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” must be a whole number, 0 or more.</source>
            <translation>Bedingung {number}: „{name}“ muss eine ganze Zahl ab 0 sein.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n double session(s)</source>
            <translation>
                <numerusform>{have} von %n Doppelstunde</numerusform>
                <numerusform>{have} von %n Doppelstunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s)</source>
            <translation>
                <numerusform>{have} von %n Stunde</numerusform>
                <numerusform>{have} von %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n teaching hour(s) of 45 minutes</source>
            <translation>
                <numerusform>{have} von %n Unterrichtsstunde (45 Minuten)</numerusform>
                <numerusform>{have} von %n Unterrichtsstunden (je 45 Minuten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) attended</source>
            <translation>
                <numerusform>{have} von %n Sitzung besucht</numerusform>
                <numerusform>{have} von %n Sitzungen besucht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led</source>
            <translation>
                <numerusform>{have} von %n Sitzung geleitet</numerusform>
                <numerusform>{have} von %n Sitzungen geleitet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) co-led</source>
            <translation>
                <numerusform>{have} von %n Sitzung co-geleitet</numerusform>
                <numerusform>{have} von %n Sitzungen co-geleitet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led or co-led</source>
            <translation>
                <numerusform>{have} von %n Sitzung geleitet oder co-geleitet</numerusform>
                <numerusform>{have} von %n Sitzungen geleitet oder co-geleitet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s)</source>
            <translation>
                <numerusform>{have} von %n Sitzung</numerusform>
                <numerusform>{have} von %n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s)</source>
            <translation>
                <numerusform>noch %n Doppelstunde</numerusform>
                <numerusform>noch %n Doppelstunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s)</source>
            <translation>
                <numerusform>noch %n Stunde</numerusform>
                <numerusform>noch %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s)</source>
            <translation>
                <numerusform>noch %n Unterrichtsstunde</numerusform>
                <numerusform>noch %n Unterrichtsstunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to attend</source>
            <translation>
                <numerusform>noch %n Sitzung zu besuchen</numerusform>
                <numerusform>noch %n Sitzungen zu besuchen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead</source>
            <translation>
                <numerusform>noch %n Sitzung zu leiten</numerusform>
                <numerusform>noch %n Sitzungen zu leiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to co-lead</source>
            <translation>
                <numerusform>noch %n Sitzung in Co-Leitung</numerusform>
                <numerusform>noch %n Sitzungen in Co-Leitung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead or co-lead</source>
            <translation>
                <numerusform>noch %n Sitzung zu leiten oder co-leiten</numerusform>
                <numerusform>noch %n Sitzungen zu leiten oder co-leiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s)</source>
            <translation>
                <numerusform>noch %n Sitzung</numerusform>
                <numerusform>noch %n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{line}; {note}</source>
            <translation>{line}; {note}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) counted as {minutes} minutes</source>
            <translation>
                <numerusform>%n Online-Sitzung mit {minutes} Minuten gezählt</numerusform>
                <numerusform>%n Online-Sitzungen mit je {minutes} Minuten gezählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) over {minutes} minutes not counted</source>
            <translation>
                <numerusform>%n Online-Sitzung über {minutes} Minuten nicht gezählt</numerusform>
                <numerusform>%n Online-Sitzungen über {minutes} Minuten nicht gezählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n session(s) needed</source>
            <translation>
                <numerusform>{have} in Präsenz von %n nötigen Sitzung</numerusform>
                <numerusform>{have} in Präsenz von %n nötigen Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n double session(s) needed</source>
            <translation>
                <numerusform>{have} in Präsenz von %n nötigen Doppelstunde</numerusform>
                <numerusform>{have} in Präsenz von %n nötigen Doppelstunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n hour(s) needed</source>
            <translation>
                <numerusform>{have} in Präsenz von %n nötigen Stunde</numerusform>
                <numerusform>{have} in Präsenz von %n nötigen Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n teaching hour(s) needed</source>
            <translation>
                <numerusform>{have} in Präsenz von %n nötigen Unterrichtsstunde</numerusform>
                <numerusform>{have} in Präsenz von %n nötigen Unterrichtsstunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) in person</source>
            <translation>
                <numerusform>noch %n Sitzung in Präsenz</numerusform>
                <numerusform>noch %n Sitzungen in Präsenz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s) in person</source>
            <translation>
                <numerusform>noch %n Doppelstunde in Präsenz</numerusform>
                <numerusform>noch %n Doppelstunden in Präsenz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) in person</source>
            <translation>
                <numerusform>noch %n Stunde in Präsenz</numerusform>
                <numerusform>noch %n Stunden in Präsenz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s) in person</source>
            <translation>
                <numerusform>noch %n Unterrichtsstunde in Präsenz</numerusform>
                <numerusform>noch %n Unterrichtsstunden in Präsenz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) with no place recorded, not counted as in person</source>
            <translation>
                <numerusform>%n Sitzung ohne erfassten Ort, nicht als Präsenz gezählt</numerusform>
                <numerusform>%n Sitzungen ohne erfassten Ort, nicht als Präsenz gezählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>no sessions yet</source>
            <translation>noch keine Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions were in person</source>
            <translation>die erste und die letzte Sitzung waren in Präsenz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, was online</source>
            <translation>die erste Sitzung am {day} war online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, has no place recorded</source>
            <translation>für die erste Sitzung am {day} ist kein Ort erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, was online</source>
            <translation>die letzte Sitzung am {day} war online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, has no place recorded</source>
            <translation>für die letzte Sitzung am {day} ist kein Ort erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{first}; {last}</source>
            <translation>{first}; {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session must be in person</source>
            <translation>die erste Sitzung muss in Präsenz stattfinden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session must be in person</source>
            <translation>die letzte Sitzung muss in Präsenz stattfinden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions must be in person</source>
            <translation>die erste und die letzte Sitzung müssen in Präsenz stattfinden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n month(s) from the first session to the last</source>
            <translation>
                <numerusform>{have} von %n Monat von der ersten bis zur letzten Sitzung</numerusform>
                <numerusform>{have} von %n Monaten von der ersten bis zur letzten Sitzung</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>a session on or after {day}</source>
            <translation>eine Sitzung am {day} oder später</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>sessions spread over %n month(s)</source>
            <translation>
                <numerusform>Sitzungen verteilt über %n Monat</numerusform>
                <numerusform>Sitzungen verteilt über %n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) led by a recognised leader</source>
            <translation>
                <numerusform>%n Sitzung unter anerkannter Leitung</numerusform>
                <numerusform>%n Sitzungen unter anerkannter Leitung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n left out: no recognition recorded for their leader</source>
            <translation>
                <numerusform>%n nicht gezählt: keine Anerkennung der Leitung erfasst</numerusform>
                <numerusform>%n nicht gezählt: keine Anerkennung der Leitung erfasst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n supervision session(s)</source>
            <translation>
                <numerusform>{have} von %n Supervisionssitzung</numerusform>
                <numerusform>{have} von %n Supervisionssitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of supervision</source>
            <translation>
                <numerusform>{have} von %n Stunde Supervision</numerusform>
                <numerusform>{have} von %n Stunden Supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>{have} von %n Trainingswochenende oder Intensivkurs</numerusform>
                <numerusform>{have} von %n Trainingswochenenden oder Intensivkursen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of leadership training</source>
            <translation>
                <numerusform>{have} von %n Stunde Leitungstraining</numerusform>
                <numerusform>{have} von %n Stunden Leitungstraining</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n Balint society event(s)</source>
            <translation>
                <numerusform>{have} von %n Veranstaltung einer Balint-Gesellschaft</numerusform>
                <numerusform>{have} von %n Veranstaltungen einer Balint-Gesellschaft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) at Balint society events</source>
            <translation>
                <numerusform>{have} von %n Stunde bei Veranstaltungen einer Balint-Gesellschaft</numerusform>
                <numerusform>{have} von %n Stunden bei Veranstaltungen einer Balint-Gesellschaft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n other log entr(y/ies)</source>
            <translation>
                <numerusform>{have} von %n sonstigen Eintrag</numerusform>
                <numerusform>{have} von %n sonstigen Einträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of other log entries</source>
            <translation>
                <numerusform>{have} von %n Stunde sonstiger Einträge</numerusform>
                <numerusform>{have} von %n Stunden sonstiger Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more supervision session(s)</source>
            <translation>
                <numerusform>noch %n Supervisionssitzung</numerusform>
                <numerusform>noch %n Supervisionssitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of supervision</source>
            <translation>
                <numerusform>noch %n Stunde Supervision</numerusform>
                <numerusform>noch %n Stunden Supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>noch %n Trainingswochenende oder Intensivkurs</numerusform>
                <numerusform>noch %n Trainingswochenenden oder Intensivkurse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of leadership training</source>
            <translation>
                <numerusform>noch %n Stunde Leitungstraining</numerusform>
                <numerusform>noch %n Stunden Leitungstraining</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more Balint society event(s)</source>
            <translation>
                <numerusform>noch %n Veranstaltung einer Balint-Gesellschaft</numerusform>
                <numerusform>noch %n Veranstaltungen einer Balint-Gesellschaft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) at Balint society events</source>
            <translation>
                <numerusform>noch %n Stunde bei Veranstaltungen einer Balint-Gesellschaft</numerusform>
                <numerusform>noch %n Stunden bei Veranstaltungen einer Balint-Gesellschaft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more other log entr(y/ies)</source>
            <translation>
                <numerusform>noch %n sonstiger Eintrag</numerusform>
                <numerusform>noch %n sonstige Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of other log entries</source>
            <translation>
                <numerusform>noch %n Stunde sonstiger Einträge</numerusform>
                <numerusform>noch %n Stunden sonstiger Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>This rule has no setting “{key}”.</source>
            <translation>Diese Regel hat keine Einstellung „{key}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>“{key}” must be a whole number from {minimum} to {maximum}.</source>
            <translation>„{key}“ muss eine ganze Zahl von {minimum} bis {maximum} sein.</translation>
        </message>
    </context>
</TS>
