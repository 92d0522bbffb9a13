from common import *

# Part 5: roundups, a week in review, a police daily log, gzip texts, a near-copy, period styles and traps
DOCS = []

# ---------------------------------------------------------------- 043 World roundup, five items in five countries
DOCS.append(doc("043_global_monitor_roundup.txt", """Drug war digest: five seizures from four continents
Global Narcotics Monitor - Weekend Roundup
Saturday, 22 March 2025

BRAZIL - Federal Police officers at the port of Paranaguá, Paraná state, found 2,1 t (2.1 tonnes) of cocaine on Wednesday in a container of frozen chicken bound for Rotterdam. No arrests were reported.

SPAIN - The Guardia Civil seized 1.8 tonnes of cocaine hidden in a shipment of pineapples at the port of Algeciras on Thursday and arrested three people, including the owner of a fruit import company.

KENYA - Police in Eldoret arrested a 24-year-old student on Friday with 750g of heroin packed in sachets ready for sale.

PHILIPPINES - Agents of the Philippine Drug Enforcement Agency (PDEA) seized 50 kilos of shabu worth P340 million from two suspects in a buy-bust operation in Bulacan province on Tuesday. Both were arrested.

UNITED STATES - CBP officers at the Otay Mesa port of entry in San Diego found more than 3,000 pounds of methamphetamine in a shipment of celery on Monday. The 37-year-old driver was arrested.

Wholesale cocaine prices in Europe have fallen by a fifth since 2020, according to analysts.
""", [
    S("cocaine", "BRA", "exact", False, P("2025-03-19"), kg=2100, loc=["Paranaguá", "Paranagua"]),
    S("cocaine", "ESP", "exact", False, P("2025-03-20"), kg=1800, loc=["Algeciras"]),
    A(3, "ESP", "exact", False, P("2025-03-20")),
    S("heroin", "KEN", "exact", False, P("2025-03-21"), kg=0.75, loc=["Eldoret"]),
    A(1, "KEN", "exact", False, P("2025-03-21")),
    S("methamphetamine", "PHL", "exact", False, P("2025-03-18"), kg=50, val=340000000, cur="PHP", loc=["Bulacan"]),
    A(2, "PHL", "exact", False, P("2025-03-18")),
    S("methamphetamine", "USA", "at_least", False, P("2025-03-17"), kg=3000 * LB, loc=["Otay Mesa", "San Diego"]),
    A(1, "USA", "exact", False, P("2025-03-17")),
], title="Drug war digest: five seizures from four continents", outlet="Global Narcotics Monitor",
    date="2025-03-22"))

# ---------------------------------------------------------------- 044 Week in review (Markdown), shares the Katy pills with 001
DOCS.append(doc("044_narco_beat_week_in_review.md", """# Week in review: fentanyl on I-10, a Mexican navy haul and a San Diego sentence

**Narco Beat Weekly** - Saturday, Jan. 11, 2025

Our weekly look at drug enforcement across the Americas and Europe, for the week of Jan. 4 to Jan. 10.

## United States

The DEA's Houston division announced on Tuesday that agents and state troopers had seized about 120,000 fentanyl pills in a traffic stop near Katy, Texas, on Jan. 3. Two men from Phoenix were charged.

In San Diego, a federal judge on Thursday sentenced a Tijuana man to 12 years in prison for smuggling 80 pounds of fentanyl through the San Ysidro port of entry in 2023.

## Mexico

The Mexican Navy (SEMAR) seized 1.5t of cocaine from a go-fast boat off the coast of Oaxaca on Wednesday and arrested five crew members, three of them Colombians.

## United Kingdom

Border Force officers at Felixstowe found 480 kilos of cocaine hidden among bags of coffee on Monday. The NCA is investigating; no arrests yet.

## Also this week

Colombia extradited five alleged members of the Clan del Golfo to the United States on Thursday. Ecuador's president said he would ask Congress for a larger police budget.
""", [
    S("fentanyl", "USA", "approx", False, P("2025-01-03"), pills=120000, loc=["Katy"], cluster="dea-katy-pills"),
    SEN("prison", 1, "USA", "exact", False, P("2025-01-09")),
    S("fentanyl", "USA", opt=True, kg=80 * LB),
    S("cocaine", "MEX", "exact", False, P("2025-01-08"), kg=1500, loc=["Oaxaca"]),
    A(5, "MEX", "exact", False, P("2025-01-08")),
    A(3, opt=True),
    A(2, opt=True),
    S("cocaine", "GBR", "exact", False, P("2025-01-06"), kg=480, loc=["Felixstowe"]),
    C("other", ["COL", "USA"], period=P("2025-01-09"), ev="extradited", opt=True),
], title="Week in review: fentanyl on I-10, a Mexican navy haul and a San Diego sentence", outlet="Narco Beat Weekly",
    date="2025-01-11"))

# ---------------------------------------------------------------- 045 Police daily log (US city)
D3 = P("2025-03-03")
DOCS.append(doc("045_lakewood_pd_daily_log.txt", """Lakewood Police Department - Daily Activity Log
Public Information Office
Log for Monday, March 3, 2025 (released Tuesday, March 4, 2025)

0814 hrs - TRAFFIC STOP, 1400 block of W. Colfax Ave. Officers stopped a vehicle for an expired registration and found 2 oz of cocaine and a digital scale in the center console. Driver (M, 26) arrested for possession with intent to distribute.

1130 hrs - SUSPICIOUS SUBSTANCE, Belmar Park. A resident reported a bag of brown powder believed to be heroin. Field testing showed the substance was brown sugar. No further action.

1545 hrs - SEARCH WARRANT, 800 block of S. Pierce St. Members of the Special Enforcement Team served a narcotics search warrant and seized 3 lbs of marijuana packaged for sale and 120 oxycodone pills. Two residents (M, 31; F, 29) arrested.

1902 hrs - WELFARE CHECK, 7th Ave. Adult male located, no police action needed.

2210 hrs - OVERDOSE, 200 block of Garrison St. Officers administered naloxone to an unresponsive adult, who was transported to hospital.

Totals for the day: 61 calls for service, 9 arrests (all offences), 4 traffic crashes.
""", [
    S("cocaine", "USA", "exact", False, D3, kg=2 * OZ, loc=["Colfax"]),
    A(1, "USA", "exact", False, D3),
    S("cannabis", "USA", "exact", False, D3, kg=3 * LB, loc=["Pierce"]),
    S("unspecified", "USA", "exact", False, D3, pills=120, loc=["Pierce"]),
    A(2, "USA", "exact", False, D3),
    A(9, opt=True),
], title="Lakewood Police Department - Daily Activity Log", outlet=optv("Lakewood Police Department"),
    date="2025-03-04"))

# ---------------------------------------------------------------- 046 gzip, Swedish Customs, past 12 months
DOCS.append(doc("046_stockholm_ledger_tullverket.txt.gz", """Swedish Customs: cocaine seizures over past 12 months near 1.3 tonnes
Stockholm Ledger
Stockholm, Tuesday 12 August 2025

Swedish Customs (Tullverket) seized nearly 1.3 tonnes of cocaine over the past 12 months, more than in any comparable period, the agency said on Tuesday.

The latest large find came on Friday, when officers at the port of Helsingborg stopped a Dutch-registered truck arriving by ferry from Helsingør and found 140 kilos of cocaine behind a false wall in the trailer. The driver, a 44-year-old Polish citizen, was arrested.

Acting on information from Swedish Customs, Danish police arrested two men in Copenhagen on Saturday who were believed to have organised the transport.

In July, Swedish and Norwegian customs officers carried out joint checks on freight traffic at the Svinesund crossing, Tullverket said, without giving results.

Cocaine use in Sweden has doubled over the past decade, according to the Public Health Agency.
""", [
    S("cocaine", "SWE", "at_most", True, P("2024-08-12", "2025-08-12", tol=5), kg=1300),
    S("cocaine", "SWE", "exact", False, P("2025-08-08"), kg=140, loc=["Helsingborg"]),
    A(1, "SWE", "exact", False, P("2025-08-08")),
    A(2, "DNK", "exact", False, P("2025-08-09")),
    C("information_exchange", ["SWE", "DNK"], ev="information", opt=True),
    C("joint_operation", ["SWE", "NOR"], period=P("2025-07-01", "2025-07-31"), loc="Svinesund", ev="joint checks"),
], title="Swedish Customs: cocaine seizures over past 12 months near 1.3 tonnes", outlet="Stockholm Ledger",
    date="2025-08-12", fmt="gz"))

# ---------------------------------------------------------------- 047 HTML, UK Border Force, year to March
YM = P("2024-04-01", "2025-03-31")
DOCS.append(doc("047_westminster_ledger_border_force.html", html_page(
    "Border Force seized 19.6 tonnes of cocaine in year to March, Home Office figures show", "Westminster Ledger",
    "2025-07-24T07:00:00+01:00", "Political staff | Thursday 24 July 2025",
    ["Border Force seized 19.6 tonnes of cocaine in the year to March 2025, the highest figure since records began, according to Home Office statistics published on Thursday.",
     "Officers also seized 31.2 tonnes of herbal cannabis in the same period, much of it in suitcases carried by passengers arriving from Thailand and the United States. Heroin seizures fell to 410 kilos.",
     "The National Crime Agency said that, in the year to March, its investigations led to 1,140 arrests for drug offences and the disruption of 86 organised crime groups involved in drug supply.",
     "The Home Office plans to recruit 300 more Border Force officers by 2027 as part of a £150 million investment in border security. Cash seizures at the border totalled £41 million.",
     "Drug poisoning deaths in England and Wales reached 5,448 in 2023, the Office for National Statistics said last year."],
    ["Small boats: latest figures", "Prison places crisis deepens", "Home Secretary faces committee"],
    nav=("Home", "Politics", "UK", "World", "Opinion"))
    , [
    S("cocaine", "GBR", "exact", True, YM, kg=19600),
    S("cannabis", "GBR", "exact", True, YM, kg=31200),
    S("heroin", "GBR", "exact", True, YM, kg=410),
    A(1140, "GBR", "exact", True, YM),
    N(86, "GBR", None, "exact", True, YM, opt=True),
], title="Border Force seized 19.6 tonnes of cocaine in year to March, Home Office figures show",
    outlet="Westminster Ledger", date="2025-07-24", fmt="html"))

# ---------------------------------------------------------------- 048 gzip, near-copy of 023 (Southampton)
DOCS.append(doc("048_south_coast_echo_southampton.txt.gz", """Nearly 1.2 tonnes of cocaine found in bananas at Southampton docks
South Coast Echo
Sunday 16 March 2025

Nearly 1.2 tonnes of cocaine has been found hidden in a container of bananas at Southampton docks, the National Crime Agency has said.

Border Force officers made the discovery on Tuesday in a refrigerated container which had arrived from Colombia via Panama. The NCA said the drugs could have been worth around £95m on the streets of the UK.

Two men, aged 39 and 44, were arrested in Hampshire on Wednesday on suspicion of conspiracy to import Class A drugs and have been bailed.

A spokesperson for the port said it was cooperating fully with the investigation.
""", [
    S("cocaine", "GBR", ["at_most", "approx"], False, P("2025-03-11"), kg=1200, val=95000000, cur="GBP",
      loc=["Southampton"], cluster="gbr-southampton-cocaine"),
    A(2, "GBR", "exact", False, P("2025-03-12"), cluster="gbr-southampton-arrests"),
], title="Nearly 1.2 tonnes of cocaine found in bananas at Southampton docks", outlet="South Coast Echo",
    date="2025-03-16", dup="023_nca_southampton_bananas.txt", fmt="gz"))

# ---------------------------------------------------------------- 049 Markdown, Mexico, "this month" / "earlier this month"
OCT = P("2025-10-01", "2025-10-24", tol=7)
DOCS.append(doc("049_mexico_security_cabinet_october.md", """# Security cabinet: 27 drug labs dismantled so far this month

*Mexico News Wire* | Oct. 24, 2025 | Mexico City

So far this month, federal forces have dismantled 27 clandestine laboratories and seized 1,9 toneladas (1.9 tonnes) of methamphetamine, the federal Security Cabinet said at the president's morning press conference on Friday.

Earlier this month, the Navy (SEMAR) seized 8,3 toneladas (8.3 tonnes) of cocaine from a cargo ship at the port of Manzanillo, Colima, in the largest single cocaine seizure of the year. Eleven crew members were detained.

The Security Cabinet also said that Mexican and Guatemalan officials had met in Tapachula, Chiapas, on Wednesday to review security along their shared border, and agreed to meet again in January.

The cabinet did not give arrest figures for the month. It said the value of the synthetic drugs seized in October was more than MXN 2,100 million.
""", [
    N(27, "MEX", None, "exact", True, OCT),
    S("methamphetamine", "MEX", "exact", True, OCT, kg=1900),
    S("cocaine", "MEX", "exact", False, OCT, kg=8300, loc=["Manzanillo"]),
    A(11, "MEX", "exact", False, OCT),
    C("meeting", ["MEX", "GTM"], period=P("2025-10-22"), loc="Tapachula", ev="Tapachula"),
    S(["unspecified", "mixed", "methamphetamine"], "MEX", "at_least", True, OCT, val=2100000000, cur="MXN"),
], title="Security cabinet: 27 drug labs dismantled so far this month", outlet="Mexico News Wire",
    date="2025-10-24"))

# ---------------------------------------------------------------- 050 Brazil PF money-laundering operation, historical seizure
DOCS.append(doc("050_brazil_pf_laundering_operation.txt", """Federal Police target cocaine network that laundered R$ 1.2 billion through fintechs
Curitiba Herald (English service)
Curitiba, Tuesday 27 May 2025

The Polícia Federal launched an operation on Tuesday (27) against a criminal organisation dedicated to international cocaine trafficking that allegedly laundered R$ 1,2 bilhão (R$ 1.2 billion) through digital payment companies.

Agents served 12 arrest warrants and 40 search warrants in Paraná, Santa Catarina and Sao Paulo states. A federal court ordered the blocking of R$ 300 milhões (R$ 300 million) in assets, including 14 properties and a helicopter.

The investigation began after the seizure of 2,4 t (2.4 tonnes) of cocaine in a container of frozen meat at the port of Paranaguá in March 2024. According to the PF, the group shipped cocaine to Europe and West Africa through ports in southern Brazil.

The suspects may be charged with international drug trafficking, criminal organisation and money laundering, with combined penalties of more than 40 years.
""", [
    A(12, "BRA", "exact", False, P("2025-05-27")),
    N(1, "BRA", "international", "exact", False, P("2025-05-27")),
    S("cocaine", "BRA", "exact", False, P("2024-03-01", "2024-03-31"), kg=2400, loc=["Paranaguá", "Paranagua"]),
], title="Federal Police target cocaine network that laundered R$ 1.2 billion through fintechs",
    outlet="Curitiba Herald", date="2025-05-27"))

# ---------------------------------------------------------------- 051 US Coast Guard offload, joint interdictions with Colombia
CG = P("2025-02-02", "2025-03-20")
DOCS.append(doc("051_uscg_port_everglades_offload.txt", """Coast Guard offloads more than 37,000 pounds of cocaine at Port Everglades
U.S. Coast Guard 7th District - News Release
PORT EVERGLADES, Fla. - Wednesday, April 2, 2025

The crew of the Coast Guard Cutter Resolute offloaded more than 37,000 pounds of cocaine and 4,100 pounds of marijuana, worth an estimated $425 million, at Port Everglades on Wednesday.

The drugs were seized in 14 separate interdictions in the Eastern Pacific Ocean and the Caribbean Sea between Feb. 2 and March 20. Coast Guard crews apprehended 31 suspected smugglers, who will face prosecution in federal courts in Florida and Puerto Rico.

Two of the interdictions were carried out jointly with the Colombian Navy off San Andrés island.

"Our crews and our partners stopped these drugs long before they reached our shores," said Capt. Miranda Holt, the cutter's commanding officer. The Coast Guard's fiscal 2025 budget includes $1.2 billion for new offshore patrol cutters.
""", [
    S("cocaine", "USA", "at_least", True, CG, kg=37000 * LB),
    S("cannabis", "USA", ["at_least", "exact"], True, CG, kg=4100 * LB),
    S("mixed", "USA", "approx", True, CG, val=425000000, cur="USD"),
    A(31, "USA", "exact", True, CG),
    C("joint_operation", ["USA", "COL"], count=2, period=CG, loc="San Andrés", ev="jointly"),
], title="Coast Guard offloads more than 37,000 pounds of cocaine at Port Everglades",
    outlet=optv("U.S. Coast Guard"), date="2025-04-02"))

# ---------------------------------------------------------------- 052 Peru, suspected cocaine turned out to be flour (no facts)
DOCS.append(doc("052_callao_flour_false_alarm.txt", """Callao: suspected cocaine in export cargo turns out to be wheat flour
Andes Correo - English
Lima, 5 February 2025

Sacks of white powder found in a container of quinoa at the port of Callao last week, which police had described as a possible cocaine shipment of up to two tonnes, contained only wheat flour, laboratory tests released on Tuesday showed.

Two warehouse workers who had been questioned as witnesses will not face charges, prosecutors said.

The National Superintendence of Customs (SUNAT) said the false alarm showed that its scanners were working. It plans a joint operation with Chile's customs service at the ports of Callao and San Antonio next year and has asked for a budget increase of S/ 35 million for new equipment.

Peru is the world's second-largest producer of cocaine after Colombia, according to the United Nations.
""", [], title="Callao: suspected cocaine in export cargo turns out to be wheat flour", outlet="Andes Correo",
    date="2025-02-05"))
