"""reader.read_document: lines and words with positions, furniture, bad input."""
from __future__ import annotations

import hashlib
import io
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from extractor.model import ExtractionError
from extractor.read.reader import page_has_text, read_document, read_document_bytes
from helpers_pdf import positioned_pdf

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def corpus_pdf(prefix: str) -> Path:
    found = sorted(CORPUS.glob(f"{prefix}_*.pdf")) if CORPUS.is_dir() else []
    if not found:
        pytest.skip("development corpus not present")
    return found[0]


write_pdf = positioned_pdf


def body(page: int) -> list[tuple[float, float, str, float]]:
    return [
        (72, 120, f"Section {page}. The reviewing service held meetings with partners this year.", 11),
        (72, 140, "Our officers chaired reviews for every child in care within the timescale.", 11),
        (72, 420, "This middle line repeats on every page but it is body text.", 11),
    ]


def test_lines_carry_words_with_top_left_positions(tmp_path):
    path = write_pdf(tmp_path / "positions.pdf", [[
        (72, 100, "First line of the report", 12),
        (72, 130, "Label", 10), (300, 130, "42.5%", 10),
        (72, 160, "Last line", 12),
    ]])
    doc = read_document(path)
    page = doc.pages[0]
    assert (round(page.width), round(page.height)) == (595, 842)
    assert [ln.text for ln in page.lines] == ["First line of the report", "Label 42.5%", "Last line"]
    first, row = page.lines[0], page.lines[1]
    assert first.page == 1
    assert first.top < 100 < first.bottom  # the baseline sits inside the line's box
    assert 85 < first.top and first.bottom < 105
    assert [w.text for w in row.words] == ["Label", "42.5%"]
    assert row.words[0].x0 == pytest.approx(72, abs=1)
    assert row.words[1].x0 == pytest.approx(300, abs=1)  # gap kept: tables split cells on it
    assert row.words[0].x1 < 110
    assert row.x0 == pytest.approx(72, abs=1) and row.x1 > 320


def test_doc_id_and_sha256(tmp_path):
    path = write_pdf(tmp_path / "annual-2021.pdf", [body(1)])
    doc = read_document(path)
    assert doc.doc == "annual-2021"
    assert doc.path == path
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    again = read_document_bytes(path.read_bytes(), doc="annual-2021")
    assert again.sha256 == doc.sha256 and again.text == doc.text


def test_running_headers_footers_and_page_numbers_become_furniture(tmp_path):
    pages = []
    for n in range(1, 6):
        pages.append([
            (300, 30, "Example Borough Council - Reviewing Officer Annual Report 2020/21", 8),
            *body(n),
            (72, 805, f"Printed copies are uncontrolled - version {n}.0", 8),
            (520, 826, str(n), 9) if n % 2 else (270, 826, f"Page {n} of 5", 9),
        ])
    doc = read_document(write_pdf(tmp_path / "furniture.pdf", pages))
    for page in doc.pages:
        furniture = " | ".join(ln.text for ln in page.furniture)
        assert "Reviewing Officer Annual Report" in furniture
        assert "Printed copies are uncontrolled" in furniture
        assert {str(page.number), f"Page {page.number} of 5"} & {ln.text for ln in page.furniture}
        text = page.text
        assert "Annual Report 2020/21" not in text and "uncontrolled" not in text
        assert f"Section {page.number}." in text
        assert "This middle line repeats on every page" in text  # repeats, but not in a margin
        assert not any(ln.text.strip().isdigit() for ln in page.lines)


def test_a_table_heading_repeated_at_the_top_of_each_page_stays_in_the_body(tmp_path):
    # the upper line of a two-line heading recurs in the top margin of every page the
    # table runs onto, like a running header, but sits right on the heading's next line
    pages = [[(300, 30, "Example Borough Council", 8),
              (330, 80, "Total", 9), (520, 80, "Five", 9),
              (72, 90, "Site", 9), (330, 90, "homes", 9), (520, 90, "years", 9),
              (72, 104, f"Site {n}", 9), (330, 104, str(10 * n), 9), (520, 104, str(5 * n), 9),
              *body(n)] for n in range(1, 4)]
    doc = read_document(write_pdf(tmp_path / "repeated.pdf", pages))
    for page in doc.pages:
        assert [ln.text for ln in page.furniture] == ["Example Borough Council"]
        assert page.lines[0].text == "Total Five"


def test_one_off_margin_text_stays_in_the_body(tmp_path):
    pages = [body(n) for n in range(1, 4)]
    pages[0].insert(0, (72, 40, "Appendix A: scrutiny committee 12 March 2021", 11))
    doc = read_document(write_pdf(tmp_path / "oneoff.pdf", pages))
    assert doc.pages[0].lines[0].text == "Appendix A: scrutiny committee 12 March 2021"
    assert all(not page.furniture for page in doc.pages)


def test_a_one_page_paper_footer_naming_its_page_is_furniture(tmp_path):
    page = [*body(1), (72, 826, "Corporate Parenting Panel minutes - Page 1", 8),
            (72, 805, "as set out on page 4", 9)]
    doc = read_document(write_pdf(tmp_path / "minute.pdf", [page]))
    assert [ln.text for ln in doc.pages[0].furniture] == ["Corporate Parenting Panel minutes - Page 1"]
    assert "as set out on page 4" in doc.pages[0].text  # a sentence that names a page stays


def test_superscript_ordinal_stays_on_its_line(tmp_path):
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(72, 130, "From 1")
    x = 72 + pdf.get_string_width("From 1")
    pdf.set_font("Helvetica", size=7)
    pdf.text(x, 126, "st")
    x += pdf.get_string_width("st")
    pdf.set_font("Helvetica", size=11)
    pdf.text(x, 130, " April 2016 to 31 March 2017")
    path = tmp_path / "sup.pdf"
    pdf.output(str(path))
    lines = read_document(path).pages[0].lines
    assert [ln.text for ln in lines] == ["From 1st April 2016 to 31 March 2017"]


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu font not installed")
def test_ligatures_and_odd_spaces_are_normalised(tmp_path):
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.text(72, 100, "The O\ufb03ce and the \ufb01rst\u00a0review")
    path = tmp_path / "lig.pdf"
    pdf.output(str(path))
    line = read_document(path).pages[0].lines[0]
    assert line.text == "The Office and the first review"
    assert [w.text for w in line.words][-2:] == ["first", "review"]


# -- bad input ---------------------------------------------------------------

def _image_only_pdf(path: Path) -> Path:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(picture).rectangle((20, 20, 380, 60), fill="black")  # a "scanned" text bar
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    pdf = FPDF(unit="pt", format="A4")
    for _ in range(2):
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=72, y=72, w=400)
    pdf.output(str(path))
    return path


def _encrypted_pdf(path: Path, plain: Path) -> Path:
    import pikepdf

    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="o", user="u"))
    return path


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(ExtractionError, match=r"^empty file \(0 bytes\)$"):
        read_document(path)


def test_text_file_renamed_pdf(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("Minutes of the meeting held on 3 May\nItem 1\n")
    with pytest.raises(ExtractionError, match=r"^not a PDF \(starts with 'Minutes of the meet"):
        read_document(path)


def test_truncated_pdf(tmp_path):
    whole = write_pdf(tmp_path / "whole.pdf", [body(n) for n in range(1, 5)]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ExtractionError, match=r"^damaged PDF: "):
        read_document(path)


def test_truncated_real_report():
    data = corpus_pdf("001").read_bytes()
    with pytest.raises(ExtractionError, match=r"^damaged PDF: "):
        read_document_bytes(data[: len(data) // 2], doc="half")


def test_encrypted_pdf(tmp_path):
    plain = write_pdf(tmp_path / "plain.pdf", [body(1)])
    path = _encrypted_pdf(tmp_path / "locked.pdf", plain)
    with pytest.raises(ExtractionError, match=r"^encrypted PDF \(password required\)$"):
        read_document(path)


def test_image_only_pdf_needs_ocr(tmp_path):
    path = _image_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ExtractionError, match=r"^no text layer \(scanned images\?\); OCR needed$"):
        read_document(path)
    doc = read_document(path, require_text=False)  # for the OCR stage
    assert len(doc.pages) == 2
    assert not any(page_has_text(page) for page in doc.pages)


def test_page_has_text_per_page(tmp_path):
    doc = read_document(write_pdf(tmp_path / "mixed.pdf", [body(1), []]))
    assert [page_has_text(page) for page in doc.pages] == [True, False]


def test_missing_file(tmp_path):
    with pytest.raises(ExtractionError, match=r"^cannot read file"):
        read_document(tmp_path / "nowhere.pdf")


# -- development corpus --------------------------------------------------------

def test_corpus_running_footer_is_furniture():
    doc = read_document(corpus_pdf("004"))
    with_footer = [p for p in doc.pages if any("Working on behalf of" in ln.text for ln in p.furniture)]
    assert len(with_footer) >= len(doc.pages) // 2
    assert all("putting the child first" not in ln.text for p in doc.pages for ln in p.lines)
    assert all("Working on behalf of" not in ln.text for p in doc.pages for ln in p.lines)


def test_corpus_header_and_page_numbers_are_furniture():
    doc = read_document(corpus_pdf("001"))
    for page in doc.pages:
        texts = [ln.text for ln in page.furniture]
        assert "Independent Reviewing Officer Annual Report 2017/18" in texts
        assert str(page.number) in texts
    assert "6.2 Peterborough City Council's rate per 10,000" in doc.pages[3].text


def test_raised_footnote_number_is_not_part_of_the_figure(tmp_path):
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    x = 72
    for text, size, y in (("Reviews held in 2023", 11, 130), ("1", 7, 126), (" rose to 1,234", 11, 130),
                          ("2", 7, 126), (" and 1", 11, 130), ("st", 7, 126), (" of all.", 11, 130)):
        pdf.set_font("Helvetica", size=size)
        pdf.text(x, y, text)
        x += pdf.get_string_width(text)
    path = tmp_path / "marks.pdf"
    pdf.output(str(path))
    [line] = read_document(path).pages[0].lines
    assert line.text == "Reviews held in 2023 1 rose to 1,234 2 and 1st of all."


def test_corpus_superscript_on_one_line():
    doc = read_document(corpus_pdf("004"))
    assert any(ln.text.startswith("1st April 2016 to 31st March 2017") for ln in doc.pages[0].lines)


def test_corpus_reads_fast():
    paths = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
    if not paths:
        pytest.skip("development corpus not present")
    read_document(paths[0])  # warm up imports
    start = time.perf_counter()
    docs = [read_document(p) for p in paths]
    elapsed = time.perf_counter() - start
    assert all(page_has_text(page) for doc in docs for page in doc.pages)
    assert elapsed < 2.0, f"reading {len(paths)} reports took {elapsed:.2f}s"


def test_pieces_placed_apart_without_spaces_are_words_of_their_own():
    """Ghostscript (troff/tbl, round 7 of the table benchmark) writes a justified line's
    words as pieces placed apart with no space between them, and a table row's cells out
    of order within one run: "3MetStrengthen" is three cells' words, "Makesure" two."""
    pdf = Path(__file__).resolve().parent.parent / "benchmarks" / "tables" / "out" / "t191.pdf"
    texts = [line.text for line in read_document(pdf).pages[0].lines]
    assert any(t.startswith("1 Make sure that decisions on Head of Front") and t.endswith("Met") for t in texts)
    assert any(t.startswith("3 Strengthen management Service Manager,") for t in texts)
    assert any("Director of Children’s Services" in t for t in texts)
