<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>PrivacyWords</name>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>NHS number</source>
            <translation>NHS-nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Health insurance number (KVNR)</source>
            <translation>Zorgverzekeringsnummer (KVNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Citizen service number (BSN)</source>
            <translation>Burgerservicenummer (BSN)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Social security number (NIR)</source>
            <translation>Sociaalzekerheidsnummer (NIR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Tax code (codice fiscale)</source>
            <translation>Fiscale code (codice fiscale)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Possible date of birth</source>
            <translation>Mogelijke geboortedatum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Phone number</source>
            <translation>Telefoonnummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Email address</source>
            <translation>E-mailadres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Age</source>
            <translation>Leeftijd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Name with a title</source>
            <translation>Naam met aanspreektitel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Reflective notes can currently be required by a court. That is true of notes kept here too: encryption keeps them from other people, not from a court order.</source>
            <translation>Uit ‘The reflective practitioner’ (2018), de richtlijn van de GMC, de Academy of Medical Royal Colleges, COPMeD en de Medical Schools Council: een reflectieve notitie hoeft niet alle details van het gebeurde te bevatten; ze moet vastleggen wat u hebt geleerd en wat u van plan bent. Anonimiseer de gegevens zo veel mogelijk en leg feitelijke details elders vast, bijvoorbeeld in het patiëntendossier. Reflectieve notities kunnen momenteel door een rechter worden opgevraagd. Dat geldt ook voor de notities die u hier bewaart: versleuteling beschermt ze tegen anderen, niet tegen een rechterlijk bevel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Encryption keeps these notes from other people, not necessarily from a court order.</source>
            <translation>Een reflectieve notitie hoeft niet alle details van het gebeurde te bevatten; ze moet vastleggen wat u hebt geleerd en wat u van plan bent. Anonimiseer de gegevens zo veel mogelijk en leg feitelijke details elders vast, bijvoorbeeld in het patiëntendossier. Versleuteling beschermt deze notities tegen anderen, niet per se tegen een rechterlijk bevel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an NHS number: ten digits that pass the NHS check.</source>
            <translation>Dit lijkt op een NHS-nummer: tien cijfers die de NHS-controle doorstaan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a German health insurance number: a letter and nine digits that pass its check.</source>
            <translation>Dit lijkt op een Duits zorgverzekeringsnummer: een letter en negen cijfers met een geldig controlecijfer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch citizen service number (BSN): nine digits that pass the eleven-test.</source>
            <translation>Dit lijkt op een burgerservicenummer (BSN): negen cijfers die de elfproef doorstaan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a French social security number: fifteen characters whose key checks out.</source>
            <translation>Dit lijkt op een Frans sociaalzekerheidsnummer: vijftien tekens met een kloppende sleutel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an Italian tax code (codice fiscale): sixteen characters whose check letter fits.</source>
            <translation>Dit lijkt op een Italiaanse fiscale code (codice fiscale): zestien tekens met een kloppende controleletter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a UK postcode, which can narrow down where someone lives.</source>
            <translation>Dit lijkt op een Britse postcode, die kan verraden waar iemand woont.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a phone number.</source>
            <translation>Dit lijkt op een telefoonnummer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an email address.</source>
            <translation>Dit lijkt op een e-mailadres.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>An exact age can help identify someone; a stage of life is often enough.</source>
            <translation>Een exacte leeftijd kan iemand herkenbaar maken; een levensfase is vaak genoeg.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a person's name; a role or an initial is often enough.</source>
            <translation>Dit lijkt op de naam van een persoon; een rol of een initiaal is vaak genoeg.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a postcode with its town, which can narrow down where someone lives.</source>
            <translation>Dit lijkt op een postcode met plaatsnaam, die kan verraden waar iemand woont.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch postcode, which can narrow down where someone lives.</source>
            <translation>Dit lijkt op een Nederlandse postcode, die kan verraden waar iemand woont.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This date follows a word like “born” or “DOB”, so it may be a date of birth.</source>
            <translation>Deze datum volgt op een woord als ‘geboren’ of ‘geboortedatum’ en kan dus een geboortedatum zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A full date from years ago may be a date of birth.</source>
            <translation>Een volledige datum van jaren geleden kan een geboortedatum zijn.</translation>
        </message>
    </context>
</TS>
