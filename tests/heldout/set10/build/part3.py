from common import *

# Part 3: Europe (UK, Netherlands, Belgium, Spain, Germany, Italy, Nordic countries, EU-wide reports)
DOCS = []

# ---------------------------------------------------------------- 023 NCA / Border Force, Southampton (original of 048)
DOCS.append(doc("023_nca_southampton_bananas.txt", """Border Force finds 1,184 kilos of cocaine in banana shipment at Southampton
National Crime Agency - News
Friday 14 March 2025

Border Force officers found 1,184 kilos of cocaine hidden in a refrigerated container of bananas at the Port of Southampton on Tuesday. The shipment had arrived from Colombia via Panama.

The drugs, packed in 53 holdalls, would have had an estimated street value of around £95 million once cut and sold in the UK, the National Crime Agency (NCA) said.

NCA officers arrested two men, aged 39 and 44, in Hampshire on Wednesday on suspicion of conspiracy to import Class A drugs. They have been released on bail pending further enquiries.

"This is a significant blow to the organised crime groups who profit from misery," said NCA Branch Commander Ellen Hartigan. "We will keep working with Border Force and our international partners to stop these drugs at the border."

Last year Border Force and the NCA seized more than 20 tonnes of cocaine at UK ports, the agency said.
""", [
    S("cocaine", "GBR", ["exact", "approx"], False, P("2025-03-11"), kg=1184, val=95000000, cur="GBP",
      loc=["Southampton"], cluster="gbr-southampton-cocaine"),
    A(2, "GBR", "exact", False, P("2025-03-12"), cluster="gbr-southampton-arrests"),
    S("cocaine", "GBR", "at_least", True, P("2024-01-01", "2024-12-31"), kg=20000),
], title="Border Force finds 1,184 kilos of cocaine in banana shipment at Southampton",
    outlet=optv("National Crime Agency"), date="2025-03-14"))

# ---------------------------------------------------------------- 024 Crown Court, six jailed, one acquitted
DOCS.append(doc("024_kent_courier_tyres_gang.txt", """Gang who smuggled cocaine in lorry tyres jailed for a total of 74 years
Kent Evening Courier
Sat 5 April 2025 | By Joanna Pryce, Crime Reporter

Six men who used lorry tyres to smuggle cocaine through the Port of Dover have been jailed for a total of 74 years.

The gang was caught after Border Force officers at Dover found 120 kilos of cocaine hidden inside the spare tyres of a lorry arriving from Calais in October 2023. Seven men were arrested in a series of raids in Kent and south London by the National Crime Agency in November 2023.

At Maidstone Crown Court on Friday, the ringleader, 51, from Gravesend, was jailed for 18 years. The other five received terms of between nine and 14 years. A seventh man, a 26-year-old driver from Dartford, was cleared by the jury of all charges in February.

The court heard that the gang had smuggled at least 600 kilos of cocaine into the UK over 14 months. A proceeds of crime hearing to recover an estimated £2.3 million is due to take place later this year.

"These men thought they could hide their trade in plain sight," said NCA Operations Manager Tom Reddish.
""", [
    SEN("prison", 6, "GBR", "exact", False, P("2025-04-04")),
    SEN("prison", 1, opt=True),
    S("cocaine", "GBR", "exact", False, P("2023-10-01", "2023-10-31"), kg=120, loc=["Dover"]),
    A(7, "GBR", "exact", False, P("2023-11-01", "2023-11-30")),
    N(1, "GBR", opt=True),
], title="Gang who smuggled cocaine in lorry tyres jailed for a total of 74 years", outlet="Kent Evening Courier",
    date="2025-04-05"))

# ---------------------------------------------------------------- 025 Rotterdam, half-year, Markdown
H1 = P("2025-01-01", "2025-06-30")
DOCS.append(doc("025_rotterdam_half_year.md", """# Rotterdam customs intercepted 14,100 kilos of cocaine in first half of 2025

*Havenkrant Rotterdam, English edition* | 17 July 2025

Customs officers at the port of Rotterdam intercepted 14,100 kilos of cocaine in the first six months of the year, the Dutch customs service (Douane) said on Thursday. In the same period last year the figure was 23,800 kilos.

The main results for January-June:

- **14,100 kilos** of cocaine intercepted in containers, most of it from Ecuador, Colombia and Panama;
- **93 people** arrested by the Hit and Run Cargo (HARC) team, among them "extractors" caught inside the port area trying to retrieve drugs from containers;
- the largest single find: **8,000 kilos** in a container of bananas from Ecuador in April.

Customs chief Pieter Vermeulen said the fall did not mean less cocaine was being shipped. "Criminals are moving to smaller ports and to transhipment at sea," he said.

The port of Rotterdam handled 436 million tonnes of cargo in 2024. A kilo of cocaine costs around 35,000 euros wholesale in the Netherlands, according to police.
""", [
    S("cocaine", "NLD", "exact", True, H1, kg=14100, loc=["Rotterdam"]),
    S("cocaine", "NLD", "exact", True, P("2024-01-01", "2024-06-30"), kg=23800, opt=True),
    A(93, "NLD", "exact", True, H1),
    S("cocaine", "NLD", "exact", False, P("2025-04-01", "2025-04-30"), kg=8000, loc=["Rotterdam"]),
], title="Rotterdam customs intercepted 14,100 kilos of cocaine in first half of 2025", outlet="Havenkrant Rotterdam",
    date="2025-07-17"))

# ---------------------------------------------------------------- 026 Antwerp (shares Guayaquil 4.7 t with 019)
DOCS.append(doc("026_flanders_antwerp_2024.txt", """Antwerp cocaine seizures fall for second year as gangs switch tactics
Flanders Port Journal
Monday 10 March 2025

Belgian customs seized 47.2 tonnes of cocaine at the port of Antwerp-Bruges in 2024, according to figures published by the Federal Public Service Finance on Monday, a second annual fall after the record of 121 tonnes in 2023.

Officials said the drop reflected both tighter controls and a shift by traffickers to other ports. Last week, however, customs officers found 2.6 tonnes of cocaine in a container of pineapples from Costa Rica, the largest find so far this year.

Belgian investigators are also working more closely with source countries. Last Thursday, Ecuadorian police seized 4.7 tonnes of cocaine in Guayaquil that was destined for Antwerp, acting on intelligence from the Belgian federal police.

Antwerp mayor Els De Smet said that cocaine violence in the city had fallen but warned that "the market has not shrunk". Belgium spends about 70 million euros a year on scanners and port security, the finance ministry said.
""", [
    S("cocaine", "BEL", "exact", True, P("2024-01-01", "2024-12-31"), kg=47200, loc=["Antwerp"]),
    S("cocaine", "BEL", "exact", True, P("2023-01-01", "2023-12-31"), kg=121000, opt=True),
    S("cocaine", "BEL", "exact", False, P("2025-03-03", "2025-03-09", tol=2), kg=2600, loc=["Antwerp"]),
    S("cocaine", "ECU", "exact", False, P("2025-03-06"), kg=4700, loc=["Guayaquil"], cluster="ecu-guayaquil-4.7t"),
    C("information_exchange", ["ECU", "BEL"], ev="intelligence", opt=True),
], title="Antwerp cocaine seizures fall for second year as gangs switch tactics", outlet="Flanders Port Journal",
    date="2025-03-10"))

# ---------------------------------------------------------------- 027 Spain, Guardia Civil, fardos
DOCS.append(doc("027_huelva_guardia_civil_fardos.txt", """Guardia Civil seizes 95 bales of hashish from narco-launch off Huelva
Costa de la Luz Herald
Huelva, 22/10/2025

A Guardia Civil patrol boat intercepted a narcolancha (narco-launch) off the mouth of the Guadalquivir early on Monday and found 95 fardos (bales) containing some 3,100 kilos of hashish. The four crew members, all Spanish, were arrested after a chase of several miles.

In a separate operation on the same day in La Línea de la Concepción, agents seized 2,5 toneladas (2.5 tonnes) of hashish from a warehouse near the beach and arrested six people.

The Guardia Civil said the two hauls had no known link. The force plans to launch a new maritime operation in the Gulf of Cadiz in November with reinforcements from other regions.

Hashish from Morocco arrives on the Andalusian coast in fast boats capable of carrying up to four tonnes. Last year the Guardia Civil's union said the force needed 40 more patrol boats in the area.
""", [
    S("hashish", "ESP", "approx", False, P("2025-10-20"), kg=3100, loc=["Guadalquivir", "Huelva"]),
    A(4, "ESP", "exact", False, P("2025-10-20")),
    S("hashish", "ESP", "exact", False, P("2025-10-20"), kg=2500, loc=["La Línea", "La Linea"]),
    A(6, "ESP", "exact", False, P("2025-10-20")),
], title="Guardia Civil seizes 95 bales of hashish from narco-launch off Huelva", outlet="Costa de la Luz Herald",
    date="2025-10-22"))

# ---------------------------------------------------------------- 028 Germany, Zoll Hamburg + BKA annual
DOCS.append(doc("028_hanse_monitor_zoll_bka.txt", """Hamburg customs find a quarter of a tonne of cocaine in coffee shipment
Hanse Monitor
Hamburg, 2 July 2025

Customs officers (Zoll) at the port of Hamburg found about a quarter of a tonne of cocaine in a container of green coffee beans from Brazil on Monday, the Hamburg customs investigation office said. The drugs were hidden in ten sacks among 320 sacks of coffee. No arrests have been made.

Separately, the Federal Criminal Police Office (BKA) said in its annual drug situation report published on Tuesday that German authorities seized 39.8 tonnes of cocaine in 2024, the second-highest figure on record, as well as 1.9 tonnes of amphetamine.

The number of drug-related deaths in Germany rose to 2,227 last year, the government's drugs commissioner said. The BKA warned that crystal meth produced in the Czech Republic was gaining ground in Saxony and Bavaria.

A kilo of cocaine sells for about 30,000 euros wholesale in Germany, according to the report.
""", [
    S("cocaine", "DEU", "approx", False, P("2025-06-30"), kg=250, loc=["Hamburg"]),
    S("cocaine", "DEU", "exact", True, P("2024-01-01", "2024-12-31"), kg=39800),
    S("amphetamine", "DEU", "exact", True, P("2024-01-01", "2024-12-31"), kg=1900),
], title="Hamburg customs find a quarter of a tonne of cocaine in coffee shipment", outlet="Hanse Monitor",
    date="2025-07-02"))

# ---------------------------------------------------------------- 029 Italy, Guardia di Finanza, Gioia Tauro
DOCS.append(doc("029_reggio_post_gioia_tauro.txt", """Guardia di Finanza seize 3 tonnes of cocaine at Gioia Tauro, freeze 12 million euros in 'Ndrangheta assets
Reggio Post (English)
Reggio Calabria, 25 September 2025

The Guardia di Finanza seized 3,050 kilos of cocaine at the container port of Gioia Tauro earlier this month, prosecutors in Reggio Calabria said on Wednesday. The cocaine was hidden in a cargo of frozen shrimp from Ecuador.

In a parallel operation on Tuesday, the Guardia di Finanza executed 14 arrest warrants against members and associates of a 'Ndrangheta clan from the Piana di Gioia Tauro accused of international drug trafficking and money laundering. Officers froze companies, properties and bank accounts worth 12 million euros.

Prosecutors allege that the clan laundered at least 48 million euros of drug proceeds through car dealerships and restaurants in northern Italy and Germany since 2019.

Gioia Tauro, Italy's largest transhipment port, has been a gateway for South American cocaine for decades.
""", [
    S("cocaine", "ITA", "exact", False, P("2025-09-01", "2025-09-25", tol=5), kg=3050, loc=["Gioia Tauro"]),
    A(14, "ITA", "exact", False, P("2025-09-23")),
    N(1, "ITA", opt=True),
], title="Guardia di Finanza seize 3 tonnes of cocaine at Gioia Tauro, freeze 12 million euros in 'Ndrangheta assets",
    outlet="Reggio Post", date="2025-09-25"))

# ---------------------------------------------------------------- 030 Norway, Svinesund, joint checks with Sweden
DOCS.append(doc("030_oslo_tidende_svinesund.txt", """Police find 420 kilos of hashish in lorry at Svinesund border crossing
Oslo Tidende - English service
Thursday 20 November 2025

Norwegian customs officers and police found 420 kilos of hashish hidden in a load of frozen fish in a Lithuanian-registered lorry at the Svinesund crossing on the border with Sweden on Tuesday, East Police District said. The driver, a 38-year-old Lithuanian, was arrested and remanded in custody for four weeks.

The find came during a week of joint checks at the crossing by Norwegian and Swedish customs officers, which ended on Wednesday. A spokesman for the Norwegian Customs Service said the joint checks had also led to the seizure of 12 kilos of cocaine and 2kg of amphetamine on the Swedish side.

Norway's National Criminal Investigation Service (Kripos) said in October that hashish seizures in the first three quarters of 2025 were at their highest level in ten years, but gave no total.

A kilo of hashish sells for around NOK 40,000 in Oslo.
""", [
    S("hashish", "NOR", "exact", False, P("2025-11-18"), kg=420, loc=["Svinesund"]),
    A(1, "NOR", "exact", False, P("2025-11-18")),
    C("joint_operation", ["NOR", "SWE"], period=P("2025-11-13", "2025-11-19", tol=3), loc="Svinesund", ev="joint checks"),
    S("cocaine", "SWE", "exact", [False, True], P("2025-11-13", "2025-11-19", tol=3), kg=12, loc=["Svinesund"]),
    S("amphetamine", "SWE", "exact", [False, True], P("2025-11-13", "2025-11-19", tol=3), kg=2, loc=["Svinesund"]),
], title="Police find 420 kilos of hashish in lorry at Svinesund border crossing", outlet="Oslo Tidende",
    date="2025-11-20"))

# ---------------------------------------------------------------- 031 HTML, European Drug Report (EUDA), 2023 totals
Y23 = P("2023-01-01", "2023-12-31")
DOCS.append(doc("031_brussels_wire_euda_report.html", html_page(
    "European Drug Report: cocaine seizures reach new high for seventh year in a row", "Brussels Policy Wire",
    "2025-06-05T11:00:00+02:00", "By Anneke Vos, Brussels | 5 June 2025",
    ["EU member states seized a record 441 tonnes of cocaine in 2023, the seventh consecutive annual increase, the EU Drugs Agency (EUDA) said on Thursday in its annual European Drug Report.",
     "Belgium, the Netherlands and Spain together accounted for about 70% of the total. Spain alone reported 118 tonnes of cocaine seized in 2023, according to the report.",
     "Member states also reported 816 tonnes of cannabis resin and 256 tonnes of herbal cannabis seized in 2023, the agency said, while the number of individual drug seizures exceeded 1.1 million.",
     "The report estimates that 7,500 people died of drug-induced causes in the EU in 2023, and warns of the spread of new synthetic opioids such as nitazenes.",
     "The EUDA, based in Lisbon, replaced the EMCDDA in July 2024 with an expanded mandate and an annual budget of about 25 million euros."],
    ["Nitazenes: the new threat", "Interview with the EUDA director", "Cannabis laws across Europe"],
    nav=("Home", "EU Policy", "Health", "Justice", "Opinion")), [
    S("cocaine", q="exact", agg=True, period=Y23, kg=441000),
    S("cocaine", "ESP", "exact", True, Y23, kg=118000),
    S("hashish", q="exact", agg=True, period=Y23, kg=816000),
    S("cannabis", q="exact", agg=True, period=Y23, kg=256000),
], title="European Drug Report: cocaine seizures reach new high for seventh year in a row",
    outlet="Brussels Policy Wire", date="2025-06-05", fmt="html"))

# ---------------------------------------------------------------- 032 Europol/Eurojust JIT action day
DOCS.append(doc("032_europe_crime_review_jit.txt", """Joint investigation team takes down cocaine network across Netherlands, Belgium and Spain
Europe Crime Review
The Hague, 30 January 2025

Police in the Netherlands, Belgium and Spain arrested 23 suspects on Tuesday, 28 January, in a coordinated action day against a criminal network that imported cocaine through the ports of Rotterdam, Antwerp and Algeciras, Europol said on Thursday.

Eleven suspects were arrested in the Netherlands, eight in Belgium and four in Spain. During the searches, Spanish officers seized 650 kilos of cocaine in a warehouse near Algeciras, and police in the three countries seized 2.1 million euros in cash, luxury watches and 19 vehicles.

The action day was the result of a joint investigation team (JIT) set up in 2023 by Dutch, Belgian and Spanish authorities with the support of Eurojust and Europol. Europol deployed four analysts to The Hague to cross-check data in real time.

Investigators say the international network, led by a Dutch-Moroccan family, moved at least 15 tonnes of cocaine into Europe since 2021.
""", [
    A(11, "NLD", "exact", False, P("2025-01-28")),
    A(8, "BEL", "exact", False, P("2025-01-28")),
    A(4, "ESP", "exact", False, P("2025-01-28")),
    A(23, opt=True),
    S("cocaine", "ESP", "exact", False, P("2025-01-28"), kg=650, loc=["Algeciras"]),
    C("joint_operation", ["NLD", "BEL", "ESP", "EUROPOL"], period=P("2025-01-28"), ev="action day"),
    C("joint_operation", ["NLD", "BEL", "ESP"], ev="joint investigation team", opt=True),
    N(1, ["NLD", "BEL", "ESP"], "international", "exact", False, P("2025-01-28")),
], title="Joint investigation team takes down cocaine network across Netherlands, Belgium and Spain",
    outlet="Europe Crime Review", date="2025-01-30"))
