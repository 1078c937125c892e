"""The accessibility checks every Word file MeetingKit writes must pass, in one place, applied
to each kind of export (pack, minutes, action log, claim form, plain version / rewrite output).

Read back from the saved file, as another program would: the title in the file's properties,
British English, A4 paper, text of 12 points or more (16 in large print), headings in order
from level 1 with none skipped, tables with a marked header row (the bare <w:tblHeader/> every
validator accepts) and a caption, text colours at 4.5:1 or more against their background, page
numbers in the footer of every page, no empty paragraphs used for spacing, alt text on any
picture, and none of the template's leftovers ("Microsoft Macintosh Word", a thumbnail)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
MIN_CONTRAST = 4.5
A4 = (210, 297)  # millimetres


def contrast(foreground: str, background: str = "FFFFFF") -> float:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class _Styles:
    """Effective size and colour of a style, following basedOn to the document defaults."""

    def __init__(self, document):
        self.by_id = {s.style_id: s.element for s in document.styles}
        root = document.styles.element
        default = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_size = _half_points(default)

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            element = self.by_id[style_id]
            yield element
            based = element.find(f"{W}basedOn")
            style_id = based.get(qn("w:val")) if based is not None else None

    def size(self, *style_ids: str | None) -> float:
        for style_id in style_ids:
            for element in self._chain(style_id):
                found = _half_points(element.find(f"{W}rPr"))
                if found:
                    return found
        return self.default_size or 10.0  # Word's size when nothing says otherwise

    def colour(self, *style_ids: str | None) -> tuple[str | None, str | None]:
        """(hex colour, theme colour name) of the first style in the chains that sets one."""
        for style_id in style_ids:
            for element in self._chain(style_id):
                colour = element.find(f"{W}rPr/{W}color")
                if colour is not None:
                    return colour.get(qn("w:val")), colour.get(qn("w:themeColor"))
        return None, None


def _half_points(rpr) -> float | None:
    if rpr is None:
        return None
    size = rpr.find(f"{W}sz")
    return int(size.get(qn("w:val"))) / 2 if size is not None else None


def _paragraphs(document):
    """Every paragraph with its background: the body, table cells, headers and footers."""
    parts = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    for part in parts:
        for paragraph in part.iter(f"{W}p"):
            background = "FFFFFF"
            parent = paragraph.getparent()
            if parent.tag == f"{W}tc":
                shading = parent.find(f"{W}tcPr/{W}shd")
                if shading is not None and shading.get(qn("w:fill"), "auto") != "auto":
                    background = shading.get(qn("w:fill"))
            yield paragraph, background


def _style_id(element, tag: str) -> str | None:
    found = element.find(tag)
    return found.get(qn("w:val")) if found is not None else None


def check_text_sizes_and_colours(document, min_size: float) -> None:
    styles = _Styles(document)
    for paragraph, background in _paragraphs(document):
        paragraph_style = _style_id(paragraph, f"{W}pPr/{W}pStyle") or "Normal"
        for run in paragraph.iter(f"{W}r"):
            texts = "".join(t.text or "" for t in run.iter(f"{W}t"))
            if not texts.strip():
                continue
            run_style = _style_id(run, f"{W}rPr/{W}rStyle")
            size = _half_points(run.find(f"{W}rPr")) or styles.size(run_style, paragraph_style)
            assert size >= min_size, f"{texts!r} is {size} pt (at least {min_size})"
            direct = run.find(f"{W}rPr/{W}color")
            if direct is not None:
                colour, theme = direct.get(qn("w:val")), direct.get(qn("w:themeColor"))
            else:
                colour, theme = styles.colour(run_style, paragraph_style)
            assert theme is None, f"{texts!r} uses the theme colour {theme}"
            if colour and colour != "auto":
                ratio = contrast(colour, background)
                assert ratio >= MIN_CONTRAST, f"{texts!r}: {colour} on {background} is {ratio:.2f}:1"


def check_headings(document) -> list[int]:
    levels = [int(p.style.name.split()[-1]) for p in document.paragraphs
              if p.style.name.startswith("Heading")]
    assert levels and levels[0] == 1, f"the first heading is not level 1: {levels[:5]}"
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"heading level {before} is followed by {after}"
    return levels


def check_tables(document) -> None:
    for table in document.tables:
        first = table.rows[0]._tr
        header = first.find(f"{W}trPr/{W}tblHeader")
        assert header is not None, "a table has no header row"
        assert header.get(qn("w:val")) is None, "write <w:tblHeader/> bare, as Word does"
        assert table._tbl.tblPr.find(f"{W}tblCaption") is not None, "a table has no caption"
        assert all(run.bold for cell in table.rows[0].cells for p in cell.paragraphs
                   for run in p.runs), "header cells are not bold"


def check_page_setup_and_numbers(document) -> None:
    for section in document.sections:
        size = (round(section.page_width.mm), round(section.page_height.mm))
        assert size == A4, f"the page is {size} mm, not A4"
        footer = section.footer._element
        instructions = " ".join(t.text or "" for t in footer.iter(f"{W}instrText"))
        instructions += " ".join(f.get(qn("w:instr"), "") for f in footer.iter(f"{W}fldSimple"))
        assert "PAGE" in instructions.split(), "no page number in the footer"


def check_language(document) -> None:
    styles = document.styles.element
    default_lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert default_lang.get(qn("w:val")) == "en-GB"
    assert document.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    assert "en-US" not in styles.xml
    assert document.core_properties.language == "en-GB"


def check_package(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        app = archive.read("docProps/app.xml").decode("utf-8")
    assert "Microsoft" not in app and "MeetingKit" in app, app
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml/")], names


def check_pictures(document) -> None:
    for picture in document.element.body.iter(f"{WP}docPr"):
        assert (picture.get("descr") or "").strip(), "a picture has no alt text"


def assert_accessible_docx(path, large_print: bool = False) -> docx.Document:
    """Runs every check on a saved Word file and returns it, opened."""
    path = Path(path)
    document = docx.Document(str(path))
    assert (document.core_properties.title or "").strip(), "the file has no title"
    check_language(document)
    check_page_setup_and_numbers(document)
    check_text_sizes_and_colours(document, 16 if large_print else 12)
    check_headings(document)
    check_tables(document)
    empty = [i for i, p in enumerate(document.paragraphs) if not p.text.strip()]
    assert not empty, f"empty paragraphs at {empty}"
    check_pictures(document)
    check_package(path)
    return document
