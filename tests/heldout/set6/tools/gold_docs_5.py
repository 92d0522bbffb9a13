from gold_lib import *
from gold_lib import _

ORION = rng("2025-04-01", "2025-05-31")
MX_OP = rng("2025-09-30", "2025-10-01")
US_FY24 = rng("2023-10-01", "2024-09-30")

DOCS = [
    D("web/co_orion.html", "Orion campaign seizes 225 tonnes of cocaine in two months", "Andean Observer", "2025-06-10", None, [
        S(kg=225000, drug="cocaine", q="exact", agg=True, period=ORION),
        S(kg=51000, drug="cannabis", q="exact", agg=True, period=ORION),
        A(400, _, "exact", True, ORION),
        N(280, "COL", _, "exact", True, ORION),
        C("joint_operation", ["COL", "USA", "ESP", "PAN"], period=ORION),
    ]),
    D("ec_guayaquil_reuters.txt", "Ecuador seizes 22 tonnes of drugs in banana shipment, largest haul in its history", "Reuters",
      "2025-01-09", None, [
          S(kg=22200, drug=["cocaine", "mixed"], country="ECU", q="exact", agg=False, loc="Guayaquil"),
          A(14, "ECU", "exact", False),
          C("information_exchange", ["ECU"], optional=True, ev="intelligence from foreign partners"),
      ]),
    D("br_paranagua.txt", "Federal Police seize 2.7 tonnes of cocaine at Paranagua port", "Southern Cone Courier",
      "2025-09-04", None, [
          S(kg=2700, val=4e8, cur="BRL", drug="cocaine", country="BRA", agg=False, period=day("2025-09-03"), loc="Paranagua"),
          C("joint_operation", ["BRA"], period=day("2025-09-03")),
          S(kg=25000, drug="cocaine", country="BRA", q="exact", agg=True, period=rng("2025-01-01", "2025-08-31"), loc="Parana"),
      ]),
    D("mx_sinaloa_labs.txt", "Mexican army dismantles five synthetic drug labs in Sinaloa", "Pacific Coast Wire",
      "2025-10-02", None, [
          N(5, "MEX", _, "exact", _, MX_OP),
          S(kg=1500, drug="methamphetamine", country="MEX", q="exact", period=MX_OP, loc=["Culiacan", "Sinaloa"]),
          S(pills=350000, drug="fentanyl", country="MEX", q="approx", period=MX_OP, loc=["Culiacan", "Sinaloa"]),
          S(drug="precursors", optional=True),
          S(val=3.2e9, cur="MXN", optional=True),
          N(1200, "MEX", _, "at_least", True, rng("2024-10-01", "2025-10-01", tol=1)),
      ]),
    D("gt_peten_dea.txt", "Guatemalan police, DEA seize 1.4 tonnes of cocaine from light aircraft", "Central America Today",
      "2025-02-27", None, [
          S(kg=1400, drug="cocaine", country="GTM", q="approx", agg=False, period=day("2025-02-25"),
            loc=["Laguna del Tigre", "Peten"]),
          A(2, "GTM", "exact", False, day("2025-02-25")),
          C("joint_operation", ["GTM", "USA"], period=day("2025-02-25")),
      ]),
    D("pe_callao.txt", "Peru police seize 7.2 tonnes of cocaine at Callao port", "Lima Chronicle", "2025-03-12", None, [
        S(kg=7200, drug="cocaine", country="PER", q="exact", agg=False, period=day("2025-03-10"), loc="Callao"),
        A(2, "PER", "exact", False),
    ]),
    D("us_cbp_fy2024.txt", "CBP: fentanyl seizures at the border fell in fiscal 2024", "Capitol Border Report",
      "2024-11-14", None, [
          S(kg=21900 * LB, drug="fentanyl", country="USA", q="exact", agg=True, period=US_FY24),
          S(kg=151000 * LB, drug="methamphetamine", country="USA", q="exact", agg=True, period=US_FY24),
          S(kg=67000 * LB, drug="cocaine", country="USA", q="exact", agg=True, period=US_FY24),
          S(kg=27000 * LB, drug="fentanyl", country="USA", optional=True),
      ]),
]
