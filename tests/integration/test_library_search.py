"""The Files library search takes the admin's text literally: % and _ are not LIKE wildcards (real SQLite)."""

from __future__ import annotations

from sqlmodel import Session, SQLModel

from appliance.db import create_db_engine
from appliance.domain.knowledge import StoredFile
from appliance.web.routes.admin_sources import contains_pattern, library_files


def test_search_characters_are_literal(database_url):
    engine = create_db_engine(database_url)
    SQLModel.metadata.create_all(engine)
    names = ["price_list.md", "pricexlist.md", "50%-discount.pdf", "500-units.pdf", r"back\slash.txt"]
    with Session(engine) as session:
        for number, name in enumerate(names):
            session.add(StoredFile(sha256=f"{number:064d}", filename=name, size_bytes=1, storage_path=f"f/{number}"))
        session.commit()
        def found(q: str) -> list[str]:
            return sorted(f.filename for f in library_files(session, q=q))

        assert found("_") == ["price_list.md"]
        assert found("%") == ["50%-discount.pdf"]
        assert found("50%") == ["50%-discount.pdf"]
        assert found("\\") == [r"back\slash.txt"]
        assert found("PRICE") == ["price_list.md", "pricexlist.md"]  # case-insensitive, still a contains search
        assert len(library_files(session, q="", show_all=True)) == len(names)
    assert contains_pattern("  a_b%  ") == r"%a\_b\%%"
    engine.dispose()
