<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>MemberNumbers</name>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>EFN (uniform CME number)</source>
            <translation>EFN (Einheitliche Fortbildungsnummer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>15 digits, as on the EFN card</source>
            <translation>15 Ziffern (Fortbildungsausweis)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>GMC reference number</source>
            <translation>GMC-Referenznummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>7 digits, as on the GMC register</source>
            <translation>7 Ziffern, wie im GMC-Register</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>BIG number</source>
            <translation>BIG-Nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the BIG register</source>
            <translation>11 Ziffern, wie im BIG-Register</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>RPPS number</source>
            <translation>RPPS-Nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>11 digits, as on the CPS card</source>
            <translation>11 Ziffern, wie auf der CPS-Karte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An EFN has 15 digits and nothing else: please check the number.</source>
            <translation>Eine EFN besteht aus genau 15 Ziffern: Bitte prüfen Sie die Nummer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A GMC reference number has 7 digits and nothing else: please check it.</source>
            <translation>Eine GMC-Referenznummer besteht aus genau 7 Ziffern: Bitte prüfen Sie sie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>A BIG number has 11 digits and nothing else: please check it.</source>
            <translation>Eine BIG-Nummer besteht aus genau 11 Ziffern: Bitte prüfen Sie sie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>An RPPS number has 11 digits and nothing else: please check it.</source>
            <translation>Eine RPPS-Nummer besteht aus genau 11 Ziffern: Bitte prüfen Sie sie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This EFN's check digit is wrong: please check the number on the EFN card.</source>
            <translation>Die Prüfziffer dieser EFN ist falsch: Bitte prüfen Sie die Nummer auf dem Fortbildungsausweis.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This RPPS number's check digit is wrong: please check it on the CPS card.</source>
            <translation>Die Prüfziffer dieser RPPS-Nummer ist falsch: Bitte prüfen Sie sie auf der CPS-Karte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>This is not a German EFN: digits 3 to 5 of every EFN are 276. Please check the number.</source>
            <translation>Dies ist keine deutsche EFN: Die Ziffern 3 bis 5 jeder EFN lauten 276. Bitte prüfen Sie die Nummer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Write the recognition on one line.</source>
            <translation>Schreiben Sie die Anerkennung in eine Zeile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/identifiers.py" />
            <source>Keep the recognition to {limit} characters or fewer.</source>
            <translation>Die Anerkennung darf höchstens {limit} Zeichen lang sein.</translation>
        </message>
    </context>
</TS>
