"""What of Qt goes into a bundle: shared by balintdesk.spec and bench/hello.spec.

PyInstaller's PySide6 hooks collect every plugin folder a used module might want and all
of Qt's translations. BalintDesk draws widgets (QtWidgets), reads SVG icons, talks to
D-Bus for the session lock (QtDBus), writes PDFs with QtGui's QPdfWriter and prints the
recovery key (QtPrintSupport); nothing else.
`keep_entry` is applied to the destination path of every entry in a.binaries and a.datas.
"""

from __future__ import annotations

import re

# PySide6 modules BalintDesk never imports (tests/test_layers.py forbids QtNetwork). Their
# Python bindings and, through them, their Qt libraries stay out.
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "QtNetwork",
        "QtNetworkAuth",
        "QtQml",
        "QtQmlFeatures",
        "QtQmlModels",
        "QtQuick",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtQuick3D",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtWebEngineQuick",
        "QtWebChannel",
        "QtWebSockets",
        "QtPdf",
        "QtPdfWidgets",
        "QtSql",
        "QtTest",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtDesigner",
        "QtHelp",
        "QtUiTools",
        "QtXml",
        "QtConcurrent",
        "QtSvgWidgets",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "Qt3DCore",
        "Qt3DRender",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DAnimation",
        "Qt3DExtras",
        "QtBluetooth",
        "QtNfc",
        "QtPositioning",
        "QtLocation",
        "QtSensors",
        "QtSerialPort",
        "QtSerialBus",
        "QtRemoteObjects",
        "QtScxml",
        "QtStateMachine",
        "QtTextToSpeech",
        "QtSpatialAudio",
        "QtHttpServer",
        "QtLabsStyleKit",
    )
]

# Python modules that would only come along because something *could* import them.
PYTHON_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "test",
    "xmlrpc",
    "setuptools",
    "pkg_resources",
    "pip",
    # keyrings.alt is a test-only dependency; BalintDesk refuses its plain-file stores.
    "keyrings",
    # The installed app reads the catalogue compiled to JSON by packaging/build.py, never
    # the .ts XML: without these the bundle embeds no copy of the expat library, which
    # lintian refuses (embedded-library expat).
    "pyexpat",
    "xml.etree",
    "xml.parsers.expat",
]

# Plugin folders kept, and within them the plugins kept (None: the whole folder).
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen for --self-test and CI, minimal for scripts, xcb and Wayland for desktops.
    "platforms": {
        "libqoffscreen.so",
        "libqminimal.so",
        "libqxcb.so",
        "libqwayland.so",
        "libqwayland-egl.so",
        "libqwayland-generic.so",
        "qwindows.dll",
        "qminimal.dll",
        "qoffscreen.dll",
        "libqcocoa.dylib",
        "libqminimal.dylib",
        "libqoffscreen.dylib",
    },
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "xcbglintegrations": None,  # the xcb plugin warns and falls back without them
    # The XDG portal theme gives native file dialogs through D-Bus. Not the GTK 3 theme:
    # it drags all of GTK, cairo and pango (about 20 MB) into the bundle, and BalintDesk
    # draws with Fusion on every platform anyway.
    "platformthemes": {"libqxdgdesktopportal.so"},
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },  # accents, IMEs
    "imageformats": {
        "libqsvg.so",
        "libqico.so",
        "qsvg.dll",
        "qico.dll",
        "libqsvg.dylib",
        "libqico.dylib",
    },  # PNG is built into QtGui
    "iconengines": None,  # the SVG icon engine
    "styles": None,
    # Printing the recovery key (ui/notes/recovery_key.py): CUPS on Linux and macOS, the
    # Windows print spooler on Windows; libcups itself comes from the system (Depends).
    "printsupport": None,
    "tls": set(),  # no network, so no TLS backend
}

# Qt's own translations: the words of Qt's own dialogs and buttons (QMessageBox's and
# QDialogButtonBox's "Cancel", "Yes", the file and colour dialogs) in each language
# BalintDesk speaks (balintdesk.i18n.LANGUAGES; i18n/qt.py loads qtbase_<code>.qm). Each
# qtbase file stands alone (qt_<code>.qm is only a list of per-module files to load).
# BalintDesk's own words are not here: resources/translations/*.ts, bundled with the
# resources folder (the spec's datas).
TRANSLATED_LANGUAGES = ("en", "de", "fr", "nl", "it")
KEPT_TRANSLATIONS = {f"qtbase_{code}.qm" for code in TRANSLATED_LANGUAGES}

_PLUGIN = re.compile(r"(?:^|/)PySide6/Qt/plugins/([^/]+)/([^/]+)$")
# PyInstaller keeps the wheel's layout: PySide6/Qt/translations on Linux and macOS,
# PySide6/translations on Windows.
_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([^/]+)$")
# Libraries of excluded modules that a plugin's dependency scan can still drag in.
_UNWANTED_LIBS = re.compile(
    r"(?:^|/)libQt6(?:Quick|Qml|Network|Pdf|Multimedia|WebEngine|Sql|Test|Designer|Help|"
    r"VirtualKeyboard|OpenGLWidgets)[^/]*\.so"
)


# Linux: libraries the .deb's Depends bring, taken from the system rather than from the
# build machine. Above all fontconfig (a bundled one misreads a newer system's font
# configuration), the X11/xcb stack and D-Bus, which must match the running session.
_LINUX_SYSTEM_LIBS = re.compile(
    r"^lib(?:X11|X11-xcb|Xau|Xdmcp|xcb[a-z0-9-]*|xkbcommon[a-z0-9-]*|fontconfig|freetype|"
    r"dbus-1|wayland-[a-z]+|EGL|GL|GLX|OpenGL|"
    # GLib (Qt's event loop on Linux) and what it and libdbus pull in: the system's, so
    # that GIO modules and settings of the running desktop match the library reading them.
    r"glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0|mount|blkid|selinux|"
    r"pcre2-8|systemd|gcrypt|gpg-error|cap|lz4|"
    # CUPS, for the print dialog: the system's, matching its own print service, with
    # what libcups2 itself depends on (Debian 12: ldd of Qt's libcupsprintersupport.so),
    # which lintian would otherwise find embedded (gmp, libidn2).
    r"cups|gnutls|avahi-client|avahi-common|gssapi_krb5|krb5|k5crypto|krb5support|com_err|"
    r"keyutils|p11-kit|idn2|unistring|tasn1|nettle|hogweed|gmp)\.so[.0-9]*$"
)
# What only the dropped GTK 3 theme plugin needed: PyInstaller resolves a plugin's
# libraries before the spec filters the plugin out, so they are dropped by name too.
_GTK_STACK = re.compile(
    r"^lib(?:gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|"
    r"cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|pixman-1|epoxy|thai|datrie|"
    r"fribidi|graphite2|harfbuzz|Xcomposite|Xcursor|Xdamage|Xext|Xfixes|Xi|Xinerama|"
    r"Xrandr|Xrender)\.so[.0-9]*$"
)


def keep_entry(dest: str) -> bool:
    """Whether a bundle entry, by its destination path, stays in the bundle."""
    path = dest.replace("\\", "/")
    plugin = _PLUGIN.search(path)
    if plugin:
        folder, name = plugin.groups()
        if folder not in KEPT_PLUGINS:
            return False
        wanted = KEPT_PLUGINS[folder]
        return wanted is None or name in wanted
    translation = _TRANSLATION.search(path)
    if translation:
        return translation.group(1) in KEPT_TRANSLATIONS
    if _LINUX_SYSTEM_LIBS.match(path) or _GTK_STACK.match(path):
        return False
    return not _UNWANTED_LIBS.search(path)
