from common import *
from part2 import GNB_BODY, THAI_P1, THAI_P3
from part3 import IRQ_OP, IRQ_FEB, IRQ_FACTS

DOCS = []

# ---------------------------------------------------------------- 041 JSON array (4 records)
ARR = "041_asia_feed.json"
DOCS.append(doc(ARR + "#1", "SULAYMANIYAH - Security forces (Asayish) in Sulaymaniyah seized six kilograms of crystal methamphetamine and arrested three suspects, including an Iranian national, in a raid on a house in the city's Bakrajo district on Sunday, the Asayish directorate said.\n\nThe directorate said the drugs had been smuggled across the mountainous border with Iran, which Kurdish officials say has become the main entry route for crystal meth into the Kurdistan Region.\n\nThe directorate said it arrested 1,090 people on drug charges in the province in 2024.",
    [
        S("methamphetamine", "IRQ", "exact", False, P("2025-04-20"), kg=6, loc=["Sulaymaniyah", "Bakrajo"]),
        A(3, "IRQ", "exact", False, P("2025-04-20")),
        A(1090, "IRQ", "exact", True, P("2024-01-01", "2024-12-31")),
    ], title="Sulaymaniyah Asayish seize 6 kg of crystal meth, arrest three", outlet="Kurdistan Chronicle", date="2025-04-21",
    fmt="json", record={"headline": "Sulaymaniyah Asayish seize 6 kg of crystal meth, arrest three", "source": "Kurdistan Chronicle", "date": "2025-04-21", "url": "https://kurdistanchronicle.example/news/8812"}))

DOCS.append(doc(ARR + "#2", THAI_P1 + "\n\n" + THAI_P3,
    [
        S("methamphetamine", "THA", ["exact", "approx"], False, P("2025-02-14"), pills=6200000, val=300e6, cur="THB", loc=["Mae Fa Luang", "Chiang Rai"], cluster="tha-yaba-clash"),
        A(1, "THA", "exact", False, P("2025-02-14"), cluster="tha-clash-arrest"),
        S("methamphetamine", "THA", "at_least", True, P("2024-10-01", "2025-02-15", tol=1), pills=42000000, cluster="tha-fy-pills"),
    ], title="Army seizes 6.2 million meth pills in Chiang Rai border clash", outlet="Asia Crime Brief", date="2025-02-16",
    dup="022_thailand_chiangrai.txt",
    fmt="json", record={"headline": "Army seizes 6.2 million meth pills in Chiang Rai border clash", "source": "Asia Crime Brief", "date": "2025-02-16", "url": "https://asiacrimebrief.example/thailand/2025/02/16/chiang-rai-clash"}))

DOCS.append(doc(ARR + "#3", "CEBU CITY - A couple was arrested and 1.02 kilograms of shabu worth P6.936 million were seized in a buy-bust operation in Barangay Pasil on Monday night, Police Regional Office 7 said.\n\nThe suspects allegedly sold shabu to an undercover officer for P6,800 per gram before they were arrested. Police said the pair had been on the regional drug watchlist since last year.\n\nThe operation was carried out by the city police drug enforcement unit together with agents of the Philippine Drug Enforcement Agency. The seized drugs were brought to the regional crime laboratory for examination, and the suspects face charges under the Comprehensive Dangerous Drugs Act.",
    [
        S("methamphetamine", "PHL", "exact", False, P("2025-08-04"), kg=1.02, val=6.936e6, cur="PHP", loc=["Pasil", "Cebu"]),
        A(2, "PHL", "exact", False, P("2025-08-04")),
    ], title="Couple nabbed with P6.9-million shabu in Cebu buy-bust", outlet="Visayas Courier", date="2025-08-05",
    fmt="json", record={"headline": "Couple nabbed with P6.9-million shabu in Cebu buy-bust", "source": "Visayas Courier", "date": "2025-08-05", "url": "https://visayascourier.example/2025/08/05/cebu-buy-bust"}))

DOCS.append(doc(ARR + "#4", "VIENNA - The number of people who use drugs worldwide has risen to an estimated 316 million, the United Nations Office on Drugs and Crime (UNODC) said in its annual World Drug Report published on Thursday.\n\nThe report said global cocaine production reached a new record, driven by expanding coca cultivation in Colombia, and that demand for synthetic drugs such as methamphetamine was growing fastest in Asia and Africa.\n\nOnly about one in eleven people with drug use disorders received treatment, the report said, urging governments to invest more in prevention and health services rather than relying on law enforcement alone.",
    [], title="World Drug Report: drug users worldwide reach 316 million", outlet="Global Affairs Wire", date="2025-06-26",
    fmt="json", record={"headline": "World Drug Report: drug users worldwide reach 316 million", "source": "Global Affairs Wire", "date": "2025-06-26", "url": "https://globalaffairswire.example/unodc-world-drug-report-2025"}))

# ---------------------------------------------------------------- 042 Bahrain (gzip)
BW = P("2025-04-28", "2025-05-11", tol=2)
DOCS.append(doc("042_bahrain_raids.txt.gz", """Anti-Narcotics Directorate arrests 11 in two weeks of raids
Published: 11 May 2025 | Manama | Bahrain Gazette

MANAMA - The Ministry of Interior's Anti-Narcotics Directorate arrested 11 Asian nationals and seized 8.4 kilograms of narcotics worth BD67,000 in a series of raids over the past two weeks, the ministry said on Sunday.

The suspects, aged between 24 and 51, have been referred to the Public Prosecution, the ministry said. Most of the drugs were found in residential buildings in Manama and Muharraq.

The ministry urged the public to report suspected drug activity to its hotline 996 and said all information would be treated confidentially.
""", [
    S("unspecified", "BHR", "exact", True, BW, kg=8.4, val=67000, cur="BHD"),
    A(11, "BHR", "exact", True, BW),
], title="Anti-Narcotics Directorate arrests 11 in two weeks of raids", outlet="Bahrain Gazette", date="2025-05-11", fmt="gz"))

# ---------------------------------------------------------------- 043 Colombia-Ecuador (gzip)
DOCS.append(doc("043_colombia_ecuador_mou.txt.gz", """Colombia and Ecuador sign border anti-drug deal
Quito, 2025-10-21 | Andes Wire

QUITO - The defence ministers of Colombia and Ecuador signed a memorandum of understanding in Quito on Monday under which their armed forces will share real-time intelligence on drug trafficking and armed groups along their 586-kilometre border.

The agreement also provides for coordinated patrols on the San Miguel and Putumayo rivers, which traffickers use to move cocaine from Colombian laboratories to Ecuador's Pacific ports.

Colombia's coca cultivation reached a record 253,000 hectares in 2023, according to the latest UN survey.
""", [
    C("mou", ["COL", "ECU"], P("2025-10-20"), loc=["Quito"]),
    C("information_exchange", ["COL", "ECU"], opt=True),
    C("joint_operation", ["COL", "ECU"], opt=True),
], title="Colombia and Ecuador sign border anti-drug deal", outlet="Andes Wire", date="2025-10-21", fmt="gz"))

# ---------------------------------------------------------------- 044 HTML near-copy of 013
def html_page(title, site, iso, byline, paras, related, nav=("Home", "World", "Africa", "Business", "Sport")):
    ps = "\n".join("<p>%s</p>" % p.strip() for p in paras if p.strip())
    rel = "\n".join("<li><a href=\"/r/%d\">%s</a></li>" % (i + 1, r) for i, r in enumerate(related))
    navs = "".join("<li><a href=\"/%s\">%s</a></li>" % (n.lower(), n) for n in nav)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{iso}">
</head>
<body>
<div class="consent">This site uses cookies for analytics and personalised content. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header><a class="logo" href="/">{site}</a><nav><ul>{navs}</ul></nav><a href="/login">Sign in</a></header>
<main>
<article>
<h1>{title}</h1>
<div class="meta">{byline}</div>
{ps}
</article>
<section class="more"><h2>More from {site}</h2><ul>
{rel}
</ul></section>
</main>
<footer><p>&copy; 2025 {site}. Reproduction without permission is prohibited.</p><a href="/contact">Contact</a> <a href="/advertise">Advertise</a></footer>
</body>
</html>
"""

DOCS.append(doc("044_guinea_bissau_copy.html", html_page(
    "Cocaine jet: Guinea-Bissau arrests four crew after 2.6-tonne haul", "West Africa Daily", "2025-09-09T10:05:00+00:00",
    "AFP | 9 September 2025, 10:05",
    GNB_BODY.split("\n\n"),
    ["Senegal: customs seize 1.1 tonnes of cocaine at Dakar port", "Sierra Leone kush crisis: 3,000 treated in Freetown", "Cape Verde police find 9.5 tonnes on ship, a national record"]),
    [
        S("cocaine", "GNB", "at_least", False, P("2025-09-06"), kg=2600, loc=["Bissau", "Osvaldo Vieira"], cluster="gnb-cocaine-jet"),
        A(4, "GNB", "exact", False, cluster="gnb-crew-arrests"),
    ], title="Cocaine jet: Guinea-Bissau arrests four crew after 2.6-tonne haul", outlet="West Africa Daily", date="2025-09-09",
    dup="013_guinea_bissau_afp.txt", fmt="html"))

# ---------------------------------------------------------------- 045 HTML near-copy of 030
DOCS.append(doc("045_iraq_statement_copy.html", html_page(
    "Iraq seizes 1.25 million Captagon pills in Anbar, announces February results", "Mesopotamia Today", "2025-03-10T09:40:00+03:00",
    "Baghdad | Monday 10 March 2025",
    [IRQ_OP.replace("carried out yesterday, Saturday,", "carried out on Saturday,")] + IRQ_FEB.split("\n"),
    ["Basra police arrest 12 in raids on dealers", "Parliament debates death penalty for Captagon traders", "Iraq and Syria agree on border patrol plan"],
    nav=("Home", "Iraq", "Kurdistan", "Economy", "Opinion")),
    IRQ_FACTS(), title="Iraq seizes 1.25 million Captagon pills in Anbar, announces February results", outlet="Mesopotamia Today",
    date="2025-03-10", dup="030_iraq_narcotics_statement.txt", fmt="html"))

# ---------------------------------------------------------------- 046 USA DOJ sentences
DOCS.append(doc("046_usa_doj_chicago.txt", """Sinaloa Cartel Associate Sentenced to Life in Prison for Cocaine Trafficking Conspiracy
Tuesday, May 27, 2025
U.S. Attorney's Office, Northern District of Illinois | Press Release

CHICAGO - A Mexican national who coordinated the delivery of multi-ton shipments of cocaine for the Sinaloa Cartel was sentenced today in federal court in Chicago to life in prison.

JESUS RAMIRO CASTANEDA, 52, was arrested in Mexico in 2019 and extradited to the United States in 2022. A federal jury convicted him in November 2024 of conspiring to import and distribute cocaine. U.S. District Judge Ellen Marsh also ordered Castaneda to forfeit $15 million.

A co-defendant, OMAR VILLEGAS, 44, of Cicero, was sentenced on May 8 to 25 years in federal prison after pleading guilty to distributing cocaine in the Chicago area.

According to evidence at trial, between 2008 and 2014 Castaneda arranged for the transport of cocaine by aircraft and semi-submersibles from Colombia and Ecuador to Mexico, and onward to Chicago and other U.S. cities.

The case was investigated by the Drug Enforcement Administration's Chicago Field Division.
""", [
    SEN("life", 1, "USA", "exact", False, P("2025-05-27")),
    SEN("prison", 1, "USA", "exact", False, P("2025-05-08")),
    C("other", ["MEX", "USA"], opt=True, ev="extradited"),
    A(1, opt=True),
], title="Sinaloa Cartel Associate Sentenced to Life in Prison for Cocaine Trafficking Conspiracy",
    outlet=optv("U.S. Attorney's Office, Northern District of Illinois"), date="2025-05-27"))

# ---------------------------------------------------------------- 047 Ecuador January per-province table
JAN = P("2025-01-01", "2025-01-31")
DOCS.append(doc("047_ecuador_january_provinces.txt", """Ecuador police seized 14.8 tonnes of drugs in January
February 4, 2025 | Quito | Andes Wire

QUITO - Ecuador's National Police seized 14,810 kilograms of drugs in January, the force said on Monday, with the coastal province of Guayas accounting for more than half of the total.

Drugs seized by province, January 2025 (kg)
Guayas ........ 8,420
Manabi ........ 3,110
El Oro ........ 2,050
Los Rios ...... 1,230
Total ........ 14,810

In all of 2024, police seized 294 tonnes of drugs, according to the force's annual report.

The interior ministry said a kilo of cocaine now costs about $2,500 in Guayaquil, up from $1,800 two years ago, which it presented as a sign that enforcement was disrupting supply.
""", [
    S("unspecified", "ECU", "exact", True, JAN, kg=14810),
    S("unspecified", "ECU", "exact", True, JAN, kg=8420, loc=["Guayas"]),
    S("unspecified", "ECU", "exact", True, JAN, kg=3110, loc=["Manabi", "Manabí"]),
    S("unspecified", "ECU", "exact", True, JAN, kg=2050, loc=["El Oro"]),
    S("unspecified", "ECU", "exact", True, JAN, kg=1230, loc=["Los Rios", "Los Ríos"]),
    S("unspecified", "ECU", "exact", True, P("2024-01-01", "2024-12-31"), kg=294000, cluster="ecu-drugs-2024"),
], title="Ecuador police seized 14.8 tonnes of drugs in January", outlet="Andes Wire", date="2025-02-04"))

# ---------------------------------------------------------------- 048 Colombia annual
Y24 = P("2024-01-01", "2024-12-31")
DOCS.append(doc("048_colombia_2024_record.txt", """Colombia seized record 884 tonnes of cocaine in 2024, defence ministry says
Bogota, 2025-01-10 08:00 | Andes Wire

BOGOTA - Colombian security forces seized 884 tonnes of cocaine in 2024, a record, and destroyed 4,512 clandestine laboratories used to process coca paste and cocaine hydrochloride, the Defence Ministry said on Thursday.

Troops and police also manually eradicated about 7,000 hectares of coca, far below the government's target, as it shifts its strategy towards voluntary crop substitution.

The figures were presented at a meeting in Bogota on Thursday between Colombia's defence minister and a delegation of U.S. officials led by the State Department's top counternarcotics official, who praised the results.

Colombia remains the world's largest producer of cocaine, and the United States its biggest foreign partner in the fight against drug trafficking.
""", [
    S("cocaine", "COL", "exact", True, Y24, kg=884000),
    N(4512, "COL", None, "exact", True, Y24),
    C("meeting", ["COL", "USA"], P("2025-01-09"), loc=["Bogota", "Bogotá"]),
], title="Colombia seized record 884 tonnes of cocaine in 2024, defence ministry says", outlet="Andes Wire", date="2025-01-10"))

# ---------------------------------------------------------------- 049 UK statistics page (HTML, text table)
FYE = P("2023-04-01", "2024-03-31")
DOCS.append(doc("049_uk_seizure_statistics.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seizures of drugs, England and Wales: year ending March 2024 - UK Statistics Digest</title>
<meta property="og:title" content="Seizures of drugs, England and Wales: year ending March 2024">
<meta property="og:site_name" content="UK Statistics Digest">
<meta name="dc.date" content="2024-11-28">
</head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<div class="cookie-banner"><h2>Cookies on UK Statistics Digest</h2><p>We use some essential cookies to make this service work. We'd also like to use analytics cookies so we can understand how you use the service.</p><button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header><span>UK Statistics Digest</span><nav><a href="/crime">Crime and justice</a> | <a href="/health">Health</a> | <a href="/search">Search</a></nav></header>
<main id="main">
<h1>Seizures of drugs, England and Wales: year ending March 2024</h1>
<p class="pub">Published 28 November 2024</p>
<p>Police forces and Border Force made 225,000 drug seizures in England and Wales in the year ending March 2024, a 7% increase on the previous year.</p>
<p>Quantities seized in the year ending March 2024 included:</p>
<pre>
Drug               Quantity seized
Cocaine            16.2 tonnes
Herbal cannabis    54 tonnes
Heroin             1.1 tonnes
Ecstasy            412,000 tablets
</pre>
<p>Border Force accounted for 11.3 tonnes of the cocaine seized, most of it in containers arriving at ports in the south of England.</p>
<p>These statistics are produced from the Home Office Data Hub and Border Force seizure records. Figures are provisional and may be revised.</p>
</main>
<aside><h2>Related statistics</h2><ul>
<li><a href="/s/1">Drug misuse in England and Wales: year ending June 2024</a></li>
<li><a href="/s/2">Police powers and procedures: stop and search, 2023 to 2024 (531,000 searches)</a></li>
<li><a href="/s/3">Seizures of drugs: year ending March 2023 (cocaine 19.6 tonnes)</a></li>
</ul></aside>
<footer>Contains public sector information licensed under the Open Government Licence v3.0.</footer>
</body>
</html>
""", [
    S("cocaine", "GBR", "exact", True, FYE, kg=16200),
    S("cannabis", "GBR", "exact", True, FYE, kg=54000),
    S("heroin", "GBR", "exact", True, FYE, kg=1100),
    S("mdma", "GBR", "exact", True, FYE, pills=412000),
    S("cocaine", "GBR", "exact", True, FYE, kg=11300),
], title="Seizures of drugs, England and Wales: year ending March 2024", outlet="UK Statistics Digest", date="2024-11-28", fmt="html"))

# ---------------------------------------------------------------- 050 Germany court timeline
JUN23 = P("2023-06-01", "2023-06-30")
DOCS.append(doc("050_germany_dusseldorf_court.txt", """Dusseldorf court jails four for cocaine smuggling via Antwerp and Rotterdam
15.05.2025 | Rhein-Ruhr Courier

DUSSELDORF - The Dusseldorf Regional Court on Wednesday sentenced four men to prison terms of between seven and twelve years for smuggling at least 2.3 tonnes of cocaine into Germany through the ports of Antwerp and Rotterdam.

Timeline of the case
June 2023 - Police arrest the four suspects in Duisburg and Dusseldorf after months of surveillance; 380 kg of cocaine is found in a warehouse in Duisburg.
March 2024 - The trial opens.
14 May 2025 - Verdict.

The presiding judge said the main defendant, a 47-year-old Dutch-Moroccan who received the twelve-year term, had organised the onward transport of the drugs from the ports by lorry. The court also ordered the confiscation of 1.9 million euros in criminal proceeds.

Defence lawyers said they would appeal.
""", [
    SEN("prison", 4, "DEU", "exact", False, P("2025-05-14")),
    SEN("prison", 1, opt=True),
    A(4, "DEU", "exact", False, JUN23),
    S("cocaine", "DEU", "exact", False, JUN23, kg=380, loc=["Duisburg"]),
], title="Dusseldorf court jails four for cocaine smuggling via Antwerp and Rotterdam", outlet="Rhein-Ruhr Courier", date="2025-05-15"))

# ---------------------------------------------------------------- 051 Spain / Morocco
T = P("2025-03-25")
DOCS.append(doc("051_spain_morocco_hashish.txt", """Spanish, Moroccan police dismantle hashish network; 32 arrested
Thursday, 27 March 2025 | Madrid | Iberia Daily

MADRID - Spanish and Moroccan police have dismantled an international network that smuggled hashish across the Strait of Gibraltar in speedboats, in a joint operation coordinated by Europol, Spain's Interior Ministry said on Thursday.

In raids on Tuesday, 23 people were arrested in Spain and 9 in Morocco. Spanish agents seized 12 tonnes of hashish stored in warehouses in Algeciras and Huelva, along with 14 speedboats and 400,000 euros in cash.

Investigators believe the network moved around 80 tonnes of hashish to Europe over the past three years, using fishing ports on both sides of the Strait.

The ministry said the operation showed the value of its cooperation with the Moroccan authorities, which it described as "excellent".
""", [
    A(23, "ESP", "exact", False, T),
    A(9, "MAR", "exact", False, T),
    A(32, opt=True),
    S("hashish", "ESP", "exact", False, T, kg=12000, loc=["Algeciras", "Huelva"]),
    N(1, ["ESP", "MAR"], "international", "exact", False, T),
    C("joint_operation", ["ESP", "MAR", "EUROPOL"]),
], title="Spanish, Moroccan police dismantle hashish network; 32 arrested", outlet="Iberia Daily", date="2025-03-27"))

# ---------------------------------------------------------------- 052 Nigeria Kano court
LW = P("2025-06-09", "2025-06-15", tol=2)
DOCS.append(doc("052_nigeria_kano_court.txt", """Court jails 12 drug traffickers in Kano, one for life
Monday, June 16, 2025 | Kano | Northern Sentinel

KANO - The Federal High Court sitting in Kano last week convicted and sentenced 12 drug traffickers prosecuted by the National Drug Law Enforcement Agency (NDLEA), the agency said on Sunday.

One of the convicts, a 38-year-old transporter caught with a large consignment of skunk, was sentenced to life imprisonment, while the 11 others received prison terms ranging from two to 15 years. Some of the sentences came with options of fine of between N500,000 and N2 million.

The NDLEA state commander said the convictions showed that the agency's prosecution unit was winning more cases in court, and he urged parents to watch their children closely.
""", [
    SEN("life", 1, "NGA", "exact", [True, False], LW),
    SEN("prison", 11, "NGA", "exact", [True, False], LW),
    SEN(["unspecified", "prison"], 12, opt=True),
], title="Court jails 12 drug traffickers in Kano, one for life", outlet="Northern Sentinel", date="2025-06-16"))

# ---------------------------------------------------------------- 053 no fact: rehab centre
DOCS.append(doc("053_kenya_kilifi_rehab.txt", """Kilifi opens first public rehabilitation centre as heroin use spreads
Published: 3 July 2025 | The Coast Observer

KILIFI - Kilifi County on Wednesday opened its first public drug rehabilitation centre, a 120-bed facility at Mtwapa built at a cost of Sh85 million.

County health officials said the centre would offer free detoxification, counselling and methadone treatment. An estimated 18,000 people use heroin in the county, according to a survey carried out by the county government last year.

"Addiction is a disease, not a crime," the governor said at the opening, calling on police to refer users to treatment rather than lock them up.

The centre will also train 60 community health promoters to identify people with drug problems in villages along the coast.
""", [], title="Kilifi opens first public rehabilitation centre as heroin use spreads", outlet="The Coast Observer", date="2025-07-03"))

# ---------------------------------------------------------------- 054 no fact: opinion
DOCS.append(doc("054_opinion_scorecard.txt", """Opinion: The war on drugs needs a new scorecard
Published: 2025-06-30 | The Capital Ledger | By Anita Rao

Every year, governments publish the same kind of figures: tonnes seized, suspects arrested, laboratories dismantled, gangs broken up. Every year, the figures go up, and ministers present them as proof of success.

But a rising seizure figure can mean two very different things. It can mean that police are getting better at their jobs. Or it can mean that far more drugs are being produced and shipped, and that the share intercepted has not changed at all.

Portugal decriminalised the personal possession of all drugs more than two decades ago and shifted money from prisons to treatment. Other countries have gone the opposite way, with mass arrests of users and, in some cases, executions.

A better scorecard would measure overdose deaths, the purity and price of drugs on the street, and how many people get treatment when they ask for it. Until we count what matters, we will keep applauding numbers that tell us very little.
""", [], title="Opinion: The war on drugs needs a new scorecard", outlet="The Capital Ledger", date="2025-06-30"))

# ---------------------------------------------------------------- 055 no fact: plans only
DOCS.append(doc("055_india_bangladesh_plans.txt", """India, Bangladesh to sign anti-drug pact at home secretary talks next month
Nov 12, 2025 | Kolkata | Western Express

KOLKATA - India and Bangladesh are expected to sign a memorandum of understanding on combating drug trafficking when their home secretaries meet in Dhaka next month, officials said on Wednesday.

The proposed agreement would allow India's Narcotics Control Bureau and Bangladesh's Department of Narcotics Control to exchange real-time information on smugglers and to hold joint training programmes, an official said. The draft has been under negotiation for more than a year.

The Border Security Force also plans to install 150 new surveillance cameras along riverine stretches of the border in West Bengal and to recruit 2,000 additional personnel by 2027.

"Cough syrup smuggling across the border could be cut by half if the two sides shared intelligence in time," a BSF officer said.
""", [], title="India, Bangladesh to sign anti-drug pact at home secretary talks next month", outlet="Western Express", date="2025-11-12"))

# ---------------------------------------------------------------- 056 Ghana correction
DOCS.append(doc("056_ghana_aflao_correction.txt", """Police intercept 120kg of cannabis at Aflao border
Published: 2 October 2025 | Volta Voice

Correction: An earlier version of this story said police seized 1.2 tonnes of cannabis. The correct figure is 120 kilograms.

AFLAO - Police at the Aflao border post intercepted 120 kilograms of cannabis concealed in sacks of charcoal in a truck entering Ghana from Togo on Tuesday.

The driver was arrested and is assisting investigators, the Volta regional police command said in a statement. His mate escaped on foot into a nearby settlement.

The regional police commander said officers had intensified checks at the border after receiving intelligence that traffickers were using trucks carrying charcoal and foodstuffs to move drugs.
""", [
    S("cannabis", "GHA", "exact", False, P("2025-09-30"), kg=120, loc=["Aflao"]),
    A(1, "GHA", "exact", False),
], title="Police intercept 120kg of cannabis at Aflao border", outlet="Volta Voice", date="2025-10-02"))

# ---------------------------------------------------------------- 058 East Africa training / information exchange
DOCS.append(doc("058_kenya_tanzania_training.txt", """Kenyan, Tanzanian anti-narcotics officers train together in Arusha
Friday 12 September 2025 | Arusha | Dar Morning Post

ARUSHA - Forty anti-narcotics officers from Kenya and Tanzania on Friday completed a five-day joint course on maritime drug interdiction, organised by the UN Office on Drugs and Crime (UNODC) in Arusha from Monday to Friday.

At the closing ceremony in Arusha, the heads of Kenya's Anti-Narcotics Unit and Tanzania's Drug Control and Enforcement Authority signed a protocol on intelligence sharing, setting up a secure communication channel between the two agencies.

In Nairobi, meanwhile, the Anti-Narcotics Unit and the Kenya Revenue Authority agreed to share cargo manifest data to improve the profiling of containers arriving at Mombasa.

Heroin and methamphetamine shipped from the Makran coast by dhow are increasingly landed on beaches in both countries, officials said.
""", [
    C("training", ["KEN", "TZA", "UNODC"], P("2025-09-08", "2025-09-12"), loc=["Arusha"]),
    C(["information_exchange", "mou"], ["KEN", "TZA"], P("2025-09-12"), loc=["Arusha"]),
], title="Kenyan, Tanzanian anti-narcotics officers train together in Arusha", outlet="Dar Morning Post", date="2025-09-12"))

# ---------------------------------------------------------------- 059 Italy / Germany
T2 = P("2025-11-18")
DOCS.append(doc("059_italy_ndrangheta.txt", """Italian police arrest 45, German police seven, in 'Ndrangheta cocaine probe
2025-11-18 10:14 | Rome | Mediterranean Desk

ROME - Italian Carabinieri arrested 45 people in Calabria, Lombardy and Piedmont on Tuesday, and German police detained seven more in North Rhine-Westphalia and Bavaria, in a joint operation against a 'Ndrangheta cell accused of international cocaine trafficking, prosecutors in Reggio Calabria said.

The cell, based in the Aspromonte town of San Luca, has been dismantled, the prosecutors said. During the investigation, which covered the years 2021 to 2023, Italian investigators seized a total of 4 tonnes of cocaine at the ports of Gioia Tauro and Livorno.

Authorities also froze assets worth 20 million euros, including restaurants in Germany that prosecutors say were used to launder the proceeds.
""", [
    A(45, "ITA", "exact", False, T2),
    A(7, "DEU", "exact", False, T2),
    N(1, ["ITA", "DEU"], "international", "exact", False, T2),
    S("cocaine", "ITA", "exact", True, P("2021-01-01", "2023-12-31"), kg=4000, loc=["Gioia Tauro", "Livorno"]),
    C("joint_operation", ["ITA", "DEU"], T2),
], title="Italian police arrest 45, German police seven, in 'Ndrangheta cocaine probe", outlet="Mediterranean Desk", date="2025-11-18"))

# ---------------------------------------------------------------- 060 Brazil Mato Grosso do Sul
DOCS.append(doc("060_brazil_ms_marijuana.txt", """Highway police find 26.3 t of marijuana under soybean load in Mato Grosso do Sul
2025-08-22 | Campo Grande | Brazil Report

CAMPO GRANDE - Brazil's Federal Highway Police (PRF) seized 26.3 t of marijuana on Thursday in a truck carrying soybeans on the BR-163 highway near Dourados, in Mato Grosso do Sul state. The driver, 34, was arrested in the act.

So far this year the PRF has seized 410 t of marijuana in Mato Grosso do Sul, which borders Paraguay, the main source of the cannabis consumed in Brazil.

The truck had left the border town of Ponta Pora and was heading to Sao Paulo, police said.
""", [
    S("cannabis", "BRA", "exact", False, P("2025-08-21"), kg=26300, loc=["Dourados", "BR-163", "Mato Grosso do Sul"]),
    A(1, "BRA", "exact", False, P("2025-08-21")),
    S("cannabis", "BRA", "exact", True, P("2025-01-01", "2025-08-22", tol=1), kg=410000, loc=["Mato Grosso do Sul"]),
], title="Highway police find 26.3 t of marijuana under soybean load in Mato Grosso do Sul", outlet="Brazil Report", date="2025-08-22"))

# ---------------------------------------------------------------- 061 Mexico six-month totals
H = P("2024-10-01", "2025-03-31")
DOCS.append(doc("061_mexico_six_months.txt", """Mexico reports 16,200 drug-trafficking arrests in government's first six months
Apr 2, 2025 | Mexico City | Norte Wire

MEXICO CITY - Mexican federal forces detained 16,200 people linked to drug trafficking and seized more than 1,100 kilograms of fentanyl between October 1, 2024 and March 31, 2025, the security secretary said at the president's morning news conference on Tuesday.

Authorities also dismantled 812 clandestine laboratories over the same period, he said. The fentanyl seized was "equivalent to about 550 million doses", he added.

The figures were presented as the government seeks to show Washington that it is acting against the cartels, after the United States threatened tariffs over the flow of fentanyl across the border.
""", [
    A(16200, "MEX", "exact", True, H),
    S("fentanyl", "MEX", "at_least", True, H, kg=1100),
    N(812, "MEX", None, "exact", True, H),
], title="Mexico reports 16,200 drug-trafficking arrests in government's first six months", outlet="Norte Wire", date="2025-04-02"))

# ---------------------------------------------------------------- 062 Pakistan court, death
NOV22 = P("2022-11-01", "2022-11-30")
DOCS.append(doc("062_pakistan_lahore_death.txt", """Two sentenced to death for smuggling heroin in Lahore
21/06/2025 | Lahore | The Punjab Ledger

LAHORE - A special court for the Control of Narcotic Substances in Lahore on Friday sentenced two men to death for smuggling 25 kilograms of heroin and imposed a fine of Rs1 million on each of them.

The Anti-Narcotics Force (ANF) had arrested the two at a checkpoint on the M-2 motorway in November 2022 and recovered the heroin from a secret cavity in their car, the prosecution told the court.

The convicts can appeal against the verdict in the Lahore High Court. Death sentences for drug offences are rarely carried out in Pakistan.
""", [
    SEN("death", 2, "PAK", "exact", False, P("2025-06-20")),
    S("heroin", "PAK", "exact", False, NOV22, kg=25, loc=["M-2"]),
    A(2, "PAK", "exact", False, NOV22),
], title="Two sentenced to death for smuggling heroin in Lahore", outlet="The Punjab Ledger", date="2025-06-21"))

# ---------------------------------------------------------------- 063 Iraq March report (numbered per-province list)
MAR = P("2025-03-01", "2025-03-31")
DOCS.append(doc("063_iraq_march_report.txt", """Iraq's anti-narcotics directorate: 1,610 arrests, 2.9 tonnes seized in March
2025-04-03 | Baghdad | Mesopotamia Today

BAGHDAD - Iraq's General Directorate for Narcotics and Psychotropic Substances Affairs arrested 1,610 suspects and seized 2.9 tonnes of narcotics during March 2025, according to its monthly report released on Thursday.

Arrests by province:
1. Baghdad: 412
2. Basra: 298
3. Anbar: 133
4. Nineveh: 101
5. Other provinces: 666

The largest single seizure of the month was the 1.25 million Captagon pills found near al-Qaim in Anbar on 8 March, the report said.

The directorate also dismantled 23 local drug-dealing networks and 4 international ones, while courts issued 415 sentences in drug cases during the month.
""", [
    A(1610, "IRQ", "exact", True, MAR),
    A(412, "IRQ", "exact", True, MAR),
    A(298, "IRQ", "exact", True, MAR),
    A(133, "IRQ", "exact", True, MAR),
    A(101, "IRQ", "exact", True, MAR),
    A(666, opt=True),
    S("unspecified", "IRQ", "exact", True, MAR, kg=2900),
    S("captagon", "IRQ", "exact", False, P("2025-03-08"), pills=1250000, loc=["Qaim", "Anbar"], cluster="irq-qaim-captagon"),
    N(23, "IRQ", "domestic", "exact", True, MAR),
    N(4, "IRQ", "international", "exact", True, MAR),
    SEN("unspecified", 415, "IRQ", "exact", True, MAR),
], title="Iraq's anti-narcotics directorate: 1,610 arrests, 2.9 tonnes seized in March", outlet="Mesopotamia Today", date="2025-04-03"))

# ---------------------------------------------------------------- 064 Greece / Albania (HTML)
DOCS.append(doc("064_greece_albania_protocol.html", html_page(
    "Greece and Albania sign police protocol to fight drug trafficking", "Balkan Pulse", "2025-10-09T12:00:00+02:00",
    "Tirana | 9 October 2025",
    ["TIRANA - The police chiefs of Greece and Albania signed a cooperation protocol in Tirana on Wednesday providing for joint patrols along their land border and the exchange of liaison officers to fight drug trafficking.",
     "The protocol was signed at the headquarters of the Albanian State Police in the presence of the two countries' interior ministers.",
     "Albanian police said they had seized more than 62 tonnes of cannabis in 2024, much of it destined for Greece and Italy, and that traffickers were increasingly moving the drug over mountain paths rather than through official crossings.",
     "Greek officials said the liaison officers would start work early next year."],
    ["Fier: police seize 700 kg of cannabis in olive grove", "Greek police find 1.1 tonnes of cocaine at Thessaloniki port", "Montenegro arrests 14 over cocaine tunnel"],
    nav=("Home", "Albania", "Greece", "Region", "Opinion")),
    [
        C("mou", ["GRC", "ALB"], P("2025-10-08"), loc=["Tirana"]),
        C(["information_exchange", "joint_operation", "other"], ["GRC", "ALB"], opt=True),
        C(["information_exchange", "joint_operation", "other"], ["GRC", "ALB"], opt=True),
        S("cannabis", "ALB", "at_least", True, P("2024-01-01", "2024-12-31"), kg=62000),
    ], title="Greece and Albania sign police protocol to fight drug trafficking", outlet="Balkan Pulse", date="2025-10-09", fmt="html"))

# ---------------------------------------------------------------- 065 USA local (pounds and ounces)
DOCS.append(doc("065_usa_ohio_traffic_stop.txt", """Deputies seize fentanyl, cocaine in I-70 traffic stop
Published: Sep 24, 2025 5:03 PM | Columbus | Buckeye Gazette

MADISON COUNTY, Ohio - Sheriff's deputies seized 2 pounds 8 ounces of fentanyl and 14 ounces of cocaine during a traffic stop on Interstate 70 on Tuesday afternoon, the Madison County Sheriff's Office said.

A deputy stopped the SUV for following another vehicle too closely. A K-9 unit alerted to the vehicle, and the drugs were found in a hidden compartment behind the rear seat.

The driver, a 31-year-old man from Phoenix, was arrested and booked into the Tri-County Jail on drug trafficking charges. His bond was set at $250,000.

The sheriff said the amount of fentanyl seized "could kill more than half a million people."
""", [
    S("fentanyl", "USA", "exact", False, P("2025-09-23"), kg=2.5 * LB, loc=["Interstate 70", "I-70", "Madison County"]),
    S("cocaine", "USA", "exact", False, P("2025-09-23"), kg=14 * OZ, loc=["Interstate 70", "I-70", "Madison County"]),
    A(1, "USA", "exact", False, P("2025-09-23")),
], title="Deputies seize fentanyl, cocaine in I-70 traffic stop", outlet="Buckeye Gazette", date="2025-09-24"))

# ---------------------------------------------------------------- 066 Islamabad conference
DOCS.append(doc("066_islamabad_conference.txt", """Regional anti-drug conference opens in Islamabad
Islamabad, 2025-11-04 | Margalla Times

ISLAMABAD - A two-day regional conference on countering drug trafficking opened in Islamabad on Tuesday, attended by delegations from Pakistan, Iran, Afghanistan and China as well as the UN Office on Drugs and Crime (UNODC).

Opening the conference, Pakistan's interior minister said the Anti-Narcotics Force had seized 342 tonnes of narcotics in the 2024-25 fiscal year (July 2024 to June 2025). He added that the force had conducted 27 joint operations with Iranian counterparts along the border so far this year.

On the sidelines, Pakistani and Iranian officials held a bilateral meeting on border security and agreed to begin joint border patrols from January.

Delegates are expected to adopt a joint declaration on Wednesday.
""", [
    C("conference", ["PAK", "IRN", "AFG", "CHN", "UNODC"], P("2025-11-04", "2025-11-05", tol=1), loc=["Islamabad"]),
    C("meeting", ["PAK", "IRN"], P("2025-11-04"), loc=["Islamabad"]),
    C("joint_operation", ["PAK", "IRN"], count=27),
    S("unspecified", "PAK", "exact", True, P("2024-07-01", "2025-06-30"), kg=342000),
], title="Regional anti-drug conference opens in Islamabad", outlet="Margalla Times", date="2025-11-04"))
