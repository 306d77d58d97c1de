"""add_table_cards.py: a wide table's cells carry their column's name for the phone's cards; end tags go."""

import re

import add_table_cards as hook

TABLE = """<table>
<thead>
<tr>
<th>Behandeling</th>
<th align="left">Kans<sup id="fnref:x"><a class="footnote-ref" href="#fn:x">1</a></sup></th>
<th>Eten &amp; drinken</th>
</tr>
</thead>
<tbody>
<tr>
<td>rTMS</td>
<td>ruim 2 keer</td>
<td>gewoon</td>
</tr>
</tbody>
</table>"""


def test_cells_get_their_column_name_and_narrow_tables_stay_as_they_are():
    assert hook.header_texts(TABLE) == ["Behandeling", "Kans", "Eten &amp; drinken"]
    labelled = hook.on_page_content(TABLE, page=None, config=None, files=None)
    assert re.findall(r'<td data-label="([^"]*)">', labelled) == ["Behandeling", "Kans", "Eten &amp; drinken"]
    assert "data-label" not in labelled.split("</thead>")[0]
    two_columns = re.sub(r"<t([hd])>(Eten &amp; drinken|gewoon)</t[hd]>\n", "", TABLE)
    assert hook.with_labels(two_columns) == two_columns


def test_the_optional_end_tags_go_only_inside_tables():
    out = hook.on_post_page(f"<p>a</p>\n{TABLE}", page=None, config=None)
    assert not re.search(r"</t[dhr]>", out) and out.count("</table>") == 1 and "</thead>" in out and "</p>" in out
