from common import *

# Part 2: Latin America in English translation (Brazil, Colombia, Mexico, Peru, Ecuador, Bolivia) and EU-LatAm work
DOCS = []

# ---------------------------------------------------------------- 012 Brazil PF, Santos, "1,5 t"
DOCS.append(doc("012_brazil_pf_santos_sugar.txt", """Federal Police seize 1.5 tonnes of cocaine hidden in sugar cargo at Port of Santos
Sao Paulo Dispatch - English edition
Sao Paulo, 03/06/2025

The Polícia Federal (PF) seized 1,5 t (1.5 tonnes) of cocaine on Monday (2) in a container of bagged sugar bound for Valencia, Spain, at the Port of Santos, on the Sao Paulo coast. The drug was divided into 1.370 bricks hidden among the sugar sacks.

According to the PF, the cocaine would be worth about R$ 180 milhões (R$180 million) on the European market. Two port workers who had accessed the container the night before were arrested in the act.

The container was selected for inspection by the Receita Federal (the federal tax and customs service) after an analysis of risk, and the Spanish Policía Nacional had shared information about the consignee in Valencia, the PF said.

In 2024 the Federal Police seized 63,4 t (63.4 tonnes) of cocaine across Brazil, of which 18 t were found at the Port of Santos alone. The two arrested men may face up to 25 years in prison for international drug trafficking.
""", [
    S("cocaine", "BRA", ["exact", "approx"], False, P("2025-06-02"), kg=1500, val=180000000, cur="BRL",
      loc=["Santos"]),
    A(2, "BRA", "exact", False, P("2025-06-02")),
    C("information_exchange", ["BRA", "ESP"], ev="shared information", opt=True),
    S("cocaine", "BRA", "exact", True, P("2024-01-01", "2024-12-31"), kg=63400),
    S("cocaine", "BRA", "exact", True, P("2024-01-01", "2024-12-31"), kg=18000, loc=["Santos"]),
], title="Federal Police seize 1.5 tonnes of cocaine hidden in sugar cargo at Port of Santos",
    outlet="Sao Paulo Dispatch", date="2025-06-03"))

# ---------------------------------------------------------------- 013 Brazil PRF Mato Grosso do Sul, 28,3 t
DOCS.append(doc("013_brazil_prf_ms_marijuana.txt", """PRF seizes 28 tonnes of marijuana hidden under soybeans in Mato Grosso do Sul
Campo Grande Correio (English digest) | Wednesday, 10 September 2025

Agents of the Federal Highway Police (PRF) found 28,3 t (28.3 tonnes) of marijuana on Tuesday (9) in a grain truck stopped on the BR-163 highway near Dourados, in Mato Grosso do Sul state. The drug, in 1.160 bales, was covered by a layer of soybeans. The driver, 46, was arrested and told agents he had loaded the truck in Ponta Pora, on the border with Paraguay.

It is the largest single marijuana seizure by the PRF this year. Since January, the PRF in Mato Grosso do Sul has seized 412 t of marijuana, the agency said.

Separately, Brazil's Federal Police and Paraguay's National Anti-Drug Secretariat (SENAD) concluded the latest phase of Operation Nova Aliança, a joint operation in the Paraguayan department of Amambay in which officers destroyed 1.100 hectares of cannabis plantations and an estimated 3.300 t of marijuana that would have been harvested.

A bale of pressed marijuana sells for around R$ 1.500 in Sao Paulo, police say.
""", [
    S("cannabis", "BRA", "exact", False, P("2025-09-09"), kg=28300, loc=["Dourados", "BR-163", "Mato Grosso do Sul"]),
    A(1, "BRA", "exact", False, P("2025-09-09")),
    S("cannabis", "BRA", "exact", True, P("2025-01-01", "2025-09-10", tol=1), kg=412000, loc=["Mato Grosso do Sul"]),
    C("joint_operation", ["BRA", "PRY"], loc="Amambay", ev="Nova Aliança"),
], title="PRF seizes 28 tonnes of marijuana hidden under soybeans in Mato Grosso do Sul",
    outlet="Campo Grande Correio", date="2025-09-10"))

# ---------------------------------------------------------------- 014 Colombia Armada, semi-submersible (original of 021#2)
DOCS.append(doc("014_colombia_armada_semisub.txt", """Colombian Navy intercepts semi-submersible with 3.2 tonnes of cocaine off Tumaco
El Pacifico Today (English edition)
Bogota, March 21, 2025

The Armada de Colombia (Colombian Navy) intercepted a semi-submersible vessel carrying 3,2 toneladas (3.2 tonnes) of cocaine hydrochloride on Wednesday about 90 nautical miles west of Tumaco, in Nariño department, the Navy said on Friday.

The three crew members, two Colombians and one Ecuadorian, were captured and handed over to the Attorney General's Office in Tumaco. According to the Navy, the cargo is worth more than COP 115.000 millones (115 billion pesos) on the international market.

The vessel was detected by a maritime patrol aircraft using information from the Joint Interagency Task Force South, the United States-led drug interdiction centre in Key West.

So far in 2025, the Navy has seized 187 toneladas (187 tonnes) of cocaine, Vice Admiral Hernán Ospina told reporters. He said the Navy's goal for the year is to reach 900 tonnes, after seizing a record 874 tonnes in 2024.
""", [
    S("cocaine", "COL", ["exact", "at_least"], False, P("2025-03-19"), kg=3200, val=115000000000, cur="COP",
      loc=["Tumaco", "Nariño"], cluster="col-tumaco-semisub"),
    A(3, "COL", "exact", False, P("2025-03-19"), cluster="col-tumaco-crew"),
    A(2, opt=True),
    A(1, opt=True),
    C("information_exchange", ["COL", "USA"], ev="Joint Interagency Task Force", opt=True),
    S("cocaine", "COL", "exact", True, P("2025-01-01", "2025-03-21", tol=1), kg=187000, cluster="col-navy-ytd"),
    S("cocaine", "COL", "exact", True, P("2024-01-01", "2024-12-31"), kg=874000, opt=True),
], title="Colombian Navy intercepts semi-submersible with 3.2 tonnes of cocaine off Tumaco",
    outlet="El Pacifico Today", date="2025-03-21"))

# ---------------------------------------------------------------- 015 Colombia Policía Nacional, first quarter
Q1 = P("2025-01-01", "2025-03-31")
DOCS.append(doc("015_colombia_police_q1.txt", """Colombian police report 230 tonnes of cocaine seized in first quarter
Medellin Chronicle - Nation
April 8, 2025

Between Jan. 1 and March 31, the Policía Nacional seized 230 toneladas (230 tonnes) of cocaine and 96 toneladas (96 tonnes) of marijuana, the director of the force said on Monday at a press conference in Bogota.

In the same period, police captured 18.412 people for drug trafficking offences and dismantled 37 criminal structures, 12 of which had links to transnational organisations. Officers also destroyed 1.120 laboratories used to process coca base and cocaine hydrochloride.

The director said the seizures had cost criminal groups more than COP 9,8 billones (9.8 trillion pesos), a figure police calculate using wholesale prices in consumer markets.

The government has set the police a goal of seizing 1.000 tonnes of cocaine in 2025. Coca cultivation reached 253.000 hectares in 2023, according to the latest United Nations survey.
""", [
    S("cocaine", "COL", "exact", True, Q1, kg=230000),
    S("cannabis", "COL", "exact", True, Q1, kg=96000),
    A(18412, "COL", "exact", True, Q1),
    N(37, "COL", None, "exact", True, Q1),
    N(12, "COL", "international", opt=True),
    N(1120, "COL", None, "exact", True, Q1),
    S(["mixed", "unspecified"], "COL", opt=True),
], title="Colombian police report 230 tonnes of cocaine seized in first quarter", outlet="Medellin Chronicle",
    date="2025-04-08"))

# ---------------------------------------------------------------- 016 Mexico SEDENA, lab in Cosalá
DOCS.append(doc("016_mexico_sedena_cosala_lab.txt", """Mexican army dismantles synthetic drug lab in Sinaloa, seizes 1.2 million fentanyl pills
Mexico News Wire
Feb. 14, 2025 - Mexico City

Soldiers of the Secretariat of National Defense (SEDENA) and the Guardia Nacional dismantled a clandestine laboratory in the municipality of Cosalá, Sinaloa, on Wednesday and seized 1,2 millones de pastillas (1.2 million pills) presumed to contain fentanyl, 215 kilograms of methamphetamine and 3 toneladas (three tonnes) of precursor chemicals, the Defense ministry said in a statement.

The ministry valued the seizure at 1.800 millones de pesos (MXN 1.8 billion). No one was arrested; the lab's operators fled before the troops arrived.

Since the start of the current administration on Oct. 1, 2024, the armed forces have dismantled 742 clandestine laboratories, the ministry said.

Sinaloa has been gripped by fighting between factions of the Sinaloa Cartel since September, with more than 1,100 people killed.
""", [
    S("fentanyl", "MEX", "exact", False, P("2025-02-12"), pills=1200000, loc=["Cosalá", "Cosala", "Sinaloa"]),
    S("methamphetamine", "MEX", "exact", False, P("2025-02-12"), kg=215, loc=["Cosalá", "Cosala", "Sinaloa"]),
    S("precursors", "MEX", "exact", False, P("2025-02-12"), kg=3000, loc=["Cosalá", "Cosala", "Sinaloa"]),
    S(["mixed", "unspecified"], "MEX", "exact", False, P("2025-02-12"), val=1800000000, cur="MXN"),
    N(1, "MEX", q="exact", agg=False, period=P("2025-02-12")),
    N(742, "MEX", None, "exact", True, P("2024-10-01", "2025-02-14", tol=1)),
], title="Mexican army dismantles synthetic drug lab in Sinaloa, seizes 1.2 million fentanyl pills",
    outlet="Mexico News Wire", date="2025-02-14"))

# ---------------------------------------------------------------- 017 US-Mexico security meeting, extraditions, DEA training
DOCS.append(doc("017_us_mexico_security_group.txt", """Mexico and U.S. sign security memorandum as Mexico sends 26 more cartel suspects north
The Hemisphere Report
Washington, Thursday, Sept. 4, 2025

Senior security officials from the United States and Mexico met in Mexico City on Wednesday and signed a memorandum of understanding creating a bilateral security implementation group to coordinate action against fentanyl trafficking, arms smuggling and money laundering.

The meeting came two weeks after Mexico transferred 26 alleged cartel operatives to U.S. custody, the second such mass transfer this year.

Under the new framework the DEA will expand a programme that has already trained about 340 Mexican state police investigators in dismantling clandestine labs this year, a U.S. official said. The two governments also agreed to set up a joint intelligence cell on precursor chemicals "in the coming months" and to hold their next high-level meeting in Washington in December.

Mexico has seized more than 1,500 kilograms of fentanyl since October, according to the Mexican security cabinet, which did not give a breakdown by month.

More than 48,000 Americans died of synthetic opioid overdoses in 2024, according to provisional federal data.
""", [
    C("meeting", ["USA", "MEX"], period=P("2025-09-03"), loc="Mexico City", ev="met in Mexico City"),
    C("mou", ["USA", "MEX"], period=P("2025-09-03"), loc="Mexico City", ev="memorandum of understanding"),
    C("other", ["MEX", "USA"], count=26, ev="transferred 26", opt=True),
    C("training", ["USA", "MEX"], ev="trained", period=P("2025-01-01", "2025-09-04", tol=3)),
    S("fentanyl", "MEX", "at_least", True, P("2024-10-01", "2025-09-04", tol=3), kg=1500),
], title="Mexico and U.S. sign security memorandum as Mexico sends 26 more cartel suspects north",
    outlet="The Hemisphere Report", date="2025-09-04"))

# ---------------------------------------------------------------- 018 Peru DIRANDRO, VRAEM, mixed 2.3 tonnes
VR = P("2025-07-01", "2025-07-03")
DOCS.append(doc("018_peru_dirandro_vraem.txt", """Peruvian police seize 2.3 tonnes of cocaine and marijuana in VRAEM raids
Andes Correo - English
Lima, 7 July 2025

Agents of the Peruvian National Police's anti-drug directorate (DIRANDRO), supported by the Army, seized 2.3 tonnes of cocaine and marijuana in a three-day operation from Tuesday to Thursday last week in the Valley of the Apurimac, Ene and Mantaro Rivers (VRAEM), the Interior Ministry said on Sunday.

Officers also destroyed four laboratories for processing cocaine base paste and arrested nine people, including two Bolivian citizens. The seized drugs were valued at S/ 40 millones (40 million soles).

"The VRAEM remains the main coca-producing area of the country," said General Walter Huamaní. He said the police expected to destroy a further 30 laboratories before the end of the year.

Peru's coca crops covered an estimated 92,700 hectares in 2024, according to the national drug control agency DEVIDA.
""", [
    S("mixed", "PER", "exact", [True, False], VR, kg=2300, val=40000000, cur="PEN", loc=["VRAEM"]),
    N(4, "PER", None, "exact", [True, False], VR),
    A(9, "PER", "exact", [True, False], VR),
    A(2, opt=True),
], title="Peruvian police seize 2.3 tonnes of cocaine and marijuana in VRAEM raids", outlet="Andes Correo",
    date="2025-07-07"))

# ---------------------------------------------------------------- 019 Ecuador Guayaquil 4.7 t (shared with 026)
DOCS.append(doc("019_ecuador_guayaquil_bananas.txt", """Ecuador police seize 4.7 tonnes of cocaine in banana containers bound for Antwerp
Quito Times | Security
Guayaquil, Saturday 8 March 2025

The National Police of Ecuador seized 4,7 toneladas (4.7 tonnes) of cocaine hidden in boxes of bananas in three containers at a private terminal in the port of Guayaquil on Thursday. The containers were due to sail to Antwerp, Belgium.

Three employees of the terminal, aged 28, 35 and 41, were arrested. Police said the cargo had been loaded at a packing plant in El Oro province and contaminated on the road to the port.

The inspection followed information from the Belgian Federal Police, according to the Interior Ministry.

In the first two months of 2025, the National Police seized 41 toneladas (41 tonnes) of drugs, the ministry said. Ecuador is on course to exceed last year's total, officials said, without giving that figure.
""", [
    S("cocaine", "ECU", "exact", False, P("2025-03-06"), kg=4700, loc=["Guayaquil"], cluster="ecu-guayaquil-4.7t"),
    A(3, "ECU", "exact", False, P("2025-03-06")),
    C("information_exchange", ["ECU", "BEL"], ev="Belgian Federal Police", opt=True),
    S("unspecified", "ECU", "exact", True, P("2025-01-01", "2025-02-28"), kg=41000),
], title="Ecuador police seize 4.7 tonnes of cocaine in banana containers bound for Antwerp", outlet="Quito Times",
    date="2025-03-08"))

# ---------------------------------------------------------------- 020 Bolivia FELCN, Beni airstrip, joint op with Brazil
DOCS.append(doc("020_bolivia_felcn_beni.txt", """Bolivian anti-drug force seizes 1.5 tonnes of cocaine at jungle airstrip in Beni
La Paz Correo - English digest
La Paz, 15 de agosto de 2025 (August 15, 2025)

The Special Force to Fight Drug Trafficking (FELCN) seized 1,5 tonelada (1.5 tonnes) of cocaine hydrochloride on Wednesday from a light aircraft at a clandestine airstrip near San Joaquín, in Beni department, the Vice Ministry of Social Defense said.

Two Brazilian pilots were arrested. The operation was carried out jointly with the Brazilian Federal Police, which had tracked the aircraft from Rondonia state under a bilateral cooperation agreement.

The cocaine has an estimated value of 12 million dollars in Brazil, officials said.

Since the beginning of the year, the FELCN has seized 25 toneladas (25 tonnes) of cocaine and 140 toneladas (140 tonnes) of marijuana, Vice Minister Jaime Mamani said, and has destroyed 2,900 maceration pits.
""", [
    S("cocaine", "BOL", ["exact", "approx"], False, P("2025-08-13"), kg=1500, val=12000000, cur="USD",
      loc=["San Joaquín", "San Joaquin", "Beni"]),
    A(2, "BOL", "exact", False, P("2025-08-13")),
    C("joint_operation", ["BOL", "BRA"], period=P("2025-08-13"), ev="jointly"),
    S("cocaine", "BOL", "exact", True, P("2025-01-01", "2025-08-15", tol=1), kg=25000),
    S("cannabis", "BOL", "exact", True, P("2025-01-01", "2025-08-15", tol=1), kg=140000),
], title="Bolivian anti-drug force seizes 1.5 tonnes of cocaine at jungle airstrip in Beni", outlet="La Paz Correo",
    date="2025-08-15"))

# ---------------------------------------------------------------- 021 JSON array, Latin America digest (3 records)
J = "021_latam_digest.json"
DOCS.append(doc(J + "#1", """The Guardia Nacional and the Army seized two and a half tonnes of methamphetamine and more than 500,000 pills presumed to contain fentanyl in a warehouse on the outskirts of Hermosillo, Sonora, on Friday, the federal Security Cabinet said on Saturday.

Four men were arrested at the scene. The Security Cabinet estimated the value of the drugs at 950 millones de pesos (MXN 950 million).

Sonora, which borders Arizona, has become a key transit state for synthetic drugs produced in Sinaloa. In January the federal government deployed an additional 1,200 Guardia Nacional troops to the state, and officials say a special operation along the border highway will begin next month.

Security analysts in Hermosillo said the warehouse had been used as a storage point for loads waiting to cross at Nogales.
""", [
    S("methamphetamine", "MEX", "exact", False, P("2025-02-28"), kg=2500, loc=["Hermosillo", "Sonora"]),
    S("fentanyl", "MEX", "at_least", False, P("2025-02-28"), pills=500000, loc=["Hermosillo", "Sonora"]),
    S(["mixed", "unspecified"], "MEX", ["approx", "exact"], False, P("2025-02-28"), val=950000000, cur="MXN"),
    A(4, "MEX", "exact", False, P("2025-02-28")),
], title="Two and a half tonnes of meth seized in Sonora warehouse", outlet="Noticias del Noroeste",
    date="2025-03-01", fmt="json",
    record={"headline": "Two and a half tonnes of meth seized in Sonora warehouse", "medio": "Noticias del Noroeste",
            "fecha": "2025-03-01", "url": "https://noroeste.example/2025/03/01/sonora-meth"}))

DOCS.append(doc(J + "#2", """The Colombian Navy seized more than three tonnes of cocaine last week from a semi-submersible intercepted off the Pacific port of Tumaco, near the border with Ecuador.

Three crew members, two of them Colombian and one Ecuadorian, were captured, according to the Navy, which said the cargo was worth over 115 billion pesos.

The vessel was found with the help of intelligence from a US-led task force. The Navy said it has seized 187 tonnes of cocaine so far this year.

Semi-submersibles, built in the mangroves of Nariño and Cauca, can carry up to eight tonnes of cocaine towards Central America.
""", [
    S("cocaine", "COL", "at_least", False, P("2025-03-17", "2025-03-23", tol=4), kg=3000, val=115000000000, cur="COP",
      loc=["Tumaco"], cluster="col-tumaco-semisub"),
    A(3, "COL", "exact", False, P("2025-03-17", "2025-03-23", tol=4), cluster="col-tumaco-crew"),
    C("information_exchange", None, opt=True),
    S("cocaine", "COL", "exact", True, P("2025-01-01", "2025-03-21", tol=3), kg=187000, cluster="col-navy-ytd"),
], title="Colombian Navy seizes narco-sub off Tumaco", outlet="Noticias del Pacifico", date="2025-03-24",
    dup="014_colombia_armada_semisub.txt", fmt="json",
    record={"headline": "Colombian Navy seizes narco-sub off Tumaco", "medio": "Noticias del Pacifico",
            "fecha": "2025-03-24", "url": "https://noticiaspacifico.example/narco-sub-tumaco"}))

DOCS.append(doc(J + "#3", """A court in Lima sentenced three men to 15 years in prison on Monday for trying to smuggle cocaine through Jorge Chavez International Airport, the judiciary said.

The three, two Peruvians and a Spaniard, were arrested in October 2024 when anti-drug police found 5.2 kilograms of cocaine in the false bottoms of two suitcases checked onto a flight to Madrid. A fourth defendant was acquitted.

In a separate case, anti-drug police at the airport on Sunday arrested a Dutch woman with 500g of cocaine hidden in the soles of her shoes.

Peru's judiciary said courts in Lima and Callao had handed down 412 sentences for drug trafficking offences in 2024.
""", [
    SEN("prison", 3, "PER", "exact", False, P("2025-05-19")),
    S("cocaine", "PER", "exact", False, P("2024-10-01", "2024-10-31"), kg=5.2, loc=["Jorge Chavez", "Lima"]),
    A(3, "PER", "exact", False, P("2024-10-01", "2024-10-31")),
    S("cocaine", "PER", "exact", False, P("2025-05-18"), kg=0.5, loc=["Jorge Chavez", "Lima"]),
    A(1, "PER", "exact", False, P("2025-05-18")),
    SEN("unspecified", 412, "PER", "exact", True, P("2024-01-01", "2024-12-31")),
], title="Lima court jails three airport cocaine smugglers for 15 years", outlet="Lima Judicial Review",
    date="2025-05-20", fmt="json",
    record={"headline": "Lima court jails three airport cocaine smugglers for 15 years", "medio": "Lima Judicial Review",
            "fecha": "2025-05-20", "url": "https://ljr.example/2025/05/20/airport-cocaine-sentence"}))

# ---------------------------------------------------------------- 022 HTML, MAOC-N interdiction, EL PAcCTO training, JIT agreement
DOCS.append(doc("022_eurolatam_maocn_interdiction.html", html_page(
    "Spanish and Portuguese forces seize 6.2 tonnes of cocaine in MAOC-N coordinated operation",
    "EuroLatam Security Review", "2025-06-27T08:30:00+02:00", "Lisbon correspondent | 27 June 2025",
    ["A fishing vessel carrying 6,2 toneladas (6.2 tonnes) of cocaine was intercepted on Tuesday about 400 nautical miles west of the Canary Islands in a joint operation by Spain's Guardia Civil and Portugal's Polícia Judiciária, coordinated from Lisbon by the Maritime Analysis and Operations Centre - Narcotics (MAOC-N).",
     "The seven crew members, five Venezuelans and two Spaniards, were arrested and the vessel was escorted to Las Palmas de Gran Canaria.",
     "Separately, the EU-funded EL PAcCTO 2.0 programme held a five-day training course in Lima from 12 to 16 May on container risk profiling for 45 customs and police officers from Peru, Ecuador, Colombia and Bolivia.",
     "Spain and Colombia also signed an agreement in Madrid on 19 June to set up a joint investigation team targeting cocaine shipments through the port of Valencia, with support from Eurojust. The team is expected to start work in September.",
     "Europe's ports are under growing pressure. Analysts estimate that a kilo of cocaine bought for 1,500 dollars in Colombia sells for more than 30,000 euros wholesale in Spain."],
    ["Cocaine prices fall in European cities", "Ecuador's ports under siege", "Interview: the head of MAOC-N"],
    nav=("Home", "Europe", "Latin America", "Analysis", "Podcasts")), [
    S("cocaine", ["ESP", "PRT"], "exact", False, P("2025-06-24"), kg=6200, loc=["Canary Islands", "Canaries"]),
    A(7, ["ESP", "PRT"], "exact", False, P("2025-06-24")),
    A(5, opt=True),
    A(2, opt=True),
    C("joint_operation", ["ESP", "PRT", "MAOC-N"], period=P("2025-06-24"), ev="joint operation"),
    C("training", ["PER", "ECU", "COL", "BOL"], period=P("2025-05-12", "2025-05-16"), loc="Lima", ev="training"),
    C(["mou", "other"], ["ESP", "COL"], period=P("2025-06-19"), loc="Madrid", ev="agreement"),
], title="Spanish and Portuguese forces seize 6.2 tonnes of cocaine in MAOC-N coordinated operation",
    outlet="EuroLatam Security Review", date="2025-06-27", fmt="html"))
