"""Validate the cuvara-brewery-cellar scenario.

Checks the shape and counts of scenario.json and questions.jsonl, and that every fact of every `answer` question
appears (case-insensitively, whitespace-normalised) in at least one of the sources the question names, or the quote.
A few facts are figures computed from the quote (total before VAT, a discounted unit price, a per-year figure, the
VAT amount); no source states them word for word, so they are checked by recomputing them from scenario.json.

PDF text needs pypdf; if it is not importable, set PYPDF_PATH to a folder holding it (e.g. a pip --target folder)
or the script falls back to a minimal parser of the PDF's text operators.
Run: /work/main/.venv/bin/python validate.py
"""
import base64
import json
import os
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ----------------------------------------------------------------------------- text extraction
def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def _pdf_fallback(p):
    raw = Path(p).read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\s*endstream", raw, re.S):
        data = m.group(1).strip()
        if data.endswith(b"~>"):  # ASCII85 layer (reportlab's default)
            try:
                data = base64.a85decode(data, adobe=data.startswith(b"<~"))
            except ValueError:
                data = base64.a85decode(data[:-2])
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data, re.S):
            s = re.sub(rb"\\([0-7]{3})", lambda o: bytes([int(o.group(1), 8)]), s)
            out.append(s.decode("latin-1").replace("\\(", "(").replace("\\)", ")"))
        out.append("\n")
    return " ".join(out)


def text_pdf(p):
    extra = os.environ.get("PYPDF_PATH")
    if extra:
        sys.path.insert(0, extra)
    try:
        import pypdf
    except ImportError:
        for cand in ("/tmp/s33cal_rl",):
            if Path(cand).is_dir():
                sys.path.insert(0, cand)
        try:
            import pypdf
        except ImportError:
            return _pdf_fallback(p)
    r = pypdf.PdfReader(str(p))
    return "\n".join(page.extract_text() or "" for page in r.pages)


def text_source(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = p.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type {p}")


def fmt_numbers(x):
    out = [str(x), f"{x:,}"]
    if isinstance(x, (int, float)):
        out += [f"{x:,.2f}", f"{x:.2f}"]
    return out


def text_quote(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    for li in q["line_items"]:
        parts += [li["sku"], li["name"]]
        for k in ("quantity", "unit_price", "discount_percent"):
            parts += fmt_numbers(li[k])
    parts += [q["terms"], q["notes"]]
    return "\n".join(map(str, parts))


# ----------------------------------------------------------------------------- computed figures
def line_net(li):
    return li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100)


def item(q, sku):
    for li in q["line_items"]:
        if li["sku"] == sku:
            return li
    raise KeyError(sku)


def total_before_tax(q):
    return sum(line_net(li) for li in q["line_items"])


def vat_rate(q):
    m = re.search(r"VAT \((\d+(?:\.\d+)?)%\)", q["terms"])
    if not m:
        raise ValueError("VAT rate not found in terms")
    return float(m.group(1)) / 100


def discounted_unit(q, sku):
    li = item(q, sku)
    return li["unit_price"] * (1 - li["discount_percent"] / 100)


COMPUTED = {
    # question id -> {fact: function(quote) -> value}
    "q01": {"240,199": lambda q: total_before_tax(q)},
    "q02": {"29,072": lambda q: discounted_unit(q, "CUV-FV40-UT")},
    "q03": {"1,548": lambda q: discounted_unit(q, "CUV-CS-CLD-PLUS") * 12},
    "q04": {"50,441": lambda q: total_before_tax(q) * vat_rate(q)},
}


def computed_matches(fact, value):
    # the fact is the figure with thousands separators, whole euros (cents dropped) or with cents
    return fact in (f"{value:,.2f}", f"{round(value):,}", f"{int(value):,}") or f"{value:,.2f}".startswith(fact + ".")


# ----------------------------------------------------------------------------- checks
def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]

    # scenario shape
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            err(f"scenario.json: missing {k}")
    ag = sc["agent"]
    for k in ("name", "welcome_message", "first_action_message", "quick_replies", "handoff"):
        if k not in ag:
            err(f"agent: missing {k}")
    at = ag["handoff"]["assign_to"]
    if not (at == "quote_owner" or (isinstance(at, dict) and at.get("teams"))):
        err("agent.handoff.assign_to invalid")
    for k in ("owner_unavailable_message", "all_unavailable_message"):
        if not ag["handoff"].get(k):
            err(f"agent.handoff: missing {k}")
    users = sc["users"]
    if not 2 <= len(users) <= 3:
        err(f"users: {len(users)} (want 2-3)")
    for u in users:
        if u.get("role") not in ("super_admin", "sales_rep"):
            err(f"user {u.get('email')}: bad role")
    if q["owner"] not in {u["email"] for u in users}:
        err("quote.owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
        err("quote.buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err(f"line_items: {len(q['line_items'])} (want 5-9)")
    if not any(li["discount_percent"] for li in q["line_items"]):
        err("no discounted line item")
    for li in q["line_items"]:
        for k in ("sku", "name", "quantity", "unit_price", "discount_percent"):
            if k not in li:
                err(f"line item {li.get('sku')}: missing {k}")
    if not q["created_on"] < q["expires_on"]:
        err("quote dates out of order")

    # sources
    texts = {}
    exts = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.is_file():
            err(f"source missing: {s['path']}")
            continue
        if s["type"] not in ("file", "url", "kb_article"):
            err(f"source {s['path']}: bad type")
        if s["type"] == "kb_article" and not s.get("title"):
            err(f"kb_article {s['path']}: missing title")
        exts[p.suffix.lower()] += 1
        texts[p.name] = norm(text_source(p))
        if len(texts[p.name]) < 1500:
            err(f"source {p.name}: only {len(texts[p.name])} characters of text")
    for e in (".docx", ".pdf", ".xlsx"):
        if exts[e] != 1:
            err(f"want exactly one {e} source, have {exts[e]}")
    if exts[".md"] + exts[".html"] < 1 or len(sc["sources"]) != 4:
        err("want four sources incl. a Markdown kb_article and/or an HTML url page")
    from openpyxl import load_workbook
    for s in sc["sources"]:
        if s["path"].endswith(".xlsx"):
            wb = load_workbook(HERE / s["path"])
            if len(wb.worksheets) < 2:
                err("xlsx needs 2+ sheets")
            if not wb.worksheets[0]["A1"].value:
                err("xlsx needs a title row")
    texts["quote"] = norm(text_quote(q))

    # questions
    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(rows) != 40:
        err(f"questions: {len(rows)} (want 40)")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate question ids")
    kinds = Counter(r["expect"] for r in rows)
    if kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        err(f"expect counts {dict(kinds)} (want answer 22, clarify 5, handoff 13)")
    foreign = [r for r in rows if r.get("language")]
    if len(foreign) != 10:
        err(f"non-English questions: {len(foreign)} (want 10)")
    fk = Counter(r["expect"] for r in foreign)
    if fk != Counter({"answer": 5, "clarify": 1, "handoff": 4}):
        err(f"non-English mix {dict(fk)} (want 5 answer, 1 clarify, 4 handoff)")
    langs = {r["language"] for r in foreign}
    if not langs <= {"fr", "de", "es", "pt", "it", "nl"}:
        err(f"unexpected languages {langs}")
    if langs != {"fr", "de", "es", "pt", "it", "nl"}:
        err(f"not all six languages used: {sorted(langs)}")

    n_facts = n_computed = 0
    for r in rows:
        if r["expect"] not in ("answer", "clarify", "handoff"):
            err(f"{r['id']}: bad expect")
        if r["expect"] != "answer":
            continue
        srcs, facts = r.get("sources") or [], r.get("facts") or []
        if not srcs:
            err(f"{r['id']}: answer without sources")
        if not 1 <= len(facts) <= 3:
            err(f"{r['id']}: {len(facts)} facts (want 1-3)")
        for s in srcs:
            if s not in texts:
                err(f"{r['id']}: unknown source {s}")
        for f in facts:
            n_facts += 1
            if any(norm(f) in texts.get(s, "") for s in srcs):
                continue
            fn = COMPUTED.get(r["id"], {}).get(f)
            if fn is None:
                err(f"{r['id']}: fact {f!r} not found in {srcs}")
                continue
            if "quote" not in srcs:
                err(f"{r['id']}: computed fact {f!r} but the question does not cite the quote")
            value = fn(q)
            if not computed_matches(f, value):
                err(f"{r['id']}: computed fact {f!r} does not match {value:,.2f}")
            else:
                n_computed += 1
    for qid in COMPUTED:
        if qid not in ids:
            err(f"COMPUTED refers to missing question {qid}")

    total = total_before_tax(q)
    print(f"quote {q['number']}: {len(q['line_items'])} line items, total before VAT {q['currency']} {total:,.2f}, "
          f"VAT {total * vat_rate(q):,.2f}, incl. VAT {total * (1 + vat_rate(q)):,.2f}")
    print(f"questions: {dict(kinds)}; non-English {len(foreign)} {dict(fk)} languages {sorted(langs)}")
    print(f"facts checked: {n_facts} ({n_computed} computed from the quote)")
    if ERRORS:
        print("FAIL")
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
