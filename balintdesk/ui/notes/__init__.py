"""Private reflection notes: the Notes page, the editor and its privacy guard, the
vault's dialogs and the export for appraisal."""
