"""add_template_cache.py: compiled templates are kept on disk, so a rebuild does not compile them again."""

import add_template_cache as hook
import jinja2


def test_the_environment_gets_a_bytecode_cache_on_disk():
    env = hook.on_env(jinja2.Environment(), config=None, files=None)
    assert isinstance(env.bytecode_cache, jinja2.FileSystemBytecodeCache)
