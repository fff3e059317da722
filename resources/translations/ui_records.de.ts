<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AttendanceCsvDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Attendance of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Every meeting held in the period, one row per member: present, apologies, absent or not recorded, who presented and who led. Opens in any spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Save CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>No meetings held in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Only meetings recorded as held are listed; the file would be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>1 meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{0} meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>1 row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{0} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>From {0} to {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{0} of the rows say “not recorded”: nobody marked that member that day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Saved “{0}” ({1}) in {2}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CpdDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>CPD record for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The Balint meetings {0} attended in the period, with each meeting’s length and their part, for appraisal and revalidation. No case is mentioned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside the credits: what you took from the group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No meetings attended in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Only meetings recorded as held, with {0} marked present, count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>1 meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{0} meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{0} hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{0} · {1} · {2} CPD credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>every length as the phase timer recorded it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>planned lengths (the timer was not run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{0} timed, {1} at their planned length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{0} pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Saved “{0}” ({1}) in {2}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntriesPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Add entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events ({0})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeaderLogDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Leader log — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{0}. For accreditation: the sessions come from the group's meeting records; add supervision, training weekends and society events yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{0} is not marked as a leader. Tick “Leads the group” in their roster entry to add to the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>The period starts after it ends; choose a “from” date on or before the “to” date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Entry deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the {0} entry of {1}? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save the leader log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{0} pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved “{0}” ({1}) in {2}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeaderLogEntryDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Edit the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Add to the leader log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Optional, e.g. Leaders' weekend, Oxford</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>A few words on what it was. Never a patient's name, age or details: the log is kept in the group's shared database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>The period starts after it ends; choose a “to” date on or after {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Nothing to show for this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Co-leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>{0} not timed: counted at their planned length.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
