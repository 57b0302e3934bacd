"""Upload bombs are refused with a reason before docling opens them (issue 12): office files that unpack far beyond
their size or hold too many members. Real files through the real conversion entry point."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from appliance.ingestion.convert import ZIP_MAX_MEMBERS, ConversionLimits, convert_file
from appliance.ingestion.document import IngestionError
from appliance.settings import IngestionSettings

LIMITS = ConversionLimits.from_settings(IngestionSettings(max_file_bytes=1024 * 1024))
CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')


def docx(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_docx_is_refused_from_its_directory(tmp_path: Path) -> None:
    body = b"<w:document><w:body>" + b"A" * (12 * 1024 * 1024) + b"</w:body></w:document>"
    path = docx(tmp_path / "bomb.docx", {"word/document.xml": body})
    assert path.stat().st_size < 100_000  # 12 MB of text packs into a few KB
    with pytest.raises(IngestionError, match="zip bomb"):
        convert_file(path, filename="bomb.docx", limits=LIMITS)


def test_an_office_file_with_too_many_members_is_refused(tmp_path: Path) -> None:
    members = {"word/document.xml": b"<w:document/>"}
    members.update({f"word/media/{n}.xml": b"" for n in range(ZIP_MAX_MEMBERS + 1)})
    path = docx(tmp_path / "many.docx", members)
    roomy = ConversionLimits.from_settings(IngestionSettings())  # 50 MB: the member count alone refuses it
    with pytest.raises(IngestionError, match="zip members"):
        convert_file(path, filename="many.docx", limits=roomy)


def test_a_file_over_the_size_limit_is_refused_without_converting(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"# Big\n\n" + b"word " * (300 * 1024))
    with pytest.raises(IngestionError, match="above the 1.0 MB accepted"):
        convert_file(path, filename="big.md", limits=LIMITS)
