<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file could not be read as UTF-8 text.</source>
            <translation>Het bestand kon niet als UTF-8-tekst worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file is not valid TOML: see line {line}.</source>
            <translation>Het bestand is geen geldige TOML: zie regel {line}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Unknown entry “{name}”.</source>
            <translation>Onbekend gegeven ‘{name}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no English title ([title] en = …).</source>
            <translation>De regel heeft geen Engelse titel ([title] en = …).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Every title must be a text.</source>
            <translation>Elke titel moet een tekst zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“country” must be a text, such as "DE".</source>
            <translation>‘country’ moet een tekst zijn, zoals "DE".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“audience” must be "members" or "leaders".</source>
            <translation>‘audience’ moet "members" of "leaders" zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“sources” must be a list of texts.</source>
            <translation>‘sources’ moet een lijst van teksten zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no conditions ([[conditions]]).</source>
            <translation>De regel heeft geen voorwaarden ([[conditions]]).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>[settings] must be a table of settings.</source>
            <translation>[settings] moet een tabel met instellingen zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” must be a table.</source>
            <translation>De instelling ‘{key}’ moet een tabel zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” needs default, min and max as whole numbers.</source>
            <translation>De instelling ‘{key}’ heeft default, min en max als gehele getallen nodig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}”: its default must lie between min and max.</source>
            <translation>De instelling ‘{key}’: default moet tussen min en max liggen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” has no English label.</source>
            <translation>De instelling ‘{key}’ heeft geen Engelse naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} must be a table.</source>
            <translation>Voorwaarde {number} moet een tabel zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} has an unknown kind “{kind}”.</source>
            <translation>Voorwaarde {number} heeft een onbekende soort ‘{kind}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) has an unknown field “{name}”.</source>
            <translation>Voorwaarde {number} ({kind}) heeft een onbekend veld ‘{name}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) needs “{name}”.</source>
            <translation>Voorwaarde {number} ({kind}) heeft ‘{name}’ nodig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” names a setting the rule does not have.</source>
            <translation>Voorwaarde {number}: ‘{name}’ noemt een instelling die de regel niet heeft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” has a value this version does not know.</source>
            <translation>Voorwaarde {number}: ‘{name}’ heeft een waarde die deze versie niet kent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” must be a whole number, 0 or more.</source>
            <translation>Voorwaarde {number}: ‘{name}’ moet een geheel getal zijn, 0 of meer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n double session(s)</source>
            <translation>
                <numerusform>{have} van %n dubbele sessie</numerusform>
                <numerusform>{have} van %n dubbele sessies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s)</source>
            <translation>
                <numerusform>{have} van %n uur</numerusform>
                <numerusform>{have} van %n uur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n teaching hour(s) of 45 minutes</source>
            <translation>
                <numerusform>{have} van %n lesuur van 45 minuten</numerusform>
                <numerusform>{have} van %n lesuren van 45 minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) attended</source>
            <translation>
                <numerusform>{have} van %n bijeenkomst bijgewoond</numerusform>
                <numerusform>{have} van %n bijeenkomsten bijgewoond</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led</source>
            <translation>
                <numerusform>{have} van %n bijeenkomst begeleid</numerusform>
                <numerusform>{have} van %n bijeenkomsten begeleid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) co-led</source>
            <translation>
                <numerusform>{have} van %n bijeenkomst mede begeleid</numerusform>
                <numerusform>{have} van %n bijeenkomsten mede begeleid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led or co-led</source>
            <translation>
                <numerusform>{have} van %n bijeenkomst (mede) begeleid</numerusform>
                <numerusform>{have} van %n bijeenkomsten (mede) begeleid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s)</source>
            <translation>
                <numerusform>{have} van %n bijeenkomst</numerusform>
                <numerusform>{have} van %n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s)</source>
            <translation>
                <numerusform>nog %n dubbele sessie</numerusform>
                <numerusform>nog %n dubbele sessies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s)</source>
            <translation>
                <numerusform>nog %n uur</numerusform>
                <numerusform>nog %n uur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s)</source>
            <translation>
                <numerusform>nog %n lesuur</numerusform>
                <numerusform>nog %n lesuren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to attend</source>
            <translation>
                <numerusform>nog %n bijeenkomst bij te wonen</numerusform>
                <numerusform>nog %n bijeenkomsten bij te wonen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead</source>
            <translation>
                <numerusform>nog %n bijeenkomst te begeleiden</numerusform>
                <numerusform>nog %n bijeenkomsten te begeleiden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to co-lead</source>
            <translation>
                <numerusform>nog %n bijeenkomst mede te begeleiden</numerusform>
                <numerusform>nog %n bijeenkomsten mede te begeleiden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead or co-lead</source>
            <translation>
                <numerusform>nog %n bijeenkomst (mede) te begeleiden</numerusform>
                <numerusform>nog %n bijeenkomsten (mede) te begeleiden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s)</source>
            <translation>
                <numerusform>nog %n bijeenkomst</numerusform>
                <numerusform>nog %n bijeenkomsten</numerusform>
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
                <numerusform>%n onlinebijeenkomst geteld als {minutes} minuten</numerusform>
                <numerusform>%n onlinebijeenkomsten geteld als {minutes} minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) over {minutes} minutes not counted</source>
            <translation>
                <numerusform>%n onlinebijeenkomst van meer dan {minutes} minuten niet geteld</numerusform>
                <numerusform>%n onlinebijeenkomsten van meer dan {minutes} minuten niet geteld</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n session(s) needed</source>
            <translation>
                <numerusform>{have} fysiek van de %n benodigde bijeenkomst</numerusform>
                <numerusform>{have} fysiek van de %n benodigde bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n double session(s) needed</source>
            <translation>
                <numerusform>{have} fysiek van de %n benodigde dubbele sessie</numerusform>
                <numerusform>{have} fysiek van de %n benodigde dubbele sessies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n hour(s) needed</source>
            <translation>
                <numerusform>{have} fysiek van het %n benodigde uur</numerusform>
                <numerusform>{have} fysiek van de %n benodigde uren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n teaching hour(s) needed</source>
            <translation>
                <numerusform>{have} fysiek van het %n benodigde lesuur</numerusform>
                <numerusform>{have} fysiek van de %n benodigde lesuren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) in person</source>
            <translation>
                <numerusform>nog %n bijeenkomst fysiek</numerusform>
                <numerusform>nog %n bijeenkomsten fysiek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s) in person</source>
            <translation>
                <numerusform>nog %n dubbele sessie fysiek</numerusform>
                <numerusform>nog %n dubbele sessies fysiek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) in person</source>
            <translation>
                <numerusform>nog %n uur fysiek</numerusform>
                <numerusform>nog %n uur fysiek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s) in person</source>
            <translation>
                <numerusform>nog %n lesuur fysiek</numerusform>
                <numerusform>nog %n lesuren fysiek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) with no place recorded, not counted as in person</source>
            <translation>
                <numerusform>%n bijeenkomst zonder vastgelegde plaats, niet als fysiek geteld</numerusform>
                <numerusform>%n bijeenkomsten zonder vastgelegde plaats, niet als fysiek geteld</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>no sessions yet</source>
            <translation>nog geen bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions were in person</source>
            <translation>de eerste en laatste bijeenkomst waren fysiek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, was online</source>
            <translation>de eerste bijeenkomst, {day}, was online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, has no place recorded</source>
            <translation>bij de eerste bijeenkomst, {day}, is geen plaats vastgelegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, was online</source>
            <translation>de laatste bijeenkomst, {day}, was online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, has no place recorded</source>
            <translation>bij de laatste bijeenkomst, {day}, is geen plaats vastgelegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{first}; {last}</source>
            <translation>{first}; {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session must be in person</source>
            <translation>de eerste bijeenkomst moet fysiek zijn</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session must be in person</source>
            <translation>de laatste bijeenkomst moet fysiek zijn</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions must be in person</source>
            <translation>de eerste en laatste bijeenkomst moeten fysiek zijn</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n month(s) from the first session to the last</source>
            <translation>
                <numerusform>{have} van %n maand van de eerste tot de laatste bijeenkomst</numerusform>
                <numerusform>{have} van %n maanden van de eerste tot de laatste bijeenkomst</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>a session on or after {day}</source>
            <translation>een bijeenkomst op of na {day}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>sessions spread over %n month(s)</source>
            <translation>
                <numerusform>bijeenkomsten verspreid over %n maand</numerusform>
                <numerusform>bijeenkomsten verspreid over %n maanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) led by a recognised leader</source>
            <translation>
                <numerusform>%n bijeenkomst met een erkende begeleider</numerusform>
                <numerusform>%n bijeenkomsten met een erkende begeleider</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n left out: no recognition recorded for their leader</source>
            <translation>
                <numerusform>%n niet geteld: geen erkenning van de begeleider vastgelegd</numerusform>
                <numerusform>%n niet geteld: geen erkenning van de begeleider vastgelegd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n supervision session(s)</source>
            <translation>
                <numerusform>{have} van %n supervisiesessie</numerusform>
                <numerusform>{have} van %n supervisiesessies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of supervision</source>
            <translation>
                <numerusform>{have} van %n uur supervisie</numerusform>
                <numerusform>{have} van %n uur supervisie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>{have} van %n trainingsweekend of intensieve training</numerusform>
                <numerusform>{have} van %n trainingsweekends of intensieve trainingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of leadership training</source>
            <translation>
                <numerusform>{have} van %n uur begeleiderstraining</numerusform>
                <numerusform>{have} van %n uur begeleiderstraining</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n Balint society event(s)</source>
            <translation>
                <numerusform>{have} van %n bijeenkomst van een Balintvereniging</numerusform>
                <numerusform>{have} van %n bijeenkomsten van een Balintvereniging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) at Balint society events</source>
            <translation>
                <numerusform>{have} van %n uur op bijeenkomsten van een Balintvereniging</numerusform>
                <numerusform>{have} van %n uur op bijeenkomsten van een Balintvereniging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n other log entr(y/ies)</source>
            <translation>
                <numerusform>{have} van %n andere logboekregel</numerusform>
                <numerusform>{have} van %n andere logboekregels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of other log entries</source>
            <translation>
                <numerusform>{have} van %n uur andere logboekregels</numerusform>
                <numerusform>{have} van %n uur andere logboekregels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more supervision session(s)</source>
            <translation>
                <numerusform>nog %n supervisiesessie</numerusform>
                <numerusform>nog %n supervisiesessies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of supervision</source>
            <translation>
                <numerusform>nog %n uur supervisie</numerusform>
                <numerusform>nog %n uur supervisie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>nog %n trainingsweekend of intensieve training</numerusform>
                <numerusform>nog %n trainingsweekends of intensieve trainingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of leadership training</source>
            <translation>
                <numerusform>nog %n uur begeleiderstraining</numerusform>
                <numerusform>nog %n uur begeleiderstraining</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more Balint society event(s)</source>
            <translation>
                <numerusform>nog %n bijeenkomst van een Balintvereniging</numerusform>
                <numerusform>nog %n bijeenkomsten van een Balintvereniging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) at Balint society events</source>
            <translation>
                <numerusform>nog %n uur op bijeenkomsten van een Balintvereniging</numerusform>
                <numerusform>nog %n uur op bijeenkomsten van een Balintvereniging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more other log entr(y/ies)</source>
            <translation>
                <numerusform>nog %n andere logboekregel</numerusform>
                <numerusform>nog %n andere logboekregels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of other log entries</source>
            <translation>
                <numerusform>nog %n uur andere logboekregels</numerusform>
                <numerusform>nog %n uur andere logboekregels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>This rule has no setting “{key}”.</source>
            <translation>Deze regel heeft geen instelling ‘{key}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>“{key}” must be a whole number from {minimum} to {maximum}.</source>
            <translation>‘{key}’ moet een geheel getal van {minimum} tot {maximum} zijn.</translation>
        </message>
    </context>
</TS>
