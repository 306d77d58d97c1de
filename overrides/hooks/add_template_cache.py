"""A cache for the compiled templates, so a rebuild (every save in `mkdocs serve`) does not compile Material's
templates again: Jinja keeps them in the user's temporary folder and compiles a template anew when it changes."""

from __future__ import annotations

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


def on_env(env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
    env.bytecode_cache = FileSystemBytecodeCache()
    return env
