"""Helpers shared by the held-out sets' part files (`from common import *`): fact and document builders."""
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


def html_page(title, site, iso, byline, paras, related, nav=("Home", "World", "Region", "Business", "Sport"), year="2025",
              table=None):
    """An article page with boilerplate: cookie banner, nav, related links, footer. `table` is inserted as raw HTML
    after the paragraph whose index it names: (index, html)."""
    out = []
    for i, p in enumerate(paras):
        if p.strip():
            out.append("<p>%s</p>" % p.strip())
        if table and table[0] == i:
            out.append(table[1].strip())
    ps = "\n".join(out)
    rel = "\n".join("<li><a href=\"/story/%d\">%s</a></li>" % (i + 101, r) for i, r in enumerate(related))
    navs = "".join("<li><a href=\"/%s\">%s</a></li>" % (n.lower(), n) for n in nav)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{iso}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="cookie-banner" class="cookies">We use cookies to improve your experience and for advertising. By continuing to browse you accept our <a href="/privacy">privacy policy</a>. <button>Accept all</button> <button>Manage settings</button></div>
<header><a class="brand" href="/">{site}</a><nav><ul>{navs}</ul></nav><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">{byline}</p>
{ps}
</article>
<aside class="related"><h3>Related stories</h3><ul>
{rel}
</ul></aside>
<div class="newsletter">Get the morning briefing in your inbox. <a href="/newsletter">Sign up</a></div>
</main>
<footer><p>&copy; {year} {site}. All rights reserved.</p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""
