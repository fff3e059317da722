<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>PrivacyWords</name>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>NHS number</source>
            <translation>Numero NHS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Health insurance number (KVNR)</source>
            <translation>Numero di assicurazione sanitaria (KVNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Citizen service number (BSN)</source>
            <translation>Numero di servizio al cittadino (BSN)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Social security number (NIR)</source>
            <translation>Numero di previdenza sociale (NIR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Tax code (codice fiscale)</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Possible date of birth</source>
            <translation>Possibile data di nascita</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Postcode</source>
            <translation>Codice postale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Phone number</source>
            <translation>Numero di telefono</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Email address</source>
            <translation>Indirizzo e-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Age</source>
            <translation>Età</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Name with a title</source>
            <translation>Nome con titolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Reflective notes can currently be required by a court. That is true of notes kept here too: encryption keeps them from other people, not from a court order.</source>
            <translation>Da «The reflective practitioner» (2018), le linee guida di GMC, Academy of Medical Royal Colleges, COPMeD e Medical Schools Council: una nota di riflessione non ha bisogno di tutti i dettagli dell'accaduto; deve cogliere ciò che si è imparato e ciò che si intende fare. Anonimizzare le informazioni il più possibile e registrare i dettagli fattuali altrove, ad esempio nella cartella clinica del paziente. Attualmente le note di riflessione possono essere richieste da un tribunale. Questo vale anche per le note conservate qui: la crittografia le protegge da altre persone, non da un ordine del tribunale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Encryption keeps these notes from other people, not necessarily from a court order.</source>
            <translation>Una nota di riflessione non ha bisogno di tutti i dettagli dell'accaduto; deve cogliere ciò che si è imparato e ciò che si intende fare. Anonimizzare le informazioni il più possibile e registrare i dettagli fattuali altrove, ad esempio nella cartella clinica del paziente. La crittografia protegge queste note da altre persone, non necessariamente da un ordine del tribunale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an NHS number: ten digits that pass the NHS check.</source>
            <translation>Sembra un numero NHS: dieci cifre che superano il controllo NHS.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a German health insurance number: a letter and nine digits that pass its check.</source>
            <translation>Sembra un numero di assicurazione sanitaria tedesco: una lettera e nove cifre con una cifra di controllo valida.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch citizen service number (BSN): nine digits that pass the eleven-test.</source>
            <translation>Sembra un numero di servizio al cittadino olandese (BSN): nove cifre che superano la prova dell'undici.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a French social security number: fifteen characters whose key checks out.</source>
            <translation>Sembra un numero di previdenza sociale francese: quindici caratteri con una chiave di controllo corretta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an Italian tax code (codice fiscale): sixteen characters whose check letter fits.</source>
            <translation>Sembra un codice fiscale: sedici caratteri con un carattere di controllo corretto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a UK postcode, which can narrow down where someone lives.</source>
            <translation>Sembra un codice postale britannico, che può indicare dove vive una persona.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a phone number.</source>
            <translation>Sembra un numero di telefono.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an email address.</source>
            <translation>Sembra un indirizzo e-mail.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>An exact age can help identify someone; a stage of life is often enough.</source>
            <translation>Un'età precisa può aiutare a identificare una persona; spesso basta indicare la fase della vita.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a person's name; a role or an initial is often enough.</source>
            <translation>Sembra il nome di una persona; spesso basta un ruolo o un'iniziale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a postcode with its town, which can narrow down where someone lives.</source>
            <translation>Sembra un codice postale con la sua città, che può indicare dove vive una persona.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch postcode, which can narrow down where someone lives.</source>
            <translation>Sembra un codice postale olandese, che può indicare dove vive una persona.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This date follows a word like “born” or “DOB”, so it may be a date of birth.</source>
            <translation>Questa data segue una parola come «nato» o «data di nascita», quindi potrebbe essere una data di nascita.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A full date from years ago may be a date of birth.</source>
            <translation>Una data completa di anni fa potrebbe essere una data di nascita.</translation>
        </message>
    </context>
</TS>
