from gold_lib import *
from gold_lib import _

Y2024 = year(2024)
AU_FY2324 = rng("2023-07-01", "2024-06-30")
IR1403 = rng("2024-03-20", "2025-03-20")
INTERPOL_OP = rng("2025-02-01", "2025-04-30")


def fr_facts():
    return [
        S(kg=53500, drug="cocaine", country="FRA", q="exact", agg=True, period=Y2024, cluster="fra-2024-cocaine"),
        S(kg=71000, drug="hashish", country="FRA", q="exact", agg=True, period=Y2024, cluster="fra-2024-resin"),
        S(kg=19000, drug="cannabis", country="FRA", q="exact", agg=True, period=Y2024, cluster="fra-2024-herbal"),
        S(pills=1200000, drug="mdma", country="FRA", q="at_least", agg=True, period=Y2024, cluster="fra-2024-mdma"),
        S(kg=28000, drug="cocaine", country="FRA", q="exact", agg=True, period=Y2024, loc="Le Havre", cluster="fra-2024-lehavre"),
    ]


def au_facts(with_fy):
    f = [
        S(kg=2340, val=7.6e8, cur="AUD", drug="cocaine", country="AUS", agg=False, loc=["Port Botany", "Sydney"],
          cluster="au-botany-cocaine"),
        A(3, "AUS", "exact", False, day("2025-09-16"), cluster="au-botany-arrests"),
        C("joint_operation", ["AUS"], cluster="au-botany-joint"),
    ]
    if with_fy:
        f.append(S(kg=38200, drug=["mixed", "unspecified"], country="AUS", q="exact", agg=True, period=AU_FY2324))
    return f


DOCS = [
    D("wire/fr_customs_2024_afp.txt", "French customs seized record 53.5 tonnes of cocaine in 2024", "AFP", "2025-02-11", None,
      fr_facts()),
    D("web/fr_customs_2024_copy.html", "France: customs cocaine seizures hit record in 2024", opt("Riviera Post"), "2025-02-12",
      "wire/fr_customs_2024_afp.txt", fr_facts()),
    D("web/uk_liverpool_sentencing.html", "Five jailed for a combined 62 years over cocaine plot run through Liverpool docks",
      "Mersey Evening Record", "2025-03-08", None, [
          S(kg=140, drug="cocaine", country="GBR", q="exact", agg=False, period=month(2023, 6), loc="Seaforth"),
          A(6, "GBR", "exact", False, month(2023, 11)),
          SN("prison", 5, "GBR", "exact", False, day("2025-03-07")),
          SN("prison", 1, optional=True),
          SN("prison", 4, optional=True),
      ]),
    D("es_barbate_hashish.txt", "Guardia Civil intercepts narco-launch with hashish off Cadiz", "Costa del Sol Bulletin",
      "2025-07-15", None, [
          S(kg=300, drug="hashish", optional=True),
          S(kg=400, drug="hashish", optional=True),
          S(kg=350, drug="hashish", optional=True),
          A(3, "ESP", "exact", False, day("2025-07-13")),
          C("joint_operation", ["ESP", "MAR"]),
          N(1, ["ESP", "MAR"], _, "exact"),
          A(23, "ESP", "exact"),
          A(9, "MAR", "exact"),
          S(kg=20000, drug="hashish", country=["ESP", "MAR"], q="exact"),
      ]),
    D("be_antwerp_2024.txt", "Antwerp cocaine seizures fall to 44 tonnes in 2024", "Low Countries Report", "2025-01-15", None, [
        S(kg=44000, drug="cocaine", country="BEL", q="exact", agg=True, period=Y2024, loc="Antwerp"),
        S(kg=116000, drug="cocaine", country="BEL", optional=True),
        S(kg=23000, drug="cocaine", country="NLD", q="approx", agg=True, period=Y2024, loc="Rotterdam"),
        C("mou", ["BEL", "NLD"], period=month(2024, 10)),
    ]),
    D("it_sicily_bales.txt", "Italian police recover 5.3 tonnes of cocaine floating off Sicily", "Mediterranean Gazette",
      "2025-04-19", None, [
          S(kg=5300, val=8.5e8, cur="EUR", drug="cocaine", country="ITA", agg=False, period=day("2025-04-17"),
            loc=["Sicily", "Porto Empedocle"]),
      ]),
    D("pl_amphetamine_lab.txt", "Polish police dismantle amphetamine lab, seize 370 kg of drug", "Vistula News Service",
      "2025-05-21", None, [
          N(1, "POL", _, "exact", False, day("2025-05-19")),
          S(kg=370, drug="amphetamine", country="POL", q="exact", agg=False, period=day("2025-05-19"), loc="Lodz"),
          S(drug="precursors", optional=True),
          A(4, "POL", "exact", False, day("2025-05-19")),
          N(27, "POL", _, "exact", True, Y2024),
      ]),
    D("de_cannabis_debate.txt", "Bundestag debates future of cannabis law as evaluation looms", "Rhine Political Review",
      "2025-10-03", None, []),
    D("sc_drug_deaths_health.txt", None, None, "2025-09-02", None, []),
    D("web/au_port_botany.html", "2.34 tonnes of cocaine found in sea containers at Port Botany", "Harbour City Herald",
      "2025-09-18", None, au_facts(True)),
    D("wire/au_port_botany_repost.txt", "Cocaine haul worth A$760m seized at Sydney's Port Botany", "Pacific News Roundup",
      "2025-09-19", "web/au_port_botany.html", au_facts(False)),
    D("id_medan_death.txt", "Indonesian court sentences six to death over 1.2-tonne meth haul", "Archipelago Post",
      "2025-01-22", None, [
          SN("death", 6, "IDN", "exact", False, day("2025-01-21")),
          SN("life", 2, "IDN", "exact", False, day("2025-01-21")),
          SN("prison", 3, "IDN", "exact", False, day("2025-01-21")),
          S(kg=1200, drug="methamphetamine", country="IDN", q="approx", agg=False, period=month(2024, 4), loc="Aceh Tamiang"),
          SN("death", 500, optional=True),
      ]),
    D("vn_hanoi_trial.txt", "Vietnam sentences 10 to death in cross-border heroin trial", "Red River Chronicle",
      "2025-08-28", None, [
          SN("death", 10, "VNM", "exact", False, day("2025-08-27")),
          SN("life", 4, "VNM", "exact", False, day("2025-08-27")),
          SN("prison", 13, "VNM", "exact", False, day("2025-08-27")),
          S(kg=212, drug="heroin", country="VNM", q="exact", agg=False, period=month(2023, 6)),
          N(1, "VNM", optional=True),
      ]),
    D("kz_labs_2024.txt", None, "Steppe Bulletin", "2025-01-29", None, [
        N(42, "KAZ", _, "exact", True, Y2024),
        S(kg=2800, drug=["unspecified", "mixed"], country="KAZ", q="exact", agg=True, period=Y2024),
        S(kg=35000, drug=["mixed", "unspecified"], country="KAZ", q="approx", agg=True, period=Y2024),
        A(1430, "KAZ", "exact", True, Y2024),
    ]),
    D("iq_sa_mou_training.txt", "Iraq and Saudi Arabia sign anti-narcotics memorandum in Riyadh", "Gulf & Iraq Security Digest",
      "2025-03-02", None, [
          C("mou", ["IRQ", "SAU"], period=day("2025-03-01"), loc="Riyadh"),
          C("information_exchange", ["IRQ", "SAU"], optional=True, ev="communication channel"),
          C("training", ["IRQ", "JOR", "UNODC"], period=month(2025, 2), loc="Amman"),
      ]),
    D("interpol_operation.txt", "INTERPOL operation nets 76 tonnes of cocaine across three continents", "Global Security Wire",
      "2025-05-29", None, [
          S(kg=76000, drug="cocaine", q="exact", agg=True, period=INTERPOL_OP),
          S(kg=13500, drug="cannabis", q="exact", agg=True, period=INTERPOL_OP),
          S(val=2.6e9, cur="USD", drug=["mixed", "unspecified"], q="approx", agg=True, period=INTERPOL_OP),
          A(420, _, "exact", True, INTERPOL_OP),
          N(5, _, "international", "exact", True, INTERPOL_OP),
          C("joint_operation", ["INTERPOL"], period=INTERPOL_OP),
      ]),
    D("ir_pakistan_meeting.txt", "Iranian official: nearly 1,200 tonnes of drugs seized last year", "Caspian Daily",
      "2025-07-01", None, [
          S(kg=1200000, drug=["mixed", "unspecified"], country="IRN", q="at_most", agg=True, period=IR1403,
            cluster="irn-1403-total"),
          A(245000, "IRN", "approx", True, IR1403, cluster="irn-1403-arrests"),
          C("meeting", ["IRN", "PAK"], period=day("2025-06-25"), loc="Islamabad"),
          C(["information_exchange", "mou"], ["IRN", "PAK"], optional=True, ev="hotline"),
      ]),
]
