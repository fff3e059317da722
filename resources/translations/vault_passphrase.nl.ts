<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Choose a passphrase.</source>
            <translation>Kies een wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Use at least {characters} characters, or {words} or more words; a short sentence only you would think of works well.</source>
            <translation>Gebruik minstens {characters} tekens, of {words} of meer woorden; een korte zin die alleen u zou bedenken, werkt goed.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is mostly the same characters repeated; mix in other words.</source>
            <translation>Deze wachtwoordzin bestaat vooral uit herhaalde tekens; voeg andere woorden toe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is a run of keys or letters in order; choose some words instead.</source>
            <translation>Deze wachtwoordzin is een reeks toetsen of letters op volgorde; kies liever een paar woorden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Don't use your name or the vault's name as the passphrase.</source>
            <translation>Gebruik niet uw naam of de naam van de kluis als wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This is one of the most common passwords; every guesser tries it first.</source>
            <translation>Dit is een van de meest gebruikte wachtwoorden; elke raadpoging begint ermee.</translation>
        </message>
    </context>
</TS>
