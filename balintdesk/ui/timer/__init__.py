"""The phase timer: the Timer page, the room display (projector), its keys, chime and
dialogs, and the driver that ticks the domain's timer on Qt's clock."""
