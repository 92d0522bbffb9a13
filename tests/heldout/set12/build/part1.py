from common import *

# Part 1: Africa (Nigeria NDLEA and a Lagos court, Ghana NACOC, Senegal customs in translation, Guinea-Bissau, Cape
# Verde, Morocco DGSN "chira", a Nairobi court, Tanzania DCEA, Mozambique dhow in Portuguese, SAPS mandrax lab).
DOCS = []
Y22 = P("2022-01-01", "2022-12-31")
Y23 = P("2023-01-01", "2023-12-31")
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 001 NDLEA Apapa tramadol, MMIA cocaine pellets, Kano skunk
DOCS.append(doc("001_ndlea_apapa_tramadol.txt", """NDLEA intercepts 3.84m Tramadol pills, codeine syrup worth N2.4bn at Apapa port
The Lagos Chronicle
Sunday, 16 March 2025

Operatives of the National Drug Law Enforcement Agency (NDLEA) have intercepted 3,840,000 pills of Tramadol 225mg and 2,400 bottles of codeine-based cough syrup in a 40-foot container at the Apapa seaport in Lagos, the agency said on Sunday.

The container, which arrived from Karachi, Pakistan, was declared as carrying ceramic tiles. It was examined on Tuesday 11 March in a joint search with officers of the Nigeria Customs Service and other port agencies. The consignment has a street value of N2.4bn, the agency's Director of Media and Advocacy, Chukwuma Adeyemi, said. Two clearing agents linked to the shipment were arrested on Thursday.

At the Murtala Muhammed International Airport (MMIA), Ikeja, a 36-year-old passenger who arrived from Sao Paulo, Brazil, on Wednesday 12 March was arrested after a body scan showed he had swallowed pellets of cocaine. He excreted 92 pellets weighing 1.31 kilogrammes while in NDLEA custody.

In Kano, operatives raided a warehouse in the Sharada area on Saturday and recovered 2,150 kilogrammes of skunk, a strong variety of cannabis. Five people, including two women, were arrested.

A tablet of Tramadol 225mg sells for about N500 on the streets of Lagos and Kano, according to the agency, which warned transporters and clearing agents that their licences would be revoked if they were found to be complicit.
""", [
    S("tramadol", "NGA", "exact", False, P("2025-03-11"), pills=3840000, loc=["Apapa"], cluster="nga-apapa-tramadol"),
    S("unspecified", "NGA", opt=True),
    S(["mixed", "unspecified"], "NGA", ["exact", "approx"], False, P("2025-03-11"), val=2.4e9, cur="NGN",
      cluster="nga-apapa-value"),
    A(2, "NGA", "exact", False, P("2025-03-13")),
    S("cocaine", "NGA", "exact", False, P("2025-03-12", tol=3), kg=1.31, loc=["Murtala Muhammed", "MMIA", "Ikeja"]),
    A(1, "NGA", "exact", False, P("2025-03-12")),
    S("cannabis", "NGA", "exact", False, P("2025-03-15"), kg=2150, loc=["Sharada", "Kano"]),
    A(5, "NGA", "exact", False, P("2025-03-15")),
    A(2, "NGA", opt=True),
], title="NDLEA intercepts 3.84m Tramadol pills, codeine syrup worth N2.4bn at Apapa port", outlet="The Lagos Chronicle",
    date="2025-03-16"))

# ---------------------------------------------------------------- 002 NDLEA three-year record (Markdown table, several years)
DOCS.append(doc("002_ndlea_three_year_record.md", """# NDLEA: three years of arrests, convictions and seizures in figures

*Abuja Policy Review*

**Abuja | Monday, 13 January 2025**

The National Drug Law Enforcement Agency (NDLEA) has released its operational figures for 2024 alongside those of the two previous years. The agency's chairman presented them to journalists at its headquarters in Abuja on Sunday.

| Year | Suspects arrested | Convictions secured | Drugs seized (kilogrammes) |
|---|---|---|---|
| 2022 | 13,412 | 2,175 | 732,418.5 |
| 2023 | 15,206 | 2,690 | 1,205,341.2 |
| 2024 | 16,842 | 3,104 | 1,487,906.4 |

Of the suspects arrested in 2024, 1,886 were women. The agency also destroyed 1,260 hectares of cannabis farms during the year and counselled and rehabilitated 11,400 drug users.

The chairman said the 2024 seizures were 23 per cent higher than those of 2023 and that the agency's N58bn budget for 2025 would fund new body scanners at the Lagos and Abuja airports and at the Apapa and Onne ports.

The new year has started at the same pace: in the first ten days of January 2025, NDLEA operatives arrested 412 suspects across the country, the agency said.
""", [
    A(13412, "NGA", "exact", True, Y22),
    SEN("unspecified", 2175, "NGA", "exact", True, Y22),
    S(["unspecified", "mixed"], "NGA", "exact", True, Y22, kg=732418.5),
    A(15206, "NGA", "exact", True, Y23),
    SEN("unspecified", 2690, "NGA", "exact", True, Y23),
    S(["unspecified", "mixed"], "NGA", "exact", True, Y23, kg=1205341.2),
    A(16842, "NGA", "exact", True, Y24, cluster="nga-2024-arrests"),
    SEN("unspecified", 3104, "NGA", "exact", True, Y24, cluster="nga-2024-convictions"),
    S(["unspecified", "mixed"], "NGA", "exact", True, Y24, kg=1487906.4),
    A(1886, "NGA", opt=True),
    A(412, "NGA", "exact", True, P("2025-01-01", "2025-01-10")),
], title="NDLEA: three years of arrests, convictions and seizures in figures", outlet="Abuja Policy Review",
    date="2025-01-13"))

# ---------------------------------------------------------------- 003 Ghana NACOC Tema (GH¢)
DOCS.append(doc("003_nacoc_tema_cocaine.txt", """NACOC seizes 612kg of cocaine in frozen fish container at Tema Port
The Accra Mirror
Accra, Thursday 22 May 2025

The Narcotics Control Commission (NACOC) has seized 560 slabs of cocaine weighing 612.4 kilogrammes hidden in a refrigerated container of frozen mackerel at the Tema Port, the commission announced on Wednesday.

The container, which was shipped from Guayaquil, Ecuador, through Algeciras in Spain, was intercepted on Monday 19 May during a joint examination with the Customs Division of the Ghana Revenue Authority. The cocaine has an estimated street value of GH¢ 98 million, NACOC's Director-General, Col. (rtd) Kwabena Ofori-Atta, told reporters in Tema.

Three persons - the consignee, a shipping agent and a port haulage driver - were arrested and are assisting investigators.

The commission said it had seized 3.2 tonnes of narcotics since January, more than twice the quantity seized in the whole of 2024. Col. Ofori-Atta attributed the rise to new container scanners installed at Tema and Takoradi.

Separately, the commission said it had so far issued licences to three companies to cultivate industrial hemp with a THC content below 0.3 per cent under the amended narcotics law, and that a further 14 applications were being reviewed.
""", [
    S("cocaine", "GHA", ["exact", "approx"], False, P("2025-05-19"), kg=612.4, val=98e6, cur="GHS", loc=["Tema"]),
    A(3, "GHA", "exact", False, P("2025-05-19", tol=2)),
    S("unspecified", "GHA", "exact", True, P("2025-01-01", "2025-05-21", tol=1), kg=3200),
], title="NACOC seizes 612kg of cocaine in frozen fish container at Tema Port", outlet="The Accra Mirror",
    date="2025-05-22"))

# ---------------------------------------------------------------- 004 Senegal customs, Kidira (French translation, "1 137,6 kg")
DOCS.append(doc("004_senegal_kidira_cocaine.txt", """Customs seize more than a tonne of cocaine in refrigerated truck at Kidira
Le Soleil du Sahel (English edition)
Dakar, jeudi 6 novembre 2025 (Thursday, 6 November 2025)

The Directorate General of Customs (Direction générale des Douanes) announced on Wednesday the seizure of 1 137,6 kg (1,137.6 kilograms) of cocaine in a refrigerated truck at the Kidira border post, on the border with Mali, on Monday 3 November 2025.

The drug, packed in 1 040 blocks hidden under cartons of frozen chicken, has an estimated value of 91 billion CFA francs (XOF 91 000 000 000), according to the customs statement. The driver, a foreign national, was arrested at the scene. A second person, suspected of being the recipient of the goods, was arrested on Tuesday in Tambacounda.

"This seizure confirms that criminal networks are using the land corridors of the Sahel," said the director of customs intelligence, Colonel Mamadou Ndiaye. He said the cocaine had probably entered the region through a port in the Gulf of Guinea.

Since January 2025, Senegalese customs have seized 4,86 tonnes (4.86 tonnes) of cocaine, the statement added. A gram of cocaine sells for around 25 000 F CFA in Dakar, according to the anti-drug office.

The two suspects face sentences of between ten and twenty years under the law on narcotics, officials said.
""", [
    S("cocaine", "SEN", ["exact", "approx", "at_least"], False, P("2025-11-03"), kg=1137.6, val=9.1e10, cur="XOF",
      loc=["Kidira"]),
    A(1, "SEN", "exact", False, P("2025-11-03")),
    A(1, "SEN", "exact", False, P("2025-11-04")),
    A(2, "SEN", opt=True),
    S("cocaine", "SEN", "exact", True, P("2025-01-01", "2025-11-06", tol=1), kg=4860),
], title="Customs seize more than a tonne of cocaine in refrigerated truck at Kidira", outlet="Le Soleil du Sahel",
    date="2025-11-06"))

# ---------------------------------------------------------------- 005 Guinea-Bissau, fishing vessel off the Bijagos
DOCS.append(doc("005_bissau_bijagos_vessel.txt", """Judicial Police seize 1.45 tonnes of cocaine from fishing vessel off Bijagós islands
Bissau Digital
Bissau, 14 August 2025

Guinea-Bissau's Judicial Police (PJ) said on Wednesday that they had seized 1,450 kilograms of cocaine from a fishing vessel intercepted by the navy off the Bijagós archipelago at the weekend.

The seven crew members - five Colombians and two Bissau-Guineans - were arrested and brought to the capital. The vessel, flying a Sierra Leone flag, was escorted to the port of Bissau on Monday.

The interception followed intelligence from the Lisbon-based Maritime Analysis and Operations Centre - Narcotics (MAOC-N), the PJ director, Domingos Có, told a news conference. He said the drugs were destined for Europe and had been loaded off the coast of Venezuela.

Under the amended drug law, traffickers caught with such quantities could face life imprisonment, the director said, adding that the PJ was investigating possible accomplices on the islands.

It is the largest cocaine seizure in the country since 2019.
""", [
    S("cocaine", "GNB", "exact", False, P("2025-08-09", "2025-08-10", tol=1), kg=1450, loc=["Bijagós", "Bijagos"]),
    A(7, "GNB", "exact", False, P("2025-08-09", "2025-08-10", tol=1)),
    A(5, "GNB", opt=True),
    A(2, "GNB", opt=True),
    C("information_exchange", ["GNB", "MAOC-N"], opt=True),
], title="Judicial Police seize 1.45 tonnes of cocaine from fishing vessel off Bijagós islands", outlet="Bissau Digital",
    date="2025-08-14"))

# ---------------------------------------------------------------- 006 Cape Verde, Mindelo yacht ("cerca de meia tonelada", "Tuesday (30)")
DOCS.append(doc("006_capeverde_mindelo_yacht.txt", """PJ seizes about half a tonne of cocaine from sailing yacht in Mindelo
Crioulo Times
Praia, 2 de outubro de 2025 (2 October 2025)

Cape Verde's Judicial Police (PJ) seized about half a tonne of cocaine - "cerca de meia tonelada" in the PJ's statement - from a sailing yacht moored in the port of Mindelo, on São Vicente island, on Tuesday (30), the force said on Wednesday. Forensic weighing later put the haul at 512 kilos, packed in 460 blocks.

The three crew members, all Brazilian nationals, were arrested and will be brought before a judge in Mindelo.

The operation was carried out jointly with Portugal's Polícia Judiciária and with the support of the Maritime Analysis and Operations Centre - Narcotics (MAOC-N), which had tracked the yacht since it left the coast of Brazil, the PJ said.

The drugs are worth about 1.5 billion escudos on the European market, according to the PJ. The yacht had been heading for the Azores.

Cape Verde, an archipelago on the route between South America and Europe, has stepped up cooperation with Portugal and Spain since a series of large seizures in 2019.
""", [
    S("cocaine", "CPV", ["approx", "exact"], False, P("2025-09-30"), kg=512, val=1.5e9, cur="CVE", loc=["Mindelo"]),
    A(3, "CPV", "exact", False, P("2025-09-30")),
    C("joint_operation", ["CPV", "PRT", "MAOC-N"], P("2025-09-30"), ev="jointly"),
], title="PJ seizes about half a tonne of cocaine from sailing yacht in Mindelo", outlet="Crioulo Times",
    date="2025-10-02"))

# ---------------------------------------------------------------- 007 Morocco DGSN, 21 tonnes 400 kg of chira
DOCS.append(doc("007_morocco_dgsn_chira.txt", """DGSN seizes 21 tonnes 400 kg of chira in Casablanca lorry
Le Matin du Détroit (English digest)
Casablanca, 18 juin 2025 (June 18, 2025)

Officers of the National Brigade of the Judicial Police (BNPJ), acting on information from the General Directorate of Territorial Surveillance (DGST), seized 21 tonnes and 400 kilograms of chira (cannabis resin) in a lorry at the exit of Casablanca on Tuesday, the General Directorate for National Security (DGSN) said in a statement.

Four suspects aged between 27 and 52 - the driver, his assistant and two accomplices who were escorting the lorry in a car - were arrested. They have been placed in police custody under the supervision of the competent public prosecutor's office.

The lorry, registered in Agadir, was carrying a load of watermelons. Investigators believe the chira was to be moved to the coast near El Jadida and shipped to Spain by speedboat.

According to DGSN figures, the police have seized 87.3 tonnes of chira since the beginning of 2025, down 12% from the same period of last year, and have arrested 41,208 people for drug trafficking offences.

A kilogram of chira sells for about 2,500 euros in Europe, investigators said.
""", [
    S("hashish", "MAR", "exact", False, P("2025-06-17"), kg=21400, loc=["Casablanca"]),
    A(4, "MAR", "exact", False, P("2025-06-17")),
    S("hashish", "MAR", "exact", True, P("2025-01-01", "2025-06-18", tol=1), kg=87300),
    A(41208, "MAR", "exact", True, P("2025-01-01", "2025-06-18", tol=1)),
], title="DGSN seizes 21 tonnes 400 kg of chira in Casablanca lorry", outlet="Le Matin du Détroit", date="2025-06-18"))

# ---------------------------------------------------------------- 008 Nairobi court, 30 years each (Sh), acquittal, fine
DOCS.append(doc("008_nairobi_court_heroin.txt", """Two Tanzanians jailed 30 years each over Sh1.2bn heroin haul; co-accused freed
The Nairobi Ledger
Nairobi, Friday, 25 July 2025

A Nairobi court on Thursday sentenced two Tanzanian nationals to 30 years in prison each for trafficking heroin worth Sh1.2 billion, and acquitted their Kenyan co-accused for lack of evidence.

Milimani Chief Magistrate Lucy Wanjiru also fined each of the two Sh3.6 billion - three times the value of the drugs - or an additional year in prison in default.

The two were arrested together with the Kenyan, a taxi driver, in July 2023 at a rented house in Kilimani, where detectives from the Anti-Narcotics Unit found 400 kilograms of heroin packed in 380 one-kilo and half-kilo slabs. The prosecution called 14 witnesses during the trial.

"The accused persons were part of a network that used the port of Dar es Salaam and the Namanga border to move heroin into Kenya," the magistrate said in her judgment.

Defence lawyer James Otieno said his clients would appeal against both the conviction and the sentence.
""", [
    SEN("prison", 2, "KEN", "exact", False, P("2025-07-24")),
    S("heroin", "KEN", "exact", False, P("2023-07-01", "2023-07-31"), kg=400, val=1.2e9, cur="KES", loc=["Kilimani"]),
    A(3, "KEN", "exact", False, P("2023-07-01", "2023-07-31")),
], title="Two Tanzanians jailed 30 years each over Sh1.2bn heroin haul; co-accused freed", outlet="The Nairobi Ledger",
    date="2025-07-25"))

# ---------------------------------------------------------------- 009 Tanzania DCEA Kigamboni (headline sum, TSh)
DOCS.append(doc("009_tanzania_dcea_kigamboni.txt", """DCEA seizes 840kg of meth and heroin in Kigamboni raid; nine held
The Kilimanjaro Times
Dar es Salaam, Tuesday 9 September 2025

The Drug Control and Enforcement Authority (DCEA) has seized 673.2 kilogrammes of methamphetamine and 167.3 kilogrammes of heroin in an operation in Kigamboni district, Dar es Salaam, and arrested nine people, including two foreign nationals, DCEA Commissioner General Aretas Lyimo said on Monday.

The drugs were found on Saturday in a house near the beach, where they had been landed from a dhow a few days earlier. The drugs seized in Kigamboni are worth an estimated TSh 34.2 billion, he said.

In a separate operation in Arusha and Manyara regions last week, DCEA officers destroyed 44 acres of cannabis farms and seized 1,280 kilogrammes of dry cannabis, arresting 12 people.

Lyimo said the authority had shared information on the dhow's route with its regional partners and warned that traffickers were increasingly using small beaches south of Dar es Salaam.
""", [
    S("methamphetamine", "TZA", "exact", False, P("2025-09-06"), kg=673.2, loc=["Kigamboni"]),
    S("heroin", "TZA", "exact", False, P("2025-09-06"), kg=167.3, loc=["Kigamboni"]),
    S(["mixed", "unspecified"], "TZA", "approx", False, P("2025-09-06"), val=3.42e10, cur="TZS"),
    S(["mixed", "unspecified"], "TZA", kg=840.5, opt=True),
    S(["mixed", "unspecified"], "TZA", kg=840, opt=True),
    A(9, "TZA", "exact", False, P("2025-09-06")),
    A(2, "TZA", opt=True),
    S("cannabis", "TZA", "exact", [True, False], P("2025-09-01", "2025-09-07", tol=2), kg=1280,
      loc=["Arusha", "Manyara"]),
    A(12, "TZA", "exact", [True, False], P("2025-09-01", "2025-09-07", tol=2)),
], title="DCEA seizes 840kg of meth and heroin in Kigamboni raid; nine held", outlet="The Kilimanjaro Times",
    date="2025-09-09"))

# ---------------------------------------------------------------- 010 Mozambique dhow ("1,2 toneladas", "2,3 mil milhões de meticais")
DOCS.append(doc("010_mozambique_dhow_heroin.txt", """Navy intercepts dhow with 1.2 tonnes of heroin off Ilha de Moçambique
Notícias do Índico (English service)
Maputo, 21 de março de 2025 (21 March 2025)

The Mozambican Navy, together with the National Criminal Investigation Service (SERNIC), intercepted a dhow carrying 1,2 toneladas de heroína (1.2 tonnes of heroin) about 40 nautical miles off Ilha de Moçambique, in Nampula province, on Wednesday (19), SERNIC said.

The 11 crew members - nine Pakistani and two Iranian nationals - were detained and taken to the port of Nacala. The heroin is valued at 2,3 mil milhões de meticais (2.3 billion meticais), SERNIC spokesperson Hilário Lole told reporters in Nampula.

He said the drugs had been loaded off the Makran coast and were destined for South Africa, from where they would have been sent on to Europe. The dhow had switched off its tracking system two days before it was intercepted.

A gram of heroin sells for about 1,500 meticais in Nampula city. Mozambique's health ministry estimates that the country has at least 40,000 heroin users, most of them in the northern provinces.
""", [
    S("heroin", "MOZ", "exact", False, P("2025-03-19"), kg=1200, val=2.3e9, cur="MZN",
      loc=["Ilha de Moçambique", "Nampula"]),
    A(11, "MOZ", "exact", False, P("2025-03-19")),
    A(9, "MOZ", opt=True),
    A(2, "MOZ", opt=True),
], title="Navy intercepts dhow with 1.2 tonnes of heroin off Ilha de Moçambique", outlet="Notícias do Índico",
    date="2025-03-21"))

# ---------------------------------------------------------------- 011 SAPS Worcester mandrax lab (HTML, rand)
DOCS.append(doc("011_saps_worcester_mandrax_lab.html", html_page(
    "Police bust mandrax lab in Worcester, seize drugs worth R28 million in Cape Flats raids", "Cape Peninsula Post",
    "2025-08-14T09:30:00+02:00", "By Thandeka Mokoena | Thursday 14 August 2025",
    ["Police in the Western Cape have dismantled a clandestine mandrax laboratory on a farm outside Worcester and arrested three suspects, including the alleged cook, the South African Police Service (SAPS) said on Wednesday.",
     "Members of the SAPS Narcotics Enforcement Bureau and Crime Intelligence raided the farm on Tuesday and found 210,000 mandrax tablets, 1,300 kilograms of precursor chemicals and two tableting machines, provincial police spokesperson Colonel Andre Traut said.",
     "In follow-up raids in Mitchells Plain and Hanover Park on Wednesday morning, officers seized 12 kg of tik (crystal methamphetamine), 4 kg of cocaine and 38,000 mandrax tablets, and arrested five more people. The drugs seized in the two operations have a combined street value of about R28 million.",
     "A mandrax tablet sells for between R60 and R80 on the Cape Flats, police said.",
     "The provincial community safety department said a further R50 million had been set aside this year for neighbourhood safety officers in gang-affected areas."],
    ["Load-shedding: Eskom says no cuts this week", "Cape Town taxi strike called off", "Stormers name squad for Dublin"],
    nav=("Home", "News", "Western Cape", "Business", "Sport")), [
    N(1, "ZAF", q="exact", agg=False, period=P("2025-08-12")),
    A(3, "ZAF", "exact", False, P("2025-08-12")),
    S(["unspecified", "mixed"], "ZAF", pills=210000, opt=True),
    S("precursors", "ZAF", "exact", False, P("2025-08-12"), kg=1300, loc=["Worcester"]),
    S("methamphetamine", "ZAF", "exact", False, P("2025-08-13"), kg=12, loc=["Mitchells Plain", "Hanover Park"]),
    S("cocaine", "ZAF", "exact", False, P("2025-08-13"), kg=4, loc=["Mitchells Plain", "Hanover Park"]),
    S(["unspecified", "mixed"], "ZAF", pills=38000, opt=True),
    A(5, "ZAF", "exact", False, P("2025-08-13")),
    S(["mixed", "unspecified"], "ZAF", "approx", [True, False], P("2025-08-12", "2025-08-13", tol=1), val=28e6,
      cur="ZAR"),
], title="Police bust mandrax lab in Worcester, seize drugs worth R28 million in Cape Flats raids",
    outlet="Cape Peninsula Post", date="2025-08-14", fmt="html"))

# ---------------------------------------------------------------- 012 Lagos Federal High Court, bullet list of outcomes
DOCS.append(doc("012_lagos_court_judgments.txt", """Federal High Court: one life term, two jail terms in NDLEA cases; one freed
Ikeja Court Watch
Lagos, Saturday, 10 May 2025

The Federal High Court in Lagos on Friday delivered judgments in four drug cases prosecuted by the National Drug Law Enforcement Agency (NDLEA). The outcomes were:

- Chinedu Okafor, 44, a businessman, was sentenced to life imprisonment for importing 7.2 kilogrammes of cocaine concealed in tins of baby formula. He was arrested at the Lagos airport in January 2024.
- Aisha Bello, 38, was sentenced to 15 years in prison for attempting to export 2.05 kilogrammes of methamphetamine hidden in food packs to Saudi Arabia.
- Tunde Adebayo, 29, got seven years in prison after pleading guilty to dealing in 64 kilogrammes of skunk.
- A fourth defendant, a freight agent, was discharged and acquitted.

Justice Oluwatoyin Fashola adjourned the trial of three other suspects in a separate case to 2 June.

The NDLEA, which has made courtroom work a priority, said it secured 3,104 convictions in 2024 and arrested more than 16,800 suspects during the year.
""", [
    SEN("life", 1, "NGA", "exact", False, P("2025-05-09")),
    SEN("prison", 2, "NGA", "exact", False, P("2025-05-09")),
    SEN("prison", 1, "NGA", opt=True),
    SEN("prison", 1, "NGA", opt=True),
    S("cocaine", "NGA", "exact", False, P("2024-01-01", "2024-01-31"), kg=7.2, loc=["Lagos"]),
    A(1, "NGA", "exact", False, P("2024-01-01", "2024-01-31")),
    S("methamphetamine", "NGA", kg=2.05, opt=True),
    S("cannabis", "NGA", kg=64, opt=True),
    SEN("unspecified", 3104, "NGA", "exact", True, Y24, cluster="nga-2024-convictions"),
    A(16800, "NGA", "at_least", True, Y24, cluster="nga-2024-arrests"),
], title="Federal High Court: one life term, two jail terms in NDLEA cases; one freed", outlet="Ikeja Court Watch",
    date="2025-05-10"))
