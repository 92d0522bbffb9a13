from common import *

DOCS = []

# ---------------------------------------------------------------- 001 Dominican Republic, DNCD translated release
DOCS.append(doc("001_dominican_dncd_release.txt", """DIRECCIÓN NACIONAL DE CONTROL DE DROGAS (DNCD)
Dirección de Comunicaciones
Press release No. 112-2025 (unofficial English translation)

Santo Domingo, D.N., 17/03/2025

DNCD AND NAVY OCCUPY 1.250,5 KILOGRAMS OF PRESUMED COCAINE SOUTH OF PEDERNALES

The National Directorate of Drug Control (DNCD), in a joint operation with the Navy of the Dominican Republic (ARD) and the Specialized Corps of Port Security (CESEP), and with the support of the competent authorities, informs the general public of the following:

1. In the early hours of Sunday, personnel of both institutions intercepted a vessel of the "go-fast" type approximately twenty-eight (28) nautical miles south of Cabo Rojo, province of Pedernales, which was navigating without lights coming from the coast of South America.

2. On board were found thirty-eight (38) bales containing one thousand two hundred fifty kilograms and five hundred grams (1.250,5 kg) of a substance presumed to be cocaine, pending the analysis of the National Institute of Forensic Sciences (INACIF). The substance has an estimated value on the local market of nine hundred forty million Dominican pesos (RD$940.000.000,00).

3. Four (4) men were detained in the action, three (3) of Dominican nationality and one (1) of Venezuelan nationality, whose identities are reserved for the purposes of the investigation.

4. Likewise occupied were two (2) outboard engines of 200 HP, one (1) satellite telephone and the sum of four thousand three hundred dollars (USD 4.300) in cash.

5. The detainees and the substance were handed over to the Public Ministry so that the relevant legal proceedings may follow.

With this result, the DNCD has occupied so far in the year 2025 a total of 14.806 kilograms of various drugs.

The DNCD reiterates its firm commitment to continue confronting drug trafficking in all its modalities, in defence of Dominican society.
""", [
    S("cocaine", "DOM", ["exact", "approx"], False, P("2025-03-16"), kg=1250.5, val=940000000, cur="DOP",
      loc=["Pedernales", "Cabo Rojo"]),
    A(4, "DOM", "exact", False, P("2025-03-16")),
    A(3, opt=True),
    A(1, opt=True),
    S(["mixed", "unspecified"], "DOM", "exact", True, P("2025-01-01", "2025-03-17", tol=1), kg=14806),
], title="-", outlet=optv("DNCD"), date="2025-03-17"))

# ---------------------------------------------------------------- 002 Jamaica, police occurrence digest
DOCS.append(doc("002_jamaica_police_digest.txt", """JCF Daily Occurrence Digest: ganja and cocaine seized in four parishes
Jamaica Constabulary Force | Corporate Communications Unit
Thursday, May 8, 2025

The following incidents were reported to the Force on Wednesday, May 7. All persons are presumed innocent until proven guilty.

ST CATHERINE NORTH, 6:15 a.m. - Members of the Linstead Police on a snap checkpoint along the Bog Walk main road stopped a Toyota Hiace bus and found 112 pounds of compressed ganja in crocus bags under the rear seats. The driver, a 34-year-old resident of Linstead, was arrested. The ganja has an estimated street value of JMD$1.8 million.

KINGSTON, 11:40 a.m. - A 27-year-old female passenger checking in for a flight to Toronto at the Norman Manley International Airport was held after a search of her suitcase revealed 3 kilos of cocaine in a false bottom. She is to be charged with possession of, dealing in and attempting to export cocaine.

CLARENDON, 2:30 p.m. - A Narcotics Division team executing a search warrant at premises on Sevens Road, May Pen, seized 20 ounces of cocaine packed in small plastic bags. Two men, aged 22 and 41, were taken into custody.

ST JAMES, 9:05 p.m. - Lawmen on patrol in Flanker, Montego Bay, found several bales of compressed ganja, estimated at between 150 and 200 pounds, hidden in bushes near a gully. No one was arrested. The bales will be weighed and an update provided.

Members of the public with information on the trafficking of drugs and guns are asked to call Crime Stop at 311.
""", [
    S("cannabis", "JAM", ["exact", "approx"], False, P("2025-05-07"), kg=112 * LB, val=1800000, cur="JMD",
      loc=["Bog Walk", "Linstead", "St Catherine"]),
    A(1, "JAM", "exact", False, P("2025-05-07")),
    S("cocaine", "JAM", "exact", False, P("2025-05-07"), kg=3, loc=["Norman Manley", "Kingston"]),
    A(1, "JAM", "exact", False, P("2025-05-07")),
    S("cocaine", "JAM", "exact", False, P("2025-05-07"), kg=20 * OZ, loc=["May Pen", "Clarendon", "Sevens Road"]),
    A(2, "JAM", "exact", False, P("2025-05-07")),
    S("cannabis", "JAM", opt=True),
], title="JCF Daily Occurrence Digest: ganja and cocaine seized in four parishes",
    outlet=optv("Jamaica Constabulary Force"), date="2025-05-08"))

# ---------------------------------------------------------------- 003 Trinidad and Tobago, liveblog
TTO_D = P("2025-06-21")
DOCS.append(doc("003_trinidad_liveblog.txt", """LIVE: Coast Guard intercepts drug boat off Cedros - updates
Port of Spain Mirror | Live coverage | Saturday 21 June 2025

08:05 - The Trinidad and Tobago Coast Guard says one of its interceptors stopped a pirogue about four nautical miles off Cedros shortly after 3 a.m. today. A spokesman told the Mirror that "a large quantity" of marijuana was found on board.

08:50 - Three men, all Venezuelan nationals, have been detained, the Coast Guard confirms. They are being held at the Staubles Bay base in Chaguaramas.

10:20 - Police sources tell us the haul is about 300 kilograms of marijuana. We will update when there is an official figure.

11:45 - Also found aboard, according to the Coast Guard: two shotguns and 40 rounds of ammunition.

13:10 - OFFICIAL: After weighing at Staubles Bay, the Coast Guard says in a statement that the pirogue was carrying 276.4 kilograms of marijuana and six kilograms of cocaine. The earlier estimate of about 300 kilograms was not correct. The marijuana has an estimated street value of TT$4.1 million.

14:30 - A fourth suspect, a 29-year-old man from Icacos, was arrested this afternoon in connection with the attempted landing, police say.

16:00 - The Minister of National Security has praised the Coast Guard for "another successful interdiction on the south-western peninsula". That's all from us today; the full story will be in Sunday's paper.
""", [
    S("cannabis", "TTO", ["exact", "approx"], False, TTO_D, kg=276.4, val=4100000, cur="TTD", loc=["Cedros"]),
    S("cocaine", "TTO", "exact", False, TTO_D, kg=6, loc=["Cedros"]),
    A(3, "TTO", "exact", False, TTO_D),
    A(1, "TTO", "exact", False, TTO_D),
], title="LIVE: Coast Guard intercepts drug boat off Cedros - updates", outlet="Port of Spain Mirror", date="2025-06-21"))

# ---------------------------------------------------------------- 004 Honduras, narco-sub (original of 046#2)
DOCS.append(doc("004_honduras_semisub.txt", """Honduran navy seizes narco-submarine with 2,154 kilos of cocaine off Gracias a Dios
Honduras Today Online
La Ceiba, 12 February 2025

The Honduran Naval Force intercepted a semi-submersible vessel carrying 2,154 kilograms of cocaine off the coast of Gracias a Dios department last Sunday, the Armed Forces said on Wednesday, in the largest single drug seizure in the country so far this year.

Navy patrol boats, acting on an alert from regional partners, located the vessel about 60 nautical miles east of Puerto Lempira. Its three crew members, all Colombian nationals, were detained and taken to the naval base at Puerto Castilla, where the cargo was unloaded and weighed.

Armed Forces spokesman Colonel José Coello said the 81 bales of cocaine were worth some 54 million dollars. "These vessels are built in the jungles of Colombia and Ecuador to make one trip," he said. The semi-submersible was later sunk because it posed a hazard to navigation.

The Mosquitia region, a roadless expanse of rainforest and lagoons on the Caribbean coast, has long been a landing point for drug flights and boats heading north towards Guatemala and Mexico.

According to figures from the Security Ministry, Honduran authorities seized 11.2 tonnes of cocaine in 2024.

Separately, Honduras on Tuesday extradited to the United States a former mayor from the department of Colón who is wanted in New York on cocaine trafficking charges. He was the 61st Honduran citizen extradited to the US since the extradition treaty was revived in 2014.
""", [
    S("cocaine", "HND", ["exact", "approx"], False, P("2025-02-09"), kg=2154, val=54000000, cur="USD",
      loc=["Gracias a Dios", "Puerto Lempira"], cluster="hnd-narcosub"),
    A(3, "HND", "exact", False, P("2025-02-09"), cluster="hnd-narcosub-crew"),
    S("cocaine", "HND", "exact", True, P("2024-01-01", "2024-12-31"), kg=11200),
    C("other", ["HND", "USA"], period=P("2025-02-11"), ev="extradited", opt=True),
], title="Honduran navy seizes narco-submarine with 2,154 kilos of cocaine off Gracias a Dios",
    outlet="Honduras Today Online", date="2025-02-12"))

# ---------------------------------------------------------------- 005 Guatemala, 2024 results (bullets)
Y24 = P("2024-01-01", "2024-12-31")
DOCS.append(doc("005_guatemala_2024_results.txt", """Guatemala reports record cocaine seizures for 2024
Guatemala Weekly Report
GUATEMALA CITY, 2025-01-09

The Ministry of the Interior (Ministerio de Gobernación) on Thursday presented the anti-narcotics results of the National Civil Police (PNC) for 2024, which it described as the best in a decade. The figures, covering 1 January to 31 December 2024, are:

• Cocaine seized: 6,912 kg (2023: 4,870 kg)
• Marijuana: 3,450 kg
• Heroin: 41 kg
• Marijuana plants eradicated: 2.3 million
• Poppy plants eradicated: 59 million
• Persons detained for drug offences: 3,128
• Clandestine laboratories dismantled: 4
• Cash seized: USD 2.9 million and GTQ 11.4 million

The Public Ministry separately reported that courts handed down 1,284 convictions for drug trafficking and related offences during the year.

Vice-Minister for Counter-Narcotics Ana Lucía Pérez said the increase of 2,042 kg in cocaine seized compared with 2023 reflected "greater presence on the Pacific coast and in the border departments of San Marcos and Huehuetenango". Most of the cocaine arrived by sea in go-fast boats from Colombia and Ecuador, she said.

The vice-minister also said the government plans to open two new anti-narcotics bases on the Pacific coast in 2025.
""", [
    S("cocaine", "GTM", "exact", True, Y24, kg=6912),
    S("cocaine", kg=4870, opt=True),
    S("cannabis", "GTM", "exact", True, Y24, kg=3450),
    S("heroin", "GTM", "exact", True, Y24, kg=41),
    A(3128, "GTM", "exact", True, Y24),
    N(4, "GTM", None, "exact", True, Y24),
    SEN("unspecified", 1284, "GTM", "exact", True, Y24),
], title="Guatemala reports record cocaine seizures for 2024", outlet="Guatemala Weekly Report", date="2025-01-09"))

# ---------------------------------------------------------------- 006 Panama, SENAN weekly summary (text table)
WK = P("2025-06-01", "2025-06-07")
YTD = P("2025-01-01", "2025-06-07")
DOCS.append(doc("006_panama_senan_weekly.txt", """SERVICIO NACIONAL AERONAVAL (SENAN)
WEEKLY OPERATIONAL SUMMARY No. 23/2025
Period covered: 1-7 June 2025
Issued: Panama City, 09/06/2025

1. DRUG SEIZURES

   Substance        Packages    Weight (kg)
   Cocaine             2,980       3,412.6
   Marijuana           1,006       1,105.0
   TOTAL               3,986       4,517.6

2. PERSONS APPREHENDED: 14 (9 Panamanian, 3 Colombian, 2 Ecuadorian)

3. ASSETS SEIZED: 3 vessels, 2 vehicles, USD 86,450 in cash

4. MAIN ACTIONS
   - 02/06/2025, Punta Burica (Chiriquí): a go-fast boat was intercepted with 1,240 kg of cocaine; 3 Colombian nationals apprehended.
   - 05/06/2025, Isla del Rey (Las Perlas archipelago): 896 packages of marijuana found buried on a beach; no persons apprehended.

5. CUMULATIVE 2025 (1 January - 7 June): 38,614 kg of drugs seized.

The SENAN reiterates its commitment to the protection of the national territory against transnational organised crime.
""", [
    S("cocaine", "PAN", "exact", True, WK, kg=3412.6),
    S("cannabis", "PAN", "exact", True, WK, kg=1105.0),
    S(["mixed", "unspecified"], "PAN", "exact", True, WK, kg=4517.6),
    A(14, "PAN", "exact", True, WK),
    A(9, opt=True), A(3, opt=True), A(2, opt=True),
    S("cocaine", "PAN", "exact", False, P("2025-06-02"), kg=1240, loc=["Punta Burica", "Chiriquí", "Chiriqui"]),
    A(3, "PAN", "exact", False, P("2025-06-02")),
    S("cannabis", opt=True),
    S(["mixed", "unspecified"], "PAN", "exact", True, YTD, kg=38614),
], title="-", outlet=optv("SENAN"), date="2025-06-09"))

# ---------------------------------------------------------------- 007 Costa Rica, airport couriers
JS = ["Juan Santamaría", "Juan Santamaria", "Alajuela"]
DOCS.append(doc("007_costa_rica_airport_couriers.txt", """Dutch 'swallower' among two couriers caught at Juan Santamaría airport
Costa Rica Daily Post
ALAJUELA, April 23, 2025

Costa Rica's Drug Control Police (PCD) arrested a 31-year-old Dutch man at Juan Santamaría International Airport last Thursday after a body scan showed he had swallowed capsules of cocaine, the Ministry of Public Security said on Wednesday.

The man, who was about to board a flight to Amsterdam, was taken to the San Rafael hospital in Alajuela, where over the following three days he expelled 92 capsules containing a total of 1,104 grams of cocaine.

The same day, agents arrested a 45-year-old Costa Rican woman travelling to Madrid after finding 4.2 kilos of cocaine sewn into the lining of two suitcases.

The PCD said 27 couriers, or "mulas", have been detained at the airport so far in 2025, compared with 19 in the same period of last year. Most were heading to Europe, where a kilo of cocaine bought in Costa Rica for about $7,000 can be sold for ten times as much.

"Swallowers risk their lives: if a single capsule breaks, the dose is fatal," a PCD spokesperson said.
""", [
    S("cocaine", "CRI", "exact", False, kg=1.104, loc=JS),
    A(1, "CRI", "exact", False, P("2025-04-17")),
    S("cocaine", "CRI", "exact", False, P("2025-04-17"), kg=4.2, loc=JS),
    A(1, "CRI", "exact", False, P("2025-04-17")),
    A(27, "CRI", "exact", True, P("2025-01-01", "2025-04-23", tol=1)),
    A(19, opt=True),
], title="Dutch 'swallower' among two couriers caught at Juan Santamaría airport", outlet="Costa Rica Daily Post",
    date="2025-04-23"))

# ---------------------------------------------------------------- 008 Senegal, customs release (original of 051)
DOCS.append(doc("008_senegal_customs_kidira.txt", """REPUBLIC OF SENEGAL
Ministry of Finance and Budget
Directorate General of Customs
Bureau of Public Relations and Communication

PRESS RELEASE

Dakar, 15/03/2025

Subject: Seizure of cocaine at Kidira - 312 kg intercepted by the Customs Brigade

The Directorate General of Customs informs national and international public opinion that on 14/03/2025, agents of the Mobile Customs Brigade of Kidira, attached to the Regional Directorate of Customs of the East (Tambacounda), intercepted a refrigerated truck heading towards the border with the Republic of Mali.

After a thorough search of the vehicle, the agents discovered two hundred and ninety (290) packets concealed in a double floor, containing a total of three hundred and twelve (312) kilograms of cocaine.

The counter-value of the seizure is estimated at twenty-four billion nine hundred and sixty million (24 960 000 000) FCFA.

The driver and his apprentice were arrested and handed over, together with the goods, to the Central Office for the Repression of Illicit Drug Trafficking (OCRTIS) for the continuation of the investigation.

This seizure brings the quantity of cocaine seized by the Customs services since 1 January 2025 to 1 050,7 kg.

The Director General of Customs congratulates the agents for their vigilance and reaffirms the determination of the Customs Administration to fight, alongside the competent authorities of the neighbouring countries, against transnational organised crime.
""", [
    S("cocaine", "SEN", ["exact", "approx"], False, P("2025-03-14"), kg=312, val=24960000000, cur="XOF",
      loc=["Kidira"], cluster="sen-kidira"),
    A(2, "SEN", "exact", False, P("2025-03-14"), cluster="sen-kidira-arrests"),
    S("cocaine", "SEN", "exact", True, P("2025-01-01", "2025-03-15", tol=1), kg=1050.7, cluster="sen-customs-ytd"),
], title="-", outlet=optv("Directorate General of Customs"), date="2025-03-15"))

# ---------------------------------------------------------------- 009 Guinea, court
OCT24 = P("2024-10-01", "2024-10-31")
DOCS.append(doc("009_guinea_conakry_court.txt", """Conakry court jails five for 15 years over 820 kg cocaine container
Conakry Observer
CONAKRY, 4 July 2025

The Dixinn Court of First Instance on Thursday sentenced five men, including two Sierra Leonean nationals, to 15 years in prison each for their role in trying to import 820 kilograms of cocaine through the Autonomous Port of Conakry.

The court also sentenced in absentia a Colombian national, described by prosecutors as the organiser of the shipment, to life imprisonment, and issued an international arrest warrant against him. A sixth defendant present in court, a customs broker, was acquitted for lack of evidence.

Each of the convicted men was also ordered to pay a fine of 5 billion Guinean francs, and the court ordered the confiscation of two warehouses and four vehicles.

Customs officers found the cocaine in October 2024 inside a container of frozen chicken declared as coming from Brazil. The six defendants were arrested the same month in Conakry and Kamsar, according to the prosecution.

Defence lawyers said they would appeal.
""", [
    SEN("prison", 5, "GIN", "exact", False, P("2025-07-03")),
    SEN("life", 1, "GIN", "exact", False, P("2025-07-03")),
    S("cocaine", "GIN", "exact", False, OCT24, kg=820, loc=["Conakry"]),
    A(6, "GIN", "exact", False, OCT24),
], title="Conakry court jails five for 15 years over 820 kg cocaine container", outlet="Conakry Observer",
    date="2025-07-04"))

# ---------------------------------------------------------------- 010 Côte d'Ivoire, warehouse raid with correction
DOCS.append(doc("010_cote_divoire_yopougon.txt", """Yopougon: police seize 2.5 tonnes of cannabis in warehouse, six arrested
Abidjan Soir
ABIDJAN, 2025-09-16

Officers of the Directorate of Police for Narcotics and Drugs (DPSD) seized 2.5 tonnes of cannabis on the 14th in a warehouse in the Niangon district of Yopougon, the police said in a statement on Tuesday.

Six people, including the presumed owner of the warehouse, were arrested during the raid, which followed several weeks of surveillance. According to the statement, the group supplied cannabis to retail points in Abidjan, San-Pédro and Bouaké; the police said the network had been "completely dismantled".

The cannabis, packed in 1,250 blocks of about 2 kg each, is estimated at 150 million CFA francs.

Last month the DPSD publicly incinerated 600 kg of drugs seized in earlier operations at the Akouédo landfill.

The director of the DPSD called on parents to watch out for the spread of "kush", a synthetic drug mixture that has appeared in several West African countries.

Correction (16 September 2025, 15:20): An earlier version of this article gave the quantity seized as 25 tonnes. The correct figure is 2.5 tonnes.
""", [
    S("cannabis", "CIV", ["exact", "approx"], False, P("2025-09-14"), kg=2500, val=150000000, cur="XOF",
      loc=["Yopougon", "Niangon"]),
    A(6, "CIV", "exact", False, P("2025-09-14")),
    N(1, "CIV", [None, "domestic"], "exact", False, P("2025-09-14")),
], title="Yopougon: police seize 2.5 tonnes of cannabis in warehouse, six arrested", outlet="Abidjan Soir",
    date="2025-09-16"))

# ---------------------------------------------------------------- 011 Mozambique, dhow (figure shared with 044)
MOZ_D = P("2025-08-02")
DOCS.append(doc("011_mozambique_dhow.txt", """Mozambique navy seizes nearly half a tonne of heroin on dhow off Pemba
Mozambique Tribune
MAPUTO, Tuesday 5 August 2025

The Mozambican Navy intercepted a dhow carrying nearly half a tonne of heroin and 120 kilograms of methamphetamine off the coast of Cabo Delgado province in the early hours of Saturday, the National Criminal Investigation Service (SERNIC) said.

The vessel was stopped about 40 nautical miles north-east of Pemba after being tracked for two days. Its 12 crew members - nine Pakistani and three Iranian nationals - were detained and brought to Pemba, where they appeared before a judge on Monday.

SERNIC spokesman Hilário Lole said the drugs had been loaded on the Makran coast and were destined for South Africa, from where part would be sent on to Europe. On the South African market, the heroin could fetch around US$25,000 per kilo, he said.

Cabo Delgado, where an Islamist insurgency has raged since 2017, lies on the so-called "southern route" for Afghan heroin, which runs by sea from Pakistan and Iran to the East African coast.

The Navy said the interception was made with the support of international maritime partners, whom it did not name.
""", [
    S("heroin", "MOZ", "at_most", False, MOZ_D, kg=500, loc=["Pemba", "Cabo Delgado"], cluster="moz-dhow-heroin"),
    S("methamphetamine", "MOZ", "exact", False, MOZ_D, kg=120, loc=["Pemba", "Cabo Delgado"]),
    A(12, "MOZ", "exact", False, MOZ_D, cluster="moz-dhow-crew"),
    A(9, opt=True), A(3, opt=True),
], title="Mozambique navy seizes nearly half a tonne of heroin on dhow off Pemba", outlet="Mozambique Tribune",
    date="2025-08-05"))

# ---------------------------------------------------------------- 012 Ethiopia, month of Hamle
HAMLE = P("2025-07-08", "2025-08-06")
DOCS.append(doc("012_ethiopia_bole_hamle.txt", """Federal Police: 23 drug couriers caught at Bole in Hamle
Addis Herald
ADDIS ABABA, 12 August 2025

The Ethiopian Federal Police Commission said on Tuesday that its officers stationed at Bole International Airport arrested 23 passengers suspected of drug trafficking during the Ethiopian month of Hamle 2017 (8 July - 6 August 2025).

According to the Commission's statement, the suspects, most of them transit passengers who had flown in from São Paulo and were travelling on to Asian and West African cities, were carrying a combined 71.4 kg of cocaine, hidden in luggage, shoes and, in five cases, in their stomachs.

Sixteen of the couriers were foreign nationals, including Nigerians, Brazilians and Thai citizens, the statement said.

Separately, customs officers at the Addis Ababa postal sorting centre on 28 July found 6,480 tramadol tablets in a parcel addressed to a private pharmacy in Hawassa. Investigations are continuing.

The Commission said Ethiopia's position as an aviation hub makes it attractive to traffickers and urged travellers not to carry luggage for strangers.
""", [
    A(23, "ETH", "exact", True, HAMLE),
    S("cocaine", "ETH", "exact", True, HAMLE, kg=71.4, loc=["Bole"]),
    A(16, opt=True),
    S("tramadol", "ETH", "exact", False, P("2025-07-28"), pills=6480, loc=["Addis Ababa"]),
], title="Federal Police: 23 drug couriers caught at Bole in Hamle", outlet="Addis Herald", date="2025-08-12"))

# ---------------------------------------------------------------- 013 Kazakhstan, synthetic labs
KOP = P("2025-09-15", "2025-09-26")
DOCS.append(doc("013_kazakhstan_labs.txt", """Kazakh police shut three synthetic drug labs, detain 14
Steppe Herald
ASTANA, 2 October 2025

Kazakhstan's Interior Ministry said on Thursday that police had dismantled three clandestine laboratories producing synthetic drugs in the Almaty and Karaganda regions during an operation carried out between 15 and 26 September.

Fourteen suspects were detained, among them two chemists who, according to investigators, had been recruited through an anonymous channel on a messaging app and paid in cryptocurrency.

Police seized over 400 kilograms of synthetic drugs, mainly mephedrone and alpha-PVP, valued at more than 3.2 billion tenge, as well as about two tonnes of precursor chemicals and laboratory equipment.

"At full capacity these laboratories could have produced up to 1.5 tonnes of drugs a month," the ministry's anti-drug department said.

Kazakh officials say synthetic drugs sold through online shops and "dead drops" have overtaken heroin and hashish as the main drug threat in the country over the past five years.
""", [
    N(3, "KAZ", None, "exact", [True, False], KOP),
    A(14, "KAZ", "exact", [True, False], KOP),
    S(["mixed", "unspecified"], "KAZ", "at_least", [True, False], KOP, kg=400, val=3200000000, cur="KZT"),
    S("precursors", "KAZ", "approx", [True, False], KOP, kg=2000),
], title="Kazakh police shut three synthetic drug labs, detain 14", outlet="Steppe Herald", date="2025-10-02"))

# ---------------------------------------------------------------- 014 Tajikistan, Q1 statistics (numbered)
Q1 = P("2025-01-01", "2025-03-31")
DOCS.append(doc("014_tajikistan_q1.txt", """Drug Control Agency under the President of the Republic of Tajikistan

Information on the results of the fight against illicit drug trafficking for the first quarter of 2025

Dushanbe, 10.04.2025

1. In January-March 2025, the law-enforcement bodies of the Republic of Tajikistan seized from illicit trafficking 1,914.7 kg of narcotic drugs, including:
   - hashish - 1,204.8 kg;
   - heroin - 611.2 kg;
   - opium - 98.7 kg.

2. 212 drug-related crimes were registered, of which 131 relate to trafficking in large quantities.

3. 167 persons were detained for drug-related crimes, including 9 foreign citizens.

4. 4 organised criminal groups engaged in international drug trafficking were neutralised.

5. In cooperation with the competent authorities of the Republic of Uzbekistan and the Kyrgyz Republic, 3 international controlled deliveries were carried out.

6. Compared with the same period of 2024, the volume of seized drugs increased by 18.6 per cent.

The Agency continues to implement the measures provided for in the National Strategy of the Republic of Tajikistan on Countering Drug Trafficking for 2021-2030.
""", [
    S(["mixed", "unspecified"], "TJK", "exact", True, Q1, kg=1914.7),
    S("hashish", "TJK", "exact", True, Q1, kg=1204.8),
    S("heroin", "TJK", "exact", True, Q1, kg=611.2),
    S("opium", "TJK", "exact", True, Q1, kg=98.7),
    A(167, "TJK", "exact", True, Q1),
    A(9, opt=True),
    N(4, "TJK", "international", "exact", True, Q1),
    C("joint_operation", ["TJK", "UZB", "KGZ"], period=Q1, count=3),
], title="-", outlet=optv("Drug Control Agency"), date="2025-04-10"))

# ---------------------------------------------------------------- 015 CARICC / UNODC multilateral operation
COP = P("2025-10-06", "2025-10-17")
DOCS.append(doc("015_caricc_operation.txt", """CARICC and UNODC publish results of "Steppe Corridor-2025" operation
Central Asia Security Review
ALMATY, 20 November 2025

The Central Asian Regional Information and Coordination Centre (CARICC) and the United Nations Office on Drugs and Crime (UNODC) have published the results of the international operation "Steppe Corridor-2025", which they coordinated from 6 to 17 October 2025 with the participation of law-enforcement agencies of Azerbaijan, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan and Uzbekistan.

According to the summary released on Thursday, the participating agencies:
- seized 2.7 tonnes of drugs, including 1.1 tonnes of hashish;
- detained 318 people;
- dismantled 11 drug trafficking groups, seven of them international.

The largest single consignment, 412 kg of hashish, was seized by Kyrgyz officers near Osh on 9 October in a truck loaded with potatoes.

During the operation, liaison officers from the seven countries worked from the CARICC headquarters in Almaty, exchanging information on suspect vehicles and shipments in real time.

"The routes from Afghanistan adapt quickly, and so must we," the CARICC director said, calling for the next phase of the operation to cover air cargo.
""", [
    C("joint_operation", ["CARICC", "UNODC", "AZE", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"], period=COP),
    C("information_exchange", ["CARICC", "AZE", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"], opt=True, ev="exchanging"),
    S(["mixed", "unspecified"], q="exact", agg=True, period=COP, kg=2700),
    S("hashish", q="exact", agg=True, period=COP, kg=1100),
    A(318, q="exact", agg=True, period=COP),
    N(11, q="exact", agg=True, period=COP),
    N(7, opt=True),
    S("hashish", "KGZ", "exact", False, P("2025-10-09"), kg=412, loc=["Osh"]),
], title="CARICC and UNODC publish results of \"Steppe Corridor-2025\" operation", outlet="Central Asia Security Review",
    date="2025-11-20"))
