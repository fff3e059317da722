<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>MemberNumbers</name>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>EFN (uniform CME number)</source>
            <translation>EFN (numero tedesco di formazione continua)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>15 digits, as on the EFN card</source>
            <translation>15 cifre, come sulla tessera EFN</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>GMC reference number</source>
            <translation>Numero di riferimento GMC</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>7 digits, as on the GMC register</source>
            <translation>7 cifre, come nel registro del GMC</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>BIG number</source>
            <translation>Numero BIG</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the BIG register</source>
            <translation>11 cifre, come nel registro BIG</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>RPPS number</source>
            <translation>Numero RPPS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the CPS card</source>
            <translation>11 cifre, come sulla carta CPS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An EFN has 15 digits and nothing else: please check the number.</source>
            <translation>L'EFN è composto esattamente da 15 cifre: verificare il numero.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A GMC reference number has 7 digits and nothing else: please check it.</source>
            <translation>Il numero di riferimento GMC è composto esattamente da 7 cifre: verificarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A BIG number has 11 digits and nothing else: please check it.</source>
            <translation>Il numero BIG è composto esattamente da 11 cifre: verificarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An RPPS number has 11 digits and nothing else: please check it.</source>
            <translation>Il numero RPPS è composto esattamente da 11 cifre: verificarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This EFN's check digit is wrong: please check the number on the EFN card.</source>
            <translation>La cifra di controllo di questo EFN è errata: verificare il numero sulla tessera EFN.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This RPPS number's check digit is wrong: please check it on the CPS card.</source>
            <translation>La cifra di controllo di questo numero RPPS è errata: verificarlo sulla carta CPS.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This is not a German EFN: digits 3 to 5 of every EFN are 276. Please check the number.</source>
            <translation>Questo non è un EFN tedesco: le cifre dalla 3 alla 5 di ogni EFN sono 276. Verificare il numero.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Write the recognition on one line.</source>
            <translation>Scrivere il riconoscimento su una sola riga.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Keep the recognition to {limit} characters or fewer.</source>
            <translation>Il riconoscimento non deve superare {limit} caratteri.</translation>
        </message>
    </context>
</TS>
