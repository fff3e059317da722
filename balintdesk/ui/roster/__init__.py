"""The Roster page: the group's members and leaders, their table, filter and dialog."""
