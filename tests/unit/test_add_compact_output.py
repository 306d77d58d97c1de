"""add_compact_output.py: pages without indentation (but <pre> as written); our CSS and JS without comments."""

import add_compact_output as hook
from fakes import config


def test_the_indentation_goes_but_not_in_pre_or_textarea():
    html = "<div>\n    <p>a</p>\n  <pre>\n    code\n</pre>\n  <textarea>\n  tekst</textarea>\n</div>"
    assert hook.on_post_page(html, page=None, config=None) == (
        "<div>\n<p>a</p>\n<pre>\n    code\n</pre>\n<textarea>\n  tekst</textarea>\n</div>"
    )


def test_css_and_js_lose_comments_and_indentation():
    assert hook.compact_css("/* why */\n.a {\n  color: red; /* note */\n}\n\n") == ".a {\ncolor: red;\n}\n"
    js = "// why\nfunction f() {\n  // step\n  return 'http://x'; // kept: not a whole line\n}\n"
    assert hook.compact_js(js) == "function f() {\nreturn 'http://x'; // kept: not a whole line\n}\n"


def test_the_built_assets_are_compacted(tmp_path):
    for folder, text in (("css", "/* c */\n  a{}\n"), ("js", "// c\n  f();\n")):
        (tmp_path / "assets" / folder).mkdir(parents=True)
        (tmp_path / "assets" / folder / f"x.{folder}").write_text(text, encoding="utf-8")
    hook.on_post_build(config=config(site_dir=str(tmp_path)))
    assert (tmp_path / "assets" / "css" / "x.css").read_text() == "a{}\n"
    assert (tmp_path / "assets" / "js" / "x.js").read_text() == "f();\n"
