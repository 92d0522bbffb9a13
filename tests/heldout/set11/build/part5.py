from common import *

# Part 5: an ASEANAPOL/UNODC multi-country operation, a JSON-array Central Asia digest with its own field names,
# a Markdown week in review (cross-document cluster with 020), a no-fact trap story, and a PNG-Australia MoU.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 047 ASEANAPOL-coordinated operation, UNODC support
NOV = P("2025-11-01", "2025-11-30")
DOCS.append(doc("047_aseanapol_triangle_net.txt", """ASEANAPOL operation nets 26 tonnes of methamphetamine in Mekong region
Regional Security Digest
Kuala Lumpur, 2025-12-10

A month-long operation by the police forces of six Southeast Asian countries, coordinated by the ASEAN Chiefs of National Police (ASEANAPOL) with support from the UN Office on Drugs and Crime (UNODC), led to the seizure of 26.4 tonnes of methamphetamine and 3.1 tonnes of ketamine, the ASEANAPOL secretariat said on Tuesday.

Operation "Triangle Net", which ran from 1 to 30 November, involved Cambodia, Laos, Malaysia, Myanmar, Thailand and Vietnam. Officers arrested 1,936 suspects and dismantled 57 trafficking networks, 12 of which were transnational.

Thai police accounted for the largest share, seizing 11.8 tonnes of methamphetamine, mostly ya ba pills, while Lao authorities seized 4.6 tonnes in Bokeo and Luang Namtha provinces.

The participating countries also set up a secure channel to share real-time intelligence on shipments during the operation. ASEANAPOL said a second phase was planned for the first quarter of 2026.

Methamphetamine prices in the region have fallen to historic lows, with a pill selling for less than US$1 in parts of Myanmar.
""", [
    C("joint_operation", ["ASEANAPOL", "UNODC", "KHM", "LAO", "MYS", "MMR", "THA", "VNM"], NOV, ev="Triangle Net"),
    C("information_exchange", ["KHM", "LAO", "MYS", "MMR", "THA", "VNM"], NOV, ev="secure channel"),
    S("methamphetamine", None, "exact", True, NOV, kg=26400),
    S("ketamine", None, "exact", True, NOV, kg=3100),
    A(1936, None, "exact", True, NOV),
    N(57, None, [None], "exact", True, NOV),
    N(12, None, "international", "exact", True, NOV),
    S("methamphetamine", "THA", "exact", True, NOV, kg=11800),
    S("methamphetamine", "LAO", "exact", True, NOV, kg=4600, loc=["Bokeo", "Luang Namtha"]),
], title="ASEANAPOL operation nets 26 tonnes of methamphetamine in Mekong region", outlet="Regional Security Digest",
    date="2025-12-10"))


# ---------------------------------------------------------------- 048 JSON array: heading / outlet_name / date_iso / url / text
def rec(heading, outlet, date_iso, slug):
    return {"heading": heading, "outlet_name": outlet, "date_iso": date_iso,
            "url": "https://digest.example/central-asia/" + slug}


J = "048_central_asia_digest.json"

# 048#1 Uzbekistan, Termez
H1 = "Uzbek border guards seize 28 kg of heroin at Termez crossing"
DOCS.append(doc(J + "#1", """TERMEZ - Officers of Uzbekistan's border troops and customs service found 28 kg of heroin hidden in the fuel tank of a lorry carrying dried apricots from Afghanistan at the Ayritom checkpoint near Termez on Sunday, the State Security Service said on Monday.

The driver, an Afghan citizen, was detained. Investigators are checking whether the consignment was destined for Kazakhstan and Russia.

Uzbekistan's National Information and Analytical Centre on Drug Control said law enforcement agencies had seized 2.3 tonnes of drugs in the first four months of 2025. The centre also said 4,900 drug users had been registered for treatment in the same period.
""", [
    S("heroin", "UZB", "exact", False, P("2025-05-18"), kg=28, loc=["Ayritom", "Termez"]),
    A(1, "UZB", "exact", False, P("2025-05-18")),
    S(["unspecified", "mixed"], "UZB", "exact", True, P("2025-01-01", "2025-04-30"), kg=2300),
], title=H1, outlet="Tashkent Herald", date="2025-05-20", fmt="json",
    record=rec(H1, "Tashkent Herald", "2025-05-20", "uzbek-termez-heroin")))

# 048#2 Kazakhstan-Kyrgyzstan joint border patrols
KK = P("2025-09-01", "2025-09-07")
H2 = "Kazakhstan and Kyrgyzstan hold joint anti-drug border patrols"
DOCS.append(doc(J + "#2", """BISHKEK - Border guards and police of Kazakhstan and Kyrgyzstan carried out joint patrols along the Chui valley section of their shared border from 1 to 7 September, as part of efforts to stop cannabis harvested in the valley from reaching Kazakh and Russian markets, the Kyrgyz Border Service said.

During the patrols, Kyrgyz officers seized 240 kg of marijuana and 18 kg of hashish and detained five people, while Kazakh officers at the Korday checkpoint seized 65 kg of marijuana hidden in a truck of watermelons and detained its driver.

The two countries signed an agreement on joint border patrols in 2023. Officials said the patrols would resume in October, when the cannabis harvest peaks.
""", [
    C("joint_operation", ["KAZ", "KGZ"], KK, ev="joint patrols"),
    S("cannabis", "KGZ", "exact", [True, False], KK, kg=240),
    S("hashish", "KGZ", "exact", [True, False], KK, kg=18),
    A(5, "KGZ", "exact", [True, False], KK),
    S("cannabis", "KAZ", "exact", False, KK, kg=65, loc=["Korday"]),
    A(1, "KAZ", "exact", False, KK),
    C("mou", ["KAZ", "KGZ"], P("2023-01-01", "2023-12-31"), ev="signed an agreement", opt=True),
], title=H2, outlet="Tian Shan Times", date="2025-09-09", fmt="json",
    record=rec(H2, "Tian Shan Times", "2025-09-09", "kaz-kgz-joint-patrols")))

# 048#3 Moscow court, mephedrone lab gang
H3 = "Moscow court jails mephedrone lab gang, leader gets life"
DOCS.append(doc(J + "#3", """MOSCOW - The Moscow City Court on Wednesday sentenced the leader of a gang that ran a mephedrone laboratory in the Moscow region to life imprisonment, and five accomplices to terms of between 12 and 20 years in a strict-regime penal colony.

A sixth defendant, who had cooperated with investigators, received an eight-year suspended sentence.

According to the court, the gang produced at least 1.5 tonnes of mephedrone between 2021 and 2023 and sold it through darknet shops. The six defendants were detained by the Interior Ministry and the FSB in October 2023, when officers seized 320 kg of mephedrone and 2 tonnes of precursors at the laboratory near Noginsk.

Russia's Criminal Code provides for life imprisonment for large-scale drug production by an organised group.
""", [
    SEN("life", 1, "RUS", "exact", False, P("2025-11-26")),
    SEN("prison", 5, "RUS", "exact", False, P("2025-11-26")),
    SEN("prison", 1, "RUS", opt=True),
    A(6, "RUS", "exact", False, P("2023-10-01", "2023-10-31")),
    S("precursors", "RUS", "exact", False, P("2023-10-01", "2023-10-31"), kg=2000, loc=["Noginsk"]),
    S(["unspecified", "amphetamine"], "RUS", kg=320, opt=True),
], title=H3, outlet="Moscow Court Reporter", date="2025-11-27", fmt="json",
    record=rec(H3, "Moscow Court Reporter", "2025-11-27", "moscow-mephedrone-lab-verdict")))

# ---------------------------------------------------------------- 049 Week in review (Markdown); Singapore item = 020
DOCS.append(doc("049_asia_pacific_week_review.md", """# Asia-Pacific drug enforcement: the week in review

*Narcotics Asia Monitor - Weekly Briefing*

**Sunday, 18 May 2025**

## Singapore

The Central Narcotics Bureau said on Friday that it had arrested five people, two of them Malaysians, in an operation on Wednesday (14 May) that began at Woodlands Checkpoint. Drugs worth more than S$680,000 were seized.

## Philippines

PDEA agents seized 5 kilos of shabu worth P34 million in a buy-bust operation in Batangas City on Tuesday (13 May) and arrested two suspected couriers.

## Indonesia

Customs officers at Bali's I Gusti Ngurah Rai airport arrested a Russian passenger with 2.4 kg of hashish in his luggage on Thursday (15 May).

## Australia

The AFP said 141 people had been charged with drug offences during a week-long national operation against outlaw motorcycle gangs. No seizure figures were released.

## New Zealand

The NZ Drug Foundation said 116 people died of drug overdoses in 2024, the highest number on record.
""", [
    S(["mixed", "unspecified"], "SGP", "at_least", False, P("2025-05-14"), val=680000, cur="SGD", cluster="sgp-woodlands-value"),
    A(5, "SGP", "exact", False, P("2025-05-14"), cluster="sgp-woodlands-arrests"),
    A(2, "SGP", opt=True),
    S("methamphetamine", "PHL", "exact", False, P("2025-05-13"), kg=5, val=34e6, cur="PHP", loc=["Batangas"]),
    A(2, "PHL", "exact", False, P("2025-05-13")),
    S("hashish", "IDN", "exact", False, P("2025-05-15"), kg=2.4, loc=["Bali", "Ngurah Rai"]),
    A(1, "IDN", "exact", False, P("2025-05-15")),
], title="Asia-Pacific drug enforcement: the week in review", outlet="Narcotics Asia Monitor", date="2025-05-18"))

# ---------------------------------------------------------------- 050 No facts: acquittal, rock salt, budget, plan, overdoses
DOCS.append(doc("050_gold_coast_acquittal_traps.txt", """Jury acquits Gold Coast man accused of organising cocaine import; seized 'ice' turns out to be rock salt
Coral Coast Courier
Monday 27 October 2025

A Gold Coast businessman accused of organising the importation of a commercial quantity of cocaine through the Port of Brisbane has been found not guilty by a District Court jury after a three-week trial.

The 52-year-old was discharged on Friday. His lawyer said the case against him had rested on intercepted messages that never mentioned drugs.

Separately, police said a crystalline substance found in a car in Southport last week, first thought to be about 2 kg of methamphetamine, had been identified by the forensic laboratory as rock salt. The driver, who had been questioned at the scene, will not be charged.

The Queensland Government on Sunday announced A$45 million over four years for drug diversion and treatment programs. Police Minister Karen Doyle said officers would run a blitz on drug driving along the M1 in November and aimed to test 60,000 drivers before Christmas.

Queensland Ambulance Service paramedics attended 1,240 suspected overdoses in 2024.
""", [], title="Jury acquits Gold Coast man accused of organising cocaine import; seized 'ice' turns out to be rock salt",
    outlet="Coral Coast Courier", date="2025-10-27"))

# ---------------------------------------------------------------- 051 PNG-Australia MoU, joint task force seizure ("last Friday", kina)
DOCS.append(doc("051_png_australia_mou.txt", """PNG and Australia sign policing agreement as joint team seizes cocaine from light aircraft
Port Moresby Weekly Star
Port Moresby, Thursday, 28 August 2025

The Royal Papua New Guinea Constabulary (RPNGC) and the Australian Federal Police (AFP) signed a memorandum of understanding in Port Moresby on Wednesday to set up a joint transnational crime task force based at police headquarters in Konedobu.

The signing came days after a joint RPNGC-AFP team seized 210 kg of cocaine from a light aircraft that had landed on a disused airstrip in Central Province last Friday. The pilot, an Australian citizen, and two local men who had come to unload the drugs were arrested. Police estimated the value of the cocaine at K94 million.

Police Commissioner Peter Kaupa said the RPNGC had arrested 1,120 people on drug charges in 2024, most of them for marijuana offences.

Australia will also fund 40 new police vehicles and a forensic laboratory under a separate A$200 million policing package announced last year.
""", [
    C("mou", ["PNG", "AUS"], P("2025-08-27"), loc="Port Moresby", ev="memorandum of understanding"),
    C("joint_operation", ["PNG", "AUS"], P("2025-08-22"), ev="joint RPNGC-AFP team"),
    S("cocaine", ["PNG", "AUS"], ["exact", "approx"], False, P("2025-08-22"), kg=210, val=94e6, cur="PGK",
      loc=["Central Province"]),
    A(3, ["PNG", "AUS"], "exact", False, P("2025-08-22")),
    A(1120, "PNG", "exact", True, Y24),
], title="PNG and Australia sign policing agreement as joint team seizes cocaine from light aircraft",
    outlet="Port Moresby Weekly Star", date="2025-08-28"))
