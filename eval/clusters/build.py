"""Writes clusters.jsonl from the hand-written articles in articles_*.py and checks every evidence string is in its text.

Run: python3 build.py  (then python3 ../../../shared/eval/validate.py clusters.jsonl ... to check the gold format)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles_a import ARTICLES
import articles_b, articles_c, articles_d  # noqa: F401  (they add to ARTICLES)

here = os.path.dirname(os.path.abspath(__file__))
bad = 0
with open(os.path.join(here, "clusters.jsonl"), "w", encoding="utf-8") as out:
    for a in ARTICLES:
        for i in a["incidents"]:
            if i["evidence"] not in a["text"]:
                print(f"{a['id']}: evidence not in text: {i['evidence'][:60]}", file=sys.stderr)
                bad += 1
        out.write(json.dumps(dict(source="written for Vigil (cluster gold set)", license="CC0-1.0", **a), ensure_ascii=False) + "\n")
clusters = {}
for a in ARTICLES:
    for i in a["incidents"]:
        clusters.setdefault(i["cluster"], []).append(a["id"])
multi = {c: ids for c, ids in clusters.items() if len(ids) > 1}
print(f"{len(ARTICLES)} articles, {sum(len(a['incidents']) for a in ARTICLES)} incident mentions, "
      f"{len(clusters)} clusters ({len(multi)} reported by more than one article)")
sys.exit(1 if bad else 0)
