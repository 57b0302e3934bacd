"""Check the stilora-turnstile-retrofits scenario: structure, counts, and that every answer fact appears
(case-insensitively, whitespace-normalised) in one of the sources the question names.

For `quote`, the searchable text is the quote as JSON plus the figures a quote page shows: each line's discounted
unit price and net line total, the total before VAT, and per-year figures of the 3-year maintenance line.

Run:  /work/main/.venv/bin/python validate.py   (python-docx, openpyxl; pypdf is taken from /tmp/rl if needed)
"""
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(p):
    try:
        import docx
        d = docx.Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    except ImportError:
        xml = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def pdf_text(p):
    try:
        import pypdf
    except ImportError:
        sys.path.append("/tmp/rl")
        import pypdf
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)


def xlsx_text(p):
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out), len(wb.worksheets), wb.worksheets[0]["A1"].value


def html_text(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    figs = []
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        figs += [money(unit), money(line)]
        if "3 years" in li["name"]:
            figs += [money(line / 3), money(unit / 3)]
    figs.append(money(round(total, 2)))
    return json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(figs), round(total, 2)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- scenario structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (want 2-3)")
emails = {u["email"] for u in users}
if q["owner"] not in emails:
    err("quote.owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("agent.handoff.assign_to invalid")
if isinstance(ho, dict):
    teams = {t for u in users for t in u["teams"]}
    for t in ho["teams"]:
        if t not in teams:
            err(f"handoff team {t!r} has no user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line_items: {len(q['line_items'])} (want 5-9)")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounts in quote")
qtext, total = quote_text(q)

# ---- sources
texts = {"quote": norm(qtext)}
kinds = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    ext = p.suffix.lower()
    if ext == ".docx":
        t = docx_text(p); kinds.add("docx")
    elif ext == ".pdf":
        t = pdf_text(p); kinds.add("pdf")
    elif ext == ".xlsx":
        t, nsheets, title = xlsx_text(p); kinds.add("xlsx")
        if nsheets < 2:
            err("xlsx has fewer than 2 sheets")
        if not title:
            err("xlsx first sheet has no title row")
    elif ext in (".md", ".markdown"):
        t = p.read_text(encoding="utf-8"); kinds.add("md")
        if s["type"] != "kb_article" or not s.get("title"):
            err(f"{p.name}: markdown should be a kb_article with a title")
    elif ext in (".html", ".htm"):
        t = html_text(p); kinds.add("html")
    else:
        err(f"unknown source type {p.name}"); continue
    if len(t) < 1500:
        err(f"{p.name}: only {len(t)} characters of text")
    texts[p.name] = norm(t)
if not {"docx", "pdf", "xlsx"} <= kinds or not kinds & {"md", "html"} or len(sc["sources"]) < 4:
    err(f"source types {sorted(kinds)} do not cover docx, pdf, xlsx and md/html")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate question ids")
count = {"answer": 0, "clarify": 0, "handoff": 0}
lang_by_expect = {"answer": 0, "clarify": 0, "handoff": 0}
langs = set()
single_source = 0
for x in qs:
    e = x["expect"]
    if e not in count:
        err(f"{x['id']}: bad expect {e}"); continue
    count[e] += 1
    if x.get("language"):
        if x["language"] == "en" or x["language"] not in {"fr", "de", "es", "pt", "it", "nl"}:
            err(f"{x['id']}: unexpected language {x['language']}")
        lang_by_expect[e] += 1
        langs.add(x["language"])
    if e != "answer":
        continue
    src, facts = x.get("sources") or [], x.get("facts") or []
    if not src or not 1 <= len(facts) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
    if len(src) == 1:
        single_source += 1
    for s in src:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in facts:
        hits = [s for s in src if s in texts and norm(f) in texts[s]]
        if not hits:
            err(f"{x['id']}: fact {f!r} not found in {src}")

want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40:
    err(f"{len(qs)} questions (want 40)")
if count != want:
    err(f"counts {count} (want {want})")
n_lang = sum(lang_by_expect.values())
if n_lang != 10:
    err(f"{n_lang} non-English questions (want 10)")
if not all(lang_by_expect.values()):
    err(f"non-English questions not spread: {lang_by_expect}")
if len(langs) < 6:
    err(f"only languages {sorted(langs)}")

print(f"quote total before VAT: {money(total)} {q['currency']}")
print(f"sources: {', '.join(sorted(k for k in texts if k != 'quote'))}")
print(f"questions: {len(qs)} {count}; non-English {n_lang} {lang_by_expect} in {sorted(langs)}; "
      f"single-source answers {single_source}")
if errors:
    print("FAIL")
    for m in errors:
        print(" -", m)
    sys.exit(1)
print("OK: all answer facts found in their named sources")
