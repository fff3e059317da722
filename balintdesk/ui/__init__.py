"""The window, in Qt widgets: main_window, session and welcome at the top, and one
folder per area of the window (meeting, timer, roster, rota, notes, records, settings)
with common/ for what they share. Only balintdesk.app imports this package."""
