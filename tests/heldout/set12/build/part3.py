from common import *

# Part 3: Europe. Spanish releases (decimal commas, "toneladas", Spanish date line, photo caption, per-province list),
# Guardia di Finanza in translation, Portugal's PJ, France's OFAST, Antwerp/Rotterdam annual figures, Hamburg and the
# BKA (HTML), a Polish lab, a Balkan JSON array, a Baltic/Nordic list, a Europol action day and its near-copy, the
# EUDA report (HTML table, several years), a Rotterdam liveblog with a correction, a timeline of an Italian case.
DOCS = []
Y21 = P("2021-01-01", "2021-12-31")
Y22 = P("2022-01-01", "2022-12-31")
Y23 = P("2023-01-01", "2023-12-31")
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 019 Guardia Civil Algeciras (translated release, caption)
DOCS.append(doc("019_guardia_civil_algeciras.txt", """Guardia Civil seizes 1.234,5 kilos of cocaine in the port of Algeciras and arrests six people
Guardia Civil - Oficina de Prensa (English translation)
Madrid, 14 de marzo de 2025

The Guardia Civil, in a joint operation with the Customs Surveillance Service of the State Tax Administration Agency, has seized 1.234,5 kilos of cocaine hidden in a container of bananas from Ecuador in the port of Algeciras (Cádiz) and has dismantled the international criminal organisation that was to receive it.

The container was inspected on 12 de marzo (12 March) after it was selected by the risk-analysis unit of the port. The six members of the organisation, of Spanish, Colombian and Moroccan nationality, were arrested the following day in Algeciras, La Línea de la Concepción and Marbella.

In a parallel phase of the operation, called "Plátano Negro", agents of the Maritime Service intercepted on 10 March a semi-rigid boat off Barbate carrying 3,2 toneladas de hachís (3.2 tonnes of hashish) in 85 bales. Its two crew members were detained.

According to the investigators, the organisation charged 30.000 euros for each container it was able to take out of the port without inspection.

[Photo] Agents of the Guardia Civil with part of the 1,234.5 kilos of cocaine seized in Algeciras. (Guardia Civil)

The detainees have been placed at the disposal of the Court of Instruction number 3 of Algeciras.
""", [
    S("cocaine", "ESP", "exact", False, P("2025-03-12"), kg=1234.5, loc=["Algeciras"], cluster="esp-algeciras-cocaine"),
    A(6, "ESP", "exact", False, P("2025-03-13"), cluster="esp-algeciras-arrests"),
    N(1, "ESP", "international", "exact", False),
    S("hashish", "ESP", "exact", False, P("2025-03-10"), kg=3200, loc=["Barbate"]),
    A(2, "ESP", "exact", False, P("2025-03-10")),
], title="Guardia Civil seizes 1.234,5 kilos of cocaine in the port of Algeciras and arrests six people",
    outlet=optv("Guardia Civil"), date="2025-03-14"))

# ---------------------------------------------------------------- 020 Policía Nacional, per-province list under a lead-in (Markdown)
MO = P("2025-05-26", "2025-05-29", tol=1)
DOCS.append(doc("020_policia_nacional_mosaico.md", """# Policía Nacional dismantles drug network across five provinces: 38 arrests

*Crónica Policial Digital*

**Madrid | martes, 3 de junio de 2025**

The Policía Nacional has dismantled a criminal organisation that distributed cocaine, hashish and synthetic drugs in five provinces and arrested 38 people in Operation "Mosaico", carried out between 26 and 29 May, the force reported on Monday.

In 41 searches of homes and warehouses, agents seized:

- **Madrid:** 412 kilos of cocaine;
- **Valencia:** 1,8 toneladas (1,800 kilos) of hashish;
- **Málaga:** 26.500 pastillas de MDMA (26,500 ecstasy pills) and 3,4 kilos of ketamine;
- **Barcelona:** 96 kilos of marihuana;
- **Alicante:** 310.000 euros in cash and 14 vehicles.

The network had been under investigation since October 2024. It brought the cocaine from the Netherlands hidden in lorries carrying flowers and sold the synthetic drugs at festivals on the Mediterranean coast, according to the police.

Of the 38 detainees, 21 have been remanded in custody by the investigating court in Madrid.
""", [
    A(38, "ESP", "exact", [True, False], MO),
    N(1, "ESP", q="exact", period=MO),
    S("cocaine", "ESP", "exact", period=MO, kg=412, loc=["Madrid"]),
    S("hashish", "ESP", "exact", period=MO, kg=1800, loc=["Valencia"]),
    S("mdma", "ESP", "exact", period=MO, pills=26500, loc=["Málaga", "Malaga"]),
    S("ketamine", "ESP", "exact", period=MO, kg=3.4, loc=["Málaga", "Malaga"]),
    S("cannabis", "ESP", "exact", period=MO, kg=96, loc=["Barcelona"]),
    A(21, "ESP", opt=True),
], title="Policía Nacional dismantles drug network across five provinces: 38 arrests", outlet="Crónica Policial Digital",
    date="2025-06-03"))

# ---------------------------------------------------------------- 021 Guardia di Finanza, Gioia Tauro ("2.043 kg", "400 milioni di euro")
DOCS.append(doc("021_gdf_gioia_tauro.txt", """Over 2 tonnes of cocaine found in shrimp container at Gioia Tauro
Calabria Notizie (English)
Reggio Calabria, 22 gennaio 2025 (22 January 2025)

Officers of the Guardia di Finanza of Reggio Calabria, together with officials of the Customs and Monopolies Agency (ADM), seized more than 2 tonnes of cocaine - exactly 2.043 kg (2,043 kilograms) - hidden in a container of frozen shrimp from Ecuador in the port of Gioia Tauro during an inspection on Monday, the prosecutor's office said on Tuesday.

Once cut and sold, the drug would have earned the 'Ndrangheta more than 400 milioni di euro (400 million euros), investigators said. No one has been arrested; the importing company, based in Naples, is under investigation.

In a separate operation in Rosarno on Saturday, the Guardia di Finanza arrested two men and seized 8 kilos of cocaine and 1,2 milioni di euro (1.2 million euros) in cash hidden in a farmhouse.

In 2024 the Guardia di Finanza seized 9.780 kg (9,780 kilograms) of cocaine at Gioia Tauro, the port's highest total in four years, according to the regional command.
""", [
    S("cocaine", "ITA", ["exact", "at_least"], False, P("2025-01-20"), kg=2043, val=4e8, cur="EUR",
      loc=["Gioia Tauro"]),
    S("cocaine", "ITA", "exact", False, P("2025-01-18"), kg=8, loc=["Rosarno"]),
    A(2, "ITA", "exact", False, P("2025-01-18")),
    S("cocaine", "ITA", "exact", True, Y24, kg=9780, loc=["Gioia Tauro"]),
], title="Over 2 tonnes of cocaine found in shrimp container at Gioia Tauro", outlet="Calabria Notizie",
    date="2025-01-22"))

# ---------------------------------------------------------------- 022 PJ Portugal, Azores semi-submersible ("Monday (17)")
DOCS.append(doc("022_pj_azores_semisub.txt", """PJ and Navy intercept semi-submersible with 6.5 tonnes of cocaine off the Azores
Diário Atlântico
Lisboa, quarta-feira, 19 de novembro de 2025 (Wednesday, 19 November 2025)

Portugal's Polícia Judiciária (PJ), through its National Unit for Combating Drug Trafficking (UNCTE), and the Portuguese Navy intercepted a semi-submersible vessel carrying about 6,5 toneladas (6.5 tonnes) of cocaine some 400 nautical miles south of the island of São Miguel, in the Azores, on Monday (17), the PJ announced on Tuesday.

The four crew members - three Colombians and one Venezuelan - were arrested and will be heard by a judge in Ponta Delgada. The semi-submersible, which was taking on water, was sunk after the bales were transferred to the Navy patrol ship.

The operation was carried out together with the Maritime Analysis and Operations Centre - Narcotics (MAOC-N) and Spain's Policía Nacional, with the support of the US Drug Enforcement Administration (DEA), the PJ said.

So far this year the PJ has seized 22,8 toneladas (22.8 tonnes) of cocaine, it added.
""", [
    S("cocaine", "PRT", "approx", False, P("2025-11-17"), kg=6500, loc=["São Miguel", "Azores", "Sao Miguel"]),
    A(4, "PRT", "exact", False, P("2025-11-17")),
    A(3, "PRT", opt=True),
    C("joint_operation", ["PRT", "ESP", "USA", "MAOC-N"], P("2025-11-17"), ev="together with"),
    S("cocaine", "PRT", "exact", True, P("2025-01-01", "2025-11-18", tol=1), kg=22800),
], title="PJ and Navy intercept semi-submersible with 6.5 tonnes of cocaine off the Azores", outlet="Diário Atlântico",
    date="2025-11-19"))

# ---------------------------------------------------------------- 023 OFAST, Le Havre ("le 3 mars", "2,3 tonnes", "53,5 tonnes")
DOCS.append(doc("023_ofast_le_havre.txt", """Le Havre: 2.3 tonnes of cocaine seized in banana containers, five arrested
Le Courrier de Seine (édition anglaise)
Paris, le jeudi 6 mars 2025

Customs officers at the port of Le Havre discovered 2,3 tonnes (2.3 tonnes) of cocaine in two containers of bananas from Colombia le 3 mars (on 3 March), the Office anti-stupéfiants (OFAST) said on Wednesday.

Five people, including two dockers, were arrested in the following hours in Le Havre and Rouen by OFAST investigators and the judicial police. They were to be brought before an investigating judge in Lille specialised in organised crime.

The cocaine is worth more than 70 millions d'euros (70 million euros) at wholesale prices, according to OFAST. A gram sells for 60 to 70 euros on French streets.

In 2024, French authorities seized 53,5 tonnes (53.5 tonnes) of cocaine, a record, and 95 tonnes of cannabis resin, according to OFAST's annual report. The cocaine figure is nearly twice that of 2022.

"The threat has reached an unprecedented level," the head of OFAST said, calling for more scanners in French ports.
""", [
    S("cocaine", "FRA", ["exact", "at_least"], False, P("2025-03-03"), kg=2300, val=7e7, cur="EUR",
      loc=["Le Havre"], cluster="fra-lehavre-cocaine"),
    A(5, "FRA", "exact", False, P("2025-03-03", tol=1)),
    A(2, "FRA", opt=True),
    S("cocaine", "FRA", "exact", True, Y24, kg=53500),
    S("hashish", "FRA", "exact", True, Y24, kg=95000),
], title="Le Havre: 2.3 tonnes of cocaine seized in banana containers, five arrested", outlet="Le Courrier de Seine",
    date="2025-03-06"))

# ---------------------------------------------------------------- 024 Antwerp and Rotterdam annual customs figures, a January seizure
DOCS.append(doc("024_antwerp_rotterdam_2024.txt", """Antwerp cocaine seizures fell to 44 tonnes in 2024; Rotterdam 46 tonnes
Scheldt Harbour Journal
Brussels, Friday 17 January 2025

Belgian customs seized 44 tonnes of cocaine in the port of Antwerp in 2024, compared with 116 tonnes in 2023, the Federal Public Service Finance said on Thursday. Officials attributed the drop to tighter controls, which they said had pushed traffickers towards smaller ports in northern Europe.

The number of individual seizures at Antwerp fell to 1,180, the ministry said. The port authority will spend 35 million euros on new scanners over the next two years.

In the Netherlands, customs (Douane) said it had seized 46 tonnes of cocaine at Rotterdam in 2024, down from 59.1 tonnes a year earlier.

The new year has not been quiet. On 9 January, Belgian customs found 3,1 tonnes (3.1 tonnes) of cocaine in a single container of bananas from Ecuador at Antwerp, the largest single seizure in the port in more than a year.

Drug-related violence in Antwerp has also fallen, the city's mayor said, although he warned that criminal groups were recruiting teenagers as port "extractors".
""", [
    S("cocaine", "BEL", "exact", True, Y24, kg=44000, loc=["Antwerp"]),
    S("cocaine", "BEL", "exact", True, Y23, kg=116000, opt=True),
    S("cocaine", "NLD", "exact", True, Y24, kg=46000, loc=["Rotterdam"], cluster="nld-rotterdam-2024"),
    S("cocaine", "NLD", "exact", True, Y23, kg=59100, opt=True),
    S("cocaine", "BEL", "exact", False, P("2025-01-09"), kg=3100, loc=["Antwerp"]),
], title="Antwerp cocaine seizures fell to 44 tonnes in 2024; Rotterdam 46 tonnes", outlet="Scheldt Harbour Journal",
    date="2025-01-17"))

# ---------------------------------------------------------------- 025 Hamburg customs and BKA annual report (HTML)
DOCS.append(doc("025_hamburg_zoll_bka.html", html_page(
    "Customs find 1.4 tonnes of cocaine in Hamburg pineapple container; BKA reports 43 tonnes for 2024",
    "Hanseatic Herald", "2025-09-04T11:20:00+02:00", "By Jana Petersen | 4 September 2025",
    ["Customs investigators in Hamburg have found 1,4 Tonnen (1.4 tonnes) of cocaine in a container of pineapples from Costa Rica, the Hamburg customs investigation office (ZFA) said on Wednesday. The drugs, discovered at the Burchardkai terminal on 28 August, have an estimated street value of around 100 million euros.",
     "Three men aged 31 to 46 were arrested on Monday in Hamburg and Bremen on suspicion of having organised the shipment. They are in pre-trial detention.",
     "The Federal Criminal Police Office (BKA) said in its annual report on narcotics crime, published the same day, that 43 tonnes of cocaine were seized in Germany in 2024, slightly less than in the previous year. Police recorded 228,104 drug offences, and 2,137 people died as a result of drug use, the highest number on record.",
     "The interior minister said Germany would expand cooperation with the Netherlands and Belgium on port security and planned to station more customs officers in Hamburg."],
    ["Elbphilharmonie season opens with sold-out concert", "HVV fares to rise in January", "HSV coach under pressure"],
    nav=("Home", "Hamburg", "Germany", "Economy", "Sport")), [
    S("cocaine", "DEU", ["exact", "approx"], False, P("2025-08-28"), kg=1400, val=1e8, cur="EUR",
      loc=["Hamburg", "Burchardkai"]),
    A(3, "DEU", "exact", False, P("2025-09-01")),
    S("cocaine", "DEU", "exact", True, Y24, kg=43000),
], title="Customs find 1.4 tonnes of cocaine in Hamburg pineapple container; BKA reports 43 tonnes for 2024",
    outlet="Hanseatic Herald", date="2025-09-04", fmt="html"))

# ---------------------------------------------------------------- 026 Poland CBSP amphetamine lab (zlotys, litres of BMK)
DOCS.append(doc("026_cbsp_zgierz_lab.txt", """Police dismantle amphetamine lab near Łódź, seize 387 kg of the drug
Vistula Daily
Warsaw, 27 May 2025

Officers of the Central Bureau of Investigation of the Police (CBŚP) have dismantled an amphetamine laboratory in a rented barn near Zgierz, in the Łódź region, and arrested four men, the bureau said on Monday.

During the raid on Thursday, officers seized 387 kilograms of amphetamine, 120 litres of BMK, a chemical used to produce it, and glassware and reactors. The amphetamine was worth about 11 million zlotys on the black market, a CBŚP spokesperson said.

Two of the arrested men are Dutch nationals who, according to investigators, were brought in as "cooks". The suspects face up to 15 years in prison.

Last year the CBŚP dismantled 27 drug laboratories in Poland, most of them producing amphetamine for markets in Scandinavia and Germany.
""", [
    N(1, "POL", q="exact", agg=False, period=P("2025-05-22")),
    A(4, "POL", "exact", False, P("2025-05-22")),
    A(2, "POL", opt=True),
    S("amphetamine", "POL", ["exact", "approx"], False, P("2025-05-22"), kg=387, val=1.1e7, cur="PLN",
      loc=["Zgierz"]),
    S("precursors", "POL", opt=True),
    N(27, "POL", q="exact", agg=True, period=Y24),
], title="Police dismantle amphetamine lab near Łódź, seize 387 kg of the drug", outlet="Vistula Daily",
    date="2025-05-27"))


# ---------------------------------------------------------------- 027 Balkans digest: JSON array (headline_en / published_by / date_published DD.MM.YYYY / lang / content)
def bal(h, by, dmy):
    return {"headline_en": h, "published_by": by, "date_published": dmy, "lang": "en"}


B = "027_balkans_digest.json"
H = "Albanian police seize 1.1 tonnes of cannabis from speedboat in Vlora bay"
d = doc(B + "#1", """VLORA - Albanian State Police seized 1,120 kilograms of cannabis from a speedboat in the bay of Vlora before dawn on Monday and arrested two men, the police said. A third man, believed to be the organiser, escaped and is wanted.

The speedboat was heading for the coast of Puglia, in southern Italy. Police said the cannabis had been grown in the hills of the Vlora district.

Police said they had uprooted more than 48,000 cannabis plants in the district since January.
""", [
    S("cannabis", "ALB", "exact", False, P("2025-08-11"), kg=1120, loc=["Vlora"]),
    A(2, "ALB", "exact", False, P("2025-08-11")),
], title=H, outlet="Adriatic Balkan Report", date="2025-08-12", fmt="json",
    record=bal(H, "Adriatic Balkan Report", "12.08.2025"))
d["body_key"] = "content"
DOCS.append(d)

H = "Serbian police break up cocaine ring linked to Montenegrin clan; six arrested"
d = doc(B + "#2", """BELGRADE - Serbian police, in a joint operation with Montenegro's Police Directorate and with the support of Europol, have broken up an international cocaine trafficking ring linked to one of the Montenegrin clans, the Serbian Interior Ministry said.

Officers arrested six people in Belgrade and Novi Sad on Wednesday and seized 87 kilograms of cocaine in a garage in the New Belgrade district. In Montenegro, police arrested two more suspects in the port town of Bar on the same day.

The ring brought cocaine from Ecuador through the ports of Bar and Rijeka, investigators said.
""", [
    N(1, "SRB", "international", "exact", False, P("2025-04-02")),
    A(6, "SRB", "exact", False, P("2025-04-02")),
    S("cocaine", "SRB", "exact", False, P("2025-04-02"), kg=87, loc=["Belgrade"]),
    A(2, "MNE", "exact", False, P("2025-04-02")),
    C("joint_operation", ["SRB", "MNE", "EUROPOL"], P("2025-04-02"), ev="joint operation"),
], title=H, outlet="Adriatic Balkan Report", date="2025-04-03", fmt="json",
    record=bal(H, "Adriatic Balkan Report", "03.04.2025"))
d["body_key"] = "content"
DOCS.append(d)

H = "Podgorica court jails three over 2021 Bar cocaine shipment, acquits two"
d = doc(B + "#3", """PODGORICA - The High Court in Podgorica on Wednesday sentenced three men to prison terms of 12, 9 and 6 years for their part in smuggling 1,314 kilograms of cocaine found in a container of bananas in the port of Bar in January 2021. Two other defendants were acquitted.

All five had been arrested in February 2021 after a month-long investigation by the police and the special prosecutor's office.

The verdict can be appealed. Prosecutors said they would appeal against the acquittals.
""", [
    SEN("prison", 3, "MNE", "exact", False, P("2025-09-17")),
    SEN("prison", 1, "MNE", opt=True),
    SEN("prison", 1, "MNE", opt=True),
    SEN("prison", 1, "MNE", opt=True),
    S("cocaine", "MNE", "exact", False, P("2021-01-01", "2021-01-31"), kg=1314, loc=["Bar"]),
    A(5, "MNE", "exact", False, P("2021-02-01", "2021-02-28")),
], title=H, outlet="Adriatic Balkan Report", date="2025-09-18", fmt="json",
    record=bal(H, "Adriatic Balkan Report", "18.09.2025"))
d["body_key"] = "content"
DOCS.append(d)

# ---------------------------------------------------------------- 028 Baltic and Nordic week: list under a lead-in ("last week")
LW = P("2025-10-06", "2025-10-12", tol=2)
DOCS.append(doc("028_baltic_nordic_week.txt", """Baltic and Nordic customs report week's seizures: cocaine in Klaipėda, ecstasy in Riga
Baltic Nordic Briefing
Riga, Monday 13 October 2025

Customs and police services in the Baltic and Nordic states reported the following seizures last week:

- Lithuania: customs officers at the port of Klaipėda found 240 kilograms of cocaine in a container of frozen fish from Ecuador; two people were detained.
- Latvia: the State Revenue Service seized 18,000 ecstasy tablets weighing 8.6 kg in a parcel at Riga airport.
- Estonia: the Police and Border Guard Board seized 11.5 kg of mephedrone and arrested a courier at the Narva border crossing.
- Finland: Finnish Customs seized 52 kg of amphetamine in a truck at the port of Vuosaari in Helsinki; the driver was arrested.
- Sweden: police in Malmö seized 80 kg of cannabis in a car that had crossed the Öresund bridge from Denmark.

Estonian officials said separately that the number of drug-related deaths in the country fell to 41 in 2024.
""", [
    S("cocaine", "LTU", "exact", False, LW, kg=240, loc=["Klaipėda", "Klaipeda"]),
    A(2, "LTU", "exact", False, LW),
    S("mdma", "LVA", "exact", False, LW, pills=18000, kg=8.6, loc=["Riga"]),
    S(["unspecified", "amphetamine"], "EST", kg=11.5, opt=True),
    A(1, "EST", "exact", False, LW),
    S("amphetamine", "FIN", "exact", False, LW, kg=52, loc=["Vuosaari", "Helsinki"]),
    A(1, "FIN", "exact", False, LW),
    S("cannabis", "SWE", "exact", False, LW, kg=80, loc=["Malmö", "Malmo"]),
], title="Baltic and Nordic customs report week's seizures: cocaine in Klaipėda, ecstasy in Riga",
    outlet="Baltic Nordic Briefing", date="2025-10-13"))

# ---------------------------------------------------------------- 029 Europol-coordinated action day (original of 030)
AD = P("2025-06-24")
PARTIES = ["BEL", "FRA", "DEU", "ITA", "NLD", "POL", "PRT", "ESP", "SWE", "EUROPOL", "EUROJUST"]
ACTION = [
    A(212, None, "exact", [True, False], AD, cluster="eu-actionday-arrests"),
    S(["mixed", "unspecified"], None, "exact", [True, False], AD, kg=3400, cluster="eu-actionday-drugs"),
    S("cocaine", None, "exact", [True, False], AD, kg=1900, cluster="eu-actionday-cocaine"),
    S("cannabis", None, "exact", [True, False], AD, kg=640, cluster="eu-actionday-cannabis"),
    S("mdma", None, "exact", [True, False], AD, pills=1200000, cluster="eu-actionday-mdma"),
    N(11, None, q="exact", agg=[True, False], period=AD, cluster="eu-actionday-networks"),
    N(3, ["NLD", "BEL", None], opt=True),
    C("joint_operation", PARTIES, AD, ev="action day", cluster="eu-actionday-op"),
]
DOCS.append(doc("029_eurowire_action_day.txt", """Europol-coordinated action day: 212 arrests in nine countries
EuroWire News Agency
The Hague, Thursday 26 June 2025

Police and customs authorities in nine European countries arrested 212 suspects and seized 3.4 tonnes of drugs during a coordinated action day against cocaine and synthetic-drug networks on Tuesday, Europol said on Wednesday.

The action day, supported by Europol and Eurojust, involved authorities in Belgium, France, Germany, Italy, the Netherlands, Poland, Portugal, Spain and Sweden. Investigators dismantled 11 criminal networks, including three that ran synthetic drug laboratories in the Netherlands and Belgium.

The seizures included 1.9 tonnes of cocaine, 640 kg of cannabis and 1.2 million ecstasy pills. Officers also seized 5.6 million euros in cash and 46 firearms, and identified more than 300 further suspects.

In Spain alone, the Guardia Civil arrested 48 people and seized 620 kilos of the cocaine in raids in Valencia and Murcia.

"Criminal networks do not stop at borders, and neither do we," Europol's deputy executive director said.
""", ACTION + [
    A(48, "ESP", "exact", [True, False], AD),
    S("cocaine", "ESP", "exact", [True, False], AD, kg=620, loc=["Valencia", "Murcia"]),
], title="Europol-coordinated action day: 212 arrests in nine countries", outlet="EuroWire News Agency",
    date="2025-06-26"))

# ---------------------------------------------------------------- 030 near-copy of 029 (Markdown, header changed, paragraph dropped)
DOCS.append(doc("030_continental_action_day.md", """# 212 arrested, 11 networks dismantled in Europe-wide drug action day

*Continental Crime Monitor*

**Friday, 27 June 2025**

Police and customs authorities in nine European countries arrested 212 suspects and seized 3.4 tonnes of drugs in a coordinated action day against cocaine and synthetic-drug networks on Tuesday, Europol said.

The action day, supported by Europol and Eurojust, involved authorities in Belgium, France, Germany, Italy, the Netherlands, Poland, Portugal, Spain and Sweden. Eleven criminal networks were dismantled, three of them operating synthetic drug laboratories in the Netherlands and Belgium.

Among the drugs seized were 1.9 tonnes of cocaine, 640 kg of cannabis and 1.2 million ecstasy pills, Europol said.

"Criminal networks do not stop at borders, and neither do we," Europol's deputy executive director said.

*(EuroWire)*
""", [dict(f) for f in ACTION], title="212 arrested, 11 networks dismantled in Europe-wide drug action day",
    outlet="Continental Crime Monitor", date="2025-06-27", dup="029_eurowire_action_day.txt"))

# ---------------------------------------------------------------- 031 EUDA European Drug Report (HTML, table of years, EU totals country null)
EUDA_TABLE = """<table class="data">
<caption>Drug seizures reported in the EU, tonnes</caption>
<thead><tr><th>Year</th><th>Cocaine</th><th>Cannabis resin</th><th>Herbal cannabis</th></tr></thead>
<tbody>
<tr><td>2021</td><td>303</td><td>672</td><td>215</td></tr>
<tr><td>2022</td><td>323</td><td>748</td><td>289</td></tr>
<tr><td>2023</td><td>419</td><td>816</td><td>256</td></tr>
</tbody>
</table>"""
DOCS.append(doc("031_euda_report_2025.html", html_page(
    "EUDA report: cocaine seizures in the EU hit a record 419 tonnes in 2023", "Lisbon Policy Observer",
    "2025-06-05T10:00:00+01:00", "By Miguel Sarmento | 5 June 2025",
    ["EU member states seized a record 419 tonnes of cocaine in 2023, the seventh consecutive annual record, the European Union Drugs Agency (EUDA) said in its European Drug Report 2025, presented in Lisbon on Wednesday.",
     "Seizures of cannabis resin also rose, while herbal cannabis seizures fell, according to figures covering the 27 EU member states:",
     "Belgium (123 tonnes), Spain (121 tonnes) and the Netherlands (59 tonnes) together accounted for almost three quarters of the cocaine seized in 2023.",
     "The report counts 7,500 drug-induced deaths in the EU in 2023 and estimates that 4.7 million adults used cocaine in the last year. The agency, which replaced the EMCDDA in 2024, has a budget of 23 million euros for 2025.",
     "The EUDA's director warned that if production in South America kept rising, Europe could face a new wave of cocaine-related violence."],
    ["Lisbon metro extension opens", "EU ministers agree on new border rules", "Portugal's heatwave: red alert in Alentejo"],
    nav=("Home", "Europe", "Portugal", "Policy", "Opinion"), table=(1, EUDA_TABLE)), [
    S("cocaine", None, "exact", True, Y21, kg=303000),
    S("hashish", None, "exact", True, Y21, kg=672000),
    S("cannabis", None, "exact", True, Y21, kg=215000),
    S("cocaine", None, "exact", True, Y22, kg=323000),
    S("hashish", None, "exact", True, Y22, kg=748000),
    S("cannabis", None, "exact", True, Y22, kg=289000),
    S("cocaine", None, "exact", True, Y23, kg=419000),
    S("hashish", None, "exact", True, Y23, kg=816000),
    S("cannabis", None, "exact", True, Y23, kg=256000),
    S("cocaine", "BEL", "exact", True, Y23, kg=123000),
    S("cocaine", "ESP", "exact", True, Y23, kg=121000),
    S("cocaine", "NLD", "exact", True, Y23, kg=59000),
], title="EUDA report: cocaine seizures in the EU hit a record 419 tonnes in 2023", outlet="Lisbon Policy Observer",
    date="2025-06-05", fmt="html"))

# ---------------------------------------------------------------- 032 Rotterdam liveblog with a correction (retracted 8 tonnes)
DOCS.append(doc("032_rotterdam_liveblog.txt", """LIVE: Police raid Waalhaven warehouses after cocaine find
Rotterdam Live - Live
Updated: Tuesday 2 December 2025, 17:05 CET

09:12 - Police and the Royal Netherlands Marechaussee are raiding three warehouses in the Waalhaven area of Rotterdam. A spokesperson says a large quantity of cocaine may be involved.

10:40 - [Corrected, see 13:20] Police have found cocaine in one of the warehouses, hidden in pallets of fruit juice concentrate.

11:55 - Three people have been arrested at the scene, police say.

13:20 - CORRECTION: In our 10:40 entry we reported that police had found 8 tonnes of cocaine. That figure was wrong. Police say the quantity found is 800 kilograms. We apologise for the error.

14:45 - Police now say five people have been arrested in total, including the three detained this morning; the other two were picked up at a house in Schiedam.

16:30 - The public prosecutor's office says the cocaine has a wholesale value of about 24 million euros. For context: Dutch customs seized 46 tonnes of cocaine at Rotterdam in 2024.

17:05 - The mayor says the city will spend 12 million euros on extra port security next year. This blog is now closed.
""", [
    S("cocaine", "NLD", ["exact", "approx"], False, P("2025-12-02"), kg=800, val=2.4e7, cur="EUR",
      loc=["Waalhaven", "Rotterdam"]),
    A(5, "NLD", "exact", False, P("2025-12-02")),
    A(3, "NLD", opt=True),
    A(2, "NLD", opt=True),
    S("cocaine", "NLD", "exact", True, Y24, kg=46000, loc=["Rotterdam"], cluster="nld-rotterdam-2024"),
], title="LIVE: Police raid Waalhaven warehouses after cocaine find", outlet="Rotterdam Live", date="2025-12-02"))

# ---------------------------------------------------------------- 033 Timeline of an Italian case (Markdown)
DOCS.append(doc("033_levante_timeline.md", """# Timeline: Operation Levante, from the Livorno seizure to the Florence verdict

*Cronaca Giudiziaria Weekly*

**Rome, Monday 15 September 2025**

A court in Florence on Monday sentenced five defendants in the Operation Levante case to prison terms of between 8 and 16 years and acquitted two. Here is how the case unfolded.

- **4 March 2024** - The Guardia di Finanza find 1,180 kg of cocaine in a container of coffee beans from Brazil at the port of Livorno.
- **6 March 2024** - Seven people are arrested in Livorno, Pisa and Florence.
- **19 June 2024** - Investigators following the same network seize a second shipment, 312 kg of cocaine, in the port of Genoa. No one is arrested.
- **November 2024** - Two of the suspects are released to house arrest.
- **12 May 2025** - The trial opens. Prosecutors ask for a total of 98 years.
- **15 September 2025** - Five defendants are sentenced to between 8 and 16 years; two are acquitted.

**What next?** The defence has 90 days to appeal. Prosecutors said they could seek longer terms on appeal.
""", [
    S("cocaine", "ITA", "exact", False, P("2024-03-04"), kg=1180, loc=["Livorno"]),
    A(7, "ITA", "exact", False, P("2024-03-06")),
    S("cocaine", "ITA", "exact", False, P("2024-06-19"), kg=312, loc=["Genoa"]),
    SEN("prison", 5, "ITA", "exact", False, P("2025-09-15")),
], title="Timeline: Operation Levante, from the Livorno seizure to the Florence verdict",
    outlet="Cronaca Giudiziaria Weekly", date="2025-09-15"))
