<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>MemberNumbers</name>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>EFN (uniform CME number)</source>
            <translation>EFN (Duits nascholingsnummer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>15 digits, as on the EFN card</source>
            <translation>15 cijfers, zoals op de EFN-kaart</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>GMC reference number</source>
            <translation>GMC-referentienummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>7 digits, as on the GMC register</source>
            <translation>7 cijfers, zoals in het GMC-register</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>BIG number</source>
            <translation>BIG-nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the BIG register</source>
            <translation>11 cijfers, zoals in het BIG-register</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>RPPS number</source>
            <translation>RPPS-nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the CPS card</source>
            <translation>11 cijfers, zoals op de CPS-kaart</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An EFN has 15 digits and nothing else: please check the number.</source>
            <translation>Een EFN bestaat uit precies 15 cijfers: controleer het nummer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A GMC reference number has 7 digits and nothing else: please check it.</source>
            <translation>Een GMC-referentienummer bestaat uit precies 7 cijfers: controleer het.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A BIG number has 11 digits and nothing else: please check it.</source>
            <translation>Een BIG-nummer bestaat uit precies 11 cijfers: controleer het.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An RPPS number has 11 digits and nothing else: please check it.</source>
            <translation>Een RPPS-nummer bestaat uit precies 11 cijfers: controleer het.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This EFN's check digit is wrong: please check the number on the EFN card.</source>
            <translation>Het controlecijfer van dit EFN klopt niet: controleer het nummer op de EFN-kaart.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This RPPS number's check digit is wrong: please check it on the CPS card.</source>
            <translation>Het controlecijfer van dit RPPS-nummer klopt niet: controleer het op de CPS-kaart.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This is not a German EFN: digits 3 to 5 of every EFN are 276. Please check the number.</source>
            <translation>Dit is geen Duits EFN: de cijfers 3 tot en met 5 van elk EFN zijn 276. Controleer het nummer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Write the recognition on one line.</source>
            <translation>Schrijf de erkenning op één regel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Keep the recognition to {limit} characters or fewer.</source>
            <translation>De erkenning mag hoogstens {limit} tekens lang zijn.</translation>
        </message>
    </context>
</TS>
