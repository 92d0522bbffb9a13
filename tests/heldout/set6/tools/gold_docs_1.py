from gold_lib import *
from gold_lib import _

MAR25 = month(2025, 3)
IR1404_TO_MAY5 = rng("2025-03-21", "2025-05-05", tol=2)
FARVARDIN_1404 = rng("2025-03-21", "2025-04-20")
IR1403 = rng("2024-03-20", "2025-03-20")


def iq_march(with_sentences):
    facts = [
        A(412, "IRQ", "exact", True, MAR25, cluster="iq-mar25-arrests"),
        S(kg=38.5, drug="methamphetamine", country="IRQ", q="exact", period=MAR25, loc="Basra", cluster="iq-mar25-basra"),
        S(pills=1240000, drug="captagon", country="IRQ", q="exact", period=MAR25, loc="Anbar", cluster="iq-mar25-anbar"),
        S(kg=14, drug="hashish", country="IRQ", q="exact", period=MAR25, loc="Kirkuk", cluster="iq-mar25-kirkuk"),
        S(kg=9.3, drug="methamphetamine", country="IRQ", q="exact", period=MAR25, loc="Maysan", cluster="iq-mar25-maysan"),
        S(kg=6, drug="opium", country="IRQ", q="approx", period=MAR25, loc="Najaf", cluster="iq-mar25-najaf"),
    ]
    if with_sentences:
        facts.append(SN("death", 3, "IRQ", "exact", True, MAR25))
    return facts


DOCS = [
    D("iq_march_provinces.txt", "Iraq's narcotics directorate lists March hauls across five provinces", "Tigris Wire",
      "2025-04-02", None, iq_march(True)),
    D("wire/iq_march_provinces_repost.txt", "IRAQ: Narcotics directorate details March seizures by province",
      "Mesopotamia Daily Monitor", "2025-04-03", "iq_march_provinces.txt", iq_march(False)),
    D("ir_saravan_opium.txt", "Police seize over three tonnes of opium in Saravan border strip", "Pars Crescent News Agency",
      "2025-05-05", None, [
          S(kg=3215, drug="opium", country="IRN", q="exact", agg=False, period=day("2025-05-03"), loc="Saravan"),
          A(2, "IRN", "exact", False, day("2025-05-03")),
          S(kg=48000, drug=["mixed", "unspecified"], country="IRN", q="exact", agg=True, period=IR1404_TO_MAY5),
          S(kg=39000, drug="opium", country="IRN", q="exact", agg=True, period=IR1404_TO_MAY5),
      ]),
    D("ir_1403_annual.txt", "Iran reports 1,183 tonnes of drugs seized in past Iranian year", "Tehran Evening Gazette",
      "2025-06-26", None, [
          S(kg=1183000, drug=["mixed", "unspecified"], country="IRN", q="exact", agg=True, period=IR1403, cluster="irn-1403-total"),
          S(kg=905000, drug="opium", country="IRN", q="exact", agg=True, period=IR1403),
          S(kg=118000, drug="hashish", country="IRN", q="exact", agg=True, period=IR1403),
          S(kg=41600, drug="methamphetamine", country="IRN", q="exact", agg=True, period=IR1403),
          S(kg=22000, drug="heroin", country="IRN", q="exact", agg=True, period=IR1403),
          S(kg=9000, drug="morphine", country="IRN", q="exact", agg=True, period=IR1403),
          N(1412, "IRN", [None], "exact", True, IR1403),
          N(388, "IRN", "international", "exact", True, IR1403),
          A(245000, "IRN", "exact", True, IR1403, cluster="irn-1403-arrests"),
          C("mou", ["IRN", "UNODC"], period=day("2025-06-26")),
      ]),
    D("iq_umm_qasr_correction.txt", "Customs foil cocaine shipment at Umm Qasr port", "Basra Observer", "2025-05-18", None, [
        S(kg=236, drug="cocaine", country="IRQ", q="exact", agg=False, period=day("2025-05-17"), loc="Umm Qasr"),
        A(3, "IRQ", "exact", False, day("2025-05-17")),
    ]),
    D("iq_nineveh_joint_syria.txt", "Iraqi and Syrian forces dismantle Captagon network in joint operation", "Nineveh Voice",
      "2025-08-21", None, [
          C("joint_operation", ["IRQ", "SYR"], period=day("2025-08-19")),
          N(1, ["IRQ", "SYR"], "international", "exact", False, day("2025-08-19")),
          A(7, "IRQ", "exact", False, day("2025-08-19")),
          S(pills=1800000, drug="captagon", country="IRQ", q="exact", agg=False, period=day("2025-08-19"), loc="Rabia"),
          S(kg=220, drug="precursors", country="SYR", q="exact", agg=False, loc="Hasakah"),
          N(1, "SYR", optional=True),
          C("information_exchange", ["IRQ", "SYR"], optional=True, ev="intelligence exchanged"),
      ]),
    D("iq_kirkuk_conference.txt", "Kirkuk hosts awareness conference on youth addiction", "Kirkuk Now Daily", "2025-06-09", None, []),
    D("ir_farvardin_kerman.txt", "Kerman police: over 11 tonnes of narcotics seized in Farvardin", "IRNEWS Online",
      "2025-04-22", None, [
          S(kg=11400, drug=["mixed", "unspecified"], country="IRN", q="exact", agg=True, period=FARVARDIN_1404, loc="Kerman"),
          S(kg=9750, drug="opium", country="IRN", q="exact", agg=True, period=FARVARDIN_1404, loc="Kerman"),
          S(kg=120, drug="methamphetamine", country="IRN", q="exact", agg=True, period=FARVARDIN_1404, loc="Kerman"),
          A(563, "IRN", "exact", True, FARVARDIN_1404),
          N(14, "IRN", _, "exact", True, FARVARDIN_1404),
      ]),
    D("ir_hormozgan_hashish.txt", "Coast guard seizes one and a half tonnes of hashish off Jask", "Gulf Maritime Report",
      "2025-07-12", None, [
          S(kg=1500, val=1.5e12, cur="IRR", drug="hashish", country="IRN", agg=False, period=day("2025-07-10"), loc="Jask"),
          A(3, "IRN", "exact", False, day("2025-07-10")),
          S(kg=400, drug="methamphetamine", country="IRN", q="at_most", agg=False, period=month(2025, 7), loc="Qeshm"),
      ]),
]
