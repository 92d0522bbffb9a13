from common import *

# Part 2: Canada, Mexico and the Caribbean. An RCMP "superlab" in the Fraser Valley (C$, precursors in tonnes,
# litres), CBSA at the Port of Montreal with an HTML <table> of the Quebec region's 2024 and 2023 figures, a
# Canada-US project with arrests on both sides of the border, SEDENA's narcolab in translation ("1,5 toneladas (1.5
# tonnes)", "3 mil 600 millones de pesos"; a Spanish-only date line), Mexico's security cabinet five-month figures
# (Markdown list), an Atom feed (Puerto Rico, the Bahamas, Haiti, the Dominican Republic from a partner outlet,
# Jamaica) and a CARICOM ministers' meeting with a Jamaica-Colombia memorandum and a maritime course.
DOCS = []

# ---------------------------------------------------------------- 011 RCMP superlab
LAB = P("2025-10-08")
DOCS.append(doc("011_rcmp_fraser_valley_superlab.txt", """RCMP dismantle 'superlab' in Fraser Valley; 54 kg of fentanyl among drugs seized
Pacific Coast Observer
Surrey, B.C. | Thursday, October 16, 2025

The RCMP's Federal Serious and Organized Crime unit has dismantled what it called the largest and most sophisticated drug "superlab" it has found in Canada, on a rural property near Abbotsford, police said on Wednesday.

Officers searching the property on Oct. 8 seized 54 kilograms of fentanyl, 390 kilograms of methamphetamine, 35 kilograms of MDMA and 6 kilograms of cocaine, as well as more than 1.2 tonnes of precursor chemicals and about 8,000 litres of liquid chemicals. They also found 45 firearms and C$500,000 in cash.

Police estimated the value of the drugs at more than C$485 million. The fentanyl alone could have made tens of millions of lethal doses, Assistant Commissioner Karen Doucet said.

A 54-year-old Abbotsford man was arrested at the property. Two other men were arrested at homes in Langley the following day. All three remain in custody.

Investigators believe the lab supplied both the domestic market and buyers overseas.
""", [
    S("fentanyl", "CAN", "exact", False, LAB, kg=54, loc=["Abbotsford"]),
    S("methamphetamine", "CAN", "exact", False, LAB, kg=390, loc=["Abbotsford"]),
    S("mdma", "CAN", "exact", False, LAB, kg=35, loc=["Abbotsford"]),
    S("cocaine", "CAN", "exact", False, LAB, kg=6, loc=["Abbotsford"]),
    S("precursors", "CAN", "at_least", False, LAB, kg=1200, loc=["Abbotsford"]),
    S("precursors", "CAN", opt=True),
    S(["mixed", "unspecified"], "CAN", "at_least", False, LAB, val=485e6, cur="CAD"),
    A(1, "CAN", "exact", False, LAB),
    A(2, "CAN", "exact", False, P("2025-10-09")),
    A(3, "CAN", opt=True),
    N(1, "CAN", q="exact", agg=False, period=LAB),
], title="RCMP dismantle 'superlab' in Fraser Valley; 54 kg of fentanyl among drugs seized",
    outlet="Pacific Coast Observer", date="2025-10-16"))

# ---------------------------------------------------------------- 012 CBSA Port of Montreal (HTML <table>)
Y24 = P("2024-01-01", "2024-12-31")
TABLE = """<table class="data">
<caption>CBSA drug seizures, Quebec region</caption>
<thead><tr><th>Drug</th><th>2024</th><th>2023</th></tr></thead>
<tbody>
<tr><td>Cocaine</td><td>1,840 kg</td><td>1,120 kg</td></tr>
<tr><td>Cannabis</td><td>5,310 kg</td><td>4,760 kg</td></tr>
<tr><td>Methamphetamine</td><td>268 kg</td><td>190 kg</td></tr>
<tr><td>Fentanyl</td><td>12 kg</td><td>19 kg</td></tr>
<tr><td>Firearms</td><td>214</td><td>171</td></tr>
</tbody>
</table>"""
DOCS.append(doc("012_cbsa_montreal_cocaine_bananas.html", html_page(
    "CBSA finds 412 kg of cocaine in container of bananas at Port of Montreal", "Montreal Harbour Gazette",
    "2025-02-20T10:30:00-05:00", "By Julien Tremblay | February 20, 2025",
    ["Canada Border Services Agency officers at the Port of Montreal found 412 kilograms of suspected cocaine in a marine container of bananas that had arrived from Ecuador via Antwerp, the agency said Thursday. The seizure was made on Jan. 29.",
     "The cocaine has an estimated value of C$51.5 million. No arrests have been made, and the investigation has been handed to the RCMP.",
     "The agency also released its seizure figures for the Quebec region for 2024:",
     "Regional director Sophie Lavallée said cocaine seizures had jumped by almost two-thirds, mostly in containers from South America.",
     "The CBSA said it now exchanges information on high-risk containers with U.S. Customs and Border Protection and Belgian customs under a pilot program launched last year."],
    ["Quebec unveils housing plan", "Canadiens sign defenceman", "Snowstorm closes schools in Laval"],
    nav=("Home", "Montreal", "Quebec", "Business", "Sports"), table=(2, TABLE)), [
    S("cocaine", "CAN", ["exact", "approx"], False, P("2025-01-29"), kg=412, val=51.5e6, cur="CAD",
      loc=["Port of Montreal", "Montreal"]),
    S("cocaine", "CAN", "exact", True, Y24, kg=1840),
    S("cannabis", "CAN", "exact", True, Y24, kg=5310),
    S("methamphetamine", "CAN", "exact", True, Y24, kg=268),
    S("fentanyl", "CAN", "exact", True, Y24, kg=12),
    S("cocaine", "CAN", kg=1120, opt=True),
    S("cannabis", "CAN", kg=4760, opt=True),
    S("methamphetamine", "CAN", kg=190, opt=True),
    S("fentanyl", "CAN", kg=19, opt=True),
    C("information_exchange", ["CAN", "USA", "BEL"], opt=True),
], title="CBSA finds 412 kg of cocaine in container of bananas at Port of Montreal", outlet="Montreal Harbour Gazette",
    date="2025-02-20", fmt="html"))

# ---------------------------------------------------------------- 013 Canada-US project
RAIDS = P("2025-07-02", "2025-07-03", tol=1)
DOCS.append(doc("013_project_cold_route_canada_us.txt", """Cross-border trucking ring dismantled: 20 arrested in Canada and U.S. in 'Project Cold Route'
The Windsor Border Times
WINDSOR, Ont. — Tuesday, July 8, 2025

The RCMP, the Ontario Provincial Police and U.S. Homeland Security Investigations said Monday they had dismantled an international drug trafficking network that used refrigerated trucks to move cocaine from California into Ontario and methamphetamine in the other direction.

In coordinated raids last Wednesday and Thursday, Canadian officers arrested 14 people in the Greater Toronto Area and Windsor, while U.S. agents arrested six in Detroit and in Fresno, California.

Over the 18-month joint investigation, police seized 620 kilograms of cocaine and 140 kilograms of methamphetamine, as well as C$2.1 million in cash. The drugs are valued at C$78 million.

"Criminal networks do not respect borders, and neither does our cooperation," RCMP Chief Superintendent Mark Ellison said at a news conference with HSI officials at the Ambassador Bridge.

Three of the Canadians were released on bail of C$50,000 each. The U.S. suspects face charges in federal court in Detroit.
""", [
    A(14, "CAN", "exact", [False, True], RAIDS),
    A(6, "USA", "exact", [False, True], RAIDS),
    A(20, ["CAN", "USA", None], opt=True),
    S("cocaine", ["CAN", "USA", None], "exact", True, kg=620),
    S("methamphetamine", ["CAN", "USA", None], "exact", True, kg=140),
    S(["mixed", "unspecified"], ["CAN", "USA", None], "exact", True, val=78e6, cur="CAD"),
    N(1, ["CAN", "USA", None], "international", "exact", False),
    C("joint_operation", ["CAN", "USA"], ev="Cold Route"),
], title="Cross-border trucking ring dismantled: 20 arrested in Canada and U.S. in 'Project Cold Route'",
    outlet="The Windsor Border Times", date="2025-07-08"))

# ---------------------------------------------------------------- 014 SEDENA narcolab, translated, Spanish date line
DOCS.append(doc("014_sedena_cosala_narcolab.txt", """Army dismantles narcolab in Sinaloa mountains; 1.5 tonnes of methamphetamine seized
Noroeste Express (English service)
Culiacán, Sinaloa, 14 de marzo de 2025

Personnel of the Secretariat of National Defense (SEDENA) dismantled a clandestine laboratory in the municipality of Cosalá on Wednesday, where they seized 1,5 toneladas (1.5 tonnes) of methamphetamine, 3 toneladas (3 tonnes) of solid precursor chemicals and 4,000 litros (4,000 litres) of liquid chemical substances, the agency reported on Thursday.

According to SEDENA, the seizure represents an economic impact on organized crime of 3 mil 600 millones de pesos (3.6 billion pesos). No one was found at the site; the operators are believed to have fled when troops approached.

In a separate operation in Culiacán on Wednesday, the National Guard and the Attorney General's Office (FGR) arrested two men and seized 30 mil pastillas tipo M30 (30,000 M30-type pills) containing fentanyl in a house in the Tierra Blanca neighbourhood.

The material seized at the laboratory was placed at the disposal of the FGR, which will destroy it.
""", [
    S("methamphetamine", "MEX", "exact", False, P("2025-03-12"), kg=1500, loc=["Cosalá"]),
    S("precursors", "MEX", "exact", False, P("2025-03-12"), kg=3000, loc=["Cosalá"]),
    S("precursors", "MEX", opt=True),
    S(["methamphetamine", "mixed", "unspecified"], "MEX", ["exact", "approx"], False, P("2025-03-12"), val=3.6e9,
      cur="MXN"),
    N(1, "MEX", q="exact", agg=False, period=P("2025-03-12")),
    S("fentanyl", "MEX", "exact", False, P("2025-03-12"), pills=30000, loc=["Culiacán", "Tierra Blanca"]),
    A(2, "MEX", "exact", False, P("2025-03-12")),
], title="Army dismantles narcolab in Sinaloa mountains; 1.5 tonnes of methamphetamine seized",
    outlet="Noroeste Express", date="2025-03-14"))

# ---------------------------------------------------------------- 015 Mexico security cabinet, five months (Markdown list)
FIVE = P("2024-10-01", "2025-02-28")
DOCS.append(doc("015_mexico_security_cabinet_five_months.md", """# Mexico reports 11,640 arrests, 150 tonnes of drugs seized in five months

*Mexico City Monitor* — Tuesday, 4 March 2025

Security Secretary Octavio Rangel told the president's morning press conference on Monday that, between 1 October 2024 and 28 February 2025, federal forces had:

- arrested 11,640 people for crimes linked to drug trafficking;
- seized 150.6 toneladas (150.6 tonnes) of drugs, including more than 1,100 kilograms of fentanyl;
- seized 1 millón 380 mil (1.38 million) fentanyl pills;
- dismantled 614 clandestine laboratories, most of them in Sinaloa, Durango and Sonora;
- seized 4,300 firearms and more than 600,000 rounds of ammunition.

Rangel said the drugs seized represented a loss of 12 mil millones de pesos (12 billion pesos) for criminal groups.

He also said Mexican and U.S. officials had met in Washington on 27 February and agreed to set up a bilateral security implementation group, which will hold its first session in April.

Critics noted that homicides fell by only 4 per cent in the period.
""", [
    A(11640, "MEX", "exact", True, FIVE),
    S("unspecified", "MEX", "exact", True, FIVE, kg=150600),
    S("fentanyl", "MEX", "at_least", True, FIVE, kg=1100),
    S("fentanyl", "MEX", "exact", True, FIVE, pills=1380000),
    N(614, "MEX", q="exact", agg=True, period=FIVE),
    S(["unspecified", "mixed"], "MEX", "exact", True, FIVE, val=12e9, cur="MXN"),
    C("meeting", ["MEX", "USA"], P("2025-02-27"), loc="Washington"),
], title="Mexico reports 11,640 arrests, 150 tonnes of drugs seized in five months", outlet="Mexico City Monitor",
    date="2025-03-04"))

# ---------------------------------------------------------------- 016 Atom feed: Antilles Wire
FEED = "016_antilles_wire.atom"


def entry(title, slug, published, author, source=None):
    r = {"title": title, "link": {"rel": "alternate", "href": "https://antilleswire.example/news/" + slug},
         "id": "tag:antilleswire.example,2025:" + slug, "published": published, "updated": published,
         "author": {"_sub": {"name": author}}}
    if source:
        r["source"] = {"_sub": {"title": source, "id": "tag:" + source.lower().replace(" ", "") + ".example,2025:feed"}}
    r["category"] = {"term": "narcotics"}
    return r


T = "Coast Guard, Puerto Rico police seize 1,050 kilos of cocaine off Fajardo"
d = doc(FEED + "#1", """SAN JUAN, Puerto Rico — A Coast Guard cutter and agents of the Puerto Rico Police Bureau's maritime unit intercepted a go-fast boat about 20 nautical miles northeast of Fajardo on Sunday and seized 41 bales containing 1,050 kilograms of cocaine, the U.S. Attorney's Office for the District of Puerto Rico said Tuesday.

Three men from the Dominican Republic who were aboard the vessel were arrested and appeared before a federal magistrate in San Juan on Monday. The cocaine has an estimated wholesale value of $26 million.

Prosecutors said the boat had left the Venezuelan coast two days earlier. Puerto Rico remains a main transit point for cocaine bound for the U.S. mainland because shipments that reach the island face no further customs checks.
""", [
    S("cocaine", ["USA", "PRI"], ["exact", "approx"], False, P("2025-01-12"), kg=1050, val=26e6, cur="USD",
      loc=["Fajardo"]),
    A(3, ["USA", "PRI"], "exact", False, P("2025-01-12")),
], title=T, outlet="Antilles Wire", date="2025-01-14", fmt="atom",
    record=entry(T, "pr-fajardo-go-fast", "2025-01-14T15:20:00-04:00", "Marisol Vega"))
d["feed"] = {"title": "Antilles Wire", "subtitle": "Narcotics, ports and maritime security across the Caribbean",
             "link": {"rel": "self", "href": "https://antilleswire.example/feeds/narcotics.atom"},
             "id": "tag:antilleswire.example,2025:narcotics", "updated": "2025-10-29T17:00:00-05:00",
             "author": {"_sub": {"name": "Antilles Wire desk"}}}
DOCS.append(d)

T = "Police in Nassau seize 400 pounds of marijuana, 31 kilos of cocaine; four held"
DOCS.append(doc(FEED + "#2", """NASSAU, Bahamas — Officers of the Royal Bahamas Police Force's Drug Enforcement Unit seized 400 pounds of marijuana and 31 kilos of cocaine during a raid on a house in Pinewood Gardens on Monday night, police said.

Four men, aged between 22 and 40, were taken into custody. The drugs have an estimated street value of B$1.9 million, Assistant Commissioner Dwight Rolle told reporters at police headquarters on Tuesday.

Rolle said the drugs were believed to have been landed on the southern coast of New Providence by a boat from Jamaica. The men are expected to be arraigned in Magistrate's Court later this week.
""", [
    S("cannabis", "BHS", "exact", False, P("2025-03-31"), kg=400 * LB, loc=["Pinewood Gardens", "Nassau"]),
    S("cocaine", "BHS", "exact", False, P("2025-03-31"), kg=31, loc=["Pinewood Gardens", "Nassau"]),
    S(["mixed", "unspecified"], "BHS", "approx", False, P("2025-03-31"), val=1.9e6, cur="BSD"),
    A(4, "BHS", "exact", False, P("2025-03-31")),
], title=T, outlet="Antilles Wire", date="2025-04-02", fmt="atom",
    record=entry(T, "bahamas-pinewood-raid", "2025-04-02T11:05:00-04:00", "Kendra Ferguson")))

T = "Haitian police seize 1.1 tonnes of marijuana on northwest coast"
DOCS.append(doc(FEED + "#3", """PORT-DE-PAIX, Haiti — The Haitian National Police's anti-drug bureau, the BLTS, seized 1.1 metric tons of marijuana from a boat that had run aground near Port-de-Paix on Monday, the police said.

Two men were arrested at the scene; several others escaped into the hills. Police put the value of the marijuana at about 55 million gourdes.

The BLTS, which has received boats and training from the United States, said the cargo had come from Jamaica and was to be exchanged for weapons. Gang violence has cut the northwest off from Port-au-Prince by road for most of the past year.
""", [
    S("cannabis", "HTI", ["exact", "approx"], False, P("2025-06-09"), kg=1100, val=55e6, cur="HTG",
      loc=["Port-de-Paix"]),
    A(2, "HTI", "exact", False, P("2025-06-09")),
], title=T, outlet="Antilles Wire", date="2025-06-11", fmt="atom",
    record=entry(T, "haiti-port-de-paix-marijuana", "2025-06-11T09:40:00-04:00", "Jean-Robert Pierre")))

T = "DNCD seizes about 2,000 kilos of cocaine on Pedernales coast"
DOCS.append(doc(FEED + "#4", """SANTO DOMINGO — The National Directorate for Drug Control (DNCD) seized 1,862 packages of cocaine weighing about 2,000 kilograms from a speedboat that landed on a beach in Pedernales province, on the border with Haiti, on Monday night, the agency said Tuesday.

Four men, three Colombians and a Venezuelan, were arrested after a chase through the dunes. The DNCD said the operation was carried out with intelligence from the U.S. Drug Enforcement Administration.

With this seizure, the DNCD has taken 31.4 tonnes of drugs out of circulation since January, the agency's president, Vice Admiral Ramón Espinal, said.

Espinal said his agents had also detected an increase in shipments leaving from Venezuela's Paraguaná peninsula.
""", [
    S("cocaine", "DOM", "approx", False, P("2025-08-18"), kg=2000, loc=["Pedernales"]),
    A(4, "DOM", "exact", False, P("2025-08-18")),
    A(3, "DOM", opt=True),
    S("unspecified", "DOM", "exact", True, P("2025-01-01", "2025-08-19", tol=2), kg=31400),
    C("information_exchange", ["DOM", "USA"], opt=True),
], title=T, outlet="Santo Domingo Ledger", date="2025-08-20", fmt="atom",
    record=entry(T, "dr-pedernales-cocaine", "2025-08-20T10:15:00-04:00", "Yesenia Martínez",
                 source="Santo Domingo Ledger")))

T = "Westmoreland police seize 1,200 pounds of ganja bound for Cayman"
DOCS.append(doc(FEED + "#5", """NEGRIL, Jamaica — Members of the Jamaica Constabulary Force's Narcotics Division and the Marine Police seized 1,200 pounds of compressed ganja at Little Bay in Westmoreland on Tuesday morning, the JCF said.

The ganja, which was being loaded into a canoe, has an estimated street value of J$14 million. Two fishermen from the area were arrested; a third man escaped by swimming out to sea.

Police said the canoe was bound for the Cayman Islands. Since January, the constabulary has seized more than 31,000 pounds of ganja islandwide, most of it on the south coast.
""", [
    S("cannabis", "JAM", ["exact", "approx"], False, P("2025-10-28"), kg=1200 * LB, val=14e6, cur="JMD",
      loc=["Little Bay", "Westmoreland"]),
    A(2, "JAM", "exact", False, P("2025-10-28")),
    S("cannabis", "JAM", "at_least", True, P("2025-01-01", "2025-10-28", tol=1), kg=31000 * LB),
], title=T, outlet="Antilles Wire", date="2025-10-29", fmt="atom",
    record=entry(T, "jamaica-little-bay-ganja", "2025-10-29T14:30:00-05:00", "Andre Campbell")))

# ---------------------------------------------------------------- 017 CARICOM ministers, Jamaica-Colombia MoU, maritime course
DOCS.append(doc("017_caricom_ministers_bridgetown.txt", """Caribbean security ministers meet in Bridgetown; Jamaica and Colombia sign drug-intelligence pact
Eastern Caribbean Review
Bridgetown, Friday 16 May 2025

Security ministers of the Caribbean Community (CARICOM), joined by delegations from the United States and Canada, ended a two-day meeting in Bridgetown on Friday with a pledge to tighten controls on small boats carrying cocaine and guns through the region.

On the sidelines on Thursday, Jamaica's national security minister and Colombia's defence minister signed a memorandum of understanding on the exchange of drug-related intelligence and the training of Jamaican coast guard officers.

A two-week maritime interdiction course for 30 officers from nine Caribbean states, run by the UN Office on Drugs and Crime (UNODC) with instructors from the U.S. Coast Guard, also ended in Bridgetown on Friday.

CARICOM's crime agency IMPACS told the ministers that more than 19 tonnes of cocaine were seized in the region in 2024. The ministers agreed to launch a regional joint maritime operation in 2026.
""", [
    C("meeting", ["CARICOM", "USA", "CAN"], P("2025-05-15", "2025-05-16"), loc="Bridgetown"),
    C("mou", ["JAM", "COL"], P("2025-05-15")),
    C("training", ["UNODC", "USA"], P("2025-05-05", "2025-05-16", tol=3), loc="Bridgetown"),
    S("cocaine", None, "at_least", True, Y24, kg=19000),
], title="Caribbean security ministers meet in Bridgetown; Jamaica and Colombia sign drug-intelligence pact",
    outlet="Eastern Caribbean Review", date="2025-05-16"))
