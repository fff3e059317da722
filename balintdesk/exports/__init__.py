"""The files BalintDesk writes for people and other programs: PDFs (Qt's own writer),
the calendar file (.ics) and CSV."""
