"""Helpers to write the held-out gold in the format of shared/eval/seeds.gold.json."""
import calendar

_ = object()  # sentinel: field omitted (not scored)


def day(d, tol=0):
    p = {"start": d, "end": d}
    if tol:
        p["tol_days"] = tol
    return p


def rng(a, b, tol=0):
    p = {"start": a, "end": b}
    if tol:
        p["tol_days"] = tol
    return p


def month(y, m, tol=0):
    last = calendar.monthrange(y, m)[1]
    return rng(f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", tol)


def year(y):
    return rng(f"{y}-01-01", f"{y}-12-31")


def _put(d, **kw):
    for k, v in kw.items():
        if v is not _:
            d[k] = v
    return d


def S(kg=_, pills=_, val=_, cur=_, drug=_, country=_, q=_, agg=_, period=_, loc=_, cluster=_, optional=_):
    f = {"table": "seizures"}
    _put(f, quantity_kg=kg, pill_count=pills, value_amount=val, value_currency=cur, drug=drug,
         country=country, qualifier=q, is_aggregate=agg, period=period, location=loc, cluster=cluster,
         optional=optional)
    return f


def A(count, country=_, q=_, agg=_, period=_, cluster=_, optional=_):
    return _put({"table": "arrests", "count": count}, country=country, qualifier=q, is_aggregate=agg,
                period=period, cluster=cluster, optional=optional)


def SN(stype, count, country=_, q=_, agg=_, period=_, cluster=_, optional=_):
    return _put({"table": "sentences", "sentence_type": stype, "count": count}, country=country, qualifier=q,
                is_aggregate=agg, period=period, cluster=cluster, optional=optional)


def C(etype, parties, count=_, period=_, loc=_, ev=_, cluster=_, optional=_):
    return _put({"table": "cooperation_events", "event_type": etype, "parties": parties}, count=count,
                period=period, location=loc, evidence_contains=ev, cluster=cluster, optional=optional)


def N(count, country=_, scope=_, q=_, agg=_, period=_, cluster=_, optional=_):
    return _put({"table": "network_disruptions", "count": count}, country=country, scope=scope, qualifier=q,
                is_aggregate=agg, period=period, cluster=cluster, optional=optional)


def D(source, title=_, outlet=_, date=_, dup=_, facts=()):
    d = {"source": source}
    _put(d, title=title, outlet=outlet, published_date=date, duplicate_of=dup)
    d["facts"] = list(facts)
    return d


def opt(v):
    return {"value": v, "optional": True}


LB = 0.45359237  # kg per pound
