"""check_images.py: every image is local, small and described (or marked decorative)."""

import check_images as hook
import shared
from fakes import config, messages, page, write_page
from mkdocs.structure.files import File, Files


def ids(tag: str, size: int | None = 100) -> list[str]:
    return [m.rsplit("[", 1)[1].rstrip("]") for m in hook.problems_of(shared.elements(tag)[0], size)]


def test_each_problem_of_an_image():
    assert ids('<img src="../assets/images/a.png" alt="Een schema">') == []
    assert ids('<img src="a.png" alt="" class="decorative x">') == []
    assert ids('<img src="a.png">') == ["image-without-alt"]
    assert ids('<img src="a.png" alt="  ">') == ["image-without-alt"]
    assert ids('<img src="a.png" alt="x">', size=hook.MAX_BYTES + 1) == ["image-too-big"]
    assert ids('<img src="https://x.example/a.png">') == ["image-from-another-site"]  # and nothing else
    assert ids('<img src="data:image/png;base64,AAAA" alt="x">') == ["image-from-another-site"]


def test_the_image_file_is_found_from_the_page(tmp_path):
    docs = tmp_path / "docs"
    image = write_page(docs, "assets/images/a.png", "x")
    files = Files([File("assets/images/a.png", str(docs), str(tmp_path / "site"), use_directory_urls=False)])
    shown = page(write_page(docs, "nl/a.md", "# A\n"), docs)
    assert hook.local_file("../assets/images/a.png", shown, files) == image
    assert hook.local_file("../assets/images/b.png", shown, files) is None
    assert hook.local_file("https://x.example/assets/images/a.png", shown, files) is None


def test_the_hook_names_the_line_of_the_image(tmp_path, caplog):
    docs = tmp_path / "docs"
    write_page(docs, "assets/images/groot.png", "x" * (hook.MAX_BYTES + 1))
    files = Files([File("assets/images/groot.png", str(docs), str(tmp_path / "site"), use_directory_urls=False)])
    path = write_page(docs, "nl/a.md", "# A\n\n![Groot](../assets/images/groot.png)\n")
    html = '<p><img alt="Groot" src="../assets/images/groot.png"></p>'
    assert hook.on_page_content(html, page=page(path, docs), config=config(docs=docs), files=files) == html
    [message] = messages(caplog, "check_images")
    assert message.startswith("docs/nl/a.md:3: image '../assets/images/groot.png' is 30 KiB; an image may be at most")
