<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PrivacyWords</name>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>NHS number</source>
            <translation>Numéro NHS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Health insurance number (KVNR)</source>
            <translation>N° d'assurance maladie (KVNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Citizen service number (BSN)</source>
            <translation>Numéro de service citoyen (BSN)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Social security number (NIR)</source>
            <translation>Numéro de sécurité sociale (NIR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Tax code (codice fiscale)</source>
            <translation>Code fiscal (codice fiscale)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Possible date of birth</source>
            <translation>Date de naissance possible</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>Name with a title</source>
            <translation>Nom avec civilité</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Reflective notes can currently be required by a court. That is true of notes kept here too: encryption keeps them from other people, not from a court order.</source>
            <translation>D'après « The reflective practitioner » (2018), les recommandations du GMC, de l'Academy of Medical Royal Colleges, du COPMeD et du Medical Schools Council : une note de réflexion n'a pas besoin de tous les détails de ce qui s'est passé ; elle doit retenir ce que vous avez appris et ce que vous comptez faire. Anonymisez les informations autant que possible et consignez les détails factuels ailleurs, par exemple dans le dossier du patient. Les notes de réflexion peuvent actuellement être exigées par un tribunal. C'est vrai aussi des notes conservées ici : le chiffrement les protège des autres personnes, pas d'une décision de justice.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A reflective note does not need the full details of what happened; it should capture what you learned and what you plan to do. Anonymise the information as far as possible, and record factual details elsewhere, such as in the patient's record. Encryption keeps these notes from other people, not necessarily from a court order.</source>
            <translation>Une note de réflexion n'a pas besoin de tous les détails de ce qui s'est passé ; elle doit retenir ce que vous avez appris et ce que vous comptez faire. Anonymisez les informations autant que possible et consignez les détails factuels ailleurs, par exemple dans le dossier du patient. Le chiffrement protège ces notes des autres personnes, pas nécessairement d'une décision de justice.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an NHS number: ten digits that pass the NHS check.</source>
            <translation>Cela ressemble à un numéro NHS : dix chiffres qui passent le contrôle du NHS.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a German health insurance number: a letter and nine digits that pass its check.</source>
            <translation>Cela ressemble à un numéro d'assurance maladie allemand : une lettre et neuf chiffres dont le chiffre de contrôle est juste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch citizen service number (BSN): nine digits that pass the eleven-test.</source>
            <translation>Cela ressemble à un numéro de service citoyen néerlandais (BSN) : neuf chiffres qui passent le test du onze.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a French social security number: fifteen characters whose key checks out.</source>
            <translation>Cela ressemble à un numéro de sécurité sociale : quinze caractères dont la clé est juste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an Italian tax code (codice fiscale): sixteen characters whose check letter fits.</source>
            <translation>Cela ressemble à un code fiscal italien (codice fiscale) : seize caractères dont la lettre de contrôle correspond.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a UK postcode, which can narrow down where someone lives.</source>
            <translation>Cela ressemble à un code postal britannique, qui peut indiquer où vit quelqu'un.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a phone number.</source>
            <translation>Cela ressemble à un numéro de téléphone.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like an email address.</source>
            <translation>Cela ressemble à une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>An exact age can help identify someone; a stage of life is often enough.</source>
            <translation>Un âge exact peut aider à identifier quelqu'un ; une étape de la vie suffit souvent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a person's name; a role or an initial is often enough.</source>
            <translation>Cela ressemble au nom d'une personne ; un rôle ou une initiale suffit souvent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a postcode with its town, which can narrow down where someone lives.</source>
            <translation>Cela ressemble à un code postal avec sa ville, qui peut indiquer où vit quelqu'un.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This looks like a Dutch postcode, which can narrow down where someone lives.</source>
            <translation>Cela ressemble à un code postal néerlandais, qui peut indiquer où vit quelqu'un.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>This date follows a word like “born” or “DOB”, so it may be a date of birth.</source>
            <translation>Cette date suit un mot comme « né » ou « date de naissance » : il peut donc s'agir d'une date de naissance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/privacy_words.py" />
            <source>A full date from years ago may be a date of birth.</source>
            <translation>Une date complète d'il y a des années peut être une date de naissance.</translation>
        </message>
    </context>
</TS>
