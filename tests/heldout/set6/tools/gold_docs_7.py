from gold_lib import *
from gold_lib import _

H1_25 = rng("2025-01-01", "2025-06-30")

DOCS = [
    D("iq_judiciary_h1.txt", "Judicial council: Iraqi courts issued 1,742 drug verdicts in first half of 2025",
      "Baghdad Legal Monitor", "2025-07-20", None, [
          SN("unspecified", 1742, "IRQ", "exact", True, H1_25),
          SN("death", 57, "IRQ", "exact", True, H1_25),
          SN("life", 318, "IRQ", "exact", True, H1_25),
          SN("prison", 1367, "IRQ", "exact", True, H1_25),
      ]),
    D("bh_court_causeway.txt", "Bahrain court jails eight over hashish smuggling via King Fahd Causeway", "Manama Chronicle",
      "2025-06-11", None, [
          SN("life", 5, "BHR", "exact", False, day("2025-06-10")),
          SN("prison", 3, "BHR", "exact", False, day("2025-06-10")),
          S(kg=45, drug="hashish", country="BHR", q="exact", agg=False, period=month(2025, 3), loc="King Fahd Causeway"),
      ]),
]
