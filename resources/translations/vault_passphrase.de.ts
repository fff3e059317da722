<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Choose a passphrase.</source>
            <translation>Wählen Sie eine Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Use at least {characters} characters, or {words} or more words; a short sentence only you would think of works well.</source>
            <translation>Verwenden Sie mindestens {characters} Zeichen oder mindestens {words} Wörter; gut ist ein kurzer Satz, auf den nur Sie kämen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is mostly the same characters repeated; mix in other words.</source>
            <translation>Diese Passphrase besteht größtenteils aus wiederholten Zeichen; mischen Sie andere Wörter hinein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is a run of keys or letters in order; choose some words instead.</source>
            <translation>Diese Passphrase ist eine Tasten- oder Buchstabenfolge; wählen Sie stattdessen einige Wörter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Don't use your name or the vault's name as the passphrase.</source>
            <translation>Verwenden Sie nicht Ihren Namen oder den Namen des Tresors als Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This is one of the most common passwords; every guesser tries it first.</source>
            <translation>Dies ist eines der häufigsten Passwörter; jeder Angreifer probiert es zuerst.</translation>
        </message>
    </context>
</TS>
