"""Is a database file on a network drive? The status bar says so, and the docs explain why.

SQLite on a share works with a rollback journal and short transactions, but it is slower and
depends on the file server's locking, so users should know. The classification itself is pure
(strings in, answer out) and tested on every platform; only the Windows drive-type query and the
read of ``/proc/mounts`` touch the system.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath
from typing import Literal

# File system types of network mounts in /proc/mounts. FUSE types carry a "fuse." prefix.
NETWORK_FSTYPES = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.curlftpfs",
        "davfs",
        "fuse.davfs",
        "coda",
    }
)

# One FUSE file system that holds both: GNOME's gvfs (``fuse.gvfsd-fuse`` at
# ``/run/user/<uid>/gvfs``) and KDE's kio-fuse show every mounted location as a folder below the
# mount point, named after its protocol: ``smb-share:server=…,share=…`` (gvfs) or ``smb/…``
# (kio-fuse). Phones, cameras and archives appear there too and are local, so the folder's
# protocol decides.
PER_LOCATION_FSTYPES = frozenset({"fuse.gvfsd-fuse", "fuse.kio-fuse"})
NETWORK_LOCATION_SCHEMES = frozenset(
    {
        "smb-share", "smb-server", "smb", "sftp", "ftp", "ftps", "dav", "davs", "webdav",
        "webdavs", "nfs", "afp-volume", "afp", "fish", "google-drive", "onedrive",
    }
)

# davfs2 mounts through the kernel's plain ``fuse`` type (no subtype); only its source, the
# server's URL, tells it apart from a local FUSE file system.
_URL_SOURCES = ("http://", "https://", "ftp://", "ftps://")

# Not listed on purpose: ``9p`` (WSL mounts the local Windows drives with it, /mnt/c) and
# ``fuseblk`` (local disks through FUSE, e.g. NTFS).

DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive

WindowsPathKind = Literal["unc", "drive", "other"]


def _unescape_mount_field(field: str) -> str:
    r"""Undo the kernel's octal escapes in /proc/mounts (``\040`` is a space)."""
    out: list[str] = []
    i = 0
    while i < len(field):
        chunk = field[i : i + 4]
        if len(chunk) == 4 and chunk[0] == "\\" and chunk[1:].isdigit():
            out.append(chr(int(chunk[1:], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mount_entries(text: str) -> list[tuple[str, str, str]]:
    """``(source, mount point, file system type)`` for each line of a /proc/mounts text."""
    entries: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            entries.append((_unescape_mount_field(fields[0]), _unescape_mount_field(fields[1]),
                            fields[2]))
    return entries


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, file system type)`` for each line of a /proc/mounts text, in order."""
    return [(mount_point, fstype) for _source, mount_point, fstype in parse_mount_entries(text)]


def _mount_of(path: str, mounts_text: str) -> tuple[str, str, str] | None:
    """The entry of the mount holding the absolute POSIX ``path`` (longest prefix wins; of
    equal mount points the later one, which hides the earlier)."""
    target = PurePosixPath(path)
    best: tuple[int, tuple[str, str, str]] | None = None
    for entry in parse_mount_entries(mounts_text):
        mp = PurePosixPath(entry[1])
        if target == mp or target.is_relative_to(mp):
            depth = len(mp.parts)
            if best is None or depth >= best[0]:
                best = (depth, entry)
    return best[1] if best else None


def mount_fstype(path: str, mounts_text: str) -> str | None:
    """File system type of the mount holding the absolute POSIX ``path`` (longest prefix wins;
    of equal mount points the later one, which hides the earlier)."""
    entry = _mount_of(path, mounts_text)
    return entry[2] if entry else None


def _location_scheme(path: str, mount_point: str) -> str:
    """The protocol of a gvfs or kio-fuse location: ``smb-share`` for
    ``…/gvfs/smb-share:server=nas,share=daten/…``, ``smb`` for ``…/kio-fuse-x/smb/nas/…``."""
    relative = PurePosixPath(path).relative_to(PurePosixPath(mount_point))
    if not relative.parts:
        return ""
    return relative.parts[0].split(":", 1)[0].lower()


def is_network_mount(path: str, mounts_text: str) -> bool:
    """True when ``path`` lies on a network file system according to ``mounts_text``."""
    entry = _mount_of(path, mounts_text)
    if entry is None:
        return False
    source, mount_point, fstype = entry
    if fstype in NETWORK_FSTYPES:
        return True
    if fstype in PER_LOCATION_FSTYPES:
        return _location_scheme(path, mount_point) in NETWORK_LOCATION_SCHEMES
    if fstype == "fuse":
        return source.lower().startswith(_URL_SOURCES)
    return False


def classify_windows_path(path: str) -> tuple[WindowsPathKind, str]:
    r"""Sort a Windows path into UNC, drive letter (with its root ``X:\``) or other.

    ``\\server\share`` and ``\\?\UNC\server\share`` are UNC; ``\\?\C:\…`` and ``\\.\C:\…`` are
    local long-path spellings of drive ``C:``, not network paths.
    """
    p = path.replace("/", "\\")
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        rest = p[4:]
        if rest.upper().startswith("UNC\\"):
            return ("unc", "")
        p = rest
    elif p.startswith("\\\\"):
        return ("unc", "")
    if len(p) >= 2 and p[1] == ":" and p[0].isalpha():
        return ("drive", p[0].upper() + ":\\")
    return ("other", "")


def _windows_drive_is_remote(path: str, root: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    buf = ctypes.create_unicode_buffer(1024)
    # The volume root can differ from the drive root for folders that mount another volume.
    if kernel32.GetVolumePathNameW(ctypes.c_wchar_p(path), buf, len(buf)):
        root = buf.value
    return bool(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOTE)


def is_network_path(path: str | Path) -> bool:
    """True when ``path`` (an existing or future file) lies on a network drive or share.

    Windows: UNC paths, and drives whose volume is DRIVE_REMOTE (mapped drives). Linux: network
    file systems in /proc/mounts. Elsewhere (macOS) the answer is False: not detected.
    """
    text = os.path.abspath(os.fspath(path))
    if sys.platform == "win32":  # pragma: no cover - Windows only
        kind, root = classify_windows_path(text)
        if kind == "unc":
            return True
        if kind == "drive":
            try:
                return _windows_drive_is_remote(text, root)
            except OSError:
                return False
        return False
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return is_network_mount(os.path.realpath(text), mounts)
    return False
