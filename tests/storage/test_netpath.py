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


# What desktop Linux machines show: GNOME's gvfs and KDE's kio-fuse (one FUSE mount holding
# every location), sshfs, davfs2 (plain "fuse" with the server URL as its source), WSL's 9p
# drives and an NTFS disk through FUSE.
DESKTOP_MOUNTS = r"""/dev/nvme0n1p2 / ext4 rw,relatime 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev,relatime,user_id=1000 0 0
/dev/fuse /run/user/1000/kio-fuse-AbCdEf fuse.kio-fuse rw,nosuid,nodev,relatime,user_id=1000 0 0
anna@nas:/srv/sro /home/anna/nas fuse.sshfs rw,nosuid,nodev,relatime,user_id=1000 0 0
https://cloud.example/dav/ /home/anna/cloud fuse rw,nosuid,nodev,relatime,allow_other 0 0
https://dav.example/sro /mnt/dav davfs rw,nosuid,nodev,relatime 0 0
/dev/fuse /home/anna/lokal-fuse fuse rw,nosuid,nodev,relatime 0 0
C:\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\;uid=1000;gid=1000 0 0
/dev/sdb1 /media/anna/USB-NTFS fuseblk rw,nosuid,nodev,relatime,user_id=0 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/run/user/1000/gvfs/smb-share:server=nas,share=jugendamt/sro.sqlite", True),
        ("/run/user/1000/gvfs/sftp:host=nas.example,user=anna/srv/sro.sqlite", True),
        ("/run/user/1000/gvfs/dav:host=cloud.example,ssl=false/sro.sqlite", True),
        ("/run/user/1000/gvfs/davs:host=cloud.example/sro.sqlite", True),
        ("/run/user/1000/gvfs/ftp:host=ftp.example/sro.sqlite", True),
        ("/run/user/1000/gvfs/nfs:host=nas,prefix=%2Fexport/sro.sqlite", True),
        ("/run/user/1000/gvfs/google-drive:host=gmail.com,user=anna/sro.sqlite", True),
        # Phones, cameras and archives sit below the same mount and are local.
        ("/run/user/1000/gvfs/mtp:host=SAMSUNG_Galaxy_R58/Phone/sro.sqlite", False),
        ("/run/user/1000/gvfs/gphoto2:host=Canon/DCIM/sro.sqlite", False),
        ("/run/user/1000/gvfs/archive:host=file%253A%252F%252F%252Fa.zip/sro.sqlite", False),
        ("/run/user/1000/gvfs", False),
        ("/run/user/1000/kio-fuse-AbCdEf/smb/nas/jugendamt/sro.sqlite", True),
        ("/run/user/1000/kio-fuse-AbCdEf/sftp/anna@nas/sro.sqlite", True),
        ("/run/user/1000/kio-fuse-AbCdEf/mtp/Phone/sro.sqlite", False),
        ("/home/anna/nas/sro.sqlite", True),  # sshfs
        ("/home/anna/cloud/sro.sqlite", True),  # davfs2 through plain fuse: the URL tells
        ("/mnt/dav/sro.sqlite", True),
        ("/home/anna/lokal-fuse/sro.sqlite", False),  # plain fuse without a URL: local
        ("/mnt/c/Users/anna/sro.sqlite", False),  # WSL: the local Windows drive over 9p
        ("/media/anna/USB-NTFS/sro.sqlite", False),
        ("/home/anna/sro.sqlite", False),
    ],
)
def test_desktop_network_mounts_are_detected(path: str, network: bool) -> None:
    assert is_network_mount(path, DESKTOP_MOUNTS) is network


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
