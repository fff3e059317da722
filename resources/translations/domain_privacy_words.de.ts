<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>PrivacyWords</name>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>NHS number</source>
            <translation>NHS-Nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Health insurance number (KVNR)</source>
            <translation>Krankenversichertennummer (KVNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Citizen service number (BSN)</source>
            <translation>Bürgerservicenummer (BSN)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Social security number (NIR)</source>
            <translation>Sozialversicherungsnummer (NIR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Tax code (codice fiscale)</source>
            <translation>Steuernummer (Codice fiscale)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Possible date of birth</source>
            <translation>Mögliches Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Postcode</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Name with a title</source>
            <translation>Name mit Anrede</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Reflective notes can currently be required by a court. That is true of notes kept here too: encryption keeps them from other people, not from a court order.</source>
            <translation>Aus „The reflective practitioner“ (2018), der Leitlinie von GMC, Academy of Medical Royal Colleges, COPMeD und Medical Schools Council: Eine Reflexionsnotiz braucht nicht alle Einzelheiten des Geschehens; sie soll festhalten, was Sie gelernt haben und was Sie sich vornehmen. Anonymisieren Sie die Angaben so weit wie möglich und halten Sie sachliche Einzelheiten an anderer Stelle fest, etwa in der Patientenakte. Reflexionsnotizen können derzeit von einem Gericht angefordert werden. Das gilt auch für die hier geführten Notizen: Die Verschlüsselung schützt sie vor anderen Menschen, nicht vor einer gerichtlichen Anordnung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Encryption keeps these notes from other people, not necessarily from a court order.</source>
            <translation>Eine Reflexionsnotiz braucht nicht alle Einzelheiten des Geschehens; sie soll festhalten, was Sie gelernt haben und was Sie sich vornehmen. Anonymisieren Sie die Angaben so weit wie möglich und halten Sie sachliche Einzelheiten an anderer Stelle fest, etwa in der Patientenakte. Die Verschlüsselung schützt diese Notizen vor anderen Menschen, nicht unbedingt vor einer gerichtlichen Anordnung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an NHS number: ten digits that pass the NHS check.</source>
            <translation>Dies sieht aus wie eine NHS-Nummer: zehn Ziffern, die die NHS-Prüfung bestehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a German health insurance number: a letter and nine digits that pass its check.</source>
            <translation>Dies sieht aus wie eine Krankenversichertennummer: ein Buchstabe und neun Ziffern mit gültiger Prüfziffer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch citizen service number (BSN): nine digits that pass the eleven-test.</source>
            <translation>Dies sieht aus wie eine niederländische Bürgerservicenummer (BSN): neun Ziffern, die die Elferprobe bestehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a French social security number: fifteen characters whose key checks out.</source>
            <translation>Dies sieht aus wie eine französische Sozialversicherungsnummer: fünfzehn Zeichen mit passendem Prüfschlüssel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an Italian tax code (codice fiscale): sixteen characters whose check letter fits.</source>
            <translation>Dies sieht aus wie eine italienische Steuernummer (Codice fiscale): sechzehn Zeichen mit passendem Prüfbuchstaben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a UK postcode, which can narrow down where someone lives.</source>
            <translation>Dies sieht aus wie eine britische Postleitzahl; sie kann verraten, wo jemand wohnt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a phone number.</source>
            <translation>Dies sieht aus wie eine Telefonnummer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an email address.</source>
            <translation>Dies sieht aus wie eine E-Mail-Adresse.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>An exact age can help identify someone; a stage of life is often enough.</source>
            <translation>Ein genaues Alter kann jemanden erkennbar machen; eine Lebensphase genügt oft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a person's name; a role or an initial is often enough.</source>
            <translation>Dies sieht aus wie der Name einer Person; eine Rolle oder ein Initial genügt oft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a postcode with its town, which can narrow down where someone lives.</source>
            <translation>Dies sieht aus wie eine Postleitzahl mit Ort; sie kann verraten, wo jemand wohnt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch postcode, which can narrow down where someone lives.</source>
            <translation>Dies sieht aus wie eine niederländische Postleitzahl; sie kann verraten, wo jemand wohnt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This date follows a word like “born” or “DOB”, so it may be a date of birth.</source>
            <translation>Dieses Datum folgt auf ein Wort wie „geboren“ oder „geb.“ und könnte daher ein Geburtsdatum sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A full date from years ago may be a date of birth.</source>
            <translation>Ein vollständiges Datum, das Jahre zurückliegt, könnte ein Geburtsdatum sein.</translation>
        </message>
    </context>
</TS>
