from common import *

# Part 3: the UK, Ireland and the Nordic and Baltic states. A county-lines shutdown whose only date is "Issued
# 14/03/2025" at the end (wraps, half a kilo, a line closed), a cannabis factory in a nightclub (plants, a yearly
# yield, stolen electricity, factories counted over a year), a crown court roundup (years and months, a suspended
# sentence, a community order, an acquittal, a confiscation order with a default term), a Garda/Revenue yacht seizure
# with the NCA and MAOC-N, Revenue's 2024 annual figures in an HTML <table> beside 2023's, and a semicolon-separated
# CSV export of five Nordic and Baltic stories (kroner, kronor, euros with decimal commas, "15 000" pills, day.month
# dates).
DOCS = []

# ---------------------------------------------------------------- 018 county line (date only at the end)
W12 = P("2025-03-12")
DOCS.append(doc("018_blackpool_county_line.txt", """Six arrested as county line supplying crack cocaine and heroin to Blackpool is shut down
Fylde Coast Gazette

Officers from Lancashire Police's Operation Warrior team arrested six people in dawn raids in Blackpool and Liverpool on Wednesday, closing down a county line that detectives say flooded the resort with crack cocaine and heroin.

Officers recovered around 300 wraps of crack cocaine and heroin ready for sale, half a kilo of cocaine, £6,400 in cash and a machete. A further 1.2kg of cannabis was found at an address in Anfield.

The six, aged between 16 and 34, were arrested on suspicion of conspiracy to supply Class A drugs. Two Liverpool men have since been charged and remanded in custody; the others were released on bail. A 15-year-old boy found at one of the Blackpool addresses was safeguarded.

Detectives said the "Dee" line took up to £2,000 a day. Operation Warrior has closed more than 140 county lines in Lancashire since it began in 2019.

Detective Inspector Claire Hartley said: "We will keep dismantling these lines and protecting the young people they exploit."

Issued 14/03/2025
""", [
    S("cocaine", "GBR", ["exact", "approx"], False, W12, kg=0.5),
    S("cannabis", "GBR", "exact", False, W12, kg=1.2, loc=["Anfield"]),
    A(6, "GBR", "exact", False, W12),
    S(["mixed", "cocaine", "unspecified"], "GBR", opt=True),
    N(1, "GBR", opt=True),
    N(140, "GBR", opt=True),
], title="Six arrested as county line supplying crack cocaine and heroin to Blackpool is shut down",
    outlet="Fylde Coast Gazette", date="2025-03-14"))

# ---------------------------------------------------------------- 019 cannabis factory in a nightclub (labelled date)
DOCS.append(doc("019_dudley_cannabis_factory_nightclub.txt", """Cannabis factory with 1,100 plants found in former nightclub
The Black Country Herald
Date: Tuesday 22 April 2025

West Midlands Police officers who forced their way into a disused nightclub in Dudley on Saturday found a sophisticated cannabis factory spread over four floors, with about 1,100 plants under high-powered lamps.

They also recovered 14kg of bagged cannabis that was ready to be sold. Two Albanian men, aged 23 and 31, who were found tending the plants, were arrested on suspicion of producing a controlled drug.

Police said the factory could have produced a crop worth up to £900,000 a year. The electricity supply had been bypassed, and Western Power engineers estimated that £120,000 worth of electricity had been stolen.

The force said it had dismantled 212 cannabis factories in the West Midlands in 2024, many of them run by gangs that traffic young men from the Balkans to tend the plants.

"These are not harmless operations," said Inspector Gary Whitmore. "They are a fire risk and they fund serious organised crime."
""", [
    S("cannabis", "GBR", "exact", False, P("2025-04-19"), kg=14, loc=["Dudley"]),
    A(2, "GBR", "exact", False, P("2025-04-19")),
    N(1, "GBR", opt=True),
    N(212, "GBR", opt=True),
], title="Cannabis factory with 1,100 plants found in former nightclub", outlet="The Black Country Herald",
    date="2025-04-22"))

# ---------------------------------------------------------------- 020 crown court roundup (Markdown)
DOCS.append(doc("020_west_country_crown_court_roundup.md", """# In the dock: this week's drug cases at Bristol and Exeter crown courts

*West Country Chronicle* — Saturday 7 June 2025

**Three jailed over Avonmouth cocaine plot.** At Bristol Crown Court on Monday, ringleader Wayne Fisher, 44, was jailed for 14 years and his two accomplices for nine years and six years four months. The three were arrested in February 2024 after Border Force officers found 82kg of cocaine in a lorry at Avonmouth docks. Fisher was also ordered to pay back £340,000 under the Proceeds of Crime Act or serve an extra three years.

**Suspended sentence for courier.** At Exeter Crown Court on Tuesday, a 19-year-old student who admitted carrying 26 wraps of crack cocaine was given a 12-month prison sentence suspended for 18 months and 150 hours of unpaid work.

**Community order for grower.** A 52-year-old man from Paignton who grew 30 cannabis plants in his loft was given a two-year community order at Exeter on Wednesday.

**Cleared.** A jury at Bristol on Thursday found a 28-year-old man from Easton not guilty of conspiracy to supply heroin.

**Festival dealers jailed.** At Exeter Crown Court on Friday, two brothers from Plymouth were jailed for four years and 32 months respectively for supplying MDMA and ketamine at music festivals last summer.
""", [
    SEN("prison", 3, "GBR", "exact", False, P("2025-06-02")),
    A(3, "GBR", "exact", False, P("2024-02-01", "2024-02-29")),
    S("cocaine", "GBR", "exact", False, P("2024-02-01", "2024-02-29"), kg=82, loc=["Avonmouth"]),
    SEN("prison", 1, "GBR", opt=True),
    SEN("unspecified", 1, "GBR", opt=True),
    SEN("prison", 2, "GBR", "exact", False, P("2025-06-06")),
], title="In the dock: this week's drug cases at Bristol and Exeter crown courts", outlet="West Country Chronicle",
    date="2025-06-07"))

# ---------------------------------------------------------------- 021 Garda/Revenue, yacht at Crosshaven, with NCA and MAOC-N
DOCS.append(doc("021_garda_crosshaven_yacht_cocaine.txt", """€21m cocaine seized from yacht in Cork harbour; two men arrested
Munster Tidings
Thursday, 11 September 2025

Gardaí and Revenue's Customs Service seized 300kg of cocaine with an estimated value of €21 million from a yacht at a marina in Crosshaven, Co Cork, on Wednesday evening.

Two men, a Dutch national in his 50s and an Irish man in his 40s, were arrested and are being detained at garda stations in Cork city under drug trafficking legislation, which allows them to be held for up to seven days.

The operation was led by the Garda National Drugs and Organised Crime Bureau, with Revenue and the Naval Service. The UK's National Crime Agency and the Maritime Analysis and Operations Centre – Narcotics (MAOC-N) in Lisbon provided intelligence on the yacht, which had sailed from the Caribbean.

Garda figures show that drugs worth €147 million were seized in the State in the first eight months of this year.

Assistant Commissioner Justin Kelly said the seizure was "a significant blow" to a cartel that has used yachts to move cocaine across the Atlantic.
""", [
    S("cocaine", "IRL", ["exact", "approx"], False, P("2025-09-10"), kg=300, val=21e6, cur="EUR",
      loc=["Crosshaven", "Cork"], cluster="irl-crosshaven-cocaine"),
    A(2, "IRL", "exact", False, P("2025-09-10"), cluster="irl-crosshaven-arrests"),
    C(["information_exchange", "joint_operation"], ["IRL", "GBR", "MAOC-N"], ev="MAOC-N", opt=True),
    S(["unspecified", "mixed"], "IRL", "exact", True, P("2025-01-01", "2025-08-31"), val=147e6, cur="EUR"),
], title="€21m cocaine seized from yacht in Cork harbour; two men arrested", outlet="Munster Tidings",
    date="2025-09-11"))

# ---------------------------------------------------------------- 022 Revenue annual figures (HTML <table>, 2024 vs 2023)
Y24 = P("2024-01-01", "2024-12-31")
TABLE = """<table>
<tr><th>Drug</th><th>2024</th><th>2023</th></tr>
<tr><td>Herbal cannabis</td><td>7,940 kg</td><td>3,850 kg</td></tr>
<tr><td>Cannabis resin</td><td>1,120 kg</td><td>1,460 kg</td></tr>
<tr><td>Cocaine</td><td>2,410 kg</td><td>1,060 kg</td></tr>
<tr><td>Heroin</td><td>38 kg</td><td>45 kg</td></tr>
<tr><td>Ketamine</td><td>96 kg</td><td>51 kg</td></tr>
<tr><td>MDMA (tablets)</td><td>61,500</td><td>44,200</td></tr>
</table>"""
DOCS.append(doc("022_revenue_annual_seizures_2024.html", html_page(
    "Revenue drug seizures hit record €220m in 2024 as cannabis detections double", "The Liffey Journal",
    "2025-03-27T07:00:00+00:00", "By Aoife Brennan, Crime Correspondent | 27 March 2025",
    ["Revenue's Customs Service seized drugs worth a record €220 million in 2024, up from €150 million the year before, according to its annual report published on Wednesday.",
     "Officers made more than 3,700 individual drug seizures at ports, airports and mail centres. The quantities seized, by drug, were:",
     "Herbal cannabis seizures more than doubled, driven by air passengers arriving from Thailand and North America with suitcases of vacuum-packed cannabis. Gardaí arrested 480 people following Revenue detections during the year.",
     "Revenue said it would recruit 150 more customs officers in 2025 and install two new container scanners at Dublin Port at a cost of €14 million."],
    ["Dáil debates housing bill", "Leinster name side for Champions Cup", "Ryanair traffic rises 6%"],
    nav=("Home", "News", "Business", "Sport", "Opinion"), table=(1, TABLE)), [
    S("cannabis", "IRL", "exact", True, Y24, kg=7940),
    S("hashish", "IRL", "exact", True, Y24, kg=1120),
    S("cocaine", "IRL", "exact", True, Y24, kg=2410),
    S("heroin", "IRL", "exact", True, Y24, kg=38),
    S("ketamine", "IRL", "exact", True, Y24, kg=96),
    S("mdma", "IRL", "exact", True, Y24, pills=61500),
    S(["unspecified", "mixed"], "IRL", "exact", True, Y24, val=220e6, cur="EUR"),
    A(480, "IRL", "exact", True, Y24),
    S("cannabis", "IRL", kg=3850, opt=True),
    S("hashish", "IRL", kg=1460, opt=True),
    S("cocaine", "IRL", kg=1060, opt=True),
    S("heroin", "IRL", kg=45, opt=True),
    S("ketamine", "IRL", kg=51, opt=True),
    S("mdma", "IRL", pills=44200, opt=True),
    S(["unspecified", "mixed"], "IRL", val=150e6, cur="EUR", opt=True),
], title="Revenue drug seizures hit record €220m in 2024 as cannabis detections double", outlet="The Liffey Journal",
    date="2025-03-27", fmt="html"))

# ---------------------------------------------------------------- 023 semicolon CSV export, Nordic and Baltic desk
CSV = "023_nordbalt_desk_export.csv"


def row(nr, headline, medium, datum, land, slug):
    return {"nr": nr, "rubrik": headline, "medium": medium, "datum": datum, "land": land, "brodtext": None,
            "lank": "https://nordbalt-desk.example/" + slug}


H = "Customs find 850 kg of hashish in lorry at Svinesund"
d = doc(CSV + "#1", """HALDEN: Norwegian Customs (Tolletaten) found 850 kilograms of hashish hidden behind pallets of frozen fish in a Lithuanian-registered lorry at the Svinesund border crossing on Saturday.

The driver, a 46-year-old Lithuanian, was arrested and remanded in custody for four weeks by the Fredrikstad district court on Monday. Customs put the street value of the hashish at about NOK 68 million.

It is the largest hashish seizure at Svinesund in three years. Norwegian Customs seized 6,2 tonnes of hashish across the country in 2024, section manager Kari Thorsen said.
""", [
    S("hashish", "NOR", ["exact", "approx"], False, P("2025-02-01"), kg=850, val=68e6, cur="NOK", loc=["Svinesund"]),
    A(1, "NOR", "exact", False, P("2025-02-01")),
    S("hashish", "NOR", "exact", True, P("2024-01-01", "2024-12-31"), kg=6200),
], title=H, outlet="Halden Dagsavis", date="2025-02-03", fmt="csv",
    record=row("NB-2025-0117", H, "Halden Dagsavis", "03.02.2025", "Norge", "no/svinesund-hashish"))
d["body_key"] = "brodtext"
d["delimiter"] = ";"
DOCS.append(d)

H = "Swedish Customs seize 220 kg of cocaine in Gothenburg banana container"
d = doc(CSV + "#2", """GOTHENBURG: Swedish Customs (Tullverket) found 220 kilos of cocaine in a container of bananas from Ecuador at the Port of Gothenburg on Tuesday, the agency said on Friday.

Police arrested two port workers, aged 29 and 34, on Thursday after the container was put under surveillance. Both are suspected of aggravated drug smuggling.

The street value of the cocaine is estimated at around 440 million kronor (SEK). Prosecutor Lina Ek said the men had been recruited through an encrypted app to move the bags out of the port.
""", [
    S("cocaine", "SWE", ["exact", "approx"], False, P("2025-04-22"), kg=220, val=440e6, cur="SEK",
      loc=["Gothenburg"]),
    A(2, "SWE", "exact", False, P("2025-04-24")),
], title=H, outlet="Västkusten Nyheter", date="2025-04-25", fmt="csv",
    record=row("NB-2025-0342", H, "Västkusten Nyheter", "25.04.2025", "Sverige", "se/goteborg-kokain"))
d["body_key"] = "brodtext"
DOCS.append(d)

H = "Copenhagen police seize 34 kg of cocaine and 18 kg of hash; three remanded"
d = doc(CSV + "#3", """COPENHAGEN: Copenhagen Police detained three men and seized 34 kilograms of cocaine and 18 kilograms of hash in a garage in Valby on Sunday, the police said on Monday.

The three men, aged 24, 27 and 39, were remanded in custody for four weeks on Monday. Police estimated the value of the drugs at kr. 12,5 mio. (DKK 12.5 million).

Police said the garage was used as a storage depot for hash sellers in Christiania. Copenhagen Police has seized 410 kg of hash in and around Christiania so far this year.
""", [
    S("cocaine", "DNK", "exact", False, P("2025-06-15"), kg=34, loc=["Valby"]),
    S("hashish", "DNK", "exact", False, P("2025-06-15"), kg=18, loc=["Valby"]),
    S(["mixed", "unspecified"], "DNK", "approx", False, P("2025-06-15"), val=12.5e6, cur="DKK"),
    A(3, "DNK", "exact", False, P("2025-06-15")),
    S("hashish", "DNK", "exact", True, P("2025-01-01", "2025-06-16", tol=1), kg=410),
], title=H, outlet="Hovedstaden i Dag", date="2025-06-16", fmt="csv",
    record=row("NB-2025-0518", H, "Hovedstaden i Dag", "16.06.2025", "Danmark", "dk/valby-garage"))
d["body_key"] = "brodtext"
DOCS.append(d)

H = "Finnish Customs: 15 000 ecstasy pills and 2,6 kg of amphetamine in car from Tallinn"
d = doc(CSV + "#4", """HELSINKI: Finnish Customs (Tulli) found 15 000 ecstasy pills and 2,6 kilograms of amphetamine in the spare-tyre well of a car that arrived on a ferry from Tallinn at Helsinki's West Harbour last Thursday.

Two Estonian men, the driver and his passenger, were arrested. The case is being investigated jointly with the Estonian Tax and Customs Board, which searched an address in Tallinn on Friday.

Customs said the number of ecstasy pills seized at the West Harbour this year was already higher than in the whole of 2024.
""", [
    S("mdma", "FIN", "exact", False, P("2025-09-04"), pills=15000, loc=["West Harbour", "Helsinki"],
      cluster="fin-westharbour-mdma"),
    S("amphetamine", "FIN", "exact", False, P("2025-09-04"), kg=2.6, loc=["West Harbour", "Helsinki"],
      cluster="fin-westharbour-amph"),
    A(2, "FIN", "exact", False, P("2025-09-04")),
    C("joint_operation", ["FIN", "EST"], ev="jointly", cluster="fin-est-joint"),
], title=H, outlet="Helsingin Iltaposti", date="2025-09-08", fmt="csv",
    record=row("NB-2025-0733", H, "Helsingin Iltaposti", "08.09.2025", "Suomi", "fi/lansisatama-ekstaasi"))
d["body_key"] = "brodtext"
DOCS.append(d)

H = "Lithuanian customs find 1,3 tonnes of cannabis in lorry from Spain; recipients held in Riga"
d = doc(CSV + "#5", """MARIJAMPOLĖ: Officers of Lithuania's Customs Criminal Service stopped a lorry from Spain on the Via Baltica near Marijampolė on Wednesday and found 1,3 tonnes of cannabis among crates of oranges.

The driver, a Latvian citizen, was arrested. On the same day Latvian State Police, working with the Lithuanian officers, detained two men in Riga who were waiting to receive the cargo. Customs estimated the value of the cannabis at €6,5 mln.

The Customs Criminal Service said the joint operation with Latvia had been planned for two months.
""", [
    S("cannabis", "LTU", ["exact", "approx"], False, P("2025-11-12"), kg=1300, val=6.5e6, cur="EUR",
      loc=["Marijampolė", "Via Baltica"]),
    A(1, "LTU", "exact", False, P("2025-11-12")),
    A(2, "LVA", "exact", False, P("2025-11-12")),
    C("joint_operation", ["LTU", "LVA"], P("2025-11-12")),
], title=H, outlet="Baltic Morning Post", date="2025-11-14", fmt="csv",
    record=row("NB-2025-0961", H, "Baltic Morning Post", "14.11.2025", "Lietuva", "lt/marijampole-kanapes"))
d["body_key"] = "brodtext"
DOCS.append(d)
