<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file could not be read as UTF-8 text.</source>
            <translation>Le fichier n'a pas pu être lu comme texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file is not valid TOML: see line {line}.</source>
            <translation>Le fichier n'est pas un TOML valide : voir la ligne {line}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Unknown entry “{name}”.</source>
            <translation>Entrée inconnue « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no English title ([title] en = …).</source>
            <translation>La règle n'a pas de titre anglais ([title] en = …).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Every title must be a text.</source>
            <translation>Chaque titre doit être un texte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“country” must be a text, such as "DE".</source>
            <translation>« country » doit être un texte, par exemple "DE".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“audience” must be "members" or "leaders".</source>
            <translation>« audience » doit valoir "members" ou "leaders".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“sources” must be a list of texts.</source>
            <translation>« sources » doit être une liste de textes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no conditions ([[conditions]]).</source>
            <translation>La règle n'a pas de conditions ([[conditions]]).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>[settings] must be a table of settings.</source>
            <translation>[settings] doit être une table de réglages.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” must be a table.</source>
            <translation>Le réglage « {key} » doit être une table.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” needs default, min and max as whole numbers.</source>
            <translation>Le réglage « {key} » doit avoir default, min et max en nombres entiers.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}”: its default must lie between min and max.</source>
            <translation>Le réglage « {key} » : default doit être compris entre min et max.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” has no English label.</source>
            <translation>Le réglage « {key} » n'a pas de libellé anglais.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} must be a table.</source>
            <translation>La condition {number} doit être une table.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} has an unknown kind “{kind}”.</source>
            <translation>La condition {number} a un type inconnu « {kind} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) has an unknown field “{name}”.</source>
            <translation>La condition {number} ({kind}) a un champ inconnu « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) needs “{name}”.</source>
            <translation>La condition {number} ({kind}) requiert « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” names a setting the rule does not have.</source>
            <translation>Condition {number} : « {name} » nomme un réglage que la règle n'a pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” has a value this version does not know.</source>
            <translation>Condition {number} : « {name} » a une valeur que cette version ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” must be a whole number, 0 or more.</source>
            <translation>Condition {number} : « {name} » doit être un nombre entier, 0 ou plus.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n double session(s)</source>
            <translation>
                <numerusform>{have} sur %n séance double</numerusform>
                <numerusform>{have} sur %n séances doubles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s)</source>
            <translation>
                <numerusform>{have} sur %n heure</numerusform>
                <numerusform>{have} sur %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n teaching hour(s) of 45 minutes</source>
            <translation>
                <numerusform>{have} sur %n heure d'enseignement de 45 minutes</numerusform>
                <numerusform>{have} sur %n heures d'enseignement de 45 minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) attended</source>
            <translation>
                <numerusform>{have} sur %n séance suivie</numerusform>
                <numerusform>{have} sur %n séances suivies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led</source>
            <translation>
                <numerusform>{have} sur %n séance animée</numerusform>
                <numerusform>{have} sur %n séances animées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) co-led</source>
            <translation>
                <numerusform>{have} sur %n séance co-animée</numerusform>
                <numerusform>{have} sur %n séances co-animées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led or co-led</source>
            <translation>
                <numerusform>{have} sur %n séance animée ou co-animée</numerusform>
                <numerusform>{have} sur %n séances animées ou co-animées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s)</source>
            <translation>
                <numerusform>{have} sur %n séance</numerusform>
                <numerusform>{have} sur %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s)</source>
            <translation>
                <numerusform>encore %n séance double</numerusform>
                <numerusform>encore %n séances doubles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s)</source>
            <translation>
                <numerusform>encore %n heure</numerusform>
                <numerusform>encore %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s)</source>
            <translation>
                <numerusform>encore %n heure d'enseignement</numerusform>
                <numerusform>encore %n heures d'enseignement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to attend</source>
            <translation>
                <numerusform>encore %n séance à suivre</numerusform>
                <numerusform>encore %n séances à suivre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead</source>
            <translation>
                <numerusform>encore %n séance à animer</numerusform>
                <numerusform>encore %n séances à animer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to co-lead</source>
            <translation>
                <numerusform>encore %n séance à co-animer</numerusform>
                <numerusform>encore %n séances à co-animer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead or co-lead</source>
            <translation>
                <numerusform>encore %n séance à animer ou co-animer</numerusform>
                <numerusform>encore %n séances à animer ou co-animer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s)</source>
            <translation>
                <numerusform>encore %n séance</numerusform>
                <numerusform>encore %n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{line}; {note}</source>
            <translation>{line} ; {note}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) counted as {minutes} minutes</source>
            <translation>
                <numerusform>%n séance en ligne comptée pour {minutes} minutes</numerusform>
                <numerusform>%n séances en ligne comptées pour {minutes} minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) over {minutes} minutes not counted</source>
            <translation>
                <numerusform>%n séance en ligne de plus de {minutes} minutes non comptée</numerusform>
                <numerusform>%n séances en ligne de plus de {minutes} minutes non comptées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n session(s) needed</source>
            <translation>
                <numerusform>{have} en présentiel sur la %n séance requise</numerusform>
                <numerusform>{have} en présentiel sur les %n séances requises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n double session(s) needed</source>
            <translation>
                <numerusform>{have} en présentiel sur la %n séance double requise</numerusform>
                <numerusform>{have} en présentiel sur les %n séances doubles requises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n hour(s) needed</source>
            <translation>
                <numerusform>{have} en présentiel sur l'%n heure requise</numerusform>
                <numerusform>{have} en présentiel sur les %n heures requises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n teaching hour(s) needed</source>
            <translation>
                <numerusform>{have} en présentiel sur l'%n heure d'enseignement requise</numerusform>
                <numerusform>{have} en présentiel sur les %n heures d'enseignement requises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) in person</source>
            <translation>
                <numerusform>encore %n séance en présentiel</numerusform>
                <numerusform>encore %n séances en présentiel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s) in person</source>
            <translation>
                <numerusform>encore %n séance double en présentiel</numerusform>
                <numerusform>encore %n séances doubles en présentiel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) in person</source>
            <translation>
                <numerusform>encore %n heure en présentiel</numerusform>
                <numerusform>encore %n heures en présentiel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s) in person</source>
            <translation>
                <numerusform>encore %n heure d'enseignement en présentiel</numerusform>
                <numerusform>encore %n heures d'enseignement en présentiel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) with no place recorded, not counted as in person</source>
            <translation>
                <numerusform>%n séance sans lieu enregistré, non comptée en présentiel</numerusform>
                <numerusform>%n séances sans lieu enregistré, non comptées en présentiel</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>no sessions yet</source>
            <translation>aucune séance pour l'instant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions were in person</source>
            <translation>la première et la dernière séance étaient en présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, was online</source>
            <translation>la première séance, le {day}, était en ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session, {day}, has no place recorded</source>
            <translation>la première séance, le {day}, n'a pas de lieu enregistré</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, was online</source>
            <translation>la dernière séance, le {day}, était en ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session, {day}, has no place recorded</source>
            <translation>la dernière séance, le {day}, n'a pas de lieu enregistré</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{first}; {last}</source>
            <translation>{first} ; {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first session must be in person</source>
            <translation>la première séance doit avoir lieu en présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the last session must be in person</source>
            <translation>la dernière séance doit avoir lieu en présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>the first and last sessions must be in person</source>
            <translation>la première et la dernière séance doivent avoir lieu en présentiel</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n month(s) from the first session to the last</source>
            <translation>
                <numerusform>{have} mois sur %n entre la première et la dernière séance</numerusform>
                <numerusform>{have} mois sur %n entre la première et la dernière séance</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>a session on or after {day}</source>
            <translation>une séance le {day} ou après</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>sessions spread over %n month(s)</source>
            <translation>
                <numerusform>des séances réparties sur %n mois</numerusform>
                <numerusform>des séances réparties sur %n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) led by a recognised leader</source>
            <translation>
                <numerusform>%n séance animée par un leader reconnu</numerusform>
                <numerusform>%n séances animées par un leader reconnu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n left out: no recognition recorded for their leader</source>
            <translation>
                <numerusform>%n non comptée : aucune reconnaissance enregistrée pour le leader</numerusform>
                <numerusform>%n non comptées : aucune reconnaissance enregistrée pour le leader</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n supervision session(s)</source>
            <translation>
                <numerusform>{have} sur %n séance de supervision</numerusform>
                <numerusform>{have} sur %n séances de supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of supervision</source>
            <translation>
                <numerusform>{have} sur %n heure de supervision</numerusform>
                <numerusform>{have} sur %n heures de supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>{have} sur %n week-end de formation ou stage intensif</numerusform>
                <numerusform>{have} sur %n week-ends de formation ou stages intensifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of leadership training</source>
            <translation>
                <numerusform>{have} sur %n heure de formation des leaders</numerusform>
                <numerusform>{have} sur %n heures de formation des leaders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n Balint society event(s)</source>
            <translation>
                <numerusform>{have} sur %n événement d'une société Balint</numerusform>
                <numerusform>{have} sur %n événements d'une société Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) at Balint society events</source>
            <translation>
                <numerusform>{have} sur %n heure d'événements de société Balint</numerusform>
                <numerusform>{have} sur %n heures d'événements de société Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n other log entr(y/ies)</source>
            <translation>
                <numerusform>{have} sur %n autre entrée du journal</numerusform>
                <numerusform>{have} sur %n autres entrées du journal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of other log entries</source>
            <translation>
                <numerusform>{have} sur %n heure d'autres entrées du journal</numerusform>
                <numerusform>{have} sur %n heures d'autres entrées du journal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more supervision session(s)</source>
            <translation>
                <numerusform>encore %n séance de supervision</numerusform>
                <numerusform>encore %n séances de supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of supervision</source>
            <translation>
                <numerusform>encore %n heure de supervision</numerusform>
                <numerusform>encore %n heures de supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>encore %n week-end de formation ou stage intensif</numerusform>
                <numerusform>encore %n week-ends de formation ou stages intensifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of leadership training</source>
            <translation>
                <numerusform>encore %n heure de formation des leaders</numerusform>
                <numerusform>encore %n heures de formation des leaders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more Balint society event(s)</source>
            <translation>
                <numerusform>encore %n événement d'une société Balint</numerusform>
                <numerusform>encore %n événements d'une société Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) at Balint society events</source>
            <translation>
                <numerusform>encore %n heure d'événements de société Balint</numerusform>
                <numerusform>encore %n heures d'événements de société Balint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more other log entr(y/ies)</source>
            <translation>
                <numerusform>encore %n autre entrée du journal</numerusform>
                <numerusform>encore %n autres entrées du journal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of other log entries</source>
            <translation>
                <numerusform>encore %n heure d'autres entrées du journal</numerusform>
                <numerusform>encore %n heures d'autres entrées du journal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>This rule has no setting “{key}”.</source>
            <translation>Cette règle n'a pas de réglage « {key} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>“{key}” must be a whole number from {minimum} to {maximum}.</source>
            <translation>« {key} » doit être un nombre entier de {minimum} à {maximum}.</translation>
        </message>
    </context>
</TS>
