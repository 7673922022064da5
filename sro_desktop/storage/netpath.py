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
        "davfs",
    }
)

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


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, file system type)`` for each line of a /proc/mounts text, in order."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount_field(fields[1]), fields[2]))
    return mounts


def mount_fstype(path: str, mounts_text: str) -> str | None:
    """File system type of the mount holding the absolute POSIX ``path`` (longest prefix wins;
    of equal mount points the later one, which hides the earlier)."""
    target = PurePosixPath(path)
    best: tuple[int, str] | None = None
    for mount_point, fstype in parse_mounts(mounts_text):
        mp = PurePosixPath(mount_point)
        if target == mp or target.is_relative_to(mp):
            depth = len(mp.parts)
            if best is None or depth >= best[0]:
                best = (depth, fstype)
    return best[1] if best else None


def is_network_mount(path: str, mounts_text: str) -> bool:
    """True when ``path`` lies on a network file system according to ``mounts_text``."""
    return mount_fstype(path, mounts_text) in NETWORK_FSTYPES


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
