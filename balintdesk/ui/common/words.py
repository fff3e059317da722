"""A fixed name the program gave, in the user's language: `balintdesk.i18n.data_name`.

What the domain and the store hand back as `Words` (or an error carrying them) is shown
with `balintdesk.i18n.shown`; a refusal's sentences with `balintdesk.i18n.sentences`.
"""

from __future__ import annotations

from balintdesk.i18n import data_name

__all__ = ["data_name"]
