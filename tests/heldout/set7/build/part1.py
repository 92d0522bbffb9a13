from common import *

DOCS = []

# ---------------------------------------------------------------- 001 Mexico (Reuters)
DOCS.append(doc("001_mexico_sinaloa_lab.txt", """Mexican navy dismantles meth 'superlab' in Sinaloa mountains
Mar 12, 2025 4:41 PM GMT
By Diego Ortega

CULIACAN, Mexico, March 12 (Reuters) - Mexican marines raided a clandestine methamphetamine laboratory in the mountains of Sinaloa state on Tuesday, seizing one and a half tonnes of the drug in what the navy described as one of its most significant lab busts this year.

The lab, hidden in a ravine outside the town of Cosala, also held some 400 litres of precursor chemicals and two industrial reactors, the navy said in a statement. Three men who were guarding the site were arrested.

Officials did not say which criminal group ran the facility, but the area is a stronghold of factions of the Sinaloa Cartel that have been fighting each other since last September.

The navy said the lab could have turned out up to two tonnes of methamphetamine a month had it kept operating. Washington has offered rewards of up to $10 million for information leading to the capture of several of the cartel's leaders.

Mexico has come under heavy pressure from the United States to curb the flow of synthetic drugs across their shared border, and the government has promised to step up operations against clandestine labs in the northwestern states.

(Reporting by Diego Ortega; Editing by Sandra Maler)
""", [
    S("methamphetamine", "MEX", "exact", False, P("2025-03-11"), kg=1500, loc=["Cosala", "Cosalá", "Sinaloa"]),
    S("precursors", opt=True),
    A(3, "MEX", "exact", False, P("2025-03-11")),
    N(1, "MEX", None, "exact", False, P("2025-03-11")),
], title="Mexican navy dismantles meth 'superlab' in Sinaloa mountains", outlet=optv("Reuters"), date="2025-03-12"))

# ---------------------------------------------------------------- 002 Colombia (HTML)
DOCS.append(doc("002_colombia_buenaventura.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Police find 4.2 tonnes of cocaine in Buenaventura containers | Pacific Post</title>
<meta property="og:title" content="Police find 4.2 tonnes of cocaine in Buenaventura containers">
<meta property="og:site_name" content="Pacific Post">
<meta property="article:published_time" content="2025-03-18T07:30:00-05:00">
</head>
<body>
<div id="cookie-banner">We use cookies to improve your experience. By continuing to browse you accept our <a href="/privacy">cookie policy</a>. <button>Accept all</button> <button>Manage settings</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/colombia">Colombia</a></li><li><a href="/world">World</a></li><li><a href="/security">Security</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<main>
<article>
<h1>Police find 4.2 tonnes of cocaine in Buenaventura containers</h1>
<p class="byline">By Camila Restrepo &middot; Published: 18/03/2025</p>
<p>BUENAVENTURA &mdash; Colombian anti-narcotics police and navy inspectors found 4.2 tonnes of cocaine hydrochloride on Monday hidden in two refrigerated containers of frozen fish at the port of Buenaventura, the country's main Pacific gateway.</p>
<p>The shipment, bound for the Belgian port of Antwerp, would have been worth an estimated 150 million dollars on European streets, police said.</p>
<p>Two port employees, accused of tampering with the containers' security seals, were arrested at the terminal.</p>
<p>A kilogram of cocaine that costs around 1,500 dollars at a jungle laboratory in Colombia can fetch more than 35,000 euros wholesale in Antwerp, according to investigators, which explains the traffickers' appetite for the route.</p>
<p>The police director, General Carlos Triana, said the find was the result of six months of intelligence work on a network of exporters operating out of Cali.</p>
</article>
<aside class="related">
<h3>Related stories</h3>
<ul>
<li><a href="/a/1">Cartagena: 2 tonnes of cocaine found in banana crates</a></li>
<li><a href="/a/2">Navy intercepts semi-submersible with 3,100 kg off Narino</a></li>
<li><a href="/a/3">Coca cultivation hits 253,000 hectares, UN says</a></li>
</ul>
</aside>
</main>
<footer>&copy; 2025 Pacific Post. All rights reserved. | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></footer>
</body>
</html>
""", [
    S("cocaine", "COL", ["exact", "approx"], False, P("2025-03-17"), kg=4200, val=150e6, cur="USD", loc=["Buenaventura"]),
    A(2, "COL", "exact", False),
], title="Police find 4.2 tonnes of cocaine in Buenaventura containers", outlet="Pacific Post", date="2025-03-18", fmt="html"))

# ---------------------------------------------------------------- 003 Ecuador (AP)
DOCS.append(doc("003_ecuador_guayaquil.txt", """Ecuador police find 2.8 metric tons of cocaine hidden among bananas
By MARTA LOPEZ Associated Press
Published 7:52 PM EDT, Thursday, April 3, 2025

GUAYAQUIL, Ecuador (AP) — Ecuadorian police seized 2.8 metric tons of cocaine on Wednesday from a shipment of bananas awaiting export at a warehouse in the port city of Guayaquil, authorities said.

Five people were arrested, including two Albanian citizens who police said acted as brokers for a European buyer. A police commander, Colonel Ruben Salas, said the drugs were packed in more than 2,500 brick-shaped packages of roughly one kilogram each, stamped with a scorpion logo.

Ecuador, wedged between Colombia and Peru, the world's largest cocaine producers, has become a major departure point for drugs headed to the United States and Europe. Police figures show the country seized 294 tonnes of drugs in 2024, which officials said was 22 tonnes less than the year before.

The violence linked to the trade has turned Guayaquil into one of the most dangerous cities in the region, and the government has deployed soldiers to the ports to search containers alongside police.

— AP
""", [
    S("cocaine", "ECU", "exact", False, P("2025-04-02"), kg=2800, loc=["Guayaquil"]),
    A(5, "ECU", "exact", False),
    S("unspecified", "ECU", "exact", True, P("2024-01-01", "2024-12-31"), kg=294000, cluster="ecu-drugs-2024"),
], title="Ecuador police find 2.8 metric tons of cocaine hidden among bananas", outlet=optv("Associated Press"), date="2025-04-03"))

# ---------------------------------------------------------------- 004 Peru (translated press release)
DOCS.append(doc("004_peru_vraem_release.txt", """NATIONAL POLICE OF PERU
PRESS RELEASE No. 112-2025-DIRANDRO
(Unofficial translation from Spanish)

Lima, 14 de mayo de 2025 / 14 May 2025

The National Police of Peru (PNP), through the Anti-Drug Directorate (DIRANDRO), informs the public that on 12 May 2025, within the framework of Operation "Amanecer 2025" carried out in the Valley of the Apurimac, Ene and Mantaro Rivers (VRAEM), police personnel dismantled three (03) clandestine laboratories for the processing of cocaine base paste in the district of Pichari, La Convencion province, Cusco region.

The following was seized during the intervention:
- Cocaine base paste: 620 kilograms
- Chemical inputs (precursors): 1,200 kilograms
- Maceration pits: 6 (destroyed in situ)
- Firearms: 2

Seven (07) persons of Peruvian nationality were arrested and placed at the disposal of the Public Ministry for the corresponding investigations.

The seized drugs will be incinerated in accordance with the law, after the corresponding forensic analysis.

The PNP reaffirms its firm commitment to the fight against illicit drug trafficking and related crimes.

OFFICE OF SOCIAL COMMUNICATION - PNP
""", [
    S("cocaine", "PER", "exact", False, P("2025-05-12"), kg=620, loc=["Pichari", "VRAEM", "Cusco"]),
    S("precursors", "PER", "exact", False, P("2025-05-12"), kg=1200, loc=["Pichari", "VRAEM", "Cusco"]),
    A(7, "PER", "exact", False, P("2025-05-12")),
    N(3, "PER", None, "exact", False, P("2025-05-12")),
    N(6, opt=True),
], outlet=optv("National Police of Peru"), date="2025-05-14"))

# ---------------------------------------------------------------- 005 Brazil Santos
DOCS.append(doc("005_brazil_santos.txt", """Federal Police seize 1.1 tonnes of cocaine in sugar cargo at Santos
Monday, 7 April 2025 — Brazil Report

SAO PAULO — Brazil's Federal Police seized 1,120 kilograms of cocaine on Saturday in a container of sugar at the port of Santos, Latin America's busiest container terminal, that was due to sail to Rotterdam.

The drug was divided into 1,000 bricks of roughly 1.1 kg each, some of them stamped with the logo of a luxury car brand, and hidden between sacks of refined sugar. Nobody was arrested; investigators are trying to identify the exporter, which they believe is a front company.

Separately, the force said it seized 12.4 tonnes of cocaine at Santos in the first quarter of 2025. During the same January-to-March period, 41 people were arrested in operations linked to the port, according to figures released with the statement.

Santos handles roughly a quarter of Brazil's foreign trade, and criminal groups have for years bribed dockworkers and used "rip-on, rip-off" schemes to slip cocaine into legitimate cargo bound for Europe and Africa.
""", [
    S("cocaine", "BRA", "exact", False, P("2025-04-05"), kg=1120, loc=["Santos"]),
    S("cocaine", "BRA", "exact", True, P("2025-01-01", "2025-03-31"), kg=12400, loc=["Santos"]),
    A(41, "BRA", "exact", True, P("2025-01-01", "2025-03-31")),
], title="Federal Police seize 1.1 tonnes of cocaine in sugar cargo at Santos", outlet="Brazil Report", date="2025-04-07"))

# ---------------------------------------------------------------- 006 USA CBP
DOCS.append(doc("006_usa_nogales_cbp.txt", """Nogales CBP officers seize fentanyl pills, meth in tractor-trailer
Release Date: Fri, 02/14/2025
U.S. Customs and Border Protection | Office of Field Operations

NOGALES, Ariz. — U.S. Customs and Border Protection officers at the Mariposa cargo facility in Nogales seized approximately 121,000 fentanyl pills weighing about 29 pounds, along with 3 pounds of methamphetamine, on Feb. 11.

Officers referred a tractor-trailer hauling tomatoes for a secondary inspection, where a CBP canine team alerted to the trailer's floor. A search revealed packages of blue pills and a crystal-like substance hidden in a void. The fentanyl alone carries an estimated street value of $605,000, CBP said.

The driver, a 27-year-old U.S. citizen, was arrested and turned over to Homeland Security Investigations.

Each of the pills could contain a lethal dose, officials warned.

In fiscal year 2024, CBP officers nationwide seized more than 21,900 pounds of fentanyl, according to agency statistics.

CBP's Office of Field Operations is the primary agency responsible for border security at the nation's ports of entry.
""", [
    S("fentanyl", "USA", "approx", False, P("2025-02-11"), kg=29 * LB, pills=121000, val=605000, cur="USD", loc=["Nogales", "Mariposa"]),
    S("methamphetamine", "USA", "exact", False, P("2025-02-11"), kg=3 * LB, loc=["Nogales", "Mariposa"]),
    A(1, "USA", "exact", False),
    S("fentanyl", "USA", "at_least", True, P("2023-10-01", "2024-09-30"), kg=21900 * LB),
], title="Nogales CBP officers seize fentanyl pills, meth in tractor-trailer", outlet=optv("U.S. Customs and Border Protection"), date="2025-02-14"))

# ---------------------------------------------------------------- 007 Canada OPP
DOCS.append(doc("007_canada_opp.txt", """OPP dismantles GTA drug network, seizes cocaine and fentanyl
2025-01-22 10:14 EST
Ontario Provincial Police - News Release

ORILLIA, ON - The Ontario Provincial Police (OPP) say a drug trafficking network operating across the Greater Toronto Area has been dismantled following an eight-month investigation dubbed Project Halyard.

On January 16, 2025, officers executed search warrants at nine residences and two storage units in Toronto, Brampton and Vaughan. Police seized:

  Cocaine: 40 kilograms
  Fentanyl: 12 kilograms
  Canadian currency: $250,000
  Firearms: 4 handguns

The drugs have an estimated street value of more than $4.5 million, police said.

Six people were arrested and face a total of 58 charges, including trafficking in a controlled substance and possession of a loaded restricted firearm. They are scheduled to appear in court in Newmarket next month.

Police believe the group supplied street-level dealers across the region.
""", [
    S("cocaine", "CAN", "exact", False, P("2025-01-16"), kg=40),
    S("fentanyl", "CAN", "exact", False, P("2025-01-16"), kg=12),
    S(["mixed", "unspecified"], val=4.5e6, cur="CAD", opt=True),
    A(6, "CAN", "exact", False),
    N(1, "CAN", [None, "domestic"], "exact", False),
], title="OPP dismantles GTA drug network, seizes cocaine and fentanyl", outlet=optv("Ontario Provincial Police"), date="2025-01-22"))

# ---------------------------------------------------------------- 008 UK court timeline
DOCS.append(doc("008_uk_liverpool_court.txt", """Banana-box cocaine gang jailed for 62 years
Saturday, 22 March 2025 | Merseyside Courier | Crime desk

Five men who smuggled cocaine into the UK hidden in boxes of bananas were jailed at Liverpool Crown Court on Friday.

The gang was caught after Border Force officers found 240kg of cocaine in a refrigerated container at the Port of Liverpool. The drugs had a potential street value of up to £19m, the National Crime Agency (NCA) said.

Court timeline
14 March 2023 - Border Force officers find the cocaine in a container of bananas shipped from Colombia.
2 May 2023 - NCA officers arrest five men in Liverpool and Warrington.
10 February 2025 - All five are convicted of conspiracy to import Class A drugs after a four-week trial.
21 March 2025 - Sentencing.

The sentences
Lee Brannigan, 45, of Warrington - 18 years
Paul Jessop, 39, of Liverpool - 14 years
Kieran Doyle, 33, of Liverpool - 12 years
Marcus Hale, 29, of Huyton - 10 years
Ryan Cottam, 27, of Bootle - 8 years

NCA branch commander Jill Hawes said: "This gang thought the fruit trade was a safe cover. They were wrong, and they will now spend a very long time behind bars."
""", [
    SEN("prison", 5, "GBR", "exact", False, P("2025-03-21")),
    SEN("prison", 1, opt=True), SEN("prison", 1, opt=True), SEN("prison", 1, opt=True),
    SEN("prison", 1, opt=True), SEN("prison", 1, opt=True),
    S("cocaine", "GBR", ["exact", "at_most"], False, P("2023-03-14"), kg=240, val=19e6, cur="GBP", loc=["Liverpool"]),
    A(5, "GBR", "exact", False, P("2023-05-02")),
], title="Banana-box cocaine gang jailed for 62 years", outlet="Merseyside Courier", date="2025-03-22"))

# ---------------------------------------------------------------- 009 JSON-lines feed (6 records)
FEED = "009_europe_feed.jsonl"
DOCS.append(doc(FEED + "#1", "Dutch customs officers at the port of Rotterdam intercepted 8,000 kilos of cocaine hidden in a shipment of bananas from Ecuador on Tuesday, the Public Prosecution Service (OM) said on Thursday. No arrests have been made so far and the investigation is continuing.\n\nThe cocaine was spread over several containers and had been packed in sports bags behind the fruit, a customs spokesperson said.\n\nAccording to customs' annual figures, 24,100 kilos of cocaine were seized at Rotterdam in 2024, down from 46,000 kilos in 2023. Officials attribute the drop to traffickers shifting to smaller ports rather than to less cocaine entering Europe.\n\nA kilo of cocaine sells for around 30,000 euros wholesale in the Netherlands, according to police estimates.",
    [
        S("cocaine", "NLD", "exact", False, P("2025-02-04"), kg=8000, loc=["Rotterdam"]),
        S("cocaine", "NLD", "exact", True, P("2024-01-01", "2024-12-31"), kg=24100, loc=["Rotterdam"]),
        S("cocaine", kg=46000, opt=True),
    ], title="Rotterdam customs intercept 8,000 kilos of cocaine in banana shipment", outlet="Lowlands Herald", date="2025-02-06",
    fmt="jsonl", record={"id": "lh-20250206-0412", "url": "https://lowlandsherald.example/2025/02/06/rotterdam-cocaine-bananas", "title": "Rotterdam customs intercept 8,000 kilos of cocaine in banana shipment", "publisher": "Lowlands Herald", "published": "2025-02-06T09:12:00+01:00", "lang": "en"}))

DOCS.append(doc(FEED + "#2", "Belgian federal police arrested 14 people in early-morning raids in Antwerp and Brussels on Wednesday, dismantling a criminal organisation suspected of recruiting dockworkers to extract cocaine from containers at the port of Antwerp, prosecutors said.\n\nInvestigators believe the group moved at least 10 tonnes of cocaine through the port since 2022. During the searches officers found 1.2 million euros in cash, luxury watches and three firearms.\n\nThe suspects, aged between 19 and 56, are due to appear before an investigating judge in Antwerp. Prosecutors said several dockworkers had been paid up to 100,000 euros per container to let the gang's 'extractors' onto the terminals.",
    [
        A(14, "BEL", "exact", False, P("2025-02-12")),
        N(1, "BEL", None, "exact", False, P("2025-02-12")),
    ], title="Belgian police arrest 14 in raids on Antwerp cocaine extraction gang", outlet="Lowlands Herald", date="2025-02-13",
    fmt="jsonl", record={"id": "lh-20250213-0977", "url": "https://lowlandsherald.example/2025/02/13/antwerp-extraction-gang", "title": "Belgian police arrest 14 in raids on Antwerp cocaine extraction gang", "publisher": "Lowlands Herald", "published": "2025-02-13T17:40:00+01:00", "lang": "en"}))

DOCS.append(doc(FEED + "#3", "Police in Bavaria seized around 300 kilograms of crystal methamphetamine hidden in a load of frozen vegetables in a lorry on the A3 motorway near Passau on Monday, officers said. The Bavarian State Criminal Police Office (LKA) put the street value of the drugs at about 9 million euros.\n\nThe driver, a 51-year-old Polish national, was arrested at the scene and remanded in custody on Tuesday.\n\nInvestigators believe the methamphetamine was produced in the Netherlands and was destined for buyers in the Czech Republic and Poland.",
    [
        S("methamphetamine", "DEU", "approx", False, P("2025-03-03"), kg=300, val=9e6, cur="EUR", loc=["Passau", "A3"]),
        A(1, "DEU", "exact", False, P("2025-03-03")),
    ], title="Bavarian police find 300 kg of crystal meth in lorry on A3", outlet="Europe Crime Desk", date="2025-03-04",
    fmt="jsonl", record={"id": "ecd-5521", "url": "https://europecrimedesk.example/bavaria-meth-a3", "title": "Bavarian police find 300 kg of crystal meth in lorry on A3", "publisher": "Europe Crime Desk", "published": "2025-03-04T11:05:00+01:00", "lang": "en"}))

DOCS.append(doc(FEED + "#4", "Italy's Guardia di Finanza said on Thursday it seized 3.1 tonnes of cocaine at the Calabrian port of Gioia Tauro in the first half of 2025, including 700 kilograms found last week in a container of frozen shrimp from Ecuador.\n\nThe figure is 1.4 tonnes higher than in the same period last year, the force said. Officers also arrested 23 people in port-related investigations between January and June.\n\nGioia Tauro, Italy's largest transhipment port, is considered the main entry point for cocaine imported by the Calabrian 'Ndrangheta mafia.",
    [
        S("cocaine", "ITA", "exact", True, P("2025-01-01", "2025-06-30"), kg=3100, loc=["Gioia Tauro"]),
        S("cocaine", "ITA", "exact", False, P("2025-06-23", "2025-06-29", tol=2), kg=700, loc=["Gioia Tauro"]),
        A(23, "ITA", "exact", True, P("2025-01-01", "2025-06-30")),
    ], title="Guardia di Finanza: 3.1 tonnes of cocaine seized at Gioia Tauro in first half", outlet="Mediterranean Desk", date="2025-07-03",
    fmt="jsonl", record={"id": "md-2025-07-03-03", "url": "https://meddesk.example/it/gioia-tauro-h1", "title": "Guardia di Finanza: 3.1 tonnes of cocaine seized at Gioia Tauro in first half", "publisher": "Mediterranean Desk", "published": "2025-07-03T08:30:00+02:00", "lang": "en"}))

DOCS.append(doc(FEED + "#5", "The Greek coast guard seized 2.2 tonnes of hashish on Monday aboard a cargo ship sailing under a Togolese flag about 30 nautical miles south of Crete, authorities said.\n\nAll nine crew members - six Syrians, two Egyptians and a Turkish national - were arrested and will appear before a prosecutor in Heraklion. The vessel had left a port in eastern Libya four days earlier, officials said.\n\nGreek authorities have stepped up patrols south of Crete after a series of seizures on ships sailing from North Africa.",
    [
        S("hashish", "GRC", "exact", False, P("2025-05-19"), kg=2200, loc=["Crete"]),
        A(9, "GRC", "exact", False),
    ], title="Greek coast guard seizes 2.2 tonnes of hashish on freighter off Crete", outlet="Mediterranean Desk", date="2025-05-20",
    fmt="jsonl", record={"id": "md-2025-05-20-07", "url": "https://meddesk.example/gr/crete-hashish-freighter", "title": "Greek coast guard seizes 2.2 tonnes of hashish on freighter off Crete", "publisher": "Mediterranean Desk", "published": "2025-05-20T14:00:00+03:00", "lang": "en"}))

DOCS.append(doc(FEED + "#6", "Amsterdam councillors on Tuesday debated the next phase of the national experiment with regulated cannabis, under which coffee shops in ten municipalities may only sell cannabis from licensed growers.\n\nSupporters said the trial had improved product quality and reduced contacts with criminal suppliers. Critics warned that the licensed growers could not yet meet demand, forcing some shops to close early.\n\nAround 560 coffee shops operate in the Netherlands. A decision on whether to extend the experiment to Amsterdam is not expected before next year, and the city's mayor has said she wants more research on the effects on tourism before any change.",
    [], title="Amsterdam councillors debate next phase of regulated cannabis trial", outlet="Lowlands Herald", date="2025-04-15",
    fmt="jsonl", record={"id": "lh-20250415-1102", "url": "https://lowlandsherald.example/2025/04/15/amsterdam-cannabis-trial", "title": "Amsterdam councillors debate next phase of regulated cannabis trial", "publisher": "Lowlands Herald", "published": "2025-04-15T16:20:00+02:00", "lang": "en"}))

# ---------------------------------------------------------------- 010 Albania
DOCS.append(doc("010_albania_durres.txt", """Albanian police seize 1.3 tonnes of cannabis bound for Italy at Durres port
2025-06-03 09:20 | Adriatic Times

TIRANA - Albanian police seized 1.3 tonnes of cannabis on Monday hidden in a lorry carrying watermelons at the port of Durres, shortly before it was due to board a ferry to Bari.

Two men, an Albanian and an Italian, were arrested. The lorry's Italian-registered trailer had been under surveillance for weeks, police said.

The operation was carried out jointly with Italy's Guardia di Finanza, which had passed on intelligence about the buyers in Apulia.

Police also said they had destroyed 14,000 cannabis plants on hillsides near Vlora in the past month as part of the annual eradication campaign.

Albania was once Europe's largest outdoor producer of cannabis, and although large plantations have become rare, traffickers still smuggle the drug across the Adriatic in lorries and speedboats.
""", [
    S("cannabis", "ALB", "exact", False, P("2025-06-02"), kg=1300, loc=["Durres", "Durrës"]),
    A(2, "ALB", "exact", False),
    C("joint_operation", ["ALB", "ITA"], P("2025-06-02")),
    C("information_exchange", ["ALB", "ITA"], opt=True, ev="intelligence"),
], title="Albanian police seize 1.3 tonnes of cannabis bound for Italy at Durres port", outlet="Adriatic Times", date="2025-06-03"))

# ---------------------------------------------------------------- 011 Nigeria NDLEA numbered list
WK = P("2025-03-03", "2025-03-08", tol=1)
DOCS.append(doc("011_nigeria_ndlea_week.txt", """NDLEA intercepts cocaine at Lagos airport, 1.35 tonnes of skunk in Kano
Sunday, 9 March 2025
By Femi Adebayo, Directorate of Media and Advocacy, NDLEA Headquarters, Abuja

Operatives of the National Drug Law Enforcement Agency (NDLEA) recorded the following seizures in operations across the country between Monday 3 and Saturday 8 March 2025:

1. Lagos: 7.2 kilograms of cocaine concealed in cream containers were recovered from a passenger arriving from Sao Paulo, Brazil, at the Murtala Muhammed International Airport. The cocaine is worth N2.16 billion on the street. The suspect, a 44-year-old businessman, was arrested.

2. Kano: 1,350 kg of skunk, a strong variant of cannabis, was recovered from a truck on the Kano-Zaria highway. The driver and his assistant were arrested.

3. Edo: 48,000 pills of tramadol 225mg were seized at a warehouse in Benin City.

4. Kogi: 2.5 kg of methamphetamine was recovered from a car at a checkpoint in Lokoja.

The Chairman of the agency commended the officers and men of the commands involved and urged them to stay vigilant.
""", [
    S("cocaine", "NGA", "exact", False, WK, kg=7.2, val=2.16e9, cur="NGN", loc=["Lagos", "Murtala Muhammed"]),
    A(1, "NGA", "exact", False, WK),
    S("cannabis", "NGA", "exact", False, WK, kg=1350, loc=["Kano"]),
    A(2, "NGA", "exact", False, WK),
    S("tramadol", "NGA", "exact", False, WK, pills=48000, loc=["Edo", "Benin City"]),
    S("methamphetamine", "NGA", "exact", False, WK, kg=2.5, loc=["Kogi", "Lokoja"]),
], title="NDLEA intercepts cocaine at Lagos airport, 1.35 tonnes of skunk in Kano", outlet=optv("NDLEA"), date="2025-03-09"))

# ---------------------------------------------------------------- 012 Ghana court
DOCS.append(doc("012_ghana_court.txt", """Two Nigerians jailed 15 years each over 72kg cocaine at Tema
Published: 17 June 2025
The Accra Chronicle

An Accra High Court on Monday sentenced two Nigerian nationals to 15 years' imprisonment each for attempting to export 72 kilograms of cocaine through the Tema port.

The convicts, Chukwuma Obi, 41, and Daniel Eze, 36, were also each fined GH¢50,000, failing which they will serve an additional two years.

They were arrested by officers of the Narcotics Control Commission (NACOC) in August 2023 after the drugs were found concealed in a consignment of shea butter bound for the Netherlands.

Delivering judgment, the presiding judge said the sentence should serve as a deterrent to others who see Ghana as a transit point for drugs.

Separately, NACOC last week burned 3.2 tonnes of cannabis and 45 kilograms of cocaine, exhibits from concluded cases, at a site near Kpone.
""", [
    SEN("prison", 2, "GHA", "exact", False, P("2025-06-16")),
    S("cocaine", "GHA", "exact", False, P("2023-08-01", "2023-08-31"), kg=72, loc=["Tema"]),
    A(2, "GHA", "exact", False, P("2023-08-01", "2023-08-31")),
], title="Two Nigerians jailed 15 years each over 72kg cocaine at Tema", outlet="The Accra Chronicle", date="2025-06-17"))
