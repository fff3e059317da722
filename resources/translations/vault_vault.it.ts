<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault is not on this computer.</source>
            <translation>Questo archivio non è su questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file {path} is damaged, so the notes cannot be opened. Nothing was changed in it; its backups are in the “backups” folder.</source>
            <translation>Il file delle note private {path} è danneggiato, quindi le note non possono essere aperte. Non è stato modificato nulla; i suoi backup si trovano nella cartella «backups».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Non è possibile aprire il file delle note private: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Give the notes a name, such as your own.</source>
            <translation>Dare un nome alle note, ad esempio il proprio.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Keep the name under {n} characters.</source>
            <translation>Il nome deve avere meno di {n} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That member is no longer in the roster; choose again.</source>
            <translation>Questo membro non è più nell'elenco dei membri; scegliere di nuovo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no passphrase; open it with its recovery key.</source>
            <translation>Questo archivio non ha una passphrase; aprirlo con la chiave di ripristino.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That is not a recovery key: it has 52 letters and digits, in groups of four.</source>
            <translation>Questa non è una chiave di ripristino: ha 52 lettere e cifre, in gruppi di quattro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no recovery key; open it with its passphrase.</source>
            <translation>Questo archivio non ha una chiave di ripristino; aprirlo con la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That recovery key does not open this vault.</source>
            <translation>Questa chiave di ripristino non apre questo archivio.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>To delete these notes, type their name exactly as shown: {name}</source>
            <translation>Per eliminare queste note, digitarne il nome esattamente come mostrato: {name}</translation>
        </message>
    </context>
</TS>
