<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so it cannot open there. Make the folder writable, or copy it somewhere you may write and start BalintDesk with --data-dir and the copy.</source>
            <translation>BalintDesk mag niet schrijven in {folder} (de map of de schijf is alleen-lezen) en kan daar dus niet openen. Maak de map beschrijfbaar, of kopieer hem naar een plek waar u mag schrijven en start BalintDesk met --data-dir en de kopie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk has found that part of its data file is damaged, as happens when a disk starts to fail. Quit BalintDesk and open it again: it will check the file and offer to go back to the newest backup that is whole.</source>
            <translation>BalintDesk heeft ontdekt dat een deel van zijn gegevensbestand beschadigd is, zoals gebeurt wanneer een schijf begint te haperen. Sluit BalintDesk af en open het opnieuw: het controleert het bestand en biedt aan terug te gaan naar de nieuwste intacte back-up.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The practice's shared database cannot be reached just now, so your last change was not saved. Check-ins and the timer keep working on this computer and are sent when it is back; make other changes again then.</source>
            <translation>De gedeelde database van de praktijk is nu niet bereikbaar, dus uw laatste wijziging is niet opgeslagen. Aanwezigheid en timer werken op deze computer door en worden verzonden zodra hij terug is; voer andere wijzigingen dan opnieuw in.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The disk holding BalintDesk's data is full, so your last change was not saved. Free some space, then make the change again.</source>
            <translation>De schijf met de gegevens van BalintDesk is vol, dus uw laatste wijziging is niet opgeslagen. Maak wat ruimte vrij en breng de wijziging daarna opnieuw aan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to its data folder any more (the folder or its disk became read-only), so your last change was not saved.</source>
            <translation>BalintDesk mag niet meer schrijven in zijn gegevensmap (de map of de schijf is alleen-lezen geworden), dus uw laatste wijziging is niet opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Another BalintDesk kept the data busy for too long, so your last change was not saved. Make it again in a moment.</source>
            <translation>Een andere BalintDesk hield de gegevens te lang bezet, dus uw laatste wijziging is niet opgeslagen. Breng haar zo meteen opnieuw aan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Something went wrong inside BalintDesk. Your saved data is safe; the details are in the log file in the data folder's 'logs' folder.</source>
            <translation>Er is iets misgegaan in BalintDesk. Uw opgeslagen gegevens zijn veilig; de details staan in het logbestand in de map ‘logs’ van de gegevensmap.</translation>
        </message>
    </context>
</TS>
