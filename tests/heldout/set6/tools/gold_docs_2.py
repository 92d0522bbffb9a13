from gold_lib import *
from gold_lib import _

ZATCA_WK = rng("2025-04-03", "2025-04-09")
Y2024 = year(2024)
EG24 = rng("2025-03-21", "2025-03-22", tol=1)
SY_SINCE_DEC = rng("2024-12-01", "2025-06-15", tol=1)
BEKAA_WE = rng("2025-10-04", "2025-10-05")

DOCS = [
    D("sa_zatca_week.txt", "ZATCA foils six smuggling attempts at land, sea and air ports", "Riyadh Gazette English Edition",
      "2025-04-10", None, [
          S(pills=1463000, drug="captagon", country="SAU", q="exact", agg=False, period=ZATCA_WK, loc="Haditha"),
          S(kg=4.7, drug="methamphetamine", country="SAU", q="exact", agg=False, period=ZATCA_WK, loc="King Fahd Causeway"),
          S(pills=12500, drug="tramadol", country="SAU", q="exact", agg=False, period=ZATCA_WK, loc="Jeddah"),
          S(kg=2.1, drug="cocaine", country="SAU", q="exact", agg=False, period=ZATCA_WK, loc="King Khalid"),
          S(pills=268000, drug="captagon", country="SAU", q="exact", agg=False, period=ZATCA_WK, loc="Batha"),
          S(kg=3, drug="hashish", country="SAU", q="exact", agg=False, period=ZATCA_WK, loc="Jeddah"),
          A(None, "SAU", optional=True),
          C("joint_operation", ["SAU"], optional=True, ev="General Directorate of Narcotics Control"),
      ]),
    D("web/ae_dubai_captagon.html", "Dubai Police seize 86 million Captagon pills worth Dh3.4bn", "Emirates Daily Ledger",
      "2025-05-14", None, [
          S(kg=13000, pills=86000000, val=3.4e9, cur="AED", drug="captagon", country="ARE", agg=False, loc="Jebel Ali"),
          A(6, "ARE", "exact", False),
          N(1, "ARE", "international", "exact", False),
      ]),
    D("feeds/gulf_digest.json#1", "Kuwait: 38 kilograms of shabu and 120,000 Lyrica capsules seized", "Kuwait Morning Post",
      "2025-03-18", None, [
          S(kg=38, drug="methamphetamine", country="KWT", q="exact", agg=False, loc="Jleeb"),
          S(pills=120000, drug=["unspecified", "pregabalin"], country="KWT", q="exact", agg=False, loc="Jleeb"),
          A(3, "KWT", "exact", False),
      ]),
    D("feeds/gulf_digest.json#2", "Customs foil attempt to smuggle hashish through Hamad Port", "Doha Harbour Times",
      "2025-07-30", None, [
          S(kg=4.3, drug="hashish", country="QAT", q="exact", agg=False, loc="Hamad Port"),
      ]),
    D("feeds/gulf_digest.json#3", "ROP arrests 8 infiltrators carrying hashish, crystal off Al Wusta coast", "Oman Coastal Observer",
      "2025-09-02", None, [
          S(kg=1300, drug="hashish", country="OMN", q="exact", agg=False, period=day("2025-09-01"), loc="Wusta"),
          S(kg=36, drug="methamphetamine", country="OMN", q="exact", agg=False, period=day("2025-09-01"), loc="Wusta"),
          A(8, "OMN", "exact", False, day("2025-09-01")),
          C("joint_operation", ["OMN"], optional=True, ev="in coordination with"),
      ]),
    D("jo_border_dawn.txt", "Army foils infiltration attempt on northern border, four smugglers killed", "Amman Herald",
      "2025-01-24", None, [
          S(pills=286000, drug="captagon", country="JOR", q="exact", agg=False, period=day("2025-01-23")),
          S(drug="hashish", country="JOR", optional=True),
      ]),
    D("lb_bekaa_factories.txt", "Lebanese army raids two Captagon factories in Bekaa", "Cedar Line News", "2025-10-06", None, [
        N(2, "LBN", _, "exact", _, BEKAA_WE),
        S(pills=4000000, drug="captagon", country="LBN", q="approx", period=BEKAA_WE, loc=["Bekaa", "Hermel", "Yammouneh"]),
        S(kg=500, drug="precursors", country="LBN", q="approx", period=BEKAA_WE, loc=["Bekaa", "Hermel", "Yammouneh"]),
        C("joint_operation", ["LBN"], optional=True, ev="competent judiciary"),
    ]),
    D("sy_damascus_captagon.txt", "Syria says it seized 12 million Captagon pills in Damascus countryside", "Levant Monitor",
      "2025-06-16", None, [
          S(pills=12000000, drug="captagon", country="SYR", q="approx", agg=False, period=day("2025-06-15"), loc="Dumayr"),
          A(4, "SYR", "exact", False, day("2025-06-15")),
          S(pills=200000000, drug="captagon", country="SYR", q="at_least", agg=True, period=SY_SINCE_DEC),
          N(15, "SYR", _, "exact", True, SY_SINCE_DEC),
      ]),
    D("archive/tr_2024_totals.txt.gz", "Turkey's interior minister lists record 2024 drug haul", "Anatolian Ledger",
      "2025-01-08", None, [
          S(kg=48500, drug="hashish", country="TUR", q="exact", agg=True, period=Y2024, cluster="tur-2024-hashish"),
          S(kg=2900, drug="methamphetamine", country="TUR", q="exact", agg=True, period=Y2024),
          S(pills=15200000, drug="mdma", country="TUR", q="exact", agg=True, period=Y2024),
          S(kg=1760, drug="heroin", country="TUR", q="exact", agg=True, period=Y2024),
          S(kg=2100, drug="cocaine", country="TUR", q="exact", agg=True, period=Y2024),
          S(pills=132000000, drug="captagon", country="TUR", q="exact", agg=True, period=Y2024),
          A(24357, "TUR", "exact", True, Y2024, cluster="tur-2024-arrests"),
          A(9805, "TUR", optional=True),
          N(312, "TUR", [None], "exact", True, Y2024),
          N(46, "TUR", "international", "exact", True, Y2024),
      ]),
    D("tr_mersin_cocaine.txt", "Police seize 1.2 tonnes of cocaine in banana container at Mersin", "Aegean Report",
      "2025-02-13", None, [
          S(kg=1200, drug="cocaine", country="TUR", q="exact", agg=False, loc="Mersin"),
          A(4, "TUR", "exact", False),
          S(kg=49000, drug="hashish", country="TUR", q="at_most", agg=True, period=Y2024, cluster="tur-2024-hashish"),
          A(24000, "TUR", "at_least", True, Y2024, cluster="tur-2024-arrests"),
      ]),
    D("eg_24hours.txt", "Interior Ministry: drugs worth LE 2bn seized in nationwide campaigns", "Nile Evening Post",
      "2025-03-22", None, [
          S(val=2e9, cur="EGP", drug=["mixed", "unspecified"], country="EGY", q="approx", agg=True, period=EG24),
          S(kg=1200, drug="hashish", country="EGY", q="exact", agg=True, period=EG24),
          S(kg=95, drug="heroin", country="EGY", q="exact", agg=True, period=EG24),
          S(pills=410000, drug="tramadol", country="EGY", q="exact", agg=True, period=EG24),
          A(1214, "EGY", "exact", True, EG24),
      ]),
]
