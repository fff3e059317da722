<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file could not be read as UTF-8 text.</source>
            <translation>Impossibile leggere il file come testo UTF-8.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file is not valid TOML: see line {line}.</source>
            <translation>Il file non è un TOML valido: vedere la riga {line}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Unknown entry “{name}”.</source>
            <translation>Voce sconosciuta «{name}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no English title ([title] en = …).</source>
            <translation>La regola non ha un titolo inglese ([title] en = …).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Every title must be a text.</source>
            <translation>Ogni titolo deve essere un testo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“country” must be a text, such as "DE".</source>
            <translation>«country» deve essere un testo, ad esempio "DE".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“audience” must be "members" or "leaders".</source>
            <translation>«audience» deve essere "members" o "leaders".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“sources” must be a list of texts.</source>
            <translation>«sources» deve essere un elenco di testi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no conditions ([[conditions]]).</source>
            <translation>La regola non ha condizioni ([[conditions]]).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>[settings] must be a table of settings.</source>
            <translation>[settings] deve essere una tabella di impostazioni.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” must be a table.</source>
            <translation>L'impostazione «{key}» deve essere una tabella.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” needs default, min and max as whole numbers.</source>
            <translation>L'impostazione «{key}» richiede default, min e max come numeri interi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}”: its default must lie between min and max.</source>
            <translation>L'impostazione «{key}»: default deve essere compreso tra min e max.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” has no English label.</source>
            <translation>L'impostazione «{key}» non ha un'etichetta inglese.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} must be a table.</source>
            <translation>La condizione {number} deve essere una tabella.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} has an unknown kind “{kind}”.</source>
            <translation>La condizione {number} ha un tipo sconosciuto «{kind}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) has an unknown field “{name}”.</source>
            <translation>La condizione {number} ({kind}) ha un campo sconosciuto «{name}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) needs “{name}”.</source>
            <translation>La condizione {number} ({kind}) richiede «{name}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” names a setting the rule does not have.</source>
            <translation>Condizione {number}: «{name}» indica un'impostazione che la regola non ha.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” has a value this version does not know.</source>
            <translation>Condizione {number}: «{name}» ha un valore che questa versione non conosce.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” must be a whole number, 0 or more.</source>
            <translation>Condizione {number}: «{name}» deve essere un numero intero, 0 o più.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n double session(s)</source>
            <translation>
                <numerusform>{have} di %n sessione doppia</numerusform>
                <numerusform>{have} di %n sessioni doppie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s)</source>
            <translation>
                <numerusform>{have} di %n ora</numerusform>
                <numerusform>{have} di %n ore</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n teaching hour(s) of 45 minutes</source>
            <translation>
                <numerusform>{have} di %n ora didattica di 45 minuti</numerusform>
                <numerusform>{have} di %n ore didattiche di 45 minuti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) attended</source>
            <translation>
                <numerusform>{have} di %n incontro frequentato</numerusform>
                <numerusform>{have} di %n incontri frequentati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led</source>
            <translation>
                <numerusform>{have} di %n incontro condotto</numerusform>
                <numerusform>{have} di %n incontri condotti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) co-led</source>
            <translation>
                <numerusform>{have} di %n incontro co-condotto</numerusform>
                <numerusform>{have} di %n incontri co-condotti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led or co-led</source>
            <translation>
                <numerusform>{have} di %n incontro condotto o co-condotto</numerusform>
                <numerusform>{have} di %n incontri condotti o co-condotti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s)</source>
            <translation>
                <numerusform>{have} di %n incontro</numerusform>
                <numerusform>{have} di %n incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s)</source>
            <translation>
                <numerusform>ancora %n sessione doppia</numerusform>
                <numerusform>ancora %n sessioni doppie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s)</source>
            <translation>
                <numerusform>ancora %n ora</numerusform>
                <numerusform>ancora %n ore</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s)</source>
            <translation>
                <numerusform>ancora %n ora didattica</numerusform>
                <numerusform>ancora %n ore didattiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to attend</source>
            <translation>
                <numerusform>ancora %n incontro da frequentare</numerusform>
                <numerusform>ancora %n incontri da frequentare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead</source>
            <translation>
                <numerusform>ancora %n incontro da condurre</numerusform>
                <numerusform>ancora %n incontri da condurre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to co-lead</source>
            <translation>
                <numerusform>ancora %n incontro da co-condurre</numerusform>
                <numerusform>ancora %n incontri da co-condurre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead or co-lead</source>
            <translation>
                <numerusform>ancora %n incontro da condurre o co-condurre</numerusform>
                <numerusform>ancora %n incontri da condurre o co-condurre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s)</source>
            <translation>
                <numerusform>ancora %n incontro</numerusform>
                <numerusform>ancora %n incontri</numerusform>
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
                <numerusform>%n incontro online contato come {minutes} minuti</numerusform>
                <numerusform>%n incontri online contati come {minutes} minuti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) over {minutes} minutes not counted</source>
            <translation>
                <numerusform>%n incontro online oltre {minutes} minuti non contato</numerusform>
                <numerusform>%n incontri online oltre {minutes} minuti non contati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n session(s) needed</source>
            <translation>
                <numerusform>{have} in presenza dell'%n incontro richiesto</numerusform>
                <numerusform>{have} in presenza dei %n incontri richiesti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n double session(s) needed</source>
            <translation>
                <numerusform>{have} in presenza della %n sessione doppia richiesta</numerusform>
                <numerusform>{have} in presenza delle %n sessioni doppie richieste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n hour(s) needed</source>
            <translation>
                <numerusform>{have} in presenza dell'%n ora richiesta</numerusform>
                <numerusform>{have} in presenza delle %n ore richieste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n teaching hour(s) needed</source>
            <translation>
                <numerusform>{have} in presenza dell'%n ora didattica richiesta</numerusform>
                <numerusform>{have} in presenza delle %n ore didattiche richieste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) in person</source>
            <translation>
                <numerusform>ancora %n incontro in presenza</numerusform>
                <numerusform>ancora %n incontri in presenza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s) in person</source>
            <translation>
                <numerusform>ancora %n sessione doppia in presenza</numerusform>
                <numerusform>ancora %n sessioni doppie in presenza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) in person</source>
            <translation>
                <numerusform>ancora %n ora in presenza</numerusform>
                <numerusform>ancora %n ore in presenza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s) in person</source>
            <translation>
                <numerusform>ancora %n ora didattica in presenza</numerusform>
                <numerusform>ancora %n ore didattiche in presenza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) with no place recorded, not counted as in person</source>
            <translation>
                <numerusform>%n incontro senza luogo registrato, non contato in presenza</numerusform>
                <numerusform>%n incontri senza luogo registrato, non contati in presenza</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>no sessions yet</source>
            <translation>nessun incontro finora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions were in person</source>
            <translation>il primo e l'ultimo incontro erano in presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, was online</source>
            <translation>il primo incontro, il {day}, era online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, has no place recorded</source>
            <translation>per il primo incontro, il {day}, non è registrato il luogo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, was online</source>
            <translation>l'ultimo incontro, il {day}, era online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, has no place recorded</source>
            <translation>per l'ultimo incontro, il {day}, non è registrato il luogo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{first}; {last}</source>
            <translation>{first}; {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session must be in person</source>
            <translation>il primo incontro deve essere in presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session must be in person</source>
            <translation>l'ultimo incontro deve essere in presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions must be in person</source>
            <translation>il primo e l'ultimo incontro devono essere in presenza</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n month(s) from the first session to the last</source>
            <translation>
                <numerusform>{have} di %n mese dal primo all'ultimo incontro</numerusform>
                <numerusform>{have} di %n mesi dal primo all'ultimo incontro</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>a session on or after {day}</source>
            <translation>un incontro il {day} o dopo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>sessions spread over %n month(s)</source>
            <translation>
                <numerusform>incontri distribuiti su %n mese</numerusform>
                <numerusform>incontri distribuiti su %n mesi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) led by a recognised leader</source>
            <translation>
                <numerusform>%n incontro con un conduttore riconosciuto</numerusform>
                <numerusform>%n incontri con un conduttore riconosciuto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n left out: no recognition recorded for their leader</source>
            <translation>
                <numerusform>%n escluso: nessun riconoscimento registrato per il conduttore</numerusform>
                <numerusform>%n esclusi: nessun riconoscimento registrato per il conduttore</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n supervision session(s)</source>
            <translation>
                <numerusform>{have} di %n sessione di supervisione</numerusform>
                <numerusform>{have} di %n sessioni di supervisione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of supervision</source>
            <translation>
                <numerusform>{have} di %n ora di supervisione</numerusform>
                <numerusform>{have} di %n ore di supervisione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>{have} di %n weekend di formazione o corso intensivo</numerusform>
                <numerusform>{have} di %n weekend di formazione o corsi intensivi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of leadership training</source>
            <translation>
                <numerusform>{have} di %n ora di formazione per conduttori</numerusform>
                <numerusform>{have} di %n ore di formazione per conduttori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n Balint society event(s)</source>
            <translation>
                <numerusform>{have} di %n evento di una società Balint</numerusform>
                <numerusform>{have} di %n eventi di una società Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) at Balint society events</source>
            <translation>
                <numerusform>{have} di %n ora a eventi di società Balint</numerusform>
                <numerusform>{have} di %n ore a eventi di società Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n other log entr(y/ies)</source>
            <translation>
                <numerusform>{have} di %n altra voce del registro</numerusform>
                <numerusform>{have} di %n altre voci del registro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of other log entries</source>
            <translation>
                <numerusform>{have} di %n ora di altre voci del registro</numerusform>
                <numerusform>{have} di %n ore di altre voci del registro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more supervision session(s)</source>
            <translation>
                <numerusform>ancora %n sessione di supervisione</numerusform>
                <numerusform>ancora %n sessioni di supervisione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of supervision</source>
            <translation>
                <numerusform>ancora %n ora di supervisione</numerusform>
                <numerusform>ancora %n ore di supervisione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>ancora %n weekend di formazione o corso intensivo</numerusform>
                <numerusform>ancora %n weekend di formazione o corsi intensivi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of leadership training</source>
            <translation>
                <numerusform>ancora %n ora di formazione per conduttori</numerusform>
                <numerusform>ancora %n ore di formazione per conduttori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more Balint society event(s)</source>
            <translation>
                <numerusform>ancora %n evento di una società Balint</numerusform>
                <numerusform>ancora %n eventi di una società Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) at Balint society events</source>
            <translation>
                <numerusform>ancora %n ora a eventi di società Balint</numerusform>
                <numerusform>ancora %n ore a eventi di società Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more other log entr(y/ies)</source>
            <translation>
                <numerusform>ancora %n altra voce del registro</numerusform>
                <numerusform>ancora %n altre voci del registro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of other log entries</source>
            <translation>
                <numerusform>ancora %n ora di altre voci del registro</numerusform>
                <numerusform>ancora %n ore di altre voci del registro</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>This rule has no setting “{key}”.</source>
            <translation>Questa regola non ha l'impostazione «{key}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>“{key}” must be a whole number from {minimum} to {maximum}.</source>
            <translation>«{key}» deve essere un numero intero da {minimum} a {maximum}.</translation>
        </message>
    </context>
</TS>
