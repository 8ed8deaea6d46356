"""Kept so that scrapyd-deploy builds its egg from pyproject.toml instead of writing a setup.py of its own.

Everything (metadata, packages, package data, the scrapy entry point) is in pyproject.toml.
"""

from setuptools import setup

setup()
