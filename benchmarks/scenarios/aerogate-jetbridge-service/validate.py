"""Check the aerogate-jetbridge-service scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf).

Checks: 40 questions (22 answer, 5 clarify, 13 handoff), 10 non-English spread over the three kinds, 4 source
types, every answer names existing sources and every fact appears (case-insensitively, whitespace-normalised) in
at least one named source. For `quote`, the text searched is the quote JSON rendered as a page would show it:
line items, net unit prices, line totals, the total before tax and, for the 36-month maintenance line, its
per-year figures (line total / 3 and net unit price / 3).
"""
import html
import json
import re
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"{x:,.2f}"


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        cells.append(f"{v} {v:,}")
                    else:
                        cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8").replace("**", "")
    if ext in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    raise ValueError(f"unsupported source type: {path}")


def quote_text(q):
    lines = [q["number"], q["title"], q["buyer_company"], q["currency"], q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = net * li["quantity"]
        total += line
        lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {money(net)} line total {money(line)}')
        if "36 months" in li["name"]:
            lines.append(f"per year {money(line / 3)} per unit per year {money(net / 3)}")
    lines.append(f"total before tax {money(total)}")
    return "\n".join(lines)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_of(p))
    texts["quote"] = norm(quote_text(sc["quote"]))
    exts = {Path(s["path"]).suffix for s in sc["sources"]}
    if not {".docx", ".pdf", ".xlsx"} <= exts or not ({".md", ".html"} & exts):
        errors.append(f"source types incomplete: {exts}")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails or not 2 <= len(sc["users"]) <= 3:
        errors.append("owner must be one of 2-3 users")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    foreign = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for item in qs:
        if item["id"] in ids:
            errors.append(f"duplicate id {item['id']}")
        ids.add(item["id"])
        e = item["expect"]
        counts[e] += 1
        if item.get("language", "en") != "en":
            foreign[e] += 1
        if e == "answer":
            srcs = item.get("sources") or []
            facts = item.get("facts") or []
            if not srcs or not 1 <= len(facts) <= 3:
                errors.append(f"{item['id']}: answer needs sources and 1-3 facts")
            for s in srcs:
                if s not in texts:
                    errors.append(f"{item['id']}: unknown source {s}")
            for f in facts:
                if not any(norm(f) in texts.get(s, "") for s in srcs):
                    errors.append(f"{item['id']}: fact {f!r} not found in {srcs}")
    if len(qs) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts wrong: {len(qs)} {counts}")
    if sum(foreign.values()) != 10 or not all(foreign.values()):
        errors.append(f"non-English questions wrong: {foreign}")
    langs = {item.get("language") for item in qs} - {None, "en"}
    print(f"questions {len(qs)} {counts}; non-English {foreign}; languages {sorted(langs)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
