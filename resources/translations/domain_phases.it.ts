<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Phase templates</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Classic, one case</source>
            <translation>Classico, un caso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Two cases</source>
            <translation>Due casi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Short / training</source>
            <translation>Breve / formazione</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Is there a patient who has stayed with you?</source>
            <translation>C'è un paziente che vi è rimasto dentro?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Are there two patients who have stayed with you?</source>
            <translation>Ci sono due pazienti che vi sono rimasti dentro?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter tells the story of the encounter, without notes.</source>
            <translation>Chi presenta il caso racconta l'incontro, senza appunti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Brief factual questions only.</source>
            <translation>Solo brevi domande sui fatti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter sits back and listens; the group wonders about the patient and the doctor.</source>
            <translation>Chi presenta si mette in ascolto; il gruppo si interroga sul paziente e sul medico.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The presenter rejoins: what struck them in what they heard?</source>
            <translation>Chi ha presentato il caso riprende la parola: che cosa l'ha colpito di ciò che ha sentito?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The leaders draw the threads together.</source>
            <translation>I conduttori tirano le fila.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Who has a case?</source>
            <translation>Chi ha un caso?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Closing</source>
            <translation>Chiusura</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation</source>
            <translation>Presentazione del caso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions</source>
            <translation>Domande di chiarimento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — group discussion</source>
            <translation>In ascolto — lavoro del gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns</source>
            <translation>Ritorno di chi presenta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 1</source>
            <translation>Caso 1: presentazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 1</source>
            <translation>Caso 1: domande</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 1</source>
            <translation>Caso 1: in ascolto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 1</source>
            <translation>Caso 1: ritorno</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presentation — case 2</source>
            <translation>Caso 2: presentazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Clarifying questions — case 2</source>
            <translation>Caso 2: domande</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter sits back — case 2</source>
            <translation>Caso 2: in ascolto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Presenter returns — case 2</source>
            <translation>Caso 2: ritorno</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give this phase a name.</source>
            <translation>Dare un nome a questa fase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the phase name to at most {most} characters.</source>
            <translation>Accorciare il nome della fase a non più di {most} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the phase name to one line.</source>
            <translation>Il nome della fase deve stare su una riga.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the phase's length in whole minutes.</source>
            <translation>Indicare la durata in minuti interi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Make the phase between {least} and {most} minutes long (it is {minutes}).</source>
            <translation>Una fase dura tra {least} e {most} minuti (questa: {minutes}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The guidance must be text.</source>
            <translation>L'indicazione deve essere testo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the guidance to one line of at most {most} characters.</source>
            <translation>Accorciare l'indicazione a una riga di non più di {most} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Keep the guidance to one line.</source>
            <translation>L'indicazione deve stare su una riga.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Give the template a name.</source>
            <translation>Dare un nome a questa serie di fasi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Shorten the template name to at most {most} characters.</source>
            <translation>Accorciare il nome a non più di {most} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>Add at least one phase.</source>
            <translation>Aggiungere almeno una fase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>A template has at most {most} phases; remove {extra}.</source>
            <translation>Al massimo {most} fasi; rimuoverne {extra}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/phases.py" />
            <source>The phases add up to {total} minutes; shorten them to at most {most} minutes ({hours} hours) in all.</source>
            <translation>Le fasi durano {total} minuti; accorciarle a non più di {most} minuti ({hours} ore) in tutto.</translation>
        </message>
    </context>
</TS>
