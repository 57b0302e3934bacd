"""Align the multilingual (USE) question-passage similarity to the dense retrieval embedder's scale, on English
questions of the given scenario folders (no expected decisions are read: only the two similarities), by least
squares MiniLM_cos ~ a * USE_cos + b over the five passages MiniLM ranks highest for each question.

    .venv/bin/python scripts/align_multilingual.py SCENARIO_DIR...

Put a and b into appliance/answering/policy_config.json as multilingual_scale / multilingual_shift (DESIGN-NOTES).
"""
import asyncio
import sys
import tempfile
from pathlib import Path

import numpy as np
from appliance.settings import Settings
from appliance.container import build_container
from appliance.scenarios import build_scenario, load_scenario, serve_folder


async def main() -> None:
    xs, ys = [], []
    for folder in sys.argv[1:]:
        scenario = load_scenario(Path(folder))
        with tempfile.TemporaryDirectory() as scratch:
            settings = Settings().model_copy(update={"data_dir": Path(scratch)})
            settings.database.url = ""
            settings.retrieval.vector_uri = ""
            with serve_folder(scenario.folder) as url_base:
                c = await build_container(settings, extra_allowed_hosts=("127.0.0.1",))
                built = build_scenario(c, scenario, url_base=url_base, password="align-password-not-used")
                await c.worker.run_pending()
                passages = []
                for sid in built.source_ids.values():
                    passages += c.store.document_passages(doc_kind="source", doc_id=sid)
                texts = [p.text for p in passages]
                mini = np.asarray(c.embedder.embed(texts))
                use = np.asarray(c.multilingual.embed(texts))
                for q in scenario.questions:
                    if (q.language or "en") != "en":
                        continue
                    m = mini @ np.asarray(c.embedder.embed([q.question])[0])
                    u = use @ np.asarray(c.multilingual.embed([q.question])[0])
                    for j in np.argsort(-m)[:5]:
                        xs.append(u[j])
                        ys.append(m[j])
                await c.aclose()
    xs, ys = np.array(xs), np.array(ys)
    a, b = np.polyfit(xs, ys, 1)
    print(f"pairs={len(xs)} correlation={np.corrcoef(xs, ys)[0, 1]:.3f} "
          f"multilingual_scale={a:.3f} multilingual_shift={b:.3f}")


if __name__ == "__main__":
    asyncio.run(main())
