"""Records that count: a member's CPD record, the leader log and the attendance
export, each a dialog opened from the Roster page."""
