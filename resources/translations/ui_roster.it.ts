<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Add a member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>As the group knows them, e.g. Dr Siobhán O'Neill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leads the group (facilitator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Not before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Joined the group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May &amp;present a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May present a case not before a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Date they may present from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leave “Not before” unticked if they may present straight away. New members often listen for a few meetings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsButton</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>CPD record and leader log for the selected member; the group's attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Attendance CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record for {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log of {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log… (for a leader)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add a member (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit the selected member (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Take the selected member off the active roster; their history stays (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add or update members from a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Save the roster as a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Choose or create a group under Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>1 active member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{0} active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{0} · {1}, {2} leading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody is on the roster yet.

Click “Add member” (Ctrl+N) to add the first person, or “Import CSV…” to bring in a list from a spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody matches “{0}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Saved changes to {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Added {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{0} is back on the active roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archived {0}. Their attendance and history are kept; tick “Show archived” to restore them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Import a roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Export the roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>The roster could not be saved to {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Roster exported to {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterPanels</name>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search name, role or email   (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search the roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Show archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>S&amp;ort by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Double-click a member or press Enter to edit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SortCombo</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Sort the roster by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, A to Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, Z to A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Leaders first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, longest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, newest first</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
