"""The Meeting page: today's meeting, who came (check-in), who presented, and the
small dialogs to cancel or move a meeting and edit the themes."""
