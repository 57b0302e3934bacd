"""fit2.py DUMPDIR: pairwise weights of the unit choice on the product's own features (calibration only)."""
import json, sys, math, collections
from pathlib import Path
import numpy as np
sys.path.insert(0, '/work/main')
from sklearn.linear_model import LogisticRegression
from benchmarks.scenarios_eval import calibration_scenarios
CAL = {p.name for p in calibration_scenarios()}
NAMES = ['lexical', 'context', 'semantic', 'typed', 'figure', 'brevity', 'rankinv', 'is_row', 'loglen', 'cos_mini', 'cos_use']
G = []
for f in sorted(Path(sys.argv[1]).glob('*.json')):
    d = json.loads(f.read_text())
    for row in d['rows']:
        q = row['q']
        if q['expect'] != 'answer' or not q['facts']:
            continue
        by = collections.defaultdict(list)
        for u in row['units']:
            by[u['call']].append(u)
        first = min(by) if by else None
        for call, us in by.items():
            if any(u['cos_use'] is None for u in us):
                continue
            labels = np.array([any(x.lower() in u['text'].lower() for x in q['facts']) and u['source'] in q['expected_sources'] for u in us])
            if not labels.any():
                continue
            F = np.array([[u['lexical'], u['context'], u['semantic'], u['typed'], u['figure'], u['brevity'], 1 / (1 + u['rank']),
                           float(u['is_row']), math.log(1 + len(u['text'])), u['cos_mini'], u['cos_use']] for u in us])
            today = max(range(len(us)), key=lambda i: (us[i]['score'], -us[i]['rank'], -us[i]['start']))
            G.append(dict(s=d['scenario'], F=F, y=labels, today=bool(labels[today]), primary=call == first))
cal = [g for g in G if g['s'] in CAL]; dev = [g for g in G if g['s'] not in CAL]
print('groups cal', len(cal), 'dev', len(dev))
def pairs(gs):
    X = []; y = []
    for g in gs:
        pos, neg = g['F'][g['y']], g['F'][~g['y']]
        if not len(neg): continue
        for p in pos[:3]:
            d = p - neg; X.append(d); y += [1] * len(d); X.append(-d); y += [0] * len(d)
    return np.vstack(X), np.array(y)
def fit(gs, C):
    X, y = pairs(gs); sd = X.std(0) + 1e-6
    return LogisticRegression(C=C, max_iter=5000, fit_intercept=False).fit(X / sd, y).coef_[0] / sd
def ev(gs, w):
    r = sum(bool(g['y'][int(np.argmax(g['F'] @ w))]) for g in gs)
    return r, sum(bool(g['y'][int(np.argmax(g['F'] @ w))]) for g in gs if g['primary'])
def td(gs): return sum(g['today'] for g in gs), sum(g['today'] for g in gs if g['primary'])
cs = sorted({g['s'] for g in cal}); rng = np.random.default_rng(1); order = rng.permutation(len(cs))
fold = {s: int(order[j]) % 5 for j, s in enumerate(cs)}
for C in (0.001, 0.01, 0.1):
    tot = np.zeros(2, int)
    for k in range(5):
        w = fit([g for g in cal if fold[g['s']] != k], C)
        tot += ev([g for g in cal if fold[g['s']] == k], w)
    w = fit(cal, C); w = w / w[0]
    print(f'C={C}: cal left out {tuple(int(v) for v in tot)} vs today {td(cal)} of {len(cal)}; dev {ev(dev, w)} vs {td(dev)} of {len(dev)}')
    print('   ', json.dumps({n: round(float(v), 3) for n, v in zip(NAMES, w)}))
