"""The optional soft chime at the end of a phase, played by the operating system.

Why not Qt's QSoundEffect: it lives in QtMultimedia (PySide6-Addons), which brings FFmpeg.
Measured on PySide6 6.12 for Linux x86_64 (unzip the wheel, add up the file sizes): the
Addons wheel is 59 MB to download and 161 MB unpacked; QtMultimedia with its FFmpeg
libraries alone is about 22 MB that PyInstaller would add to every installer. For one
1.4-second sound that is off by default, the OS's own player costs nothing: winsound on
Windows (standard library), afplay on macOS, and PipeWire's pw-play, PulseAudio's paplay
or ALSA's aplay on Linux, whichever is there. None of them blocks the GUI thread.
"""

from __future__ import annotations

import array
import logging
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from balintdesk.resources import resource_path

log = logging.getLogger(__name__)
CHIME = resource_path("sounds", "chime.wav")
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def scaled_chime(volume: int, folder: Path | None = None) -> Path:
    """The chime at `volume` percent (1..100), written once and reused."""
    volume = max(1, min(100, int(volume)))
    folder = folder or Path(tempfile.gettempdir())
    target = folder / f"balintdesk-chime-{volume}.wav"
    if target.exists():
        return target
    with wave.open(str(CHIME), "rb") as source:
        params = source.getparams()
        frames = array.array("h", source.readframes(source.getnframes()))
    scaled = array.array("h", (int(sample * volume / 100) for sample in frames))
    partial = target.with_suffix(".partial")
    with wave.open(str(partial), "wb") as out:
        out.setparams(params)
        out.writeframes(scaled.tobytes())
    partial.replace(target)
    return target


def player_command(path: Path) -> list[str] | None:
    if sys.platform == "darwin":
        return ["afplay", str(path)]
    for name in LINUX_PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, str(path)]
    return None


def play(volume: int) -> bool:
    """Start the chime and return at once; False if this computer has no way to play it."""
    if volume <= 0:
        return False
    try:
        path = scaled_chime(volume)
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        command = player_command(path)
        if command is None:
            log.info("No sound player found (%s); the chime stays silent", ", ".join(LINUX_PLAYERS))
            return False
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return True
    except OSError:
        log.exception("The chime could not be played")
        return False
