<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AttendanceCsvDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n of the rows say “not recorded”: nobody marked that member that day.</source>
            <translation>
                <numerusform>%n of the rows says “not recorded”: nobody marked that member that day.</numerusform>
                <numerusform>%n of the rows say “not recorded”: nobody marked that member that day.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CpdDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeaderLogDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>All %n condition(s) met</source>
            <translation>
                <numerusform>The condition is met</numerusform>
                <numerusform>All %n conditions met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>{met} of %n condition(s) met</source>
            <translation>
                <numerusform>{met} of %n condition met</numerusform>
                <numerusform>{met} of %n conditions met</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsPanel</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>%n not timed: counted at their planned length.</source>
            <translation>
                <numerusform>%n not timed: counted at its planned length.</numerusform>
                <numerusform>%n not timed: counted at their planned length.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimingDialog</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n phase skipped.</numerusform>
                <numerusform>%n phases skipped.</numerusform>
            </translation>
        </message>
    </context>
</TS>
