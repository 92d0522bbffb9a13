#!/usr/bin/env python3
"""Turn a phrase-suite file (text<TAB>pub_date<TAB>expected) into documents and a gold
file in the format of ../shared/eval/seeds.gold.json, so that a run can be scored with
score.py (fact F1, field accuracy) like the held-out corpus:

    python3 scripts/phrases_to_gold.py tests/phrases/heldout3.tsv /tmp/h3
    cargo run -- run --input /tmp/h3/docs --output /tmp/h3/out
    python3 ../shared/eval/score.py --gold /tmp/h3/gold.json --out /tmp/h3/out
"""
import json, os, re, sys

KEYMAP = {'kg': 'quantity_kg', 'pills': 'pill_count', 'value': 'value_amount', 'currency': 'value_currency', 'agg': 'is_aggregate'}


def main(src, dest):
    os.makedirs(os.path.join(dest, 'docs'), exist_ok=True)
    docs = []
    for line in open(src, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        text, pub, exp = line.rstrip('\n').split('\t')
        name = f'case{len(docs):04}.txt'
        body = text.replace('\\n', '\n')
        if pub != '-':
            body = f'date {pub}\n' + body
        open(os.path.join(dest, 'docs', name), 'w', encoding='utf-8').write(body)
        facts = []
        for f in ([] if exp == 'none' else exp.split(' ; ')):
            table, rest = f.split('{', 1)
            d = {'table': table.strip()}
            kv = dict(p.split('=', 1) for p in re.split(r',(?=[a-z_]+=)', rest.rstrip('}')) if p)
            for k, v in kv.items():
                if k in ('start', 'end'):
                    continue
                key = KEYMAP.get(k, k)
                if k == 'type':
                    key = 'sentence_type' if d['table'] == 'sentences' else 'event_type'
                if k == 'parties':
                    v = v.split('+')
                elif k in ('kg', 'pills', 'value', 'count'):
                    v = float(v)
                elif k == 'agg':
                    v = v == 'true'
                d[key] = v
            if 'start' in kv or 'end' in kv:
                d['period'] = {'start': kv.get('start', kv.get('end')), 'end': kv.get('end', kv.get('start'))}
                if 'start' not in kv or 'end' not in kv:
                    d['period']['tol_days'] = 400
            facts.append(d)
        docs.append({'source': name, 'facts': facts})
    json.dump({'corpus': os.path.basename(src), 'docs': docs}, open(os.path.join(dest, 'gold.json'), 'w'), indent=1)
    print(f'{len(docs)} documents, {sum(len(d["facts"]) for d in docs)} facts -> {dest}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
