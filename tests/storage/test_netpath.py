"""Network path detection, as pure classification of paths and mount tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from sro_desktop.storage.database import sqlite_uri
from sro_desktop.storage.netpath import (
    classify_windows_path,
    is_network_mount,
    is_network_path,
    mount_fstype,
    parse_mounts,
)

MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
//fileserver/jugendamt /mnt/jugendamt cifs rw,relatime,vers=3.1.1,cache=strict 0 0
/dev/sdb1 /mnt/jugendamt/lokal ext4 rw,relatime 0 0
nas:/export/sro /srv/sro\040Daten nfs4 rw,relatime,vers=4.2 0 0
tmpfs /srv/sro\040Daten tmpfs rw 0 0
nas:/export/alt /media/alt nfs rw 0 0
user@host:/home/x /home/u/remote fuse.sshfs rw 0 0
"""


def test_parse_mounts_unescapes_spaces() -> None:
    assert ("/srv/sro Daten", "nfs4") in parse_mounts(MOUNTS)


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [
        ("/mnt/jugendamt/sro.sqlite", "cifs", True),
        ("/mnt/jugendamt", "cifs", True),
        ("/mnt/jugendamt/lokal/sro.sqlite", "ext4", False),  # a local disk mounted below
        ("/mnt/jugendamtx/sro.sqlite", "ext4", False),  # a prefix of the name is no parent
        ("/srv/sro Daten/sro.sqlite", "tmpfs", False),  # the later mount hides the earlier
        ("/media/alt/sro.sqlite", "nfs", True),
        ("/home/u/remote/sro.sqlite", "fuse.sshfs", True),
        ("/home/u/sro.sqlite", "ext4", False),
    ],
)
def test_longest_mount_point_decides(path: str, fstype: str, network: bool) -> None:
    assert mount_fstype(path, MOUNTS) == fstype
    assert is_network_mount(path, MOUNTS) is network


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\fileserver\jugendamt\sro.sqlite", ("unc", "")),
        ("//fileserver/jugendamt/sro.sqlite", ("unc", "")),
        (r"\\?\UNC\fileserver\jugendamt\sro.sqlite", ("unc", "")),
        (r"\\?\C:\Users\anna\AppData\Local\SRO\sro.sqlite", ("drive", "C:\\")),
        (r"\\.\d:\daten\sro.sqlite", ("drive", "D:\\")),
        (r"Z:\Jugendamt\sro.sqlite", ("drive", "Z:\\")),
        ("c:/daten/sro.sqlite", ("drive", "C:\\")),
        (r"daten\sro.sqlite", ("other", "")),
    ],
)
def test_windows_paths_are_classified(path: str, expected: tuple[str, str]) -> None:
    assert classify_windows_path(path) == expected


def test_local_temp_file_is_not_on_the_network(tmp_path: Path) -> None:
    assert is_network_path(tmp_path / "sro.sqlite") is False


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (r"C:\Users\A B\sro.sqlite", "file:///C:/Users/A%20B/sro.sqlite?mode=rw"),
        (r"\\srv\share\Sitzung #1.sqlite", "file:////srv/share/Sitzung%20%231.sqlite?mode=rw"),
        (r"\\?\C:\lang\sro.sqlite", "file:///C:/lang/sro.sqlite?mode=rw"),
        (r"\\?\UNC\srv\share\sro.sqlite", "file:////srv/share/sro.sqlite?mode=rw"),
    ],
)
def test_windows_sqlite_uris(path: str, uri: str) -> None:
    assert sqlite_uri(path, "rw", windows=True) == uri


def test_posix_sqlite_uri_escapes_special_characters() -> None:
    assert sqlite_uri("/tmp/a b%?#.sqlite", "ro", windows=False) == (
        "file:/tmp/a%20b%25%3F%23.sqlite?mode=ro"
    )
