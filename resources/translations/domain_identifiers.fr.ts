<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>MemberNumbers</name>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>EFN (uniform CME number)</source>
            <translation>EFN (numéro allemand de formation continue)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>15 digits, as on the EFN card</source>
            <translation>15 chiffres, comme sur la carte EFN</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>GMC reference number</source>
            <translation>Numéro de référence GMC</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>7 digits, as on the GMC register</source>
            <translation>7 chiffres, comme au registre du GMC</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>BIG number</source>
            <translation>Numéro BIG</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the BIG register</source>
            <translation>11 chiffres, comme au registre BIG</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>RPPS number</source>
            <translation>Numéro RPPS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the CPS card</source>
            <translation>11 chiffres, comme sur la carte CPS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An EFN has 15 digits and nothing else: please check the number.</source>
            <translation>Un EFN comporte exactement 15 chiffres : veuillez vérifier le numéro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A GMC reference number has 7 digits and nothing else: please check it.</source>
            <translation>Un numéro de référence GMC comporte exactement 7 chiffres : veuillez le vérifier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A BIG number has 11 digits and nothing else: please check it.</source>
            <translation>Un numéro BIG comporte exactement 11 chiffres : veuillez le vérifier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An RPPS number has 11 digits and nothing else: please check it.</source>
            <translation>Un numéro RPPS comporte exactement 11 chiffres : veuillez le vérifier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This EFN's check digit is wrong: please check the number on the EFN card.</source>
            <translation>La clé de contrôle de cet EFN est fausse : veuillez vérifier le numéro sur la carte EFN.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This RPPS number's check digit is wrong: please check it on the CPS card.</source>
            <translation>La clé de contrôle de ce numéro RPPS est fausse : veuillez le vérifier sur la carte CPS.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This is not a German EFN: digits 3 to 5 of every EFN are 276. Please check the number.</source>
            <translation>Ce n'est pas un EFN allemand : les chiffres 3 à 5 de tout EFN sont 276. Veuillez vérifier le numéro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Write the recognition on one line.</source>
            <translation>Écrivez la reconnaissance sur une seule ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Keep the recognition to {limit} characters or fewer.</source>
            <translation>La reconnaissance ne doit pas dépasser {limit} caractères.</translation>
        </message>
    </context>
</TS>
