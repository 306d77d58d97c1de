"""check_links.py: links to other sites are https:// and well-formed; e-mail and phone links are valid."""

import check_links as hook
import pytest
from fakes import config, messages, page, write_page


@pytest.mark.parametrize(
    "href", ["https://www.113.nl/", "#top", "rtms.md", "../en/ect.html", "mailto:info@example.org", "tel:113"]
)
def test_safe_links_pass(href):
    assert hook.problem(href) is None


@pytest.mark.parametrize(
    "href, problem",
    [
        ("http://www.113.nl/", "link-not-encrypted"),
        ("ftp://x.example/a", "link-not-https"),
        ("//x.example/a", "link-not-https"),
        ("https://www.113 .nl/", "link-malformed"),
        ("https://localhost/", "link-malformed"),
        ("mailto:info", "email-link-invalid"),
        ("tel:113-a", "phone-link-invalid"),
    ],
)
def test_unsafe_links_are_named(href, problem):
    assert hook.problem(href).endswith(f"[{problem}]")


def test_links_in_pasted_html_are_checked_too(tmp_path, caplog):
    docs = tmp_path / "docs"
    path = write_page(docs, "nl/a.md", "# A\n\n<a href=http://x.example/a>x</a>\n")
    html = "<p><A HREF=http://x.example/a>x</A></p>"
    assert hook.on_page_content(html, page=page(path, docs), config=config(docs=docs), files=None) == html
    [message] = messages(caplog, "check_links")
    assert message.startswith("docs/nl/a.md:3: the link 'http://x.example/a' uses http://.")
