<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>PrivacyWords</name>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>NHS number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Health insurance number (KVNR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Citizen service number (BSN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Social security number (NIR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Tax code (codice fiscale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Possible date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Name with a title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Reflective notes can currently be required by a court. That is true of notes kept here too: encryption keeps them from other people, not from a court order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Encryption keeps these notes from other people, not necessarily from a court order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an NHS number: ten digits that pass the NHS check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a German health insurance number: a letter and nine digits that pass its check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch citizen service number (BSN): nine digits that pass the eleven-test.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a French social security number: fifteen characters whose key checks out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an Italian tax code (codice fiscale): sixteen characters whose check letter fits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a UK postcode, which can narrow down where someone lives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>An exact age can help identify someone; a stage of life is often enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a person's name; a role or an initial is often enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a postcode with its town, which can narrow down where someone lives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch postcode, which can narrow down where someone lives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This date follows a word like “born” or “DOB”, so it may be a date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A full date from years ago may be a date of birth.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
