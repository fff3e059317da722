<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Choose a passphrase.</source>
            <translation>Scegliere una passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Use at least {characters} characters, or {words} or more words; a short sentence only you would think of works well.</source>
            <translation>Usare almeno {characters} caratteri, oppure {words} o più parole; va bene una breve frase che verrebbe in mente solo all'autore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is mostly the same characters repeated; mix in other words.</source>
            <translation>Questa passphrase ripete per lo più gli stessi caratteri; aggiungere altre parole.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This passphrase is a run of keys or letters in order; choose some words instead.</source>
            <translation>Questa passphrase è una sequenza di tasti o lettere in ordine; scegliere invece alcune parole.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>Don't use your name or the vault's name as the passphrase.</source>
            <translation>Non usare il proprio nome o quello dell'archivio come passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/passphrase.py" />
            <source>This is one of the most common passwords; every guesser tries it first.</source>
            <translation>È una delle password più comuni; chiunque tenti di indovinarla la prova per prima.</translation>
        </message>
    </context>
</TS>
