"""What every page of the window shares: form pieces, the style, how dates are
shown, background work, and the dialogs two areas both open (the group form, CSV import)."""
