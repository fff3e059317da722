/* Reads a calendar file with libical (the C library behind Evolution and KDE's older
 * KOrganizer), the stricter reader the calendar tests ask: tests/exports/_libical.py
 * builds it with `cc ... $(pkg-config --cflags --libs libical)` and runs it on the file.
 *
 * Prints, one a line, tab-separated, with \\ \t \n \r escaped in text:
 *   CALENDAR method name x-wr-calname
 *   EVENT  uid sequence dtstart dtend status summary location description organizer cn
 *          last-modified dtstamp      (times in UTC as libical reckons them, through the
 *                                      file's own VTIMEZONE)
 *   ERROR  where component uid message  (every X-LIC-ERROR libical added)
 *   COUNT  calendars events timezones errors
 * and exits 1 when there is any ERROR, 2 when the file cannot be read at all.
 *
 * icalrestriction_check(VCALENDAR) is libical's iTIP (RFC 5546) check: for the calendar's
 * METHOD it adds an X-LIC-ERROR property to each component that breaks a rule of
 * design-data/restrictions.csv. It stops at the first component that fails
 * (`valid = valid && icalrestriction_check_component(...)`, src/libical/icalrestriction.c),
 * so each component is also checked alone, in a copy of the calendar that keeps its
 * properties and VTIMEZONEs: then every bad event is named, not just the first.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_text(const char *text) {
    putchar('\t');
    for (const char *c = text ? text : ""; *c; c++) {
        switch (*c) {
        case '\\': fputs("\\\\", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        default: putchar(*c);
        }
    }
}

static void put_utc(struct icaltimetype time) {
    if (icaltime_is_null_time(time)) {
        put_text("");
        return;
    }
    if (!icaltime_is_utc(time) && time.zone == NULL) {
        put_text("FLOATING-OR-UNKNOWN-TZID");  /* a TZID libical could not resolve */
        return;
    }
    put_text(icaltime_as_ical_string(
        icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone())));
}

static int report(icalcomponent *comp, const char *where) {
    int count = 0;
    /* Read before the loop: the getters move the component's property iterator. */
    const char *uid = icalcomponent_isa(comp) == ICAL_VCALENDAR_COMPONENT
                          ? "-" : icalcomponent_get_uid(comp);
    const char *kind = icalcomponent_kind_to_string(icalcomponent_isa(comp));
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
        fputs("ERROR", stdout);
        put_text(where);
        put_text(kind);
        put_text(uid ? uid : "-");
        put_text(icalproperty_get_xlicerror(p));
        putchar('\n');
        count++;
    }
    for (icalcomponent *sub = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); sub;
         sub = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
        count += report(sub, where);
    return count;
}

static void put_event(icalcomponent *event) {
    icalproperty *organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
    icalparameter *cn =
        organizer ? icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER) : NULL;
    icalproperty *modified = icalcomponent_get_first_property(event, ICAL_LASTMODIFIED_PROPERTY);
    char sequence[32];
    fputs("EVENT", stdout);
    put_text(icalcomponent_get_uid(event));
    snprintf(sequence, sizeof sequence, "%d", icalcomponent_get_sequence(event));
    put_text(sequence);
    put_utc(icalcomponent_get_dtstart(event));
    put_utc(icalcomponent_get_dtend(event));
    put_text(icalproperty_status_to_string(icalcomponent_get_status(event)));
    put_text(icalcomponent_get_summary(event));
    put_text(icalcomponent_get_location(event));
    put_text(icalcomponent_get_description(event));
    put_text(organizer ? icalproperty_get_organizer(organizer) : "");
    put_text(cn ? icalparameter_get_cn(cn) : "");
    put_utc(modified ? icalproperty_get_lastmodified(modified) : icaltime_null_time());
    put_utc(icalcomponent_get_dtstamp(event));
    putchar('\n');
}

/* A copy of `calendar` with its properties, its VTIMEZONEs and only `inner`. */
static icalcomponent *alone(icalcomponent *calendar, icalcomponent **parts, int count,
                            icalcomponent *inner) {
    icalcomponent *copy = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(calendar, ICAL_ANY_PROPERTY))
        icalcomponent_add_property(copy, icalproperty_new_clone(p));
    for (int i = 0; i < count; i++)
        if (icalcomponent_isa(parts[i]) == ICAL_VTIMEZONE_COMPONENT && parts[i] != inner)
            icalcomponent_add_component(copy, icalcomponent_new_clone(parts[i]));
    icalcomponent_add_component(copy, icalcomponent_new_clone(inner));
    return copy;
}

static void put_calendar(icalcomponent *calendar) {
    icalproperty *method = icalcomponent_get_first_property(calendar, ICAL_METHOD_PROPERTY);
    icalproperty *name = icalcomponent_get_first_property(calendar, ICAL_NAME_PROPERTY);
    const char *calname = "";
    for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY))
        if (strcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
            calname = icalproperty_get_x(p);
    fputs("CALENDAR", stdout);
    put_text(method ? icalproperty_method_to_string(icalproperty_get_method(method)) : "");
    put_text(name ? icalproperty_get_name(name) : "");
    put_text(calname);
    putchar('\n');
}

static int check_calendar(icalcomponent *calendar, int *events, int *timezones) {
    put_calendar(calendar);
    int count = icalcomponent_count_components(calendar, ICAL_ANY_COMPONENT);
    icalcomponent **parts = calloc(count ? count : 1, sizeof *parts);
    int n = 0, errors = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT);
         c && n < count; c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT))
        parts[n++] = c;
    for (int i = 0; i < n; i++) {
        if (icalcomponent_isa(parts[i]) == ICAL_VEVENT_COMPONENT) {
            put_event(parts[i]);
            (*events)++;
        } else if (icalcomponent_isa(parts[i]) == ICAL_VTIMEZONE_COMPONENT) {
            (*timezones)++;
        }
    }
    for (int i = 0; i < n; i++) {
        icalcomponent *copy = alone(calendar, parts, n, parts[i]);
        icalrestriction_check(copy);
        errors += report(copy, "restriction");
        icalcomponent_free(copy);
    }
    free(parts);
    icalrestriction_check(calendar);  /* the whole file, as libical's users call it */
    errors += report(calendar, "restriction-whole");
    return errors;
}

static char *slurp(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (fread(text, 1, size, file) != (size_t)size) {
        fclose(file);
        free(text);
        return NULL;
    }
    text[size] = 0;
    fclose(file);
    return text;
}

int main(int argc, char **argv) {
    icalerror_set_errors_are_fatal(0);
    char *text = argc == 2 ? slurp(argv[1]) : NULL;
    if (!text) {
        printf("ERROR\tread\t-\t-\tcannot read the file\n");
        return 2;
    }
    icalcomponent *root = icalparser_parse_string(text);
    if (!root) {
        printf("ERROR\tparse\t-\t-\tlibical found no component\n");
        return 2;
    }
    int errors = report(root, "parse");  /* what the parser could not read */
    icalcomponent_strip_errors(root);
    int calendars = 0, events = 0, timezones = 0;
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
        calendars = 1;
        errors += check_calendar(root, &events, &timezones);
    } else {  /* several VCALENDARs: the parser wraps them in an XROOT */
        for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)) {
            calendars++;
            errors += check_calendar(c, &events, &timezones);
        }
    }
    printf("COUNT\t%d\t%d\t%d\t%d\n", calendars, events, timezones, errors);
    icalcomponent_free(root);
    free(text);
    return errors ? 1 : 0;
}
