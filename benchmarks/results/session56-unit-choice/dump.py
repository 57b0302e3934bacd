"""dump.py SNAP OUTDIR SCENARIO_DIR...: per question, every unit the first extractive choice scored (research)."""
import asyncio, json, sys
from pathlib import Path
snap = sys.argv[1]; sys.path.insert(0, snap)
out = Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
import appliance.answering.compose as compose
import appliance.evaluation as ev
state = {}
orig_ask = ev.ask
async def ask(*a, **kw):
    compose.DUMP = []
    result = await orig_ask(*a, **kw)
    state['units'][kw['key'][5:]] = compose.DUMP
    compose.DUMP = None
    return result
ev.ask = ask
orig_all = ev._ask_all
async def ask_all(container, scenario, built, *rest):
    state['names'] = {sid: name for name, sid in {**built.source_ids, **built.rejected_ids}.items()}
    return await orig_all(container, scenario, built, *rest)
ev._ask_all = ask_all
for folder in map(Path, sys.argv[3:]):
    target = out / f"{folder.name}.json"
    if target.exists():
        continue
    state.clear(); state['units'] = {}
    report = asyncio.run(ev.evaluate(folder))
    names = state['names']
    rows = []
    for q in report['per_question']:
        units = state['units'].get(q['id'], [])
        for u in units:
            u['source'] = 'quote' if u['doc_kind'] == 'quote' else names.get(u['doc_id'], '?')
        rows.append({'q': {k: q[k] for k in ('id', 'question', 'expect', 'decision', 'cited_sources',
                                              'expected_sources', 'facts', 'facts_found', 'language', 'answer',
                                              'cause')}, 'units': units})
    target.write_text(json.dumps({'scenario': folder.name, 'rows': rows}))
    print(folder.name, sum(len(r['units']) for r in rows), flush=True)
