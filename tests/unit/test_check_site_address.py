"""check_site_address.py: a build for a server without SITE_URL stops; the preview and the offline copy need none."""

import check_site_address as hook
from fakes import config, messages


def test_only_a_build_for_a_server_needs_the_address():
    assert "SITE_URL" in hook.problem("build", "", offline=False)
    assert hook.problem("build", "https://zorg.example.org/info/", offline=False) is None
    assert hook.problem("serve", "", offline=False) is None
    assert hook.problem("build", "", offline=True) is None


def test_the_build_says_so_once_naming_the_config(caplog):
    hook.on_startup(command="build", dirty=False)
    hook.on_config(config(building=True))  # the other language's pass: not again
    assert messages(caplog, "check_site_address") == []
    hook.on_config(config())
    [message] = messages(caplog, "check_site_address")
    assert message.endswith("[site-url-missing]") and message.split(":")[0].endswith("mkdocs.yml")
    caplog.clear()
    hook.on_startup(command="serve", dirty=False)
    hook.on_config(config())
    assert messages(caplog, "check_site_address") == []
