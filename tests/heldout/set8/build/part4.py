from common import *

DOCS = []

# ---------------------------------------------------------------- 046 JSON array feed (4 records)
ARR = "046_americas_feed.json"
CW = P("2025-10-20", "2025-11-09")
DOCS.append(doc(ARR + "#1", "LYON - INTERPOL said on Thursday that a three-week operation against cocaine trafficking in the Caribbean and Central America had led to the seizure of 18.3 tonnes of cocaine and the arrest of 356 people.\n\nOperation \"Coral Wave\", held from 20 October to 9 November 2025, brought together police, customs and coast guards from Costa Rica, the Dominican Republic, Guatemala, Honduras, Jamaica, Panama and Trinidad and Tobago, with INTERPOL's drugs unit coordinating from a temporary command centre in Panama City.\n\nNine criminal networks were dismantled, INTERPOL said. Officers also seized 120 firearms and USD 3.1 million in cash.\n\n\"Individual countries' results will be published separately,\" the organisation said.",
    [
        C("joint_operation", ["INTERPOL", "CRI", "DOM", "GTM", "HND", "JAM", "PAN", "TTO"], period=CW),
        S("cocaine", q="exact", agg=True, period=CW, kg=18300),
        A(356, q="exact", agg=True, period=CW),
        N(9, q="exact", agg=True, period=CW),
    ], title="INTERPOL's Operation Coral Wave seizes 18 tonnes of cocaine in Caribbean and Central America",
    outlet="Global Security Wire", date="2025-12-04", fmt="json",
    record={"headline": "INTERPOL's Operation Coral Wave seizes 18 tonnes of cocaine in Caribbean and Central America", "source": "Global Security Wire", "date": "2025-12-04", "url": "https://globalsecuritywire.example/2025/12/04/coral-wave"}))

DOCS.append(doc(ARR + "#2", "TEGUCIGALPA - Honduran naval forces have captured a semi-submersible carrying more than two tonnes of cocaine off the country's Caribbean coast, the armed forces said.\n\nThe vessel was intercepted on Sunday about 60 nautical miles east of Puerto Lempira, in the department of Gracias a Dios, and its three Colombian crew members were detained.\n\nA military spokesman said the cocaine, in 81 bales, was worth an estimated $54 million. The narco-sub was scuttled after the cargo was removed.\n\nHonduras' remote Mosquitia coast is a frequent landing point for drug shipments moving north from South America.",
    [
        S("cocaine", "HND", ["at_least", "approx"], False, P("2025-02-09"), kg=2000, val=54000000, cur="USD",
          loc=["Gracias a Dios", "Puerto Lempira"], cluster="hnd-narcosub"),
        A(3, "HND", "exact", False, P("2025-02-09"), cluster="hnd-narcosub-crew"),
    ], title="Honduras captures narco-sub carrying over two tonnes of cocaine", outlet="Central America Wire",
    date="2025-02-13", dup="004_honduras_semisub.txt", fmt="json",
    record={"headline": "Honduras captures narco-sub carrying over two tonnes of cocaine", "source": "Central America Wire", "date": "2025-02-13", "url": "https://centralamericawire.example/honduras/narco-sub-mosquitia"}))

DOCS.append(doc(ARR + "#3", "RICHMOND, B.C. - Canada Border Services Agency officers at the Vancouver International Mail Centre intercepted 17 parcels containing a total of 11.3 kilograms of opium between January and March 2025, the agency said on Wednesday.\n\nThe parcels were declared as tea, spices or herbal remedies; most of the opium was hidden inside sealed tea tins.\n\nIn a separate case, officers at the mail centre found 24 ounces of ketamine in a parcel from Germany on May 27.\n\nThe RCMP arrested a 52-year-old Richmond man in April in connection with four of the opium parcels.\n\nIn the 2024-25 fiscal year, which ended March 31, CBSA officers seized more than 38,000 kilograms of drugs at Canadian ports of entry, the agency said.",
    [
        S("opium", "CAN", "exact", True, P("2025-01-01", "2025-03-31"), kg=11.3, loc=["Vancouver"]),
        S("ketamine", "CAN", "exact", False, P("2025-05-27"), kg=24 * OZ, loc=["Vancouver"]),
        A(1, "CAN", "exact", False, P("2025-04-01", "2025-04-30")),
        S("unspecified", "CAN", "at_least", True, P("2024-04-01", "2025-03-31"), kg=38000),
    ], title="CBSA finds 11 kg of opium in tea tins mailed to Vancouver", outlet="Pacific Coast Post",
    date="2025-06-18", fmt="json",
    record={"headline": "CBSA finds 11 kg of opium in tea tins mailed to Vancouver", "source": "Pacific Coast Post", "date": "2025-06-18", "url": "https://pacificcoastpost.example/bc/opium-tea-tins"}))

DOCS.append(doc(ARR + "#4", "PORT OF SPAIN - Senators on Tuesday began debating amendments to the Dangerous Drugs Act that would change the penalties for possession of small amounts of cannabis.\n\nUnder the bill, possession of up to 30 grams would remain lawful, while possession of between 30 and 60 grams would attract a fixed penalty of TT$50,000 instead of a criminal charge. Government senators said the changes would free up court time and police resources.\n\nOpposition senators said the government had not presented any evidence on how the 2019 reforms had affected use among young people, and called for the bill to be sent to a joint select committee.\n\nThe bill is expected to be put to a vote next week.",
    [], title="Senate opens debate on cannabis law amendments", outlet="Port of Spain Mirror", date="2025-10-01", fmt="json",
    record={"headline": "Senate opens debate on cannabis law amendments", "source": "Port of Spain Mirror", "date": "2025-10-01", "url": "https://portofspainmirror.example/politics/senate-cannabis-debate"}))

# ---------------------------------------------------------------- 047 Japan - South Korea customs meeting
DOCS.append(doc("047_japan_korea_customs_meeting.txt", """Japan, South Korea customs agree closer watch on drug parcels
Asia Trade Monitor
BUSAN, 13 November 2025

The customs chiefs of Japan and South Korea held their annual bilateral meeting in Busan on Wednesday and agreed to exchange information on suspicious express and postal parcels containing drugs, the Korea Customs Service (KCS) said.

According to a joint statement, the two sides will set up a hotline between their drug enforcement divisions by the end of the year and plan a joint operation targeting methamphetamine shipments from Southeast Asia in 2026.

Japanese officials told the meeting that smugglers were increasingly splitting consignments into many small parcels to avoid detection.
""", [
    C("meeting", ["JPN", "KOR"], period=P("2025-11-12"), loc="Busan"),
    C("information_exchange", ["JPN", "KOR"], opt=True),
], title="Japan, South Korea customs agree closer watch on drug parcels", outlet="Asia Trade Monitor",
    date="2025-11-13"))

# ---------------------------------------------------------------- 048 India, lakh and crore
ID_ = P("2025-05-20")
RAM = ["Mandapam", "Vedalai", "Ramanathapuram"]
IYTD = P("2025-01-01", "2025-05-21", tol=1)
DOCS.append(doc("048_india_ramanathapuram.txt", """Hashish, tramadol worth ₹1.2 crore bound for Sri Lanka seized near Mandapam
Chennai Coastal Times
RAMANATHAPURAM, May 21, 2025

The Coastal Security Group (CSG) of the Tamil Nadu police seized 99 kg of hashish and 2.5 lakh tramadol tablets from a country boat about to set off for Sri Lanka near Mandapam on Tuesday night and arrested three fishermen.

Acting on a tip-off, a CSG team intercepted the boat at the Vedalai coast around 11 p.m. The contraband, packed in 40 gunny bags, was to be handed over to a Sri Lankan boat mid-sea, police said. The seized items are worth ₹1.2 crore, an official said.

The three arrested, aged 24 to 37, are residents of Mandapam and Vedalai. The boat has been impounded.

Excluding Tuesday's seizure, the CSG has seized 1,18,500 tramadol tablets in the district so far this year, police said.
""", [
    S("hashish", "IND", "exact", False, ID_, kg=99, loc=RAM),
    S("tramadol", "IND", "exact", False, ID_, pills=250000, loc=RAM),
    S(["mixed", "unspecified"], "IND", "exact", False, ID_, val=12000000, cur="INR"),
    A(3, "IND", "exact", False, ID_),
    S("tramadol", "IND", "exact", True, IYTD, pills=118500),
], title="Hashish, tramadol worth ₹1.2 crore bound for Sri Lanka seized near Mandapam",
    outlet="Chennai Coastal Times", date="2025-05-21"))

# ---------------------------------------------------------------- 049 Costa Rica, treatment centre (no facts)
DOCS.append(doc("049_costa_rica_treatment_centre.txt", """Costa Rica opens first public residential treatment centre for adolescents
Costa Rica Daily Post
SAN JOSÉ, June 26, 2025

The Institute on Alcoholism and Drug Dependence (IAFA) on Thursday inaugurated the country's first public residential treatment centre for adolescents with drug problems, in Tres Ríos de La Unión, east of the capital.

The centre has 40 beds and a staff of psychologists, social workers and teachers so that patients can continue their schooling during treatment, which usually lasts between three and six months. It cost ₡2.1 billion to build and will begin receiving patients in August.

According to the IAFA's latest survey of secondary school students, about 14 percent have tried cannabis at least once, and the age of first use has fallen to just under 14.

"For years families had to pay for private clinics or wait for a place in adult programmes," the IAFA's director said at the opening ceremony, which was held on the International Day against Drug Abuse and Illicit Trafficking.
""", [], title="Costa Rica opens first public residential treatment centre for adolescents",
    outlet="Costa Rica Daily Post", date="2025-06-26"))

# ---------------------------------------------------------------- 050 Fiji, drug bill debate (no facts)
DOCS.append(doc("050_fiji_drug_bill.txt", """Parliament debates tougher penalties in Illicit Drugs Control (Amendment) Bill
Suva Post
SUVA, 30 July 2025

Parliament on Wednesday began debating the Illicit Drugs Control (Amendment) Bill, which would introduce life imprisonment for trafficking more than one kilogram of methamphetamine or cocaine and allow police to seize the assets of suspected traffickers before conviction.

The Minister for Policing told the House that the bill was needed because "the Pacific is no longer just a transit route". He said the Ministry of Health estimates that more than 5,000 people in Fiji use methamphetamine regularly.

Opposition members said they supported tougher penalties for traffickers but warned that the asset seizure provisions could be misused, and called for more funding for rehabilitation.

If passed, the amendments will come into force on 1 January 2026. The debate continues on Thursday.
""", [], title="Parliament debates tougher penalties in Illicit Drugs Control (Amendment) Bill", outlet="Suva Post",
    date="2025-07-30"))

# ---------------------------------------------------------------- 051 Senegal, HTML near-copy of 008
DOCS.append(doc("051_senegal_kidira_copy.html", html_page(
    "Senegal: customs seize 312 kg of cocaine worth nearly 25 billion CFA francs at Kidira", "Dakar Matin Online",
    "2025-03-17T08:15:00+00:00", "By our correspondent in Tambacounda | 17/03/2025", [
        "Customs officers in eastern Senegal seized 312 kilograms of cocaine hidden in the double floor of a refrigerated lorry at the Kidira border post on Friday, the Directorate General of Customs said in a statement on Saturday.",
        "The drugs, split into 290 packets, have an estimated value of nearly 25 billion CFA francs, according to the statement. The lorry was heading for Mali.",
        "Its driver and his apprentice were arrested and handed over to OCRTIS, the anti-drug police office.",
        "Customs have now seized more than a tonne of cocaine since January 1, the statement said.",
        "Kidira, on the main road and rail corridor between Dakar and Bamako, has become a frequent site of seizures as traffickers use West Africa as a transit zone for South American cocaine bound for Europe.",
    ], ["Casamance: army destroys cannabis fields", "Port of Dakar: new scanners installed",
        "Football: Lions prepare for qualifiers"], nav=("Accueil", "Sénégal", "Afrique", "Économie", "Sport")),
    [
        S("cocaine", "SEN", ["exact", "at_most"], False, P("2025-03-14"), kg=312, val=25000000000, cur="XOF",
          loc=["Kidira"], cluster="sen-kidira"),
        A(2, "SEN", "exact", False, P("2025-03-14"), cluster="sen-kidira-arrests"),
        S("cocaine", "SEN", "at_least", True, P("2025-01-01", "2025-03-16", tol=2), kg=1000, cluster="sen-customs-ytd"),
    ], title="Senegal: customs seize 312 kg of cocaine worth nearly 25 billion CFA francs at Kidira",
    outlet="Dakar Matin Online", date="2025-03-17", dup="008_senegal_customs_kidira.txt", fmt="html"))

# ---------------------------------------------------------------- 052 North Macedonia, Tabanovce (HTML)
DOCS.append(doc("052_north_macedonia_tabanovce.html", html_page(
    "Customs find 1.2 tonnes of cannabis in lorry at Tabanovce crossing", "Skopje Insider", "2025-02-04T12:00:00+01:00",
    "Skopje Insider newsroom | 04.02.2025", [
        "Customs officers at the Tabanovce border crossing with Serbia found 1,218 kilograms of cannabis hidden in a lorry loaded with frozen vegetables on Monday, the Customs Administration said.",
        "The driver, a 46-year-old Albanian citizen, was detained. The lorry had entered North Macedonia from Greece and was heading to Serbia, the administration said.",
        "It was the largest cannabis seizure at a North Macedonian border crossing in four years.",
        "Customs officers said the cannabis had been vacuum-packed and covered with coffee grounds to confuse sniffer dogs.",
    ], ["Skopje air pollution reaches record levels", "Government announces new border crossing with Kosovo",
        "Vardar: floods expected after snow melt"], nav=("Home", "Macedonia", "Region", "Economy", "Sport")),
    [
        S("cannabis", "MKD", "exact", False, P("2025-02-03"), kg=1218, loc=["Tabanovce"]),
        A(1, "MKD", "exact", False, P("2025-02-03")),
    ], title="Customs find 1.2 tonnes of cannabis in lorry at Tabanovce crossing", outlet="Skopje Insider",
    date="2025-02-04", fmt="html"))

# ---------------------------------------------------------------- 053 Uzbekistan, Termez rail wagon
DOCS.append(doc("053_uzbekistan_termez.txt", """Uzbek customs find 763 kg of hashish in rail wagon from Afghanistan
Tashkent Observer
TASHKENT, 26 March 2025

Officers of Uzbekistan's Customs Committee found 763 kilograms of hashish hidden among sacks of dried fruit in a railway wagon that had crossed the Friendship Bridge from Hairatan, Afghanistan, to Termez on 24 March, the committee said on Wednesday.

The hashish, packed in 1,526 plates of about 500 grams each, was discovered when a sniffer dog reacted to the load at the Termez rail customs post. The wagon's escort, an Afghan citizen, was detained.

The committee said customs officers had seized a total of 3,915 kilograms of narcotics in 2024, most of it at the Afghan border.

Trade across the Friendship Bridge has grown since 2022 as Uzbekistan expanded links with Afghanistan, and officials say traffickers try to hide drugs in the growing flow of goods.
""", [
    S("hashish", "UZB", "exact", False, P("2025-03-24"), kg=763, loc=["Termez"]),
    A(1, "UZB", "exact", False, P("2025-03-24")),
    S("unspecified", "UZB", "exact", True, P("2024-01-01", "2024-12-31"), kg=3915),
], title="Uzbek customs find 763 kg of hashish in rail wagon from Afghanistan", outlet="Tashkent Observer",
    date="2025-03-26"))

# ---------------------------------------------------------------- 054 Kuwait, coast guard (words, Hijri)
DOCS.append(doc("054_kuwait_coast_guard.txt", """Coast guard seize two hundred kilos of hashish off Failaka, four held
Gulf Daily Record
KUWAIT CITY, 19 Safar 1447 AH / 13 August 2025

The Coast Guard General Administration said that its patrols intercepted a boat coming from a neighbouring country near Failaka Island on Tuesday, 18 Safar 1447 AH, corresponding to 12 August 2025, and seized two hundred kilograms of hashish on board.

The four men aboard were arrested and referred, together with the seized drugs, to the General Department for Drug Control.

The Ministry of Interior said in a separate statement that the General Department for Drug Control had seized 1,460 kilograms of various narcotic substances in the first half of the year, and stressed that the security services would continue to "strike with an iron fist" against anyone who tries to harm the country's youth.
""", [
    S("hashish", "KWT", "exact", False, P("2025-08-12"), kg=200, loc=["Failaka"]),
    A(4, "KWT", "exact", False, P("2025-08-12")),
    S(["mixed", "unspecified"], "KWT", "exact", True, P("2025-01-01", "2025-06-30"), kg=1460),
], title="Coast guard seize two hundred kilos of hashish off Failaka, four held", outlet="Gulf Daily Record",
    date="2025-08-13"))
