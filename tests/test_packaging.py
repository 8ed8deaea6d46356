"""Packaging: our pyproject.toml gives setuptools nothing to warn about (pip install prints no banner)."""

from __future__ import annotations

import tomllib
import warnings

from support import REPO


def test_pyproject_reads_without_warnings() -> None:
    from setuptools.config.pyprojecttoml import read_configuration

    path = REPO / "pyproject.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["project"]["license"] == "Apache-2.0"  # an SPDX expression, not the deprecated table
    assert any(r.startswith("setuptools>=77") for r in data["build-system"]["requires"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a deprecation warning (the banner pip shows) fails the test
        config = read_configuration(path)
    assert config["project"]["name"] == "newsarchive"
    # python -m newsarchive needs the tiny newsarchive package installed too.
    assert "newsarchive*" in data["tool"]["setuptools"]["packages"]["find"]["include"]
