"""Validate the flumora-slide-maintenance scenario.

Checks: scenario.json shape, the sources exist, questions.jsonl has exactly 40 questions (22 answer, 5 clarify,
13 handoff, 10 non-English spread over all three kinds), and every `facts` string of an `answer` question appears
(case-insensitively) in the text of at least one of its named sources, where `quote` means the quote JSON plus
the figures a quote page shows (net unit prices, line totals, total, per-quarter and per-month amounts of
recurring lines).

Run: /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, and pypdf or reportlab's folder)
"""
import json
import sys
import zipfile
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/tmp/rl")  # pypdf lives here in the authoring environment


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
    except ImportError:  # fall back: crude stream scan is not reliable, so fail loudly
        sys.exit("pypdf is needed to read the PDF (pip install pypdf)")
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v:,.2f} {v:g}")
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def text_html(p):
    return re.sub(r"<[^>]+>", " ", Path(p).read_text(encoding="utf-8"))


def source_text(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return text_docx(path)
    if ext == ".pdf":
        return text_pdf(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    if ext in (".html", ".htm"):
        return text_html(path)
    return path.read_text(encoding="utf-8")


def money(v):
    return [f"{v:,.2f}", f"{v:,.0f}" if v == round(v) else f"{v:,.2f}", f"{v:.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net * li["quantity"], 2)
        total += line
        parts += [li["sku"], *money(li["unit_price"]), *money(net), *money(line)]
        if "12 months" in li["name"] or "per year" in li["name"]:
            parts += money(round(line / 4, 2)) + money(round(line / 12, 2))
    parts += money(round(total, 2))
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json misses {k}")
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    ha = sc["agent"]["handoff"]["assign_to"]
    if ha != "quote_owner":
        teams = {t for u in sc["users"] for t in u["teams"]}
        for t in ha["teams"]:
            if t not in teams:
                errors.append(f"handoff team {t} has no user")

    texts = {"quote": quote_text(q).lower()}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        types.add(p.suffix.lower())
        texts[p.name] = source_text(p).lower()
        if len(texts[p.name]) < 1500:
            errors.append(f"{p.name}: too little text ({len(texts[p.name])} chars)")
    if len(types) < 4:
        errors.append(f"need four source types, got {sorted(types)}")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40:
        errors.append(f"need 40 questions, got {len(qs)}")
    if kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"wrong mix {dict(kinds)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language", "en") != "en"]
    if len(foreign) != 10:
        errors.append(f"need 10 non-English questions, got {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must cover answer, clarify and handoff")
    langs = Counter(x["language"] for x in foreign)
    if set(langs) - {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"unexpected languages {langs}")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts"):
                errors.append(f"{x['id']}: facts on a non-answer question")
            continue
        if not x.get("sources") or not x.get("facts") or not 1 <= len(x["facts"]) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    used = Counter(s for x in qs for s in x.get("sources", []))
    for name in texts:
        if used[name] == 0:
            errors.append(f"source {name} is never cited")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {dict(kinds)}, {len(foreign)} non-English {dict(langs)}, "
          f"sources cited {dict(used)}")


if __name__ == "__main__":
    main()
