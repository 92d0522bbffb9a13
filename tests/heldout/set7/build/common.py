"""Helpers for building the heldout7 corpus and its gold facts."""
LB = 0.45359237
OZ = LB / 16


def P(start, end=None, tol=0):
    d = {"start": start, "end": end or start}
    if tol:
        d["tol_days"] = tol
    return d


def _base(table, opt, cluster):
    d = {"table": table}
    if opt:
        d["optional"] = True
    if cluster:
        d["cluster"] = cluster
    return d


def S(drug, country="-", q=None, agg=None, period=None, kg=None, pills=None, val=None, cur=None,
      loc=None, cluster=None, opt=False):
    d = _base("seizures", opt, cluster)
    if kg is not None:
        d["quantity_kg"] = round(kg, 4)
    if pills is not None:
        d["pill_count"] = pills
    if val is not None:
        d["value_amount"] = val
        d["value_currency"] = cur
    d["drug"] = drug
    if country != "-":
        d["country"] = country
    if q is not None:
        d["qualifier"] = q
    if agg is not None:
        d["is_aggregate"] = agg
    if period is not None:
        d["period"] = period
    if loc is not None:
        d["location"] = loc
    return d


def A(count, country="-", q=None, agg=None, period=None, cluster=None, opt=False):
    d = _base("arrests", opt, cluster)
    d["count"] = count
    if country != "-":
        d["country"] = country
    if q is not None:
        d["qualifier"] = q
    if agg is not None:
        d["is_aggregate"] = agg
    if period is not None:
        d["period"] = period
    return d


def SEN(stype, count, country="-", q=None, agg=None, period=None, cluster=None, opt=False):
    d = _base("sentences", opt, cluster)
    d["sentence_type"] = stype
    d["count"] = count
    if country != "-":
        d["country"] = country
    if q is not None:
        d["qualifier"] = q
    if agg is not None:
        d["is_aggregate"] = agg
    if period is not None:
        d["period"] = period
    return d


def N(count, country="-", scope="-", q=None, agg=None, period=None, cluster=None, opt=False):
    d = _base("network_disruptions", opt, cluster)
    d["count"] = count
    if country != "-":
        d["country"] = country
    if scope != "-":
        d["scope"] = scope
    if q is not None:
        d["qualifier"] = q
    if agg is not None:
        d["is_aggregate"] = agg
    if period is not None:
        d["period"] = period
    return d


def C(etype, parties, period=None, loc=None, count=None, ev=None, cluster=None, opt=False):
    d = _base("cooperation_events", opt, cluster)
    d["event_type"] = etype
    if parties is not None:
        d["parties"] = parties
    if count is not None:
        d["count"] = count
    if period is not None:
        d["period"] = period
    if loc is not None:
        d["location"] = loc
    if ev is not None:
        d["evidence_contains"] = ev
    return d


def optv(v):
    return {"value": v, "optional": True}


def doc(source, text, facts, title="-", outlet="-", date="-", dup=None, fmt="txt", record=None):
    """One gold document. title/outlet/date '-' = not scored."""
    g = {"source": source}
    if title != "-":
        g["title"] = title
    if outlet != "-":
        g["outlet"] = outlet
    if date != "-":
        g["published_date"] = date
    g["duplicate_of"] = dup
    g["facts"] = facts
    return {"gold": g, "text": text, "fmt": fmt, "record": record}
