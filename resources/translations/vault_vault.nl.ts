<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault is not on this computer.</source>
            <translation>Deze kluis staat niet op deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file {path} is damaged, so the notes cannot be opened. Nothing was changed in it; its backups are in the “backups” folder.</source>
            <translation>Het bestand met privénotities {path} is beschadigd, dus de notities kunnen niet worden geopend. Er is niets in gewijzigd; de back-ups staan in de map ‘backups’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Het bestand met privénotities kan niet worden geopend: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Give the notes a name, such as your own.</source>
            <translation>Geef de notities een naam, bijvoorbeeld uw eigen naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Keep the name under {n} characters.</source>
            <translation>Houd de naam korter dan {n} tekens.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That member is no longer in the roster; choose again.</source>
            <translation>Deze deelnemer staat niet meer op de ledenlijst; kies opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no passphrase; open it with its recovery key.</source>
            <translation>Deze kluis heeft geen wachtwoordzin; open hem met de herstelsleutel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That is not a recovery key: it has 52 letters and digits, in groups of four.</source>
            <translation>Dat is geen herstelsleutel: die heeft 52 letters en cijfers, in groepjes van vier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no recovery key; open it with its passphrase.</source>
            <translation>Deze kluis heeft geen herstelsleutel; open hem met de wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That recovery key does not open this vault.</source>
            <translation>Deze herstelsleutel opent deze kluis niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>To delete these notes, type their name exactly as shown: {name}</source>
            <translation>Typ om deze notities te verwijderen hun naam precies zoals getoond: {name}</translation>
        </message>
    </context>
</TS>
