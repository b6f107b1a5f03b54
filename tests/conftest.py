"""Shared fixtures: the bundled seed and a helper that writes small input files into a temporary folder."""

import pytest

from analysis.paths import SEED_FILE


@pytest.fixture
def seed_path():
    return SEED_FILE


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> path; bytes are written as they are, str as UTF-8."""

    def _write(name, content):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
