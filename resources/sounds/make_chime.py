"""Make chime.wav: one soft, short bell-like tone for the end of a phase.

    python resources/sounds/make_chime.py

A 660 Hz tone with a quieter fifth above it, a 30 ms fade-in and a slow exponential fade
over 1.4 s, peaking at a third of full scale: heard, not startling. 22.05 kHz mono 16-bit
keeps the file near 60 KB. Written with the standard library only.
"""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

RATE = 22050
SECONDS = 1.4
PEAK = 0.33


def samples() -> array.array:
    data = array.array("h")
    for n in range(int(RATE * SECONDS)):
        t = n / RATE
        envelope = min(1.0, t / 0.03) * math.exp(-3.2 * t)
        tone = math.sin(2 * math.pi * 660 * t) + 0.35 * math.sin(2 * math.pi * 990 * t)
        data.append(int(32767 * PEAK * envelope * tone / 1.35))
    return data


if __name__ == "__main__":
    target = Path(__file__).with_name("chime.wav")
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples().tobytes())
    print(target, target.stat().st_size, "bytes")
