from common import *

# Part 4: the Americas. US Attorney and DOJ sentencing releases (months, supervised release, pleas, "could face
# life", an acquittal, an indictment without arrests), DEA fiscal year, CBP in pounds, a Coast Guard offload and its
# near-copy (HTML), CBSA/RCMP, SEMAR in translation, a gzipped JSON-lines Central America/Caribbean wire with Spanish
# field names, Colombia's annual balance, Ecuador (HTML with photo captions), Peru, Brazil's PF ("Tuesday (8)"),
# an Argentina-Paraguay joint operation and a Q&A with Trinidad and Tobago's Coast Guard.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")
FY25 = P("2024-10-01", "2025-09-30")

# ---------------------------------------------------------------- 034 USAO Western District of Texas, 188 months
DOCS.append(doc("034_usao_san_antonio_188_months.txt", """San Antonio Man Sentenced to 188 Months in Federal Prison for Methamphetamine and Fentanyl Trafficking
U.S. Attorney's Office, Western District of Texas | Press Release
FOR IMMEDIATE RELEASE - Wednesday, April 16, 2025

SAN ANTONIO - A 38-year-old San Antonio man was sentenced today to 188 months in federal prison, followed by five years of supervised release, for possession with intent to distribute methamphetamine and fentanyl.

According to court documents, Marcus Delgado was arrested on March 9, 2023, during a traffic stop on Interstate 35 near New Braunfels, where Texas Department of Public Safety troopers found 24 pounds of methamphetamine and 3,000 counterfeit oxycodone pills containing fentanyl in a hidden compartment of his pickup truck. A search of his residence the following day yielded an additional 2 kilograms of fentanyl powder and $48,000 in cash.

Delgado pleaded guilty in October 2024. A co-defendant, Ramon Ibarra, 45, pleaded guilty on Feb. 4 and faces up to life in prison at his sentencing, scheduled for June 12.

"Every pill and every ounce taken off the street is a life potentially saved," said U.S. Attorney Jaime Esparza.

The DEA San Antonio District Office and Homeland Security Investigations investigated the case.
""", [
    SEN("prison", 1, "USA", "exact", False, P("2025-04-16")),
    S("methamphetamine", "USA", "exact", False, P("2023-03-09"), kg=24 * LB, loc=["Interstate 35", "New Braunfels"]),
    S("fentanyl", "USA", "exact", False, P("2023-03-09"), pills=3000, loc=["Interstate 35", "New Braunfels"]),
    S("fentanyl", "USA", "exact", False, P("2023-03-10"), kg=2),
    A(1, "USA", "exact", False, P("2023-03-09")),
], title="San Antonio Man Sentenced to 188 Months in Federal Prison for Methamphetamine and Fentanyl Trafficking",
    outlet=optv("U.S. Attorney's Office, Western District of Texas"), date="2025-04-16"))

# ---------------------------------------------------------------- 035 Southern District of Florida, week of sentencings (bullets)
WK = P("2025-10-20", "2025-10-24", tol=4)
DOCS.append(doc("035_sdfl_sentencings_week.md", """# Federal drug sentencings in South Florida this week

*Gulf Coast Federal Court Roundup*

**Friday, October 24, 2025**

Federal judges in the Southern District of Florida handed down the following sentences in drug cases this week, according to the U.S. Attorney's Office:

- **Luis Ortega, 41, of Hialeah** - 120 months in prison and five years of supervised release for conspiring to distribute 5 kilograms or more of cocaine.
- **Keisha Morgan, 33, of Fort Lauderdale** - 70 months in prison for possession with intent to distribute fentanyl.
- **Andrés Villalobos, 52, a Colombian national** - life in prison for leading a maritime smuggling organization that shipped more than 20 tons of cocaine toward the United States between 2016 and 2021.
- **Four crew members of a go-fast vessel** intercepted by the Coast Guard near the Bahamas in July, when 1,100 pounds of cocaine were seized - between 72 and 108 months each.
- **Ray Dixon, 27, of Miami Gardens** - found not guilty by a jury on Tuesday.

Separately, a federal grand jury in Miami returned an indictment charging 12 people with running a fentanyl pill press operation in Broward County. None of the defendants has been arrested, and each could face life in prison if convicted.
""", [
    SEN("prison", 6, "USA", "exact", period=WK),
    SEN("life", 1, "USA", "exact", period=WK),
    SEN("prison", 1, "USA", opt=True),
    SEN("prison", 1, "USA", opt=True),
    SEN("prison", 4, "USA", opt=True),
    S("cocaine", "USA", "exact", False, P("2025-07-01", "2025-07-31"), kg=1100 * LB, loc=["Bahamas"]),
    A(4, "USA", opt=True),
    S("cocaine", "USA", kg=20 * 907.18474, opt=True),
], title="Federal drug sentencings in South Florida this week", outlet="Gulf Coast Federal Court Roundup",
    date="2025-10-24"))

# ---------------------------------------------------------------- 036 DEA Phoenix, fiscal year 2025 (pounds, doses trap)
DOCS.append(doc("036_dea_phoenix_fy2025.txt", """DEA Phoenix Division reports fiscal year 2025 results: 7.1 million fentanyl pills seized
DEA Phoenix Field Division | News Release
PHOENIX, Ariz. - Nov. 6, 2025

The Drug Enforcement Administration's Phoenix Field Division seized more than 7.1 million fentanyl pills and 1,310 pounds of fentanyl powder in fiscal year 2025, which ended Sept. 30, Special Agent in Charge Cheryl Ruiz announced Thursday.

Agents and task force officers also seized 21,400 pounds of methamphetamine and 1,050 pounds of cocaine and made 1,388 arrests during the fiscal year. In fiscal year 2024, the division seized 9.3 million fentanyl pills.

"The fentanyl we took off the streets this year equals more than 38 million potentially lethal doses," Ruiz said. Arizona recorded 1,920 overdose deaths in 2024, according to the state health department. Counterfeit pills sell for $2 to $5 each in the Phoenix area.

The division will add 24 special agents in 2026, funded by a $6.4 million appropriation, Ruiz said.
""", [
    S("fentanyl", "USA", "at_least", True, FY25, pills=7100000),
    S("fentanyl", "USA", "exact", True, FY25, kg=1310 * LB),
    S("methamphetamine", "USA", "exact", True, FY25, kg=21400 * LB),
    S("cocaine", "USA", "exact", True, FY25, kg=1050 * LB),
    A(1388, "USA", "exact", True, FY25),
    S("fentanyl", "USA", "exact", True, P("2023-10-01", "2024-09-30"), pills=9300000, opt=True),
], title="DEA Phoenix Division reports fiscal year 2025 results: 7.1 million fentanyl pills seized",
    outlet=optv("DEA Phoenix Field Division"), date="2025-11-06"))

# ---------------------------------------------------------------- 037 CBP Otay Mesa (pounds, one value for two drugs, FY to date)
DOCS.append(doc("037_cbp_otay_mesa.txt", """CBP officers seize 1,875 pounds of meth, 150 pounds of fentanyl hidden in tractor-trailer at Otay Mesa
U.S. Customs and Border Protection | Local Media Release
SAN DIEGO - Tuesday, July 15, 2025

U.S. Customs and Border Protection (CBP) officers at the Otay Mesa Commercial Facility seized 1,875 pounds of methamphetamine and 150 pounds of fentanyl powder concealed in a shipment of ceramic tiles on Saturday, July 12.

The drugs have an estimated street value of $6.1 million. The driver, a 33-year-old Mexican citizen, was arrested and turned over to Homeland Security Investigations (HSI) for further investigation.

CBP officers referred the tractor-trailer for a secondary inspection after an image from a large-scale X-ray system showed anomalies in the cargo. A CBP canine team alerted to the pallets.

In fiscal year 2025 to date, Office of Field Operations officers in the San Diego area have seized more than 61,000 pounds of methamphetamine, according to CBP.
""", [
    S("methamphetamine", "USA", "exact", False, P("2025-07-12"), kg=1875 * LB, loc=["Otay Mesa"]),
    S("fentanyl", "USA", "exact", False, P("2025-07-12"), kg=150 * LB, loc=["Otay Mesa"]),
    S(["mixed", "unspecified"], "USA", "approx", False, P("2025-07-12"), val=6.1e6, cur="USD"),
    A(1, "USA", "exact", False, P("2025-07-12")),
    S("methamphetamine", "USA", "at_least", True, P("2024-10-01", "2025-07-15", tol=1), kg=61000 * LB),
], title="CBP officers seize 1,875 pounds of meth, 150 pounds of fentanyl hidden in tractor-trailer at Otay Mesa",
    outlet=optv("U.S. Customs and Border Protection"), date="2025-07-15"))

# ---------------------------------------------------------------- 038 Coast Guard offload (wire; original of 039)
ST = P("2025-07-28", "2025-09-02", tol=1)
STONE = [
    S("cocaine", "USA", ["at_least", "approx"], [True, False], ST, kg=37000 * LB, val=4.28e8, cur="USD",
      cluster="us-stone-cocaine"),
    A(39, "USA", "exact", [True, False], ST, cluster="us-stone-detained"),
    C("joint_operation", ["USA", "NLD"], ST, ev="Netherlands", cluster="us-stone-joint"),
    S("cocaine", "USA", "at_least", True, P("2024-10-01", "2025-09-19", tol=1), kg=440000 * LB,
      cluster="us-cg-fy25-cocaine"),
]
DOCS.append(doc("038_uscg_stone_offload.txt", """Coast Guard offloads more than 37,000 pounds of cocaine worth $428 million at Port Everglades
Caribbean & Americas Newswire
MIAMI, Friday, Sept. 19, 2025

The crew of the Coast Guard Cutter Stone offloaded more than 37,000 pounds of cocaine worth an estimated $428 million wholesale at Port Everglades on Thursday, the Coast Guard said.

The drugs were seized in 16 interdictions in the Eastern Pacific Ocean and the Caribbean Sea between July 28 and Sept. 2 by the cutters Stone and Mohawk and by the Royal Netherlands Navy ship HNLMS Groningen, which carried an embarked Coast Guard law enforcement detachment. Crews detained 39 suspected smugglers, who face prosecution in federal courts in Florida and Puerto Rico.

Since the start of fiscal year 2025 on Oct. 1, the Coast Guard has removed more than 440,000 pounds of cocaine from the two transit zones, a service spokesperson said.

Joint Interagency Task Force South in Key West, Florida, detected and monitored the vessels before the cutters' crews moved in. The task force, which includes liaison officers from more than 20 countries, coordinates the detection of drug flights and vessels in the region.
""", STONE, title="Coast Guard offloads more than 37,000 pounds of cocaine worth $428 million at Port Everglades",
    outlet="Caribbean & Americas Newswire", date="2025-09-19"))

# ---------------------------------------------------------------- 039 near-copy of 038 (HTML, header changed, JIATF paragraph dropped)
DOCS.append(doc("039_broward_stone_offload.html", html_page(
    "Cutter Stone returns to Port Everglades with $428 million in cocaine", "Broward Harbor Times",
    "2025-09-20T07:45:00-04:00", "From wire reports | Saturday, September 20, 2025",
    ["The crew of the Coast Guard Cutter Stone offloaded more than 37,000 pounds of cocaine, worth an estimated $428 million wholesale, at Port Everglades on Thursday.",
     "The drugs were seized in 16 interdictions in the Eastern Pacific and the Caribbean between July 28 and Sept. 2 by the cutters Stone and Mohawk and by the Dutch navy ship HNLMS Groningen, which had a Coast Guard law enforcement detachment aboard. Crews detained 39 suspected smugglers, who face prosecution in federal courts in Florida and Puerto Rico.",
     "Since the fiscal year began on Oct. 1, the Coast Guard has removed more than 440,000 pounds of cocaine from the two transit zones, a spokesperson said.",
     "The Stone, based in Charleston, South Carolina, returned to sea after the offload."],
    ["Fort Lauderdale beach restoration begins", "Port Everglades cruise traffic hits record", "Panthers open season at home"],
    nav=("Home", "Local", "Florida", "Business", "Sports")),
    [dict(f) for f in STONE], title="Cutter Stone returns to Port Everglades with $428 million in cocaine",
    outlet="Broward Harbor Times", date="2025-09-20", dup="038_uscg_stone_offload.txt", fmt="html"))

# ---------------------------------------------------------------- 040 CBSA / RCMP, Port of Montreal (CAD)
DOCS.append(doc("040_cbsa_montreal_cocaine.txt", """CBSA finds 385 kg of cocaine in Port of Montreal container; RCMP arrests three
Montreal Harbour Gazette
MONTREAL, Thursday, February 20, 2025

Canada Border Services Agency (CBSA) officers at the Port of Montreal found 385 kilograms of cocaine concealed in a container of frozen shrimp from Ecuador on Jan. 28, the RCMP announced Wednesday.

The RCMP's federal policing unit in Quebec then organized a controlled delivery and arrested three men - two from Laval and one from Terrebonne - at a warehouse in Laval on Feb. 14. The cocaine has an estimated street value of $48 million, police said.

The three face charges of importing cocaine and possession for the purpose of trafficking and are scheduled to appear in court in Montreal on March 3.

The CBSA said it had seized 1,126 kilograms of cocaine at Quebec ports in 2024.
""", [
    S("cocaine", "CAN", ["exact", "approx"], False, P("2025-01-28"), kg=385, val=4.8e7, cur="CAD",
      loc=["Port of Montreal", "Montreal"]),
    A(3, "CAN", "exact", False, P("2025-02-14")),
    S("cocaine", "CAN", "exact", True, Y24, kg=1126, loc=["Quebec"]),
], title="CBSA finds 385 kg of cocaine in Port of Montreal container; RCMP arrests three",
    outlet="Montreal Harbour Gazette", date="2025-02-20"))

# ---------------------------------------------------------------- 041 SEMAR Manzanillo ("1,5 toneladas", "380 millones de pesos", "2.150 kilos")
DOCS.append(doc("041_semar_manzanillo.txt", """SEMAR seizes 1.5 tonnes of cocaine from go-fast boat off Manzanillo
Noticias del Pacífico (edición en inglés)
Ciudad de México, 9 de julio de 2025 (July 9, 2025)

The Secretaría de Marina (SEMAR) seized 1,5 toneladas de cocaína (1.5 tonnes of cocaine) from a go-fast boat about 180 nautical miles southwest of Manzanillo, Colima, on Monday and detained its three crew members, the Navy said in a statement on Tuesday. The value of the drug on the black market is estimated at 380 millones de pesos (380 million pesos).

With this seizure, SEMAR has seized 48,3 toneladas (48.3 tonnes) of cocaine at sea since the start of the current administration on 1 October 2024, the statement said.

In a separate operation in the municipality of Culiacán, Sinaloa, on Sunday, marines dismantled three clandestine laboratories and seized 2.150 kilos (2,150 kilograms) of methamphetamine and several hundred litres of chemical precursors.

The Navy said the crew members of the go-fast boat, two Mexicans and an Ecuadorian, had been handed over to the federal prosecutor's office in Manzanillo.
""", [
    S("cocaine", "MEX", ["exact", "approx"], False, P("2025-07-07"), kg=1500, val=3.8e8, cur="MXN",
      loc=["Manzanillo"]),
    A(3, "MEX", "exact", False, P("2025-07-07")),
    S("cocaine", "MEX", "exact", True, P("2024-10-01", "2025-07-08", tol=1), kg=48300),
    N(3, "MEX", q="exact", agg=False, period=P("2025-07-06")),
    S("methamphetamine", "MEX", "exact", False, P("2025-07-06"), kg=2150, loc=["Culiacán", "Culiacan"]),
    S("precursors", "MEX", opt=True),
], title="SEMAR seizes 1.5 tonnes of cocaine from go-fast boat off Manzanillo", outlet="Noticias del Pacífico",
    date="2025-07-09"))


# ---------------------------------------------------------------- 042 Central America / Caribbean wire: gzipped JSON lines (titular / medio / fecha / pais / cuerpo)
def am(t, medio, fecha, pais):
    return {"titular": t, "medio": medio, "fecha": fecha, "pais": pais}


AW = "042_americas_wire.jsonl.gz"
T = "Honduran navy seizes 1,360 kilos of cocaine in Gracias a Dios; four detained"
d = doc(AW + "#1", """TEGUCIGALPA - Honduran naval forces seized 1,360 kilograms of cocaine and detained four men after intercepting a go-fast boat near Puerto Lempira, in the department of Gracias a Dios, on Wednesday, the armed forces said.

The operation was carried out jointly with the U.S. Southern Command's Joint Task Force-Bravo, which provided two helicopters and a surveillance aircraft, a military spokesman said.

Gracias a Dios, a remote region on the Caribbean coast, is a main landing point for cocaine flights and boats from South America.
""", [
    S("cocaine", "HND", "exact", False, P("2025-03-26"), kg=1360, loc=["Puerto Lempira", "Gracias a Dios"]),
    A(4, "HND", "exact", False, P("2025-03-26")),
    C("joint_operation", ["HND", "USA"], P("2025-03-26"), ev="jointly"),
], title=T, outlet="Centroamérica Wire", date="2025-03-27", fmt="jsonl",
    record=am(T, "Centroamérica Wire", "2025-03-27 14:05", "Honduras"))
d["body_key"] = "cuerpo"
DOCS.append(d)

T = "Guatemala seizes over 2 tonnes of cocaine in Escuintla truck"
d = doc(AW + "#2", """GUATEMALA CITY - Guatemalan anti-narcotics police seized more than 2 tonnes of cocaine in 1,870 packages hidden in a truck carrying sugar in Escuintla on Tuesday, the Interior Ministry said.

Officials said the load weighed between 2,100 and 2,200 kilograms and would be weighed precisely by the public prosecutor's office. Two men, one of them a former police officer, were arrested.

The cocaine had probably been landed on the Pacific coast from a semi-submersible and was to be driven to the Mexican border, the ministry said. Police escorted the truck to a military base in Escuintla, where the packages were unloaded and counted.
""", [
    S("cocaine", "GTM", "at_least", False, P("2025-05-13"), kg=2000, loc=["Escuintla"]),
    S("cocaine", "GTM", opt=True),
    A(2, "GTM", "exact", False, P("2025-05-13")),
], title=T, outlet="Centroamérica Wire", date="2025-05-15", fmt="jsonl",
    record=am(T, "Centroamérica Wire", "2025-05-15 09:30", "Guatemala"))
d["body_key"] = "cuerpo"
DOCS.append(d)

T = "DNCD seizes 1,286 kilos of cocaine on southern coast; five arrested"
d = doc(AW + "#3", """SANTO DOMINGO - The National Directorate for Drug Control (DNCD) seized 1,210 packages of cocaine weighing 1,286 kilograms on a beach in Pedernales, near the border with Haiti, on Sunday and arrested five men, three Dominicans and two Venezuelans.

The operation was carried out in coordination with the U.S. Drug Enforcement Administration (DEA) and the Dominican Navy, the DNCD said in a statement.

So far in 2025 the DNCD has seized 32.4 tonnes of drugs, the statement said. The agency's president said traffickers were increasingly using the remote beaches of the southwest to land shipments from Venezuela.
""", [
    S("cocaine", "DOM", "exact", False, P("2025-08-03"), kg=1286, loc=["Pedernales"]),
    A(5, "DOM", "exact", False, P("2025-08-03")),
    A(3, "DOM", opt=True),
    A(2, "DOM", opt=True),
    C("joint_operation", ["DOM", "USA"], P("2025-08-03"), ev="coordination"),
    S(["unspecified", "mixed"], "DOM", "exact", True, P("2025-01-01", "2025-08-05", tol=1), kg=32400),
], title=T, outlet="Centroamérica Wire", date="2025-08-05", fmt="jsonl",
    record=am(T, "Centroamérica Wire", "2025-08-05 11:20", "República Dominicana"))
d["body_key"] = "cuerpo"
DOCS.append(d)

T = "Jamaican police seize 1,500 pounds of ganja bound for Haiti; two held"
d = doc(AW + "#4", """KINGSTON - Jamaica Constabulary Force officers seized about 1,500 pounds of compressed ganja from a boat being loaded for a trip to Haiti at Bluefields, Westmoreland, on Tuesday night and arrested two men, the police said.

The ganja has a street value of about J$9 million. Police said the boat was to return with guns.

A third man escaped into nearby bushes and is being sought. The boat, a 30-foot canoe fitted with two outboard engines, was seized.

Police in Westmoreland said the parish had become a hub for the so-called guns-for-ganja trade with Haiti.
""", [
    S("cannabis", "JAM", "approx", False, P("2025-09-30"), kg=1500 * LB, val=9e6, cur="JMD",
      loc=["Bluefields", "Westmoreland"]),
    A(2, "JAM", "exact", False, P("2025-09-30")),
], title=T, outlet="Centroamérica Wire", date="2025-10-02", fmt="jsonl",
    record=am(T, "Centroamérica Wire", "2025-10-02 16:45", "Jamaica"))
d["body_key"] = "cuerpo"
DOCS.append(d)

# ---------------------------------------------------------------- 043 Colombia annual balance ("861 toneladas", "4.312 laboratorios", "15.930")
DOCS.append(doc("043_colombia_2024_balance.txt", """Colombia seized 861 tonnes of cocaine in 2024, Defence Ministry says
El Heraldo Andino (English)
Bogotá, martes 10 de junio de 2025 (Tuesday, 10 June 2025)

Colombia's security forces seized 861 toneladas (861 tonnes) of cocaine in 2024, a new record, the Ministry of Defence said in its annual operational balance presented on Monday.

Between 1 January and 31 May 2025 they seized a further 421,7 toneladas (421.7 tonnes), the ministry added.

In 2024 the forces also destroyed 4.312 laboratorios (4,312 laboratories) producing cocaine hydrochloride and coca base, and captured 15.930 people (15,930) for drug trafficking offences.

The report puts coca cultivation at 253.000 hectares. The ministry said the price of a kilogram of cocaine in Colombian ports was about 1.800 dólares (1,800 US dollars), and that the 2025 budget for counter-narcotics operations had been increased by 12 per cent.
""", [
    S("cocaine", "COL", "exact", True, Y24, kg=861000),
    S("cocaine", "COL", "exact", True, P("2025-01-01", "2025-05-31"), kg=421700),
    N(4312, "COL", q="exact", agg=True, period=Y24),
    A(15930, "COL", "exact", True, Y24),
], title="Colombia seized 861 tonnes of cocaine in 2024, Defence Ministry says", outlet="El Heraldo Andino",
    date="2025-06-10"))

# ---------------------------------------------------------------- 044 Ecuador, Puerto Bolivar (HTML, photo captions)
CAPTION = """<figure><img src="/img/puerto-bolivar-cocaine.jpg" alt="">
<figcaption>Police officers stand next to some of the 6.8 tonnes of cocaine seized at Puerto Bolívar on Tuesday. (Policía Nacional)</figcaption></figure>"""
DOCS.append(doc("044_ecuador_puerto_bolivar.html", html_page(
    "Police seize 6.8 tonnes of cocaine in banana containers at Puerto Bolívar", "Costa Sur Noticias",
    "2025-04-30T19:00:00-05:00", "Redacción | 30 de abril de 2025",
    ["Ecuador's National Police seized 6,8 toneladas (6.8 tonnes) of cocaine hidden in four containers of bananas bound for Belgium and the Netherlands at Puerto Bolívar, in El Oro province, on Tuesday, the Interior Minister said.",
     "Two port workers were arrested. Police said the drugs belonged to a gang that has been fighting a rival group for control of the port.",
     "In the first four months of 2025, the police seized 138 tonnes of drugs, most of it cocaine, the minister said.",
     "Violence between gangs has left more than 3,000 people dead in Ecuador since January, and the government extended a state of emergency in El Oro for another 60 days.",
     "Photo: A soldier guards a checkpoint at the entrance to the port of Machala. (Archive)"],
    ["Quito: metro fares frozen for 2025", "Banana exports up 8% in first quarter", "Barcelona SC wins derby"],
    nav=("Inicio", "Ecuador", "El Oro", "Economía", "Deportes"), table=(0, CAPTION)), [
    S("cocaine", "ECU", "exact", False, P("2025-04-29"), kg=6800, loc=["Puerto Bolívar", "Puerto Bolivar"]),
    A(2, "ECU", "exact", False, P("2025-04-29")),
    S(["unspecified", "mixed", "cocaine"], "ECU", "exact", True, P("2025-01-01", "2025-04-30"), kg=138000),
], title="Police seize 6.8 tonnes of cocaine in banana containers at Puerto Bolívar", outlet="Costa Sur Noticias",
    date="2025-04-30", fmt="html"))

# ---------------------------------------------------------------- 045 Peru, Paita avocados (S/)
DOCS.append(doc("045_peru_paita_avocados.txt", """Police find 1.7 tonnes of cocaine in avocado shipment at Paita port
Peru Pacific Report
Lima, Friday 12 December 2025

Peru's anti-drug police (DIRANDRO) found 1,712 kilograms of cocaine hydrochloride in a container of avocados bound for Rotterdam at the port of Paita, in the Piura region, on Wednesday, the Interior Ministry said.

The drug is worth about S/ 64 million, the ministry said. Three people, including a customs broker, were arrested in Paita and Piura.

Since January, DIRANDRO has seized 31,2 toneladas (31.2 tonnes) of cocaine hydrochloride and cocaine base paste, the head of the unit, General Víctor Zanabria, told reporters. He said exporters of fresh fruit were being targeted by traffickers because their containers were inspected less often.
""", [
    S("cocaine", "PER", ["exact", "approx"], False, P("2025-12-10"), kg=1712, val=6.4e7, cur="PEN", loc=["Paita"]),
    A(3, "PER", "exact", False, P("2025-12-10", tol=1)),
    S("cocaine", "PER", "exact", True, P("2025-01-01", "2025-12-12", tol=1), kg=31200),
], title="Police find 1.7 tonnes of cocaine in avocado shipment at Paita port", outlet="Peru Pacific Report",
    date="2025-12-12"))

# ---------------------------------------------------------------- 046 Brazil PF, Paranagua ("1,8 tonelada", "Tuesday (8)", "R$ 90 milhões")
DOCS.append(doc("046_pf_paranagua.txt", """PF seizes 1,8 tonelada of cocaine at Paranaguá port; two arrested
Gazeta do Litoral (English digest)
Curitiba, quarta-feira, 9 de abril de 2025 (Wednesday, 9 April 2025)

The Federal Police (PF) seized 1,8 tonelada (1.8 tonnes) of cocaine hidden in a container of frozen chicken bound for Antwerp at the Port of Paranaguá (PR) on Tuesday (8), in an action with the Federal Revenue Service. Two port workers were arrested in flagrante.

The drug is estimated at R$ 90 milhões (R$ 90 million) on the European market, according to the PF.

Since January, the PF in Paraná has seized 9,4 toneladas de cocaína (9.4 tonnes of cocaine), most of it at the port, the superintendent said.

The two suspects could be sentenced to up to 25 years in prison for international drug trafficking.
""", [
    S("cocaine", "BRA", ["exact", "approx"], False, P("2025-04-08"), kg=1800, val=9e7, cur="BRL",
      loc=["Paranaguá", "Paranagua"]),
    A(2, "BRA", "exact", False, P("2025-04-08")),
    S("cocaine", "BRA", "exact", True, P("2025-01-01", "2025-04-09", tol=1), kg=9400),
], title="PF seizes 1,8 tonelada of cocaine at Paranaguá port; two arrested", outlet="Gazeta do Litoral",
    date="2025-04-09"))

# ---------------------------------------------------------------- 047 SENAD / Gendarmería joint operation on the Paraná
PA = P("2025-08-29", "2025-08-30", tol=1)
DOCS.append(doc("047_senad_gendarmeria_parana.txt", """Paraguay and Argentina seize 4.5 tonnes of marijuana in joint operation on the Paraná
Río Paraná Noticias
Asunción, Monday 1 September 2025

Paraguay's National Anti-Drug Secretariat (SENAD) and Argentina's National Gendarmerie seized 4,5 toneladas (4.5 tonnes) of marijuana in a joint operation on both banks of the Paraná river on Friday and Saturday, officials said on Sunday.

SENAD agents seized 3,1 toneladas (3.1 tonnes) from a barge near Encarnación and arrested three Paraguayan men. Argentine gendarmes seized 1,4 toneladas (1.4 tonnes) in a warehouse in Posadas, Misiones province, and arrested two men.

SENAD said it had seized 1.240 toneladas (1,240 tonnes) of marijuana since January and destroyed 1.800 hectares of cannabis crops in the departments of Amambay and Canindeyú.

A kilogram of marijuana costs about 50.000 guaraníes in Amambay and ten times as much in Buenos Aires, SENAD's minister said.
""", [
    C("joint_operation", ["PRY", "ARG"], PA, ev="joint operation"),
    S("cannabis", ["PRY", "ARG", None], "exact", [True, False], PA, kg=4500),
    S("cannabis", "PRY", "exact", False, PA, kg=3100, loc=["Encarnación", "Encarnacion"]),
    A(3, "PRY", "exact", False, PA),
    S("cannabis", "ARG", "exact", False, PA, kg=1400, loc=["Posadas"]),
    A(2, "ARG", "exact", False, PA),
    S("cannabis", "PRY", "exact", True, P("2025-01-01", "2025-09-01", tol=1), kg=1240000),
], title="Paraguay and Argentina seize 4.5 tonnes of marijuana in joint operation on the Paraná",
    outlet="Río Paraná Noticias", date="2025-09-01"))

# ---------------------------------------------------------------- 048 Trinidad and Tobago Coast Guard, Q&A (Markdown)
YT = P("2025-01-01", "2025-11-18", tol=1)
DOCS.append(doc("048_trinidad_coast_guard_qa.md", """# Q&A: "The sea is our front line" - Coast Guard commander on a year of interdictions

*Caribbean Security Quarterly*

**Port of Spain | 18 November 2025**

Commodore Dexter Baptiste heads the Trinidad and Tobago Coast Guard. We asked him about the year so far.

**Q: How much have you seized this year?**

A: Since January the Coast Guard has seized 2,140 kilograms of marijuana and 310 kilograms of cocaine at sea, and we have arrested 46 people. We also took 18 firearms off the water.

**Q: What was the biggest single case?**

A: On 14 August a patrol near the Bocas found 198 kilograms of cocaine on a pirogue coming from Venezuela. Three men were arrested.

**Q: Do you work with other countries?**

A: Every day. From 3 to 14 March we ran a training course in Chaguaramas with the United States Coast Guard on boarding procedures, and we exchange information with Grenada and Barbados through the Regional Security System.

**Q: And migrants?**

A: We intercepted about 320 Venezuelan migrants this year and handed them over to immigration.

**Q: What's next?**

A: We plan to open a new base in Cedros next year, and I hope we can double the number of night patrols.
""", [
    S("cannabis", "TTO", "exact", True, YT, kg=2140),
    S("cocaine", "TTO", "exact", True, YT, kg=310),
    A(46, "TTO", "exact", True, YT),
    S("cocaine", "TTO", "exact", False, P("2025-08-14"), kg=198, loc=["Bocas"]),
    A(3, "TTO", "exact", False, P("2025-08-14")),
    C("training", ["TTO", "USA"], P("2025-03-03", "2025-03-14"), loc="Chaguaramas", ev="training"),
    C("information_exchange", ["TTO", "GRD", "BRB"], opt=True),
], title='Q&A: "The sea is our front line" - Coast Guard commander on a year of interdictions',
    outlet="Caribbean Security Quarterly", date="2025-11-18"))
