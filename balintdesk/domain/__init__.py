"""The Balint rules in plain Python: the rota, phases and the timer, the privacy guard,
CSV parsing and records. No Qt, no database, no keyring: values in, values out."""
