from gold_lib import *
from gold_lib import _

NG_WK = rng("2025-03-09", "2025-03-15", tol=2)
H1_25 = rng("2025-01-01", "2025-06-30")
TZ_OP = rng("2025-02-03", "2025-02-14")


def ng_facts():
    return [
        S(pills=12400000, val=1.79e10, cur="NGN", drug="tramadol", country="NGA", q="exact", agg=False,
          period=day("2025-03-11"), loc="Apapa", cluster="ng-apapa-tramadol"),
        S(kg=3.5, drug="cocaine", country="NGA", q="exact", agg=False, period=day("2025-03-13"),
          loc=["Murtala Muhammed", "Lagos"], cluster="ng-mmia-cocaine"),
        A(1, "NGA", "exact", False, day("2025-03-13"), cluster="ng-mmia-arrest"),
        A(142, "NGA", "exact", True, NG_WK, cluster="ng-week-arrests"),
        S(kg=8460, drug=["mixed", "unspecified"], country="NGA", q="exact", agg=True, period=NG_WK, cluster="ng-week-kg"),
    ]


DOCS = [
    D("ng_ndlea_week.txt",
      "NDLEA intercepts N17.9bn tramadol at Apapa, cocaine at Lagos airport; 142 arrested nationwide",
      "Lagos Daily Dispatch", "2025-03-16", None, ng_facts()),
    D("feeds/wire_2025.jsonl#1", "Police seize 1.2 tonnes of syabu worth RM39 million in Johor", "Peninsula Wire",
      "2025-06-03", None, [
          S(kg=1200, val=3.9e7, cur="MYR", drug="methamphetamine", country="MYS", q="exact", period=day("2025-06-01"),
            loc=["Johor", "Pasir Gudang"]),
          A(3, "MYS", "exact", False, day("2025-06-01")),
          N(1, "MYS", optional=True),
      ]),
    D("feeds/wire_2025.jsonl#2", "PDEA: P6.8-billion shabu seized in Pampanga warehouse", "Manila Metro Bulletin",
      "2025-04-24", None, [
          S(kg=1000, val=6.8e9, cur="PHP", drug="methamphetamine", country="PHL", q="approx", agg=False,
            period=day("2025-04-23"), loc="Pampanga"),
          A(3, "PHL", "exact", False, day("2025-04-23")),
          C("joint_operation", ["PHL"], period=day("2025-04-23")),
          S(kg=1400, drug="methamphetamine", country="PHL", optional=True),
      ]),
    D("feeds/wire_2025.jsonl#3", "Tajik agency reports 1.12 tonnes of drugs seized in first half of 2025", "Dushanbe Daily Report",
      "2025-07-15", None, [
          S(kg=1120, drug=["mixed", "unspecified"], country="TJK", q="exact", agg=True, period=H1_25),
          S(kg=560, drug="hashish", country="TJK", q="exact", agg=True, period=H1_25),
          S(kg=290, drug="heroin", country="TJK", q="exact", agg=True, period=H1_25),
          S(kg=270, drug="opium", country="TJK", q="exact", agg=True, period=H1_25),
          A(131, "TJK", "exact", True, H1_25),
          C("joint_operation", ["TJK", "AFG"], period=month(2025, 5)),
          C("training", ["TJK", "KGZ", "UZB", "UNODC"], period=month(2025, 6), loc="Dushanbe"),
      ]),
    D("feeds/wire_2025.jsonl#4", "DCEA seizes 2.3 tonnes of drugs in Dar es Salaam and Tanga operations", "Coastal Tribune Tanzania",
      "2025-02-18", None, [
          S(kg=2327.6, drug=["mixed", "unspecified"], country="TZA", q="exact", agg=True, period=TZ_OP),
          S(kg=1943, drug="cannabis", country="TZA", q="exact", agg=True, period=TZ_OP),
          S(kg=12.6, drug="heroin", country="TZA", q="exact", agg=True, period=TZ_OP),
          S(kg=372, optional=True),
          A(47, "TZA", "exact", True, TZ_OP),
      ]),
    D("feeds/wire_2025.jsonl#5", "Nigeria: NDLEA seizes tramadol worth N17.9bn at Apapa port, cocaine at Lagos airport",
      "West Africa Wire Service", "2025-03-17", "ng_ndlea_week.txt", ng_facts()),
    D("sn_kidira_cocaine.txt", "Senegal customs seize more than a tonne of cocaine near Mali border", "Dakar Observer",
      "2024-11-07", None, [
          S(kg=1137, val=9e10, cur="XOF", drug="cocaine", country="SEN", agg=False, period=day("2024-11-04"), loc="Kidira"),
          A(1, "SEN", "exact", False, day("2024-11-04")),
          S(kg=3000, drug="cocaine", country="SEN", q="at_least", agg=True, period=rng("2024-01-01", "2024-11-07", tol=3)),
      ]),
    D("cv_praia_ship.txt", "Cape Verde police seize 9.5 tonnes of cocaine from ship in joint operation with Portugal",
      "Atlantic Islands Report", "2025-01-31", None, [
          S(kg=9500, drug="cocaine", country=["CPV", "PRT"], q="exact", agg=False, period=day("2025-01-29"), loc="Praia"),
          A(11, ["CPV", "PRT"], "exact", False, day("2025-01-29", tol=1)),
          C("joint_operation", ["CPV", "PRT"], period=day("2025-01-29")),
      ]),
    D("za_durban_cocaine.txt", "Police seize cocaine worth R80 million at Durban harbour", "Highveld Mail", "2025-08-29", None, [
        S(kg=240, val=8e7, cur="ZAR", drug="cocaine", country="ZAF", q="approx", agg=False, period=day("2025-08-27"), loc="Durban"),
    ]),
    D("web/ke_mombasa_heroin.html", "Heroin worth Sh1.2bn seized aboard dhow off Mombasa", "Coastline Standard",
      "2025-03-05", None, [
          S(kg=400, val=1.2e9, cur="KES", drug="heroin", country="KEN", q="exact", agg=False, period=day("2025-03-04"),
            loc=["Shanzu", "Mombasa"]),
          A(7, "KEN", "exact", False, day("2025-03-04")),
          C("joint_operation", ["KEN"], period=day("2025-03-04")),
      ]),
]
