import os

import pytest

from pytest_mambagen import atomic
from pytest_mambagen.atomic import atomic_open, atomic_write


def test_replaces_the_file_and_keeps_its_mode(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    atomic_write(target, "new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640
    atomic_write(tmp_path / "fresh.bin", b"\x00\x01")
    assert (tmp_path / "fresh.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "fresh.bin").stat().st_mode & 0o777 == 0o644


def test_a_failure_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old")

    def full_disk(fh, data):
        fh.write(data[:2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full_disk)
    with pytest.raises(OSError):
        atomic_write(target, "brand new")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("half")
        raise RuntimeError("stop")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_planted_tmp_link_is_not_followed(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (tmp_path / "out.txt.tmp").symlink_to(victim)
    atomic_write(tmp_path / "out.txt", "data")
    assert victim.read_text() == "keep"
    assert (tmp_path / "out.txt").read_text() == "data"
