"""Shared fixtures: the sample reports, the built CLI (when there is one), and PDFs made here."""

import os
import pathlib
from typing import List

import pytest

import judgement

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = pathlib.Path(os.environ.get("JUDGEMENT_SAMPLES", HERE.parents[2] / "examples" / "reports"))
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def samples() -> List[pathlib.Path]:
    assert SAMPLE_FILES, f"no sample reports in {SAMPLES}"
    return SAMPLE_FILES


@pytest.fixture(scope="session")
def ilacs_path() -> pathlib.Path:
    return SAMPLES / "2019-ilacs.txt"


@pytest.fixture(scope="session")
def cli() -> str:
    path = os.environ.get("JUDGEMENT_CLI")
    if not path or not os.path.exists(path):
        pytest.skip("the judgement CLI is not built (JUDGEMENT_CLI)")
    return path


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: List[List[str]]) -> bytes:
    """A PDF with one Helvetica line per string, written by hand (no PDF library needed)."""
    objects = {1: "<< /Type /Catalog /Pages 2 0 R >>",
               3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    next_id = 4
    for lines in pages:
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        stream = "BT /F1 9 Tf 11 TL 40 800 Td " + " ".join(f"({_pdf_escape(x)}) Tj T*" for x in lines) + " ET"
        objects[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>")
        objects[content_id] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
        kids.append(f"{page_id} 0 R")
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    out = b"%PDF-1.4\n"
    offsets = {}
    for i in sorted(objects):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n{objects[i]}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offsets[i]:010d} 00000 n \n" for i in range(1, len(objects) + 1)).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def sample_pdf(path: pathlib.Path) -> bytes:
    """A sample report typeset as a PDF, a page per form feed (ASCII only: Helvetica)."""
    text = path.read_text().replace("\u2019", "'").replace("\uf0a7", "-").replace("\u2013", "-")
    text = text.encode("ascii", "replace").decode()
    return make_pdf([page.splitlines() for page in text.split("\f") if page.strip()])


@pytest.fixture(scope="session")
def ilacs_pdf(ilacs_path) -> bytes:
    return sample_pdf(ilacs_path)
