"""Check the dilaron-expansion-joints scenario: counts, languages, and that every answer fact appears
(case-insensitively) in at least one of the sources it names, and each named source holds at least one fact.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append("/tmp/rl")  # scratch install of pypdf, if present


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in ("md", "html", "htm", "txt"):
        t = open(path, encoding="utf-8").read()
        return re.sub(r"<[^>]+>", " ", t) if ext.startswith("htm") else t
    raise ValueError(path)


def money(v):
    return [f"{v:,.2f}", f"{v:,.0f}" if v == int(v) else f"{v:,.2f}", f"{v:.2f}"]


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["terms"], q["notes"], q["created_on"], q["expires_on"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = li["quantity"] * unit
        total += line
        parts += [li["sku"], li["name"], str(li["quantity"]), f"{li['discount_percent']}%"]
        parts += money(li["unit_price"]) + money(unit) + money(line)
        m = re.search(r"(\d+)[ -]?(?:years?|yr)", li["name"] + " " + li["sku"].replace("5Y", " 5 years"))
        if m:  # per-year figure of multi-year items
            parts += money(line / int(m.group(1)))
    parts += money(round(total, 2))
    return "\n".join(parts)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    texts = {os.path.basename(s["path"]): norm(text_of(os.path.join(HERE, s["path"]))) for s in sc["sources"]}
    texts["quote"] = norm(quote_text(sc["quote"]))
    errors = []
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if len({os.path.splitext(s["path"])[1] for s in sc["sources"]}) < 4:
        errors.append("need four source types")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(counts) != want:
        errors.append(f"counts {dict(counts)} (total {len(qs)}), want {want}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    langs = Counter(x.get("language", "en") for x in qs if x.get("language", "en") != "en")
    if sum(langs.values()) != 10:
        errors.append(f"non-English questions: {sum(langs.values())}, want 10")
    spread = {x["expect"] for x in qs if x.get("language")}
    if spread != set(want):
        errors.append(f"non-English questions only in {spread}")
    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                errors.append(f"{x['id']}: non-answer with facts/sources")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        named = [s for s in x["sources"] if s in texts]
        for f in x["facts"]:
            if not any(norm(f) in texts[s] for s in named):
                errors.append(f"{x['id']}: fact {f!r} not in {named}")
        for s in named:
            if not any(norm(f) in texts[s] for f in x["facts"]):
                errors.append(f"{x['id']}: source {s} holds none of the facts")
    print(f"{len(qs)} questions {dict(counts)}; languages {dict(langs)}; sources {sorted(texts)}")
    if errors:
        print("FAIL"); print("\n".join(errors)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
