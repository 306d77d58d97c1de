"""The hooks as a whole: each file is a check_ or an add_ step in the hooks list of mkdocs.yml, has its unit-test
module here, and has MkDocs' typed event signatures: the parameters MkDocs calls it with (PluginCollection's), the
first one positional (positional-only, as BasePlugin's documentation writes it), the others keyword-only."""

import importlib
import inspect
from pathlib import Path

import pytest
from fakes import ROOT, site_config
from mkdocs.plugins import PluginCollection

HOOKS = ROOT / "overrides" / "hooks"
MODULES = sorted(path.stem for path in HOOKS.glob("*.py"))
STEPS = [name for name in MODULES if name != "shared"]


def test_every_hook_module_and_the_helper_have_a_unit_test_module():
    missing = [name for name in MODULES if not (Path(__file__).parent / f"test_{name}.py").is_file()]
    assert not missing, f"no tests/unit/test_<name>.py for: {missing}"


def test_every_step_is_named_by_its_role_and_registered():
    assert all(name.startswith(("check_", "add_")) for name in STEPS), STEPS
    listed = [Path(path).stem for path in site_config()["hooks"]]
    assert sorted(listed) == STEPS, "mkdocs.yml's hooks list and overrides/hooks/ differ (shared.py is no hook)"


def kind(parameter: inspect.Parameter) -> inspect._ParameterKind:
    """The parameter's kind, a positional-only one counted as positional."""
    positional_only = parameter.kind is parameter.POSITIONAL_ONLY
    return parameter.POSITIONAL_OR_KEYWORD if positional_only else parameter.kind


@pytest.mark.parametrize("name", STEPS)
def test_every_event_has_mkdocs_typed_signature(name):
    module = importlib.import_module(name)
    events = {key: value for key, value in vars(module).items() if key.startswith("on_") and callable(value)}
    assert events, f"{name} handles no event"
    for event, function in events.items():
        expected = list(inspect.signature(getattr(PluginCollection, event)).parameters.values())[1:]  # without self
        given = inspect.signature(function)
        assert [(p.name, kind(p)) for p in given.parameters.values()] == [(p.name, kind(p)) for p in expected], (
            f"{name}.{event}{given}"
        )
        assert all(p.annotation is not p.empty for p in given.parameters.values()), f"{name}.{event}: untyped"
        assert given.return_annotation is not given.empty, f"{name}.{event}: no return type"
