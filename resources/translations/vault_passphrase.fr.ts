<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Choose a passphrase.</source>
            <translation>Choisissez une phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Use at least {characters} characters, or {words} or more words; a short sentence only you would think of works well.</source>
            <translation>Utilisez au moins {characters} caractères, ou {words} mots ou plus ; une courte phrase à laquelle vous seul penseriez convient bien.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is mostly the same characters repeated; mix in other words.</source>
            <translation>Cette phrase secrète répète surtout les mêmes caractères ; ajoutez d'autres mots.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is a run of keys or letters in order; choose some words instead.</source>
            <translation>Cette phrase secrète est une suite de touches ou de lettres ; choisissez plutôt quelques mots.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Don't use your name or the vault's name as the passphrase.</source>
            <translation>N'utilisez pas votre nom ni celui du coffre comme phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This is one of the most common passwords; every guesser tries it first.</source>
            <translation>C'est l'un des mots de passe les plus courants ; tout attaquant l'essaie en premier.</translation>
        </message>
    </context>
</TS>
