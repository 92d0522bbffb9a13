from common import *

DOCS = []
F1 = "040_asiapac_wire.jsonl"
F2 = "041_gulf_maghreb_digest.json"

# ---------------------------------------------------------------- 040#1 near-copy of 007 (rounded figures)
DOCS.append(doc(F1 + "#1", """CHIANG RAI, Thailand — Thai soldiers have seized more than a tonne of crystal methamphetamine hidden in packs of Chinese tea, along with 2.4 million methamphetamine pills, near the border with Myanmar, officials said.

The drugs were found in a pickup truck stopped on a dirt road in Mae Fa Luang district on Wednesday night. Two men, a Thai driver and a passenger from Myanmar's Shan State, were arrested, while a scout vehicle escaped towards the border.

Thailand's Office of the Narcotics Control Board put the value of the haul at 310 million baht (about $9 million).

Tea packaging printed with Chinese characters has become a hallmark of methamphetamine shipments from the Golden Triangle, where production has surged since Myanmar's 2021 coup.
""", [
    S("methamphetamine", "THA", "at_least", False, P("2025-04-02"), kg=1000, loc=["Mae Fa Luang"], cluster="tha-tea-ice"),
    S("methamphetamine", "THA", "exact", False, P("2025-04-02"), pills=2400000, loc=["Mae Fa Luang"],
      cluster="tha-tea-pills"),
    S(["methamphetamine", "mixed"], "THA", ["approx", "exact"], False, P("2025-04-02"), val=310000000, cur="THB",
      cluster="tha-tea-value"),
    A(2, "THA", "exact", False, P("2025-04-02"), cluster="tha-tea-arrests"),
], title="Thai troops find meth in Chinese tea packs near Myanmar border", outlet="Asia Pacific Newswire",
    date="2025-04-05", dup="007_thailand_tea_packs.txt", fmt="jsonl",
    record={"headline": "Thai troops find meth in Chinese tea packs near Myanmar border", "pubDate": "Sat, 05 Apr 2025 09:12:00 +0700",
            "site": "Asia Pacific Newswire", "byline": "APN staff", "section": "Crime"}))

# ---------------------------------------------------------------- 040#2 Myanmar, Tachileik
DOCS.append(doc(F1 + "#2", """TACHILEIK, Myanmar — Myanmar police seized 320 kilograms of opium and 45 kilograms of heroin from a house in Tachileik township in eastern Shan State on Thursday, the Central Committee for Drug Abuse Control (CCDAC) said in a statement on Saturday.

Three people, including the owner of the house, were arrested. The CCDAC said the heroin was packed in 130 soap-box-sized blocks stamped with a "999" logo.

Opium production in Myanmar has risen since the 2021 coup, and the country overtook Afghanistan as the world's largest source of opium in 2023, according to the United Nations.

The statement did not say where the drugs were headed. Tachileik lies on the Thai border opposite Mae Sai.
""", [
    S("opium", "MMR", "exact", False, P("2025-06-12"), kg=320, loc=["Tachileik", "Shan"]),
    S("heroin", "MMR", "exact", False, P("2025-06-12"), kg=45, loc=["Tachileik", "Shan"]),
    A(3, "MMR", "exact", False, P("2025-06-12")),
], title="Myanmar police seize opium and heroin in Tachileik", outlet="Asia Pacific Newswire", date="2025-06-14",
    fmt="jsonl", record={"headline": "Myanmar police seize opium and heroin in Tachileik",
                         "pubDate": "Sat, 14 Jun 2025 16:40:00 +0630", "site": "Asia Pacific Newswire",
                         "byline": "APN staff", "section": "Crime"}))

# ---------------------------------------------------------------- 040#3 Philippines, floating tea packs
DOCS.append(doc(F1 + "#3", """LAOAG CITY, Philippines — Fishermen found 24 packs of Chinese tea containing an estimated 24.6 kilos of shabu floating off the coast of Pagudpud, Ilocos Norte, on Sunday and turned them over to the police, the Philippine Drug Enforcement Agency (PDEA) said.

The packs, sealed in plastic and tied together with a rope, were worth about P167.28 million based on the Dangerous Drugs Board's valuation, PDEA said. No one has been arrested.

It was the third such find off the northern coast of Luzon since June. Authorities believe the packs were dumped at sea by smugglers who failed to meet a pickup boat.

PDEA urged fishermen to report any similar finds and warned that keeping the drugs is a crime.
""", [
    S("methamphetamine", "PHL", "approx", False, P("2025-07-13"), kg=24.6, val=167280000, cur="PHP",
      loc=["Pagudpud", "Ilocos Norte"]),
], title="Fishermen find P167-M shabu in floating tea packs off Ilocos Norte", outlet="Asia Pacific Newswire",
    date="2025-07-14", fmt="jsonl",
    record={"headline": "Fishermen find P167-M shabu in floating tea packs off Ilocos Norte",
            "pubDate": "Mon, 14 Jul 2025 11:05:00 +0800", "site": "Asia Pacific Newswire", "byline": "Jun Ramos",
            "section": "Crime"}))

# ---------------------------------------------------------------- 040#4 Malaysia, Johor ketamine
DOCS.append(doc(F1 + "#4", """JOHOR BAHRU, Malaysia — Johor police seized 312 kg of ketamine worth an estimated RM15.6 million from a warehouse in Pasir Gudang last Sunday and arrested three men, including a Vietnamese national, the state police chief said on Tuesday.

The ketamine was hidden in sacks of industrial salt. Police believe it was meant for export to Australia by sea.

The state police chief said the syndicate had been operating since January and used the warehouse as a transit point. All three suspects have been remanded for seven days under Section 39B of the Dangerous Drugs Act 1952, which carries the death penalty or life imprisonment.
""", [
    S("ketamine", "MYS", ["exact", "approx"], False, P("2025-05-25"), kg=312, val=15600000, cur="MYR",
      loc=["Pasir Gudang", "Johor"]),
    A(3, "MYS", "exact", False, P("2025-05-25")),
    N(1, "MYS", opt=True),
], title="Johor police seize RM15.6 million ketamine in Pasir Gudang", outlet="Asia Pacific Newswire",
    date="2025-05-27", fmt="jsonl",
    record={"headline": "Johor police seize RM15.6 million ketamine in Pasir Gudang",
            "pubDate": "Tue, 27 May 2025 18:20:00 +0800", "site": "Asia Pacific Newswire", "byline": "APN staff",
            "section": "Crime"}))

# ---------------------------------------------------------------- 040#5 Papua New Guinea, joint operation with AFP
DOCS.append(doc(F1 + "#5", """PORT MORESBY — Papua New Guinea police, in a joint operation with the Australian Federal Police, seized 611 kilograms of cocaine from a light aircraft that landed on a remote airstrip in Central Province on Friday, officials said.

Two men, a PNG national and an Australian pilot, were arrested at the airstrip. The aircraft had flown in from the north, and investigators believe the cocaine was destined for Australia.

PNG Police Commissioner David Manning called it the largest cocaine seizure in the country's history. The AFP said its officers had been working with the Royal PNG Constabulary for several months under a bilateral policing partnership.
""", [
    S("cocaine", "PNG", "exact", False, P("2025-11-21"), kg=611, loc=["Central Province"]),
    A(2, "PNG", "exact", False, P("2025-11-21")),
    C("joint_operation", ["PNG", "AUS"], P("2025-11-21")),
], title="PNG police and AFP seize 611 kg of cocaine at remote airstrip", outlet="Asia Pacific Newswire",
    date="2025-11-24", fmt="jsonl",
    record={"headline": "PNG police and AFP seize 611 kg of cocaine at remote airstrip",
            "pubDate": "Mon, 24 Nov 2025 07:55:00 +1000", "site": "Asia Pacific Newswire", "byline": "APN staff",
            "section": "Pacific"}))

# ---------------------------------------------------------------- 041#1 UAE, Jebel Ali captagon
DOCS.append(doc(F2 + "#1", """Dubai Police said on Wednesday they had seized 13 million captagon pills hidden in boxes of lemons in a container at Jebel Ali port, and arrested six members of a gang.

The pills, valued at AED 390 million, were found after a two-month investigation by the General Department of Anti-Narcotics. The gang had planned to ship them on to another Gulf country, police said.

Police released a video showing officers cutting open plastic lemons that had been filled with pills. The six suspects, of Arab and Asian nationalities, were referred to the Public Prosecution.
""", [
    S("captagon", "ARE", ["exact", "approx"], False, pills=13000000, val=390000000, cur="AED", loc=["Jebel Ali"]),
    A(6, "ARE", "exact", False),
    N(1, "ARE", opt=True),
], title="Dubai Police seize 13 million captagon pills in lemon shipment", outlet="Emirates Evening Post",
    date="2025-09-17", fmt="json",
    record={"title": "Dubai Police seize 13 million captagon pills in lemon shipment", "newspaper": "Emirates Evening Post",
            "dateline": "Dubai, 17 September 2025"}))

# ---------------------------------------------------------------- 041#2 near-copy of 015 (Morocco)
DOCS.append(doc(F2 + "#2", """Moroccan police at the port of Tangier Med have seized nearly 19 tonnes of cannabis resin hidden in a lorry carrying frozen peppers, the national security directorate (DGSN) said.

The lorry, which had foreign plates, was about to board a ferry to Algeciras in Spain on the night of Saturday to Sunday. Its driver and co-driver were arrested.

The DGSN said the seizure was one of the largest at the port this year and that the two men were being questioned over possible links to international trafficking networks.
""", [
    S("hashish", "MAR", "at_most", False, P("2025-10-11", "2025-10-12"), kg=19000, loc=["Tangier Med"],
      cluster="mar-tangier-chira"),
    A(2, "MAR", "exact", False, P("2025-10-11", "2025-10-12"), cluster="mar-tangier-arrests"),
], title="Morocco seizes nearly 19 tonnes of cannabis resin at Tangier Med", outlet="Maghreb Weekly Digest",
    date="2025-10-14", dup="015_morocco_tangier_med.txt", fmt="json",
    record={"title": "Morocco seizes nearly 19 tonnes of cannabis resin at Tangier Med",
            "newspaper": "Maghreb Weekly Digest", "dateline": "Rabat, 14 October 2025"}))

# ---------------------------------------------------------------- 041#3 Kuwait, Jahra
DOCS.append(doc(F2 + "#3", """Kuwait's General Department for Drug Control (GDDC) seized 100 kilograms of shabu and 40 kilograms of hashish in the Jahra area on Friday and arrested six suspects, the Ministry of Interior said on Sunday.

The ministry said the drugs had been smuggled into the country by sea and stored in a rented chalet. Two of the suspects are Kuwaiti citizens and four are residents.

Security sources said a gram of shabu sells for around 25 Kuwaiti dinars in the local market. The ministry called on citizens to report suspected dealers to the hotline 112.
""", [
    S("methamphetamine", "KWT", "exact", False, P("2025-09-12"), kg=100, loc=["Jahra"]),
    S("hashish", "KWT", "exact", False, P("2025-09-12"), kg=40, loc=["Jahra"]),
    A(6, "KWT", "exact", False, P("2025-09-12")),
], title="Six held with 100 kg of shabu in Jahra", outlet="Kuwait Daily Courier", date="2025-09-14", fmt="json",
    record={"title": "Six held with 100 kg of shabu in Jahra", "newspaper": "Kuwait Daily Courier",
            "dateline": "Kuwait City, 14 September 2025"}))

# ---------------------------------------------------------------- 041#4 Bahrain, High Criminal Court
DOCS.append(doc(F2 + "#4", """Bahrain's High Criminal Court on Tuesday sentenced three men to life imprisonment and two others to 10 years in prison for smuggling 35 kilograms of hashish and 12,000 captagon pills into the kingdom through the King Fahd Causeway.

The court also fined each of the five defendants 5,000 Bahraini dinars and ordered the confiscation of the seized drugs and the vehicle used. A sixth defendant was acquitted.

The Public Prosecution said the defendants had been arrested in March after customs officers found the drugs in a car's spare tyre.
""", [
    SEN("life", 3, "BHR", "exact", False, P("2025-09-16")),
    SEN("prison", 2, "BHR", "exact", False, P("2025-09-16")),
    S("hashish", "BHR", "exact", False, P("2025-03-01", "2025-03-31"), kg=35, loc=["King Fahd Causeway"]),
    S("captagon", "BHR", "exact", False, P("2025-03-01", "2025-03-31"), pills=12000, loc=["King Fahd Causeway"]),
    A(6, "BHR", "exact", False, P("2025-03-01", "2025-03-31"), opt=True),
], title="Three get life for hashish and captagon smuggling", outlet="Manama Mirror", date="2025-09-17", fmt="json",
    record={"title": "Three get life for hashish and captagon smuggling", "newspaper": "Manama Mirror",
            "dateline": "Manama, 17 September 2025"}))

# ---------------------------------------------------------------- 042 HTML near-copy of 005 (India)
DOCS.append(doc("042_rajasthan_now_tramadol.html", html_page(
    "Over three lakh tramadol tablets seized in Jodhpur godown, five held", "Rajasthan Now", "2025-03-10T08:30:00+05:30",
    "By RN Desk | March 10, 2025",
    ["JODHPUR: The Narcotics Control Bureau (NCB) has seized over three lakh tramadol tablets worth ₹12.5 crore from a godown in Jodhpur's Basni industrial area and arrested five people, including a pharmaceutical distributor.",
     "The raid was carried out on Friday. The tablets had been packed in cartons marked as cough syrup and were meant for Punjab and for smuggling to West Africa, officials said.",
     "The distributor's licence has been suspended and bank accounts frozen. The five accused were sent to judicial custody for 14 days by a special NDPS court.",
     "Tramadol, a prescription painkiller, is widely abused in Punjab and is in demand in West African markets, where it is sold without prescription."],
    ["Jodhpur: two held with opium husk", "Rajasthan budget: police modernisation gets ₹800 crore", "IPL tickets go on sale"],
    nav=("Home", "Rajasthan", "India", "Business", "Cricket")), [
    S("tramadol", "IND", ["at_least", "approx"], False, P("2025-03-07"), pills=300000, val=125000000, cur="INR",
      loc=["Basni", "Jodhpur"], cluster="ind-jodhpur-tramadol"),
    A(5, "IND", "exact", False, P("2025-03-07"), cluster="ind-jodhpur-arrests"),
], title="Over three lakh tramadol tablets seized in Jodhpur godown, five held", outlet="Rajasthan Now",
    date="2025-03-10", dup="005_india_ncb_jodhpur.txt", fmt="html"))

# ---------------------------------------------------------------- 043 HTML UNODC summary with table (shared ketamine figure)
Y24 = P("2024-01-01", "2024-12-31")
TABLE = """<table class="data">
<caption>Selected seizures in 2024 (tonnes)</caption>
<thead><tr><th>Country</th><th>Methamphetamine</th><th>Ketamine</th></tr></thead>
<tbody>
<tr><td>Thailand</td><td>58.2</td><td>9.4</td></tr>
<tr><td>Myanmar</td><td>41.6</td><td>2.1</td></tr>
<tr><td>Lao PDR</td><td>28.4</td><td>1.3</td></tr>
<tr><td>Malaysia</td><td>19.7</td><td>3.8</td></tr>
</tbody></table>"""
DOCS.append(doc("043_unodc_synthetic_drugs_report.html", html_page(
    "UN report: methamphetamine and ketamine trafficking in Southeast Asia at record levels", "Regional Policy Monitor",
    "2025-09-24T10:00:00+07:00", "Bangkok | 24 September 2025 | Analysis desk",
    ["The UN Office on Drugs and Crime (UNODC) said in its annual synthetic drugs report, released in Bangkok on Wednesday, that methamphetamine seizures in East and Southeast Asia reached a new record in 2024, while ketamine trafficking continued to spread.",
     "The report gives national seizure totals reported by governments for 2024. The four countries with the largest hauls were:",
     "Ketamine trafficking is increasingly routed through Cambodia, the report said, citing the seizure of 1.6 tonnes of ketamine in a warehouse in Sihanoukville in early August this year.",
     "UNODC said wholesale prices of crystal methamphetamine had fallen in most countries, a sign of abundant supply. It called on governments to improve controls on precursor chemicals, most of which are diverted from legitimate industry in the region."],
    ["Myanmar opium survey due in December", "Mekong ministers meet in Bangkok", "Cambodia ketamine probe widens"],
    nav=("Home", "Asia", "Security", "Economy", "Opinion"), table=(1, TABLE)), [
    S("methamphetamine", "THA", "exact", True, Y24, kg=58200),
    S("ketamine", "THA", "exact", True, Y24, kg=9400),
    S("methamphetamine", "MMR", "exact", True, Y24, kg=41600),
    S("ketamine", "MMR", "exact", True, Y24, kg=2100),
    S("methamphetamine", "LAO", "exact", True, Y24, kg=28400),
    S("ketamine", "LAO", "exact", True, Y24, kg=1300),
    S("methamphetamine", "MYS", "exact", True, Y24, kg=19700),
    S("ketamine", "MYS", "exact", True, Y24, kg=3800),
    S("ketamine", "KHM", ["exact", "approx"], False, P("2025-08-01", "2025-08-31"), kg=1600,
      loc=["Sihanoukville"], cluster="khm-ketamine"),
], title="UN report: methamphetamine and ketamine trafficking in Southeast Asia at record levels",
    outlet="Regional Policy Monitor", date="2025-09-24", fmt="html"))

# ---------------------------------------------------------------- 044 HTML Pakistan, maritime seizure off Gwadar
DOCS.append(doc("044_pakistan_gwadar_maritime.html", html_page(
    "Navy, ANF seize charas and ice worth Rs3.2bn off Gwadar", "Karachi Chronicle", "2025-01-20T13:15:00+05:00",
    "Our Correspondent | Published January 20, 2025",
    ["KARACHI: The Pakistan Navy, in coordination with the Anti-Narcotics Force (ANF), seized 1,250 kilograms of charas and 90 kilograms of crystal methamphetamine (ice) from a boat off the coast of Gwadar on Friday, the ISPR said on Monday.",
     "Four crew members were taken into custody. The value of the drugs in the international market was estimated at Rs3.2 billion.",
     "The boat was intercepted about 40 nautical miles south-west of Gwadar during a routine patrol in the Arabian Sea.",
     "The Navy said such operations would continue to prevent the use of Pakistan's maritime zone for drug trafficking."],
    ["Gwadar port handles first transit cargo", "Karachi: heroin recovered from truck", "PSX closes higher"],
    nav=("Home", "Pakistan", "Karachi", "Business", "Sport")), [
    S("hashish", "PAK", "exact", False, P("2025-01-17"), kg=1250, loc=["Gwadar"]),
    S("methamphetamine", "PAK", "exact", False, P("2025-01-17"), kg=90, loc=["Gwadar"]),
    S(["mixed", "unspecified"], "PAK", ["approx", "exact"], False, P("2025-01-17"), val=3200000000, cur="PKR"),
    A(4, "PAK", "exact", False, P("2025-01-17")),
], title="Navy, ANF seize charas and ice worth Rs3.2bn off Gwadar", outlet="Karachi Chronicle", date="2025-01-20",
    fmt="html"))

# ---------------------------------------------------------------- 045 HTML India, Mizoram, lakh/crore, FY
DOCS.append(doc("045_mizoram_assam_rifles.html", html_page(
    "Assam Rifles seize meth tablets worth Rs 54 crore near Myanmar border", "Northeast Frontier Post",
    "2025-05-03T19:40:00+05:30", "Aizawl, May 3 (NFP)",
    ["Assam Rifles personnel seized 1.8 lakh methamphetamine tablets worth Rs 54 crore and 1.2 kg of heroin packed in 98 soap cases at Zokhawthar in Mizoram's Champhai district on Friday, officials said.",
     "Two Myanmar nationals were arrested near the Tiau river, which forms the border with Myanmar's Chin state. The heroin alone was valued at Rs 8.4 crore.",
     "According to the Assam Rifles, its units in Mizoram seized drugs worth Rs 1,182 crore in FY 2024-25, most of it methamphetamine tablets smuggled from Myanmar.",
     "The Centre has proposed fencing the entire 1,643 km India-Myanmar border, a plan opposed by Mizoram's government."],
    ["Manipur: curfew relaxed in Imphal", "Champhai farmers protest border fencing", "Mizoram to host north-east games"],
    nav=("Home", "Mizoram", "Manipur", "Assam", "Nation")), [
    S("methamphetamine", "IND", "exact", False, P("2025-05-02"), pills=180000, val=540000000, cur="INR",
      loc=["Zokhawthar", "Champhai"]),
    S("heroin", "IND", "exact", False, P("2025-05-02"), kg=1.2, val=84000000, cur="INR", loc=["Zokhawthar", "Champhai"]),
    A(2, "IND", "exact", False, P("2025-05-02")),
    S(["mixed", "unspecified", "methamphetamine"], "IND", "exact", True, P("2024-04-01", "2025-03-31"),
      val=11820000000, cur="INR", loc=["Mizoram"]),
], title="Assam Rifles seize meth tablets worth Rs 54 crore near Myanmar border", outlet="Northeast Frontier Post",
    date="2025-05-03", fmt="html"))

# ---------------------------------------------------------------- 046 HTML Baghdad conference, MoUs
DOCS.append(doc("046_baghdad_conference.html", html_page(
    "Baghdad hosts regional anti-drug conference, signs pacts with Iran and Kuwait", "Mesopotamia Today",
    "2025-11-13T15:00:00+03:00", "Baghdad — 13 November 2025",
    ["Iraq hosted the third Baghdad International Conference on Combating Drugs on Wednesday, bringing together delegations from Iran, Syria, Jordan, Saudi Arabia, Kuwait and Turkey as well as the UN Office on Drugs and Crime (UNODC).",
     "On the sidelines of the conference, Iraq's interior minister signed memoranda of understanding on counter-narcotics cooperation with his Iranian and Kuwaiti counterparts.",
     "The minister told the delegates that Iraqi security forces had seized 24 million captagon pills in 2024 and that the country had turned from a transit route into a market for the drug.",
     "Separately, the ministries of interior and health held a workshop on treatment of addicts in Iraqi prisons, the ministry said.",
     "Delegates agreed to hold the next conference in Amman and to consider setting up a regional liaison office in Baghdad."],
    ["Basra: port traffic up", "Iraqi dinar steady", "Anbar governor visits border crossing"],
    nav=("Home", "Iraq", "Middle East", "Economy", "Sport")), [
    C("conference", ["IRQ", "IRN", "SYR", "JOR", "SAU", "KWT", "TUR", "UNODC"], P("2025-11-12"), loc=["Baghdad"]),
    C("mou", ["IRQ", "IRN"], P("2025-11-12"), loc=["Baghdad"]),
    C("mou", ["IRQ", "KWT"], P("2025-11-12"), loc=["Baghdad"]),
    S("captagon", "IRQ", "exact", True, Y24, pills=24000000),
], title="Baghdad hosts regional anti-drug conference, signs pacts with Iran and Kuwait", outlet="Mesopotamia Today",
    date="2025-11-13", fmt="html"))

# ---------------------------------------------------------------- 047 gzip, Iran Hormozgan dhow, Persian digits
DOCS.append(doc("047_iran_hormozgan_dhow.txt.gz", """Hormozgan police seize 860 kg of hashish from dhow
Bandar News Agency (English)
Bandar Abbas, 1404/05/21 — 12 August 2025

Police in Hormozgan province seized ۸۶۰ kilograms of hashish from a dhow in the waters of the Persian Gulf off the port of Jask on Monday, the provincial police commander said on Tuesday.

He said the dhow was stopped by the naval police after a surveillance operation lasting several weeks, and its ۶ crew members, all foreign nationals, were arrested.

The commander added that since the beginning of the Iranian month of Mordad (23 July), police in the province have seized ۲٫۳ tonnes of various drugs.

Hormozgan's long coastline on the Strait of Hormuz is a route for drugs heading to the Arab states of the Persian Gulf. The commander said cooperation with neighbouring countries' coast guards "needs to be strengthened".
""", [
    S("hashish", "IRN", "exact", False, P("2025-08-11"), kg=860, loc=["Jask", "Hormozgan"]),
    A(6, "IRN", "exact", False, P("2025-08-11")),
    S(["mixed", "unspecified"], "IRN", "exact", True, P("2025-07-23", "2025-08-12", tol=1), kg=2300,
      loc=["Hormozgan"]),
], title="Hormozgan police seize 860 kg of hashish from dhow", outlet="Bandar News Agency", date="2025-08-12", fmt="gz"))

# ---------------------------------------------------------------- 048 gzip, Bangladesh FY (July-June), crore/lakh
BD_FY = P("2024-07-01", "2025-06-30")
DOCS.append(doc("048_bangladesh_dnc_fy.txt.gz", """DNC: 4.8 crore yaba pills seized in FY2024-25
The Dhaka Ledger
Dhaka | Sunday, 20 July 2025

Law enforcement agencies seized 4.8 crore yaba pills, 1,420 kg of crystal meth (ice) and 312 kg of heroin in the 2024-25 fiscal year, which ended on 30 June, according to the annual report of the Department of Narcotics Control (DNC).

Agencies also recovered 98,000 kg of ganja and 18 lakh bottles of codeine-based cough syrup, the report says. A total of 1,12,450 people were arrested in drug cases during the year.

Yaba seizures were 1.1 crore pills lower than in the previous fiscal year, which the DNC attributes to fighting in Myanmar's Rakhine state disrupting production and smuggling routes.

The DNC estimates that Bangladesh has around 80 lakh drug users, most of them young men. Its director general said the department would open treatment centres in all 64 districts by 2028.
""", [
    S("methamphetamine", "BGD", "exact", True, BD_FY, pills=48000000),
    S("methamphetamine", "BGD", "exact", True, BD_FY, kg=1420),
    S("heroin", "BGD", "exact", True, BD_FY, kg=312),
    S("cannabis", "BGD", "exact", True, BD_FY, kg=98000),
    A(112450, "BGD", "exact", True, BD_FY),
    S("unspecified", "BGD", opt=True),
], title="DNC: 4.8 crore yaba pills seized in FY2024-25", outlet="The Dhaka Ledger", date="2025-07-20", fmt="gz"))
