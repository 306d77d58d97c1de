"""add_image_sizes.py: a local image gets its size from the file, lazy loading and asynchronous decoding."""

import struct
import zlib

import add_image_sizes as hook
import pytest
from fakes import config, page, write_page
from mkdocs.structure.files import File, Files


def png(width: int, height: int) -> bytes:
    """A real (white) PNG file."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\xff" * (width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


FILES = {
    "a.png": png(31, 17),
    "a.gif": b"GIF89a" + struct.pack("<HH", 31, 17) + b"\x00" * 8,
    "a.jpg": b"\xff\xd8\xff\xe0"
    + struct.pack(">H", 16)
    + b"JFIF\x00"
    + b"\x00" * 9
    + b"\xff\xc0"
    + struct.pack(">HBHH", 17, 8, 17, 31)
    + b"\x03"
    + b"\x00" * 9,
    "a.webp": b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 8 + (30).to_bytes(3, "little") + (16).to_bytes(3, "little"),
    "l.webp": b"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f" + (30 | 16 << 14).to_bytes(4, "little") + b"\0" * 8,
    "a.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 31 17"><rect width="1" height="1"/></svg>',
    "b.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="31px" height="17" viewBox="0 0 62 34"></svg>',
    "c.svg": b"<svg xmlns='http://www.w3.org/2000/svg' width='3em' height='2em' viewBox='0,0,31,17'></svg>",
}


@pytest.mark.parametrize("name", FILES)
def test_the_size_is_read_from_every_kind_of_file(tmp_path, name):
    (tmp_path / name).write_bytes(FILES[name])
    assert hook.image_size(tmp_path / name) == (31, 17)


def test_an_unknown_file_has_no_size(tmp_path):
    (tmp_path / "a.png").write_bytes(b"not an image")
    (tmp_path / "a.svg").write_bytes(b"<svg></svg>")
    assert hook.image_size(tmp_path / "a.png") is None and hook.image_size(tmp_path / "a.svg") is None


def test_the_tag_gets_what_it_does_not_set_itself(tmp_path):
    (tmp_path / "a.png").write_bytes(FILES["a.png"])
    assert hook.with_size('<img alt="x" src="a.png">', tmp_path / "a.png") == (
        '<img alt="x" src="a.png" width="31" height="17" loading="lazy" decoding="async">'
    )
    assert hook.with_size('<img src="a.png" width="10"/>', tmp_path / "a.png") == (
        '<img src="a.png" width="10" loading="lazy" decoding="async"/>'
    )
    own = '<img src="a.png" height="5" loading="eager" decoding="sync">'
    assert hook.with_size(own, tmp_path / "a.png") == own


def test_only_local_images_that_exist_are_changed(tmp_path):
    docs = tmp_path / "docs"
    write_page(docs, "assets/images/a.svg", FILES["a.svg"].decode())
    files = Files([File("assets/images/a.svg", str(docs), str(tmp_path / "site"), use_directory_urls=False)])
    shown = page(write_page(docs, "nl/a.md", "# A\n"), docs)
    html = '<img alt="a" src="../assets/images/a.svg"><img src="https://x.example/b.png"><img src="../assets/b.png">'
    out = hook.on_page_content(html, page=shown, config=config(docs=docs), files=files)
    assert out == (
        '<img alt="a" src="../assets/images/a.svg" width="31" height="17" loading="lazy" decoding="async">'
        '<img src="https://x.example/b.png"><img src="../assets/b.png">'
    )
