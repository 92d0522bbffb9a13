from gold_lib import *
from gold_lib import _

PK24 = rng("2025-02-26", "2025-02-27", tol=1)
AF_WK = rng("2025-06-30", "2025-07-06", tol=2)
SG_OP = rng("2025-03-03", "2025-03-07")
IN_FY2425 = rng("2024-04-01", "2025-03-31")

DOCS = [
    D("pk_anf_nine_ops.txt", "ANF recovers drugs worth Rs1.2bn in nine operations, 11 held", "Daily Frontier Times",
      "2025-02-27", None, [
          S(kg=286.6, val=1.2e9, cur="PKR", drug=["mixed", "unspecified"], country="PAK", q="exact", agg=True, period=PK24),
          A(11, "PAK", "exact", True, PK24),
          S(kg=1.2, drug="methamphetamine", country="PAK", q="exact", agg=False, period=PK24, loc="Islamabad"),
          S(kg=150, drug="hashish", country="PAK", q="exact", agg=False, period=PK24, loc=["Hub", "Lasbela"]),
          A(2, "PAK", "exact", False, PK24),
          S(kg=84, drug="opium", country="PAK", q="exact", agg=False, period=PK24, loc="Peshawar"),
          S(kg=12, drug="heroin", country="PAK", q="exact", agg=False, period=PK24, loc="Peshawar"),
          S(pills=24000, drug="tramadol", country="PAK", q="exact", agg=False, period=PK24, loc=["Karachi", "Gulistan"]),
          S(kg=39.4, drug="hashish", country="PAK", q="exact", agg=False, period=PK24, loc="Quetta"),
      ]),
    D("pk_chagai_fc.txt", "FC seizes 3.2 tonnes of hashish, 150 kg heroin in Chagai", "Quetta Courier", "2025-08-17", None, [
        S(kg=3200, val=12e6, cur="USD", drug="hashish", country="PAK", q="exact", agg=False, period=day("2025-08-16"), loc="Chagai"),
        S(kg=150, val=8e6, cur="USD", drug="heroin", country="PAK", q="exact", agg=False, period=day("2025-08-16"), loc="Chagai"),
        A(2, "PAK", "exact", False, day("2025-08-16")),
    ]),
    D("archive/af_weekly.txt.gz", "Afghan counter-narcotics police report week's seizures in three provinces", "Kabul Chronicle",
      "2025-07-07", None, [
          S(kg=2300, drug="mixed", country="AFG", q="exact", agg=True, period=AF_WK),
          A(67, "AFG", "exact", True, AF_WK),
          S(pills=1800000, drug="methamphetamine", country="AFG", q="exact", agg=False, period=day("2025-07-05"), loc="Herat"),
      ]),
    D("in_dri_mundra_tramadol.txt", "DRI seizes 12 lakh tramadol tablets bound for West Africa at Mundra", "Western India Herald",
      "2025-03-08", None, [
          S(pills=1200000, val=3e7, cur="INR", drug="tramadol", country="IND", q="exact", agg=False, loc="Mundra"),
          A(1, "IND", "exact", False),
      ]),
    D("in_gujarat_icg_ats.txt", "Coast Guard, Gujarat ATS seize 300 kg meth worth Rs 1,800 crore off Porbandar", "Coastal Express",
      "2025-04-14", None, [
          S(kg=300, val=1.8e10, cur="INR", drug="methamphetamine", country="IND", agg=False,
            period=rng("2025-04-12", "2025-04-13", tol=1), loc="Porbandar"),
          C("joint_operation", ["IND"], period=rng("2025-04-12", "2025-04-13", tol=1)),
      ]),
    D("in_odisha_ganja.txt", "Excise officials seize 89 kg 940 g of ganja in Koraput, two held", "Eastern Sentinel",
      "2025-09-23", None, [
          S(kg=89.94, val=9e5, cur="INR", drug="cannabis", country="IND", agg=False, period=day("2025-09-22"), loc="Sunki"),
          A(2, "IND", "exact", False, day("2025-09-22")),
          S(kg=123450, drug="cannabis", country="IND", q="exact", agg=True, period=IN_FY2425, loc="Koraput"),
      ]),
    D("bd_teknaf_yaba.txt", "BGB seizes 2 lakh yaba tablets, crystal meth in Teknaf", "Chattogram Tribune", "2025-10-17", None, [
        S(pills=200000, val=6e7, cur="BDT", drug="methamphetamine", country="BGD", q="exact", agg=False,
          period=day("2025-10-16"), loc="Teknaf"),
        S(kg=1.5, drug="methamphetamine", country="BGD", q="exact", agg=False, period=day("2025-10-16"), loc="Teknaf"),
    ]),
    D("lk_navy_trawler.txt", "Navy seizes heroin and ice from trawler in southern seas", "Lanka Harbour News", "2025-05-27", None, [
        S(kg=300, drug="methamphetamine", country="LKA", q="exact", agg=False, period=day("2025-05-24")),
        S(kg=200, drug="heroin", country="LKA", q="exact", agg=False, period=day("2025-05-24")),
        A(6, "LKA", "exact", False, day("2025-05-24")),
        C("joint_operation", ["LKA"], period=day("2025-05-24")),
    ]),
    D("sg_cnb_islandwide.txt", "97 suspected drug offenders arrested in islandwide CNB operation", "Lion City Ledger",
      "2025-03-10", None, [
          A(97, "SGP", "exact", True, SG_OP),
          S(kg=1.016, drug="heroin", country="SGP", q="approx", agg=True, period=SG_OP),
          S(kg=2.09, drug="methamphetamine", country="SGP", q="approx", agg=True, period=SG_OP),
          S(kg=0.045, drug="cannabis", country="SGP", q="approx", agg=True, period=SG_OP),
          S(pills=1285, drug="mdma", country="SGP", q="exact", agg=True, period=SG_OP),
          S(pills=120, optional=True),
          S(val=295000, cur="SGD", drug=["mixed", "unspecified"], country="SGP", q="approx", agg=True, period=SG_OP),
      ]),
    D("web/th_chiang_rai.html", "Thai police seize 12.5 million meth pills in Chiang Rai", "Bangkok Morning Wire",
      "2025-02-19", None, [
          S(pills=12500000, drug="methamphetamine", country="THA", q="exact", agg=False, period=day("2025-02-18"), loc="Mae Sai"),
          S(kg=1200, drug="methamphetamine", country="THA", q="exact", agg=False, period=day("2025-02-18"), loc="Mae Sai"),
          A(3, "THA", "exact", False, day("2025-02-18")),
          C("joint_operation", ["THA"], period=day("2025-02-18")),
          C("joint_operation", ["CHN", "LAO", "MMR", "THA"]),
          S(pills=190000000, drug="methamphetamine", q="at_least", agg=True, period=year(2024)),
      ]),
]
