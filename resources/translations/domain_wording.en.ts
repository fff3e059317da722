<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n double session(s)</source>
            <translation>
                <numerusform>{have} of %n double session</numerusform>
                <numerusform>{have} of %n double sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s)</source>
            <translation>
                <numerusform>{have} of %n hour</numerusform>
                <numerusform>{have} of %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n teaching hour(s) of 45 minutes</source>
            <translation>
                <numerusform>{have} of %n teaching hour of 45 minutes</numerusform>
                <numerusform>{have} of %n teaching hours of 45 minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) attended</source>
            <translation>
                <numerusform>{have} of %n session attended</numerusform>
                <numerusform>{have} of %n sessions attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led</source>
            <translation>
                <numerusform>{have} of %n session led</numerusform>
                <numerusform>{have} of %n sessions led</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) co-led</source>
            <translation>
                <numerusform>{have} of %n session co-led</numerusform>
                <numerusform>{have} of %n sessions co-led</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s) led or co-led</source>
            <translation>
                <numerusform>{have} of %n session led or co-led</numerusform>
                <numerusform>{have} of %n sessions led or co-led</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n session(s)</source>
            <translation>
                <numerusform>{have} of %n session</numerusform>
                <numerusform>{have} of %n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s)</source>
            <translation>
                <numerusform>%n more double session</numerusform>
                <numerusform>%n more double sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s)</source>
            <translation>
                <numerusform>%n more hour</numerusform>
                <numerusform>%n more hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s)</source>
            <translation>
                <numerusform>%n more teaching hour</numerusform>
                <numerusform>%n more teaching hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to attend</source>
            <translation>
                <numerusform>%n more session to attend</numerusform>
                <numerusform>%n more sessions to attend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead</source>
            <translation>
                <numerusform>%n more session to lead</numerusform>
                <numerusform>%n more sessions to lead</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to co-lead</source>
            <translation>
                <numerusform>%n more session to co-lead</numerusform>
                <numerusform>%n more sessions to co-lead</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) to lead or co-lead</source>
            <translation>
                <numerusform>%n more session to lead or co-lead</numerusform>
                <numerusform>%n more sessions to lead or co-lead</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s)</source>
            <translation>
                <numerusform>%n more session</numerusform>
                <numerusform>%n more sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) counted as {minutes} minutes</source>
            <translation>
                <numerusform>%n online session counted as {minutes} minutes</numerusform>
                <numerusform>%n online sessions counted as {minutes} minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n online session(s) over {minutes} minutes not counted</source>
            <translation>
                <numerusform>%n online session over {minutes} minutes not counted</numerusform>
                <numerusform>%n online sessions over {minutes} minutes not counted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n session(s) needed</source>
            <translation>
                <numerusform>{have} in person of the %n session needed</numerusform>
                <numerusform>{have} in person of the %n sessions needed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n double session(s) needed</source>
            <translation>
                <numerusform>{have} in person of the %n double session needed</numerusform>
                <numerusform>{have} in person of the %n double sessions needed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n hour(s) needed</source>
            <translation>
                <numerusform>{have} in person of the %n hour needed</numerusform>
                <numerusform>{have} in person of the %n hours needed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} in person of the %n teaching hour(s) needed</source>
            <translation>
                <numerusform>{have} in person of the %n teaching hour needed</numerusform>
                <numerusform>{have} in person of the %n teaching hours needed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more session(s) in person</source>
            <translation>
                <numerusform>%n more session in person</numerusform>
                <numerusform>%n more sessions in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more double session(s) in person</source>
            <translation>
                <numerusform>%n more double session in person</numerusform>
                <numerusform>%n more double sessions in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) in person</source>
            <translation>
                <numerusform>%n more hour in person</numerusform>
                <numerusform>%n more hours in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more teaching hour(s) in person</source>
            <translation>
                <numerusform>%n more teaching hour in person</numerusform>
                <numerusform>%n more teaching hours in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) with no place recorded, not counted as in person</source>
            <translation>
                <numerusform>%n session with no place recorded, not counted as in person</numerusform>
                <numerusform>%n sessions with no place recorded, not counted as in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n month(s) from the first session to the last</source>
            <translation>
                <numerusform>{have} of %n month from the first session to the last</numerusform>
                <numerusform>{have} of %n months from the first session to the last</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>sessions spread over %n month(s)</source>
            <translation>
                <numerusform>sessions spread over %n month</numerusform>
                <numerusform>sessions spread over %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n session(s) led by a recognised leader</source>
            <translation>
                <numerusform>%n session led by a recognised leader</numerusform>
                <numerusform>%n sessions led by a recognised leader</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n left out: no recognition recorded for their leader</source>
            <translation>
                <numerusform>%n left out: no recognition recorded for its leader</numerusform>
                <numerusform>%n left out: no recognition recorded for their leader</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n supervision session(s)</source>
            <translation>
                <numerusform>{have} of %n supervision session</numerusform>
                <numerusform>{have} of %n supervision sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of supervision</source>
            <translation>
                <numerusform>{have} of %n hour of supervision</numerusform>
                <numerusform>{have} of %n hours of supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>{have} of %n training weekend or intensive</numerusform>
                <numerusform>{have} of %n training weekends or intensives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of leadership training</source>
            <translation>
                <numerusform>{have} of %n hour of leadership training</numerusform>
                <numerusform>{have} of %n hours of leadership training</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n Balint society event(s)</source>
            <translation>
                <numerusform>{have} of %n Balint society event</numerusform>
                <numerusform>{have} of %n Balint society events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) at Balint society events</source>
            <translation>
                <numerusform>{have} of %n hour at Balint society events</numerusform>
                <numerusform>{have} of %n hours at Balint society events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n other log entr(y/ies)</source>
            <translation>
                <numerusform>{have} of %n other log entry</numerusform>
                <numerusform>{have} of %n other log entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>{have} of %n hour(s) of other log entries</source>
            <translation>
                <numerusform>{have} of %n hour of other log entries</numerusform>
                <numerusform>{have} of %n hours of other log entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more supervision session(s)</source>
            <translation>
                <numerusform>%n more supervision session</numerusform>
                <numerusform>%n more supervision sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of supervision</source>
            <translation>
                <numerusform>%n more hour of supervision</numerusform>
                <numerusform>%n more hours of supervision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more training weekend(s) or intensive(s)</source>
            <translation>
                <numerusform>%n more training weekend or intensive</numerusform>
                <numerusform>%n more training weekends or intensives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of leadership training</source>
            <translation>
                <numerusform>%n more hour of leadership training</numerusform>
                <numerusform>%n more hours of leadership training</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more Balint society event(s)</source>
            <translation>
                <numerusform>%n more Balint society event</numerusform>
                <numerusform>%n more Balint society events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) at Balint society events</source>
            <translation>
                <numerusform>%n more hour at Balint society events</numerusform>
                <numerusform>%n more hours at Balint society events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more other log entr(y/ies)</source>
            <translation>
                <numerusform>%n more other log entry</numerusform>
                <numerusform>%n more other log entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rules/wording.py" />
            <source>%n more hour(s) of other log entries</source>
            <translation>
                <numerusform>%n more hour of other log entries</numerusform>
                <numerusform>%n more hours of other log entries</numerusform>
            </translation>
        </message>
    </context>
</TS>
