from common import *

# Part 1: the United States. A sheriff's Markdown blotter whose bullets inherit "Tuesday night, Mar. 11" (pounds,
# ounces, grams, "M30" pills, a bond, a citation), a wire story with an invented AP-style dateline "PHOENIX (FPA) —"
# and its HTML near-copy, a federal sentencing with "time served" and a guilty plea, a sheriff's grow-site release
# (plants, processed pounds, a reward), a city's monthly Markdown table with the previous year's column, CBP at
# Nogales (fiscal-year totals "since Oct. 1"), a federal court roundup (life, months, probation, an acquittal, a
# plea), a Coast Guard offload from a JIATF-South patrol with a Colombian frigate, and a TV station's traffic stop
# ("a kilo", "nearly 500 fentanyl pills", a January case that ended in a plea).
DOCS = []

# ---------------------------------------------------------------- 001 sheriff's blotter (Markdown, bullets inherit the day)
D11 = P("2025-03-11")
DOCS.append(doc("001_calder_county_blotter.md", """# Sheriff's blotter: meth, M30 pills and crack seized in Tuesday night stops

*Tri-County Courier* · Posted: 3/12/2025 7:45 AM

The Calder County Sheriff's Office reported the following calls from Tuesday night, Mar. 11, and the early hours of Wednesday:

- **9:40 p.m., Route 9 near Millbrook** — Deputies stopped a pickup for a lane violation and found 2 lbs of methamphetamine and 140 blue "M30" pills believed to contain fentanyl under the rear seat. The driver, a 31-year-old Dover man, was arrested and booked on trafficking charges. Bond was set at $75,000.
- **10:55 p.m., 400 block of Elm Street** — A search warrant turned up 4 oz of crack cocaine split into 38 baggies, a digital scale and $2,300 in cash. Two residents, ages 24 and 27, were arrested.
- **11:30 p.m., Lake Road** — A man was cited and released for possession of drug paraphernalia.
- **12:20 a.m. Wednesday, Main Street** — A woman wanted on a probation warrant was taken into custody in a store parking lot; deputies found 3.5 grams of fentanyl powder in her purse.

Sheriff Dale Whitcomb said counterfeit M30 pills now sell for about $15 apiece in the county, three times the price in Phoenix. His office has made 46 drug arrests since Jan. 1, he said.
""", [
    S("methamphetamine", "USA", "exact", False, D11, kg=2 * LB, loc=["Route 9", "Millbrook"]),
    S("fentanyl", "USA", "exact", False, D11, pills=140, loc=["Route 9", "Millbrook"]),
    A(1, "USA", "exact", False, D11),
    S("cocaine", "USA", "exact", False, D11, kg=4 * OZ, loc=["Elm Street"]),
    A(2, "USA", "exact", False, D11),
    A(1, "USA", opt=True),
    S("fentanyl", "USA", "exact", False, P("2025-03-12"), kg=0.0035, loc=["Main Street"]),
    A(46, "USA", "exact", True, P("2025-01-01", "2025-03-12", tol=1)),
], title="Sheriff's blotter: meth, M30 pills and crack seized in Tuesday night stops", outlet="Tri-County Courier",
    date="2025-03-12"))

# ---------------------------------------------------------------- 002 wire story, AP-style dateline (original of 003)
I10 = P("2025-03-18")
DOCS.append(doc("002_fpa_arizona_fentanyl_pills.txt", """Arizona troopers find 1.2 million fentanyl pills in tractor-trailer on I-10
By ELENA MARSH
Frontier Press Association — Wednesday, Mar. 19, 2025

PHOENIX (FPA) — Arizona state troopers found about 1.2 million fentanyl pills weighing roughly 265 pounds, along with 9 pounds of fentanyl powder, hidden in a tractor-trailer hauling tomatoes on Interstate 10 near Casa Grande on Tuesday night, the Arizona Department of Public Safety said Wednesday.

The driver, a 44-year-old man from Tucson, and his passenger, 29, were arrested on suspicion of transporting narcotic drugs for sale, DPS said. Both were booked into the Pinal County jail.

DPS Director Col. Ray Montoya said the blue pills, stamped "M30" to look like oxycodone tablets, usually sell for $3 to $5 each on the street in Phoenix. The truck had crossed from Mexico at Nogales earlier in the day.

Troopers have seized more than 6.5 million fentanyl pills on Arizona highways so far this year, up 40% from the same period of 2024, the department said.

It was the largest seizure of pills on an Arizona road since troopers found 2.3 million near Tucson in 2023.

The Drug Enforcement Administration has taken over the investigation.
""", [
    S("fentanyl", "USA", "approx", False, I10, pills=1200000, kg=265 * LB, loc=["Casa Grande", "Interstate 10"],
      cluster="usa-i10-pills"),
    S("fentanyl", "USA", "exact", False, I10, kg=9 * LB, loc=["Casa Grande", "Interstate 10"], cluster="usa-i10-powder"),
    A(2, "USA", "exact", False, I10, cluster="usa-i10-arrests"),
    S("fentanyl", "USA", "at_least", True, P("2025-01-01", "2025-03-19", tol=1), pills=6500000, cluster="usa-az-ytd-pills"),
    S("fentanyl", "USA", pills=2300000, opt=True),
], title="Arizona troopers find 1.2 million fentanyl pills in tractor-trailer on I-10",
    outlet="Frontier Press Association", date="2025-03-19"))

# ---------------------------------------------------------------- 003 HTML near-copy of 002
DOCS.append(doc("003_tucson_ledger_fentanyl_pills.html", html_page(
    "1.2M fentanyl pills found in tomato truck near Casa Grande, DPS says", "Tucson Evening Ledger",
    "2025-03-20T06:30:00-07:00", "By Elena Marsh, Frontier Press Association | March 20, 2025",
    ["PHOENIX (FPA) — State troopers found about 1.2 million fentanyl pills weighing roughly 265 pounds, along with 9 pounds of fentanyl powder, in a tractor-trailer loaded with tomatoes on Interstate 10 near Casa Grande on Tuesday night, the Arizona Department of Public Safety said.",
     "The 44-year-old driver, from Tucson, and a 29-year-old passenger were arrested on suspicion of transporting narcotic drugs for sale and booked into the Pinal County jail.",
     "The counterfeit pills, stamped \"M30\" like oxycodone tablets, typically sell for $3 to $5 each in Phoenix, DPS Director Col. Ray Montoya said. The truck had entered the U.S. at Nogales the same day.",
     "DPS said troopers have taken more than 6.5 million fentanyl pills off Arizona highways so far this year, 40% more than in the same period last year.",
     "The DEA is leading the investigation."],
    ["Tucson council approves new water rates", "Wildcats fall in Sweet 16", "Spring training: Diamondbacks roster set"],
    nav=("Home", "Local", "Arizona", "Business", "Sports")), [
    S("fentanyl", "USA", "approx", False, I10, pills=1200000, kg=265 * LB, loc=["Casa Grande", "Interstate 10"],
      cluster="usa-i10-pills"),
    S("fentanyl", "USA", "exact", False, I10, kg=9 * LB, loc=["Casa Grande", "Interstate 10"], cluster="usa-i10-powder"),
    A(2, "USA", "exact", False, I10, cluster="usa-i10-arrests"),
    S("fentanyl", "USA", "at_least", True, P("2025-01-01", "2025-03-19", tol=1), pills=6500000, cluster="usa-az-ytd-pills"),
], title="1.2M fentanyl pills found in tomato truck near Casa Grande, DPS says", outlet="Tucson Evening Ledger",
    date="2025-03-20", dup="002_fpa_arizona_fentanyl_pills.txt", fmt="html"))

# ---------------------------------------------------------------- 004 federal sentencing, time served, labelled header
DOCS.append(doc("004_vermont_federal_fentanyl_sentence.txt", """Source: Green Mountain Ledger
Date: 05/22/2025
Headline: Rutland man gets 97 months for fentanyl trafficking; co-defendant sentenced to time served

BURLINGTON, Vt. — A federal judge on Wednesday sentenced a Rutland man to 97 months in prison, followed by four years of supervised release, for conspiring to distribute fentanyl along the Interstate 91 corridor.

U.S. District Judge Helen Okafor also sentenced his co-defendant, Tanya Reed, 36, to time served — the 14 months she had spent in jail since her arrest — and three years of supervised release. Prosecutors had asked for 120 months for Derek Lawson, 39, the Rutland man.

Vermont State Police and DEA agents arrested Lawson and Reed on March 3, 2024, when they stopped the couple's car on Interstate 91 in Brattleboro and found a kilo of fentanyl powder and about 2,000 counterfeit oxycodone pills containing fentanyl.

A third defendant, Marcus Hill, 41, of Springfield, Mass., pleaded guilty in February and is scheduled to be sentenced Aug. 12. He faces a mandatory minimum of 10 years.

The judge also ordered Lawson to forfeit $18,400 in cash found in the car.
""", [
    SEN("prison", 1, "USA", "exact", False, P("2025-05-21")),
    SEN(["prison", "unspecified"], 1, "USA", "exact", False, P("2025-05-21")),
    A(2, "USA", "exact", False, P("2024-03-03")),
    S("fentanyl", "USA", "exact", False, P("2024-03-03"), kg=1, loc=["Brattleboro", "Interstate 91"]),
    S("fentanyl", "USA", ["approx", "exact"], False, P("2024-03-03"), pills=2000, loc=["Brattleboro", "Interstate 91"]),
], title="Rutland man gets 97 months for fentanyl trafficking; co-defendant sentenced to time served",
    outlet="Green Mountain Ledger", date="2025-05-22"))

# ---------------------------------------------------------------- 005 sheriff's release, grow site (title after the date line)
DOCS.append(doc("005_trinity_sheriff_grow_site.txt", """Trinity County Sheriff's Office
News Release
Posted: 06/05/2025

Illegal grow site dismantled near Hayfork; 380 lbs of processed marijuana seized

On Tuesday, June 3, deputies with the Trinity County Sheriff's Office Marijuana Enforcement Team, assisted by wardens of the California Department of Fish and Wildlife, served a search warrant on a property off Highway 3 near Hayfork.

Deputies eradicated 4,260 cannabis plants growing in 11 hoop houses and seized approximately 380 lbs of processed marijuana, three firearms and about $15,000 in cash. Wardens documented a water diversion from a nearby creek.

Three men, ages 26, 33 and 45, were arrested at the site and booked into the Trinity County Jail for cultivation and possession for sale. A fourth man ran into the woods and has not been found.

So far in 2025, the Marijuana Enforcement Team has eradicated more than 31,000 plants and seized 2,150 lbs of processed marijuana, Sheriff Tom Garrity said.

Anyone with information about the suspect who fled may be eligible for a reward of up to $1,000.
""", [
    S("cannabis", "USA", "approx", False, P("2025-06-03"), kg=380 * LB, loc=["Hayfork", "Highway 3"]),
    A(3, "USA", "exact", False, P("2025-06-03")),
    S("cannabis", "USA", "exact", True, P("2025-01-01", "2025-06-05", tol=2), kg=2150 * LB),
    N(1, "USA", opt=True),
], title=optv("Illegal grow site dismantled near Hayfork; 380 lbs of processed marijuana seized"),
    outlet=optv("Trinity County Sheriff's Office"), date="2025-06-05"))

# ---------------------------------------------------------------- 006 city monthly numbers (Markdown pipe table, last year's column)
APR = P("2025-04-01", "2025-04-30")
DOCS.append(doc("006_louisville_metro_april_numbers.md", """# Metro narcotics unit by the numbers: April 2025

*Derby City Dispatch* — Published May 6, 2025

Louisville Metro Police's Narcotics Division made 142 drug arrests in April and served 37 search warrants, according to monthly figures the department released Monday. That compares with 131 arrests in April 2024.

| Seized | April 2025 | April 2024 |
|---|---|---|
| Fentanyl powder | 6.8 kg | 4.1 kg |
| Fentanyl pills | 18,450 | 9,300 |
| Cocaine (incl. crack) | 11.2 kg | 13.5 kg |
| Methamphetamine | 52 lbs | 40 lbs |
| Marijuana | 310 lbs | 285 lbs |
| Firearms | 61 | 48 |

Maj. Andre Collins said a single case in the Portland neighborhood accounted for most of the fentanyl powder.

The Jefferson County coroner recorded 29 suspected overdose deaths in April, down from 41 a year earlier.
""", [
    A(142, "USA", "exact", True, APR),
    S("fentanyl", "USA", "exact", True, APR, kg=6.8),
    S("fentanyl", "USA", "exact", True, APR, pills=18450),
    S("cocaine", "USA", "exact", True, APR, kg=11.2),
    S("methamphetamine", "USA", "exact", True, APR, kg=52 * LB),
    S("cannabis", "USA", "exact", True, APR, kg=310 * LB),
    A(131, "USA", opt=True),
    S("fentanyl", "USA", kg=4.1, opt=True),
    S("fentanyl", "USA", pills=9300, opt=True),
    S("cocaine", "USA", kg=13.5, opt=True),
    S("methamphetamine", "USA", kg=40 * LB, opt=True),
    S("cannabis", "USA", kg=285 * LB, opt=True),
], title="Metro narcotics unit by the numbers: April 2025", outlet="Derby City Dispatch", date="2025-05-06"))

# ---------------------------------------------------------------- 007 CBP Nogales, fiscal year to date
DOCS.append(doc("007_cbp_nogales_meth_cucumbers.txt", """CBP officers find 2,100 pounds of meth in cucumber shipment at Nogales
Santa Cruz Valley Sun
By Ruben Ortiz | Mar. 28, 2025

NOGALES, Ariz. — U.S. Customs and Border Protection officers at the Mariposa port of entry found 2,100 pounds of methamphetamine and 66 pounds of fentanyl powder concealed in a tractor-trailer carrying cucumbers on Wednesday, Port Director Alicia Ramos said Thursday.

The drugs have an estimated street value of $5.8 million. The driver, a 37-year-old Mexican citizen, was arrested and turned over to Homeland Security Investigations.

Since Oct. 1, the start of the federal fiscal year, CBP officers at Arizona's ports of entry have seized nearly 39,000 pounds of methamphetamine, Ramos said, compared with 31,000 pounds in the whole of fiscal 2024.

Mariposa, one of the busiest commercial crossings on the border, handles more than 1,500 trucks of produce a day in winter. Officers use X-ray scanners on about a third of them, and the agency has asked Congress for $48 million to add more.
""", [
    S("methamphetamine", "USA", "exact", False, P("2025-03-26"), kg=2100 * LB, loc=["Mariposa", "Nogales"]),
    S("fentanyl", "USA", "exact", False, P("2025-03-26"), kg=66 * LB, loc=["Mariposa", "Nogales"]),
    S(["mixed", "unspecified"], "USA", "approx", False, P("2025-03-26"), val=5.8e6, cur="USD"),
    A(1, "USA", "exact", False, P("2025-03-26")),
    S("methamphetamine", "USA", "at_most", True, P("2024-10-01", "2025-03-27", tol=1), kg=39000 * LB),
    S("methamphetamine", "USA", kg=31000 * LB, opt=True),
], title="CBP officers find 2,100 pounds of meth in cucumber shipment at Nogales", outlet="Santa Cruz Valley Sun",
    date="2025-03-28"))

# ---------------------------------------------------------------- 008 federal court roundup (Markdown bullets)
WK = P("2025-06-09", "2025-06-13", tol=4)
DOCS.append(doc("008_pittsburgh_federal_court_roundup.md", """# Federal court roundup: fentanyl, cocaine cases close in Pittsburgh

*Three Rivers Legal Journal* | June 13, 2025

Judges in the U.S. District Court for the Western District of Pennsylvania handed down the following sentences in drug cases this week:

- **Darnell Price, 34, of Wilkinsburg** — 151 months in prison and five years of supervised release for possession with intent to distribute 400 grams or more of fentanyl. Price was arrested on Sept. 4, 2023, after Pittsburgh police found 1.2 kilograms of fentanyl and a loaded pistol in his car.
- **Kevin Moss, 47, of McKeesport** — life in prison for leading a ring that distributed more than 50 kilograms of cocaine in the Mon Valley between 2019 and 2023.
- **Three of Moss's lieutenants** — 240, 204 and 144 months in prison, at the same hearing.
- **Angela Ruiz, 29, of Erie** — three years of probation for carrying cash for the ring.
- **Marcus Boyd, 31, of Homestead** — found not guilty by a jury on Thursday.

Brian Cole, 38, of Monroeville pleaded guilty on Tuesday to distributing methamphetamine; his sentencing is set for Oct. 2.
""", [
    SEN("prison", 1, "USA", "exact", False, WK),
    A(1, "USA", "exact", False, P("2023-09-04")),
    S("fentanyl", "USA", "exact", False, P("2023-09-04"), kg=1.2, loc=["Pittsburgh"]),
    SEN("life", 1, "USA", "exact", False, WK),
    SEN("prison", 3, "USA", "exact", False, WK),
    SEN("unspecified", 1, "USA", opt=True),
    S("cocaine", "USA", kg=50, opt=True),
], title="Federal court roundup: fentanyl, cocaine cases close in Pittsburgh", outlet="Three Rivers Legal Journal",
    date="2025-06-13"))

# ---------------------------------------------------------------- 009 Coast Guard offload, JIATF-South patrol with a Colombian frigate
PATROL = P("2025-06-02", "2025-07-25")
DOCS.append(doc("009_uscg_offload_port_everglades.txt", """Coast Guard cutter offloads more than 18,000 pounds of cocaine at Port Everglades
South Florida Maritime News
Posted: Thursday, Aug. 14, 2025

FORT LAUDERDALE, Fla. — The crew of the Coast Guard Cutter Stone Harbor offloaded more than 18,000 pounds of cocaine, worth an estimated $240 million, at Port Everglades on Wednesday, the Coast Guard said.

The drugs were seized in 11 interdictions of suspected smuggling vessels in international waters of the Eastern Pacific off Colombia, Ecuador and Central America between June 2 and July 25, during a counter-drug patrol directed by the Joint Interagency Task Force South. A Colombian Navy frigate worked with the cutter in two of the interdictions.

Twenty-six suspected smugglers were detained at sea and have been transferred to federal prosecutors in Florida and Puerto Rico.

"These are not just numbers. They are tons of poison that will never reach American streets," said Capt. Lena Whitford, the cutter's commanding officer.

In fiscal year 2024, Coast Guard crews removed more than 400,000 pounds of cocaine from the Eastern Pacific and the Caribbean.
""", [
    S("cocaine", "USA", ["at_least", "approx"], True, PATROL, kg=18000 * LB, val=240e6, cur="USD",
      loc=["Eastern Pacific"]),
    A(26, "USA", "exact", True, PATROL),
    C("joint_operation", ["USA", "COL"], ev="Colombian Navy"),
    S("cocaine", "USA", "at_least", True, P("2023-10-01", "2024-09-30"), kg=400000 * LB),
], title="Coast Guard cutter offloads more than 18,000 pounds of cocaine at Port Everglades",
    outlet="South Florida Maritime News", date="2025-08-14"))

# ---------------------------------------------------------------- 010 TV station, "a kilo", posted/updated line, a January case
DOCS.append(doc("010_wgtn_cobb_kilo_traffic_stop.txt", """Deputies find a kilo of cocaine, nearly 500 fentanyl pills in I-75 traffic stop
WGTN News 11
Posted: Mar. 5, 2025 at 6:12 PM EST | Updated: Mar. 6, 2025 at 8:30 AM EST

MARIETTA, Ga. (WGTN) — A Cobb County deputy's traffic stop on Interstate 75 on Tuesday night led to the seizure of a kilo of cocaine and nearly 500 fentanyl pills, the sheriff's office said Wednesday.

The deputy pulled over a rented SUV for following too closely near the Delk Road exit. A K-9 alerted on the vehicle, and deputies found the drugs in a suitcase in the cargo area.

Two men from Atlanta, ages 28 and 35, were arrested and charged with trafficking. They are being held without bond.

A kilo of cocaine sells for about $28,000 in metro Atlanta, according to the DEA.

In a separate case, a Kennesaw woman who was arrested in January with 3 ounces of methamphetamine pleaded guilty Monday in Cobb Superior Court. She will be sentenced next month.
""", [
    S("cocaine", "USA", "exact", False, P("2025-03-04"), kg=1, loc=["Interstate 75", "Delk Road"]),
    S("fentanyl", "USA", "at_most", False, P("2025-03-04"), pills=500, loc=["Interstate 75", "Delk Road"]),
    A(2, "USA", "exact", False, P("2025-03-04")),
    A(1, "USA", "exact", False, P("2025-01-01", "2025-01-31")),
    S("methamphetamine", "USA", "exact", False, P("2025-01-01", "2025-01-31"), kg=3 * OZ),
], title="Deputies find a kilo of cocaine, nearly 500 fentanyl pills in I-75 traffic stop", outlet="WGTN News 11",
    date="2025-03-05"))
