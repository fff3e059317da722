<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so it cannot open there. Make the folder writable, or copy it somewhere you may write and start BalintDesk with --data-dir and the copy.</source>
            <translation>BalintDesk non può scrivere in {folder} (la cartella o il suo disco è di sola lettura), quindi non può aprirsi lì. Rendere la cartella scrivibile, oppure copiarla in un posto in cui si può scrivere e avviare BalintDesk con --data-dir e la copia.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk has found that part of its data file is damaged, as happens when a disk starts to fail. Quit BalintDesk and open it again: it will check the file and offer to go back to the newest backup that is whole.</source>
            <translation>BalintDesk ha rilevato che una parte del proprio file di dati è danneggiata, come accade quando un disco inizia a guastarsi. Chiudere BalintDesk e riaprirlo: controllerà il file e proporrà di tornare al backup integro più recente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The practice's shared database cannot be reached just now, so your last change was not saved. Check-ins and the timer keep working on this computer and are sent when it is back; make other changes again then.</source>
            <translation>Il database condiviso dello studio al momento non è raggiungibile, quindi l'ultima modifica non è stata salvata. Presenze e timer continuano su questo computer e vengono inviati quando torna disponibile; le altre modifiche vanno ripetute allora.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The disk holding BalintDesk's data is full, so your last change was not saved. Free some space, then make the change again.</source>
            <translation>Il disco con i dati di BalintDesk è pieno, quindi l'ultima modifica non è stata salvata. Liberare spazio, poi ripetere la modifica.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to its data folder any more (the folder or its disk became read-only), so your last change was not saved.</source>
            <translation>BalintDesk non può più scrivere nella propria cartella di dati (la cartella o il suo disco è diventato di sola lettura), quindi l'ultima modifica non è stata salvata.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Another BalintDesk kept the data busy for too long, so your last change was not saved. Make it again in a moment.</source>
            <translation>Un'altra istanza di BalintDesk ha tenuto occupati i dati troppo a lungo, quindi l'ultima modifica non è stata salvata. Ripeterla tra un momento.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Something went wrong inside BalintDesk. Your saved data is safe; the details are in the log file in the data folder's 'logs' folder.</source>
            <translation>Si è verificato un problema in BalintDesk. I dati salvati sono al sicuro; i dettagli sono nel file di log nella cartella «logs» della cartella di dati.</translation>
        </message>
    </context>
</TS>
