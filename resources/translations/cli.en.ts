<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problem found.</numerusform>
                <numerusform>%n problems found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>%n entry/entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.</source>
            <translation>
                <numerusform>Wrote %n row ({meetings} of {group}, {start} to {end}) to {path}.</numerusform>
                <numerusform>Wrote %n rows ({meetings} of {group}, {start} to {end}) to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>%n timed meeting(s)</source>
            <translation>
                <numerusform>%n timed meeting</numerusform>
                <numerusform>%n timed meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Recorded %n meeting(s) of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>
                <numerusform>Recorded %n meeting of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</numerusform>
                <numerusform>Recorded %n meetings of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Wrote %n member(s) ({start} to {end}) to {path}.</source>
            <translation>
                <numerusform>Wrote %n member ({start} to {end}) to {path}.</numerusform>
                <numerusform>Wrote %n members ({start} to {end}) to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n group(s):</source>
            <translation>
                <numerusform>%n group:</numerusform>
                <numerusform>%n groups:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n member(s):</source>
            <translation>
                <numerusform>%n member:</numerusform>
                <numerusform>%n members:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{met} of %n member(s) meet the rule.</source>
            <translation>
                <numerusform>{met} of %n member meet the rule.</numerusform>
                <numerusform>{met} of %n members meet the rule.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>All %n condition(s) met.</source>
            <translation>
                <numerusform>The condition is met.</numerusform>
                <numerusform>All %n conditions met.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{met} of %n condition(s) met.</source>
            <translation>
                <numerusform>{met} of %n condition met.</numerusform>
                <numerusform>{met} of %n conditions met.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Wrote %n member(s) of {group} to {path}.</source>
            <translation>
                <numerusform>Wrote %n member of {group} to {path}.</numerusform>
                <numerusform>Wrote %n members of {group} to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/server.py" />
            <source>%n group(s) moved to the server with all their history: {names}.</source>
            <translation>
                <numerusform>%n group moved to the server with all its history: {names}.</numerusform>
                <numerusform>%n groups moved to the server with all their history: {names}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
