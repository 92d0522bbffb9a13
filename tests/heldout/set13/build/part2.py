from common import *

# Part 2: mainland Southeast Asia, East Asia and the Pacific. An RSS 2.0 feed (Mekong Wire, six items: Thailand,
# Myanmar, Laos from a partner outlet, Vietnam, Cambodia, a six-state joint operation), a gzip near-copy of item 1,
# the ONCB fiscal year 2568 with a Buddhist-era-only date line, Yunnan half-year figures, Hong Kong Customs (HTML),
# Taiwan ketamine (NT$ with a US$ conversion), Japan Customs with a Reiwa-era date line, a Korean Markdown story with
# a third-quarter figure, New Zealand Customs with the AFP, and Pacific briefs (Fiji court, PNG, Tonga).
DOCS = []
FEED = "020_mekong_wire.xml"
SRC = "https://mekongwire.example/feed/security"


def item(title, slug, pubdate, author, source="Mekong Wire", extra=None):
    r = {"title": title, "link": "https://mekongwire.example/story/" + slug, "pubDate": pubdate,
         "dc:creator": author, "source": {"url": SRC, "_text": source},
         "guid": {"isPermaLink": "false", "_text": "mw-" + slug}}
    r.update(extra or {})
    return r


# ---------------------------------------------------------------- 020#1 Thailand, Mae Fah Luang convoy (original of 021)
T = "Thai troops, ONCB seize 12 million ya ba pills and 1.1 tonnes of ice in Chiang Rai"
d = doc(FEED + "#1", """CHIANG RAI, Thailand - Thai soldiers and officers of the Office of the Narcotics Control Board (ONCB) seized 12 million ya ba (methamphetamine) tablets and 1,100 kilograms of crystal methamphetamine, known as ya ice, from a convoy of three pickup trucks in Mae Fah Luang district on Saturday, officials said.

Three Thai men were arrested after a chase on a mountain road near the Myanmar border. Several other members of the convoy fled on foot across the border, the army's Pha Muang Task Force said.

The drugs were valued at about 1.9 billion baht, ONCB secretary-general Phanom Saengthong told reporters in Chiang Rai on Sunday. He said it was the largest single seizure in the province since the start of fiscal year 2568 in October.

Phanom said the tablets bore the "WY" logo used by producers in Myanmar's Shan State and were probably bound for Malaysia by road.
""", [
    S("methamphetamine", "THA", "exact", False, P("2025-02-08"), pills=12000000, loc=["Mae Fah Luang", "Chiang Rai"],
      cluster="tha-mfl-yaba"),
    S("methamphetamine", "THA", "exact", False, P("2025-02-08"), kg=1100, loc=["Mae Fah Luang", "Chiang Rai"],
      cluster="tha-mfl-ice"),
    S(["methamphetamine", "mixed", "unspecified"], "THA", "approx", False, P("2025-02-08"), val=1.9e9, cur="THB",
      cluster="tha-mfl-value"),
    A(3, "THA", "exact", False, P("2025-02-08"), cluster="tha-mfl-arrests"),
], title=T, outlet="Mekong Wire", date="2025-02-10", fmt="rss",
    record=item(T, "thai-mae-fah-luang-convoy", "Mon, 10 Feb 2025 09:15:00 +0700", "Somchai Rattanakul",
                extra={"category": ["Thailand", "Drugs"]}))
d["channel"] = {"title": "Mekong Wire - Drugs & Border Security", "link": "https://mekongwire.example/",
                "description": "Regional news on narcotics, border security and crime in the Mekong region.",
                "language": "en", "lastBuildDate": "Mon, 22 Sep 2025 11:05:00 +0700"}
DOCS.append(d)

# ---------------------------------------------------------------- 020#2 Myanmar, Tachileik WY tablets (kyat)
T = "Myanmar police seize 4.8 million WY tablets, 210 kg of ICE in Tachileik"
DOCS.append(doc(FEED + "#2", """TACHILEIK, Myanmar - Anti-drug police in eastern Shan State seized 4.8 million WY stimulant tablets and 210 kilograms of crystal methamphetamine (ICE) from a house in Tachileik township on 16 March, Myanmar's Central Committee for Drug Abuse Control (CCDAC) said.

Two men, the owner of the house and a driver, were arrested. The drugs are worth an estimated K 19.5 billion, the CCDAC said in a statement carried by state media.

The committee said Myanmar's police, army and customs had seized more than 280 million stimulant tablets in 2024, most of them in Shan State.

Analysts say production in the border areas controlled by armed groups has continued to grow since the 2021 coup, with prices of a WY tablet in Bangkok falling below 20 baht.
""", [
    S("methamphetamine", "MMR", "exact", False, P("2025-03-16"), pills=4800000, loc=["Tachileik"]),
    S("methamphetamine", "MMR", "exact", False, P("2025-03-16"), kg=210, loc=["Tachileik"]),
    S(["methamphetamine", "mixed", "unspecified"], "MMR", "approx", False, P("2025-03-16"), val=19.5e9, cur="MMK"),
    A(2, "MMR", "exact", False, P("2025-03-16")),
    S(["methamphetamine", "amphetamine", "unspecified"], "MMR", "at_least", True, P("2024-01-01", "2024-12-31"),
      pills=280000000, cluster="mmr-2024-tablets"),
], title=T, outlet="Mekong Wire", date="2025-03-19", fmt="rss",
    record=item(T, "myanmar-tachileik-wy", "Wed, 19 Mar 2025 10:00:00 +0630", "Aung Kyaw Min",
                extra={"category": ["Myanmar", "Drugs"]})))

# ---------------------------------------------------------------- 020#3 Laos, Luang Namtha truck (partner outlet)
T = "Lao police seize 11.5 million meth pills, 500 kg of crystal meth in Luang Namtha"
DOCS.append(doc(FEED + "#3", """VIENTIANE - Lao anti-drug police seized 11.5 million methamphetamine pills and 500 kilograms of crystal methamphetamine from a truck loaded with cassava in Long district, Luang Namtha province, on Wednesday, the Ministry of Public Security said.

The driver and three men travelling in an escort car were arrested. Police said the drugs had crossed the Mekong from Myanmar by boat and were to be taken to the Thai border in Bokeo province.

The ministry said the operation followed information from Chinese police, with whom Lao officers have run joint patrols on the Mekong for more than a decade.

Lao authorities seized about 145 million methamphetamine pills in 2024, the ministry said, compared with about 190 million in 2023.
""", [
    S("methamphetamine", "LAO", "exact", False, P("2025-04-23"), pills=11500000, loc=["Long district", "Luang Namtha"]),
    S("methamphetamine", "LAO", "exact", False, P("2025-04-23"), kg=500, loc=["Long district", "Luang Namtha"]),
    A(4, "LAO", "exact", False, P("2025-04-23")),
    C("information_exchange", ["LAO", "CHN"], opt=True),
    C("joint_operation", ["LAO", "CHN"], opt=True),
    S("methamphetamine", "LAO", "approx", True, P("2024-01-01", "2024-12-31"), pills=145000000),
    S("methamphetamine", "LAO", pills=190000000, opt=True),
], title=T, outlet="Vientiane Morning Post", date="2025-04-25", fmt="rss",
    record=item(T, "laos-luang-namtha-truck", "Fri, 25 Apr 2025 08:00:00 +0700", "Khamphoui Sisavath",
                source="Vientiane Morning Post", extra={"category": ["Laos", "Drugs"]})))

# ---------------------------------------------------------------- 020#4 Vietnam, Quang Tri ring (teaser + content:encoded)
T = "Vietnam police dismantle Laos-linked heroin ring in Quang Tri, arrest 11"
d = doc(FEED + "#4", """HANOI - Police in Quang Tri province have dismantled an international ring that trafficked heroin and synthetic drugs from Laos, arresting 11 suspects and seizing 52 bricks of heroin weighing about 18 kilograms and 30,000 synthetic drug pills, the Ministry of Public Security said on Monday.

The arrests were made in raids in Huong Hoa district and Dong Ha city last week. The ring's leader, a Lao national, was detained at a border guesthouse in Huong Hoa on 28 May.

Officers also seized 1.2 billion dong in cash, two cars and four handguns.

Under Vietnamese law, trafficking more than 100 grams of heroin is punishable by death. Quang Tri, which borders Laos, has become a main route for drugs entering central Vietnam, the ministry said.
""", [
    N(1, "VNM", "international", "exact", False, P("2025-05-26", "2025-06-01", tol=2)),
    A(11, "VNM", "exact", False, P("2025-05-26", "2025-06-01", tol=2)),
    A(1, "VNM", opt=True),
    S("heroin", "VNM", "approx", False, P("2025-05-26", "2025-06-01", tol=2), kg=18, loc=["Huong Hoa", "Dong Ha",
                                                                                       "Quang Tri"]),
    S(["unspecified", "methamphetamine", "mdma", "mixed"], "VNM", "exact", False,
      P("2025-05-26", "2025-06-01", tol=2), pills=30000),
], title=T, outlet="Mekong Wire", date="2025-06-03", fmt="rss",
    record=item(T, "vietnam-quang-tri-ring", "Tue, 3 Jun 2025 07:30:00 +0700", "Nguyen Thi Lan",
                extra={"description": "Eleven suspects held, 18 kg of heroin seized in central Vietnam.",
                       "content:encoded": None, "category": ["Vietnam", "Drugs"]}))
d["body_key"] = "content:encoded"
DOCS.append(d)

# ---------------------------------------------------------------- 020#5 Cambodia, Kampong Speu laboratory
T = "Cambodia raids ketamine and meth lab in Kampong Speu; seven held"
d = doc(FEED + "#5", """PHNOM PENH - Cambodia's National Authority for Combating Drugs (NACD) and military police raided a clandestine drug laboratory in Oral district, Kampong Speu province, on Tuesday, seizing 3.4 tonnes of chemicals used to make methamphetamine and ketamine and 96 kilograms of finished ketamine, the NACD said.

Seven people, including three foreign nationals, were arrested at the site, a former cashew-processing plant.

NACD officials said the laboratory could have produced several tonnes of drugs a month had it been allowed to run at full capacity. It is the fourth laboratory found in Cambodia since 2024.

The authority said the chemicals would be destroyed under supervision once the court case was complete.
""", [
    N(1, "KHM", q="exact", agg=False, period=P("2025-07-15")),
    S("precursors", "KHM", "exact", False, P("2025-07-15"), kg=3400, loc=["Oral", "Kampong Speu"]),
    S("ketamine", "KHM", "exact", False, P("2025-07-15"), kg=96, loc=["Oral", "Kampong Speu"]),
    A(7, "KHM", "exact", False, P("2025-07-15")),
    A(3, "KHM", opt=True),
], title=T, outlet="Mekong Wire", date="2025-07-17", fmt="rss",
    record=item(T, "cambodia-kampong-speu-lab", "Thu, 17 Jul 2025 09:00:00 +0700", "Sok Chanthy",
                extra={"description": "Seven arrested as 3.4 tonnes of chemicals are found at a former cashew plant.",
                       "content:encoded": None, "category": ["Cambodia", "Drugs"]}))
d["body_key"] = "content:encoded"
DOCS.append(d)

# ---------------------------------------------------------------- 020#6 Operation Mekong Shield (six states) and Bangkok meeting
T = "Six-nation 'Mekong Shield' operation seizes 61 tonnes of drugs, arrests 6,820"
SIX = ["THA", "LAO", "MMR", "CHN", "KHM", "VNM"]
d = doc(FEED + "#6", """BANGKOK - A 90-day joint operation by China, Cambodia, Laos, Myanmar, Thailand and Vietnam along the Mekong river seized 61.3 tonnes of drugs, including 412 million methamphetamine tablets, and led to the arrest of 6,820 suspects, officials said on Saturday.

The operation, code-named Mekong Shield, ran from 1 June to 29 August. Its results were presented at a meeting of ministers and drug control chiefs of the six countries in Bangkok on Saturday, attended by the United Nations Office on Drugs and Crime (UNODC).

The ministers agreed to hold a second phase of the operation in 2026 and to set up a joint intelligence centre in Chiang Saen, the Thai Justice Minister said after the meeting.

UNODC has warned that record production of methamphetamine in Shan State has driven down prices across the region.
""", [
    C("joint_operation", SIX, P("2025-06-01", "2025-08-29"), ev="Mekong Shield"),
    S(["mixed", "unspecified"], None, "exact", True, P("2025-06-01", "2025-08-29"), kg=61300),
    S("methamphetamine", None, "exact", True, P("2025-06-01", "2025-08-29"), pills=412000000),
    A(6820, None, "exact", True, P("2025-06-01", "2025-08-29")),
    C(["meeting", "conference"], SIX + ["UNODC"], P("2025-09-20"), loc="Bangkok", ev="meeting"),
], title=T, outlet="Mekong Wire", date="2025-09-22", fmt="rss",
    record=item(T, "mekong-shield-results", "Mon, 22 Sep 2025 11:00:00 +0700", "Somchai Rattanakul",
                extra={"description": "China, Cambodia, Laos, Myanmar, Thailand and Vietnam report results of a 90-day operation.",
                       "content:encoded": None, "category": ["Regional", "Cooperation"]}))
d["body_key"] = "content:encoded"
DOCS.append(d)

# ---------------------------------------------------------------- 021 gzip near-copy of 020#1
DOCS.append(doc("021_lanna_daily_maefahluang.txt.gz", """12 million ya ba pills, 1.1 tonnes of ice seized in Mae Fah Luang
The Lanna Daily
Chiang Rai, 11 February 2025

Soldiers of the Pha Muang Task Force and Office of the Narcotics Control Board (ONCB) officers on Saturday intercepted three pickup trucks in Mae Fah Luang district and seized 12 million ya ba methamphetamine tablets and 1,100 kilograms of ya ice (crystal methamphetamine).

Three Thai men were arrested after a chase along a mountain road close to the Myanmar border, while other members of the convoy escaped on foot into Myanmar.

ONCB secretary-general Phanom Saengthong put the value of the drugs at about 1.9 billion baht and said it was Chiang Rai's biggest single seizure since fiscal year 2568 began in October.

(Mekong Wire)
""", [
    S("methamphetamine", "THA", "exact", False, P("2025-02-08"), pills=12000000, loc=["Mae Fah Luang", "Chiang Rai"],
      cluster="tha-mfl-yaba"),
    S("methamphetamine", "THA", "exact", False, P("2025-02-08"), kg=1100, loc=["Mae Fah Luang", "Chiang Rai"],
      cluster="tha-mfl-ice"),
    S(["methamphetamine", "mixed", "unspecified"], "THA", "approx", False, P("2025-02-08"), val=1.9e9, cur="THB",
      cluster="tha-mfl-value"),
    A(3, "THA", "exact", False, P("2025-02-08"), cluster="tha-mfl-arrests"),
], title="12 million ya ba pills, 1.1 tonnes of ice seized in Mae Fah Luang", outlet="The Lanna Daily",
    date="2025-02-11", dup=FEED + "#1", fmt="gz"))

# ---------------------------------------------------------------- 022 ONCB fiscal year 2568 (Buddhist-era date line only)
FY68 = P("2024-10-01", "2025-09-30")
DOCS.append(doc("022_oncb_fiscal_2568.txt", """ONCB: more than 1.02 billion ya ba tablets seized in fiscal year 2568
Siam Civic Review
Bangkok, 14 October B.E. 2568

Thai drug law enforcement agencies seized more than 1.02 billion ya ba (methamphetamine) tablets in fiscal year 2568, which ran from 1 October 2024 to 30 September 2025, the Office of the Narcotics Control Board (ONCB) said at a press conference on Tuesday.

Other seizures during the fiscal year included 24.8 tonnes of ya ice (crystal methamphetamine) and 1,930 kilograms of ketamine, ONCB secretary-general Phanom Saengthong said.

Police and other agencies arrested 97,420 suspects in 89,350 drug cases over the twelve months. Assets worth 2.4 billion baht were seized from traffickers under the anti-money laundering law.

The ya ba figure compares with 1.11 billion tablets in fiscal 2567. More than 180,000 drug users went through treatment programmes in fiscal 2568, and the ONCB has asked for a budget of 4.1 billion baht for fiscal 2569.
""", [
    S("methamphetamine", "THA", "at_least", True, FY68, pills=1020000000),
    S("methamphetamine", "THA", "exact", True, FY68, kg=24800),
    S("ketamine", "THA", "exact", True, FY68, kg=1930),
    A(97420, "THA", "exact", True, FY68),
    S("methamphetamine", "THA", pills=1110000000, opt=True),
], title="ONCB: more than 1.02 billion ya ba tablets seized in fiscal year 2568", outlet="Siam Civic Review",
    date="2025-10-14"))

# ---------------------------------------------------------------- 023 Yunnan half-year, Gengma truck, Ruili meeting
DOCS.append(doc("023_yunnan_first_half.txt", """Yunnan police seize 8.6 tonnes of drugs in first half, arrest 2,380
Southwest China Courier
Kunming, July 18, 2025

Police in Yunnan province seized 8.6 tonnes of drugs and arrested 2,380 suspects in the first six months of the year, the provincial public security department said on Friday, as the border province remains on the front line against methamphetamine from northern Myanmar.

Officers cracked 1,260 drug cases in the period, the department told a news conference in Kunming. It gave no breakdown by type of drug.

In the latest case, border police in Gengma county, Lincang, stopped a truck loaded with sugarcane on July 9 and found 415 kilograms of methamphetamine tablets hidden in the load. The driver and a passenger were detained.

The Ministry of Public Security said police officials from China and Myanmar met in Ruili on July 15 and agreed to step up intelligence sharing through their border liaison offices. Myanmar police handed over 11 wanted suspects to Chinese police at the Ruili-Muse crossing after the meeting.
""", [
    S(["unspecified", "mixed"], "CHN", "exact", True, P("2025-01-01", "2025-06-30"), kg=8600),
    A(2380, "CHN", "exact", True, P("2025-01-01", "2025-06-30")),
    S("methamphetamine", "CHN", "exact", False, P("2025-07-09"), kg=415, loc=["Gengma", "Lincang"]),
    A(2, "CHN", "exact", False, P("2025-07-09")),
    C("meeting", ["CHN", "MMR"], P("2025-07-15"), loc="Ruili", ev="met in Ruili"),
    C("information_exchange", ["CHN", "MMR"], opt=True),
    A(11, ["MMR", "CHN"], opt=True),
], title="Yunnan police seize 8.6 tonnes of drugs in first half, arrest 2,380", outlet="Southwest China Courier",
    date="2025-07-18"))

HK = ["HKG", "CHN"]  # Hong Kong has its own ISO 3166-1 code; the PRC is accepted too

# ---------------------------------------------------------------- 024 Hong Kong Customs, airport cocaine (HTML)
DOCS.append(doc("024_hk_customs_airport_cocaine.html", html_page(
    "Customs seizes HK$52 million of suspected cocaine at airport, arrests traveller", "Harbour Post",
    "2025-04-24T18:20:00+08:00", "Harbour Post reporters | 24 April 2025",
    ["Hong Kong Customs seized about 48 kilograms of suspected cocaine with an estimated market value of about HK$52 million at Hong Kong International Airport on Tuesday (April 22), the department said on Thursday.",
     "A 31-year-old man who had arrived from São Paulo via Doha was arrested after officers found the drugs in the false compartments of two suitcases. The case has been passed to the Customs Drug Investigation Bureau for follow-up.",
     "Since January, Customs has seized about 2.1 tonnes of drugs at the airport and arrested 96 people, a spokesman said, warning travellers not to carry suitcases for others.",
     "Under the Dangerous Drugs Ordinance, trafficking in a dangerous drug is a serious offence. The maximum penalty is a fine of HK$5 million and life imprisonment. Members of the public may report suspected drug trafficking to the Customs 24-hour hotline."],
    ["MTR to add trains on East Rail line", "Lantau hiking trail reopens after landslip", "Stocks edge up in Hang Seng"],
    nav=("Home", "Hong Kong", "China", "Business", "Sport")), [
    S("cocaine", HK, "approx", False, P("2025-04-22"), kg=48, val=52e6, cur="HKD",
      loc=["Hong Kong International Airport", "airport"]),
    A(1, HK, "exact", False, P("2025-04-22")),
    S(["unspecified", "mixed"], HK, "approx", True, P("2025-01-01", "2025-04-24", tol=2), kg=2100),
    A(96, HK, "exact", True, P("2025-01-01", "2025-04-24", tol=2)),
], title="Customs seizes HK$52 million of suspected cocaine at airport, arrests traveller", outlet="Harbour Post",
    date="2025-04-24", fmt="html"))

# ---------------------------------------------------------------- 025 Taiwan CGA ketamine (NT$ and US$), Taoyuan coffee packets
DOCS.append(doc("025_taiwan_cga_ketamine.txt", """Coast guard seizes 1.2 tonnes of ketamine worth NT$3.6 billion off Pingtung
Formosa Evening Standard
Kaohsiung, Saturday, November 8, 2025

Taiwan's Coast Guard Administration (CGA) and the Ministry of Justice Investigation Bureau seized about 1,200 kilograms of ketamine from a fishing boat off Fangliao township in Pingtung County on Thursday, officials said.

Six crew members, all Taiwanese, were detained. The CGA said the ketamine had been transferred to the boat at sea from a cargo ship and was worth an estimated NT$3.6 billion (about US$118 million).

Separately, police in Taoyuan raided a warehouse on Wednesday and found 32,000 "coffee packets" laced with synthetic cathinones, along with 86 kilograms of ketamine powder. Three men were arrested.

The CGA said it had seized 3.9 tonnes of drugs at sea in the first ten months of the year, more than in the whole of 2024.
""", [
    S("ketamine", "TWN", ["approx", "exact"], False, P("2025-11-06"), kg=1200, val=3.6e9, cur="TWD",
      loc=["Fangliao", "Pingtung"]),
    S("ketamine", "TWN", kg=1200, val=118e6, cur="USD", opt=True),
    A(6, "TWN", "exact", False, P("2025-11-06")),
    S("unspecified", "TWN", opt=True),
    S("ketamine", "TWN", "exact", False, P("2025-11-05"), kg=86, loc=["Taoyuan"]),
    A(3, "TWN", "exact", False, P("2025-11-05")),
    S(["unspecified", "mixed"], "TWN", "exact", True, P("2025-01-01", "2025-10-31"), kg=3900),
], title="Coast guard seizes 1.2 tonnes of ketamine worth NT$3.6 billion off Pingtung",
    outlet="Formosa Evening Standard", date="2025-11-08"))

# ---------------------------------------------------------------- 026 Japan Customs first half (Reiwa-era date line)
DOCS.append(doc("026_japan_customs_first_half.txt", """Customs stimulant seizures hit six-year high in first half
The Kanto Observer (English edition)
Tokyo, September 5, Reiwa 7

Japan Customs seized 1,240 kilograms of stimulants (methamphetamine) in the first half of the year, the most for the January-June period in six years, the Ministry of Finance said on Friday, 5 September 2025.

Customs also seized 180 kilograms of cannabis, 96 kilograms of cocaine and 48,000 MDMA tablets in the six months, and detected 412 smuggling cases, the ministry said.

The largest single case came in May, when Yokohama Customs officers found 620 kilograms of stimulants hidden in a container of industrial adhesive from Mexico at Yokohama port. Three men were arrested that month by Kanagawa prefectural police after a controlled delivery.

A ministry official said stimulant prices on the street, at about 60,000 yen a gram, made Japan an attractive market for Mexican and Southeast Asian groups.
""", [
    S("methamphetamine", "JPN", "exact", True, P("2025-01-01", "2025-06-30"), kg=1240),
    S("cannabis", "JPN", "exact", True, P("2025-01-01", "2025-06-30"), kg=180),
    S("cocaine", "JPN", "exact", True, P("2025-01-01", "2025-06-30"), kg=96),
    S("mdma", "JPN", "exact", True, P("2025-01-01", "2025-06-30"), pills=48000),
    S("methamphetamine", "JPN", "exact", False, P("2025-05-01", "2025-05-31"), kg=620, loc=["Yokohama"]),
    A(3, "JPN", "exact", False, P("2025-05-01", "2025-05-31")),
], title="Customs stimulant seizures hit six-year high in first half", outlet="The Kanto Observer",
    date="2025-09-05"))

# ---------------------------------------------------------------- 027 Korea: Busan meth from Mexico, customs third quarter (Markdown)
DOCS.append(doc("027_korea_busan_meth_q3.md", """# Prosecutors bust ring behind 30 kg meth shipment from Mexico; customs seizures up in third quarter

**Hanbando Daily** | 2025-10-22 (Wednesday)

The Busan District Prosecutors' Office said Wednesday it had arrested three members of a ring that smuggled 30 kilograms of methamphetamine from Mexico hidden in industrial rollers, in a joint investigation with the Korea Customs Service.

- The drugs were found at Busan New Port on 2 October. Prosecutors said they were worth about 100 billion won at street prices and were enough for about 1 million people to use at once.
- Two of the suspects are Korean and one is a Mexican national.
- The US Drug Enforcement Administration provided information on the shipment's sender, prosecutors said.

## Customs: third quarter

The Korea Customs Service separately said it had seized 214 kilograms of drugs in the third quarter (July to September), up 31 percent from a year earlier. Of that, 97 kg was methamphetamine, much of it sent by international mail and express cargo.

Lawmakers are discussing a bill that would raise the maximum penalty for smuggling synthetic drugs to life imprisonment.
""", [
    S("methamphetamine", "KOR", ["exact", "approx"], False, P("2025-10-02"), kg=30, val=1e11, cur="KRW",
      loc=["Busan"]),
    A(3, "KOR", "exact", False),
    A(2, "KOR", opt=True),
    C("information_exchange", ["KOR", "USA"], opt=True),
    S(["unspecified", "mixed"], "KOR", "exact", True, P("2025-07-01", "2025-09-30"), kg=214),
    S("methamphetamine", "KOR", "exact", True, P("2025-07-01", "2025-09-30"), kg=97),
], title="Prosecutors bust ring behind 30 kg meth shipment from Mexico; customs seizures up in third quarter",
    outlet="Hanbando Daily", date="2025-10-22"))

# ---------------------------------------------------------------- 028 New Zealand Customs, 720 kg meth, with AFP/ABF
DOCS.append(doc("028_nz_customs_auckland_meth.txt", """Customs finds 720kg of meth in Auckland container; four arrested
Aotearoa Herald Online
Wednesday 23 July 2025

New Zealand Customs and Police have seized 720 kilograms of methamphetamine hidden in a shipment of pool-cleaning equipment at the Ports of Auckland, the largest methamphetamine seizure at the border this year.

Customs officers found the drugs when they x-rayed the container on Friday. Four men aged 24 to 51 were arrested on Monday and Tuesday after a controlled delivery to a storage unit in South Auckland, Detective Inspector Craig Motu said.

The methamphetamine has an estimated street value of NZ$243 million and could have caused more than NZ$1.2 billion in social harm, police said.

The investigation was carried out jointly with the Australian Federal Police and the Australian Border Force, which had flagged the consignee. The AFP arrested a 40-year-old man in Sydney on Tuesday in connection with the shipment.
""", [
    S("methamphetamine", "NZL", ["exact", "approx"], False, P("2025-07-18"), kg=720, val=243e6, cur="NZD",
      loc=["Ports of Auckland", "Auckland"]),
    A(4, "NZL", "exact", False, P("2025-07-21", "2025-07-22")),
    C("joint_operation", ["NZL", "AUS"], ev="jointly"),
    A(1, "AUS", "exact", False, P("2025-07-22")),
], title="Customs finds 720kg of meth in Auckland container; four arrested", outlet="Aotearoa Herald Online",
    date="2025-07-23"))

# ---------------------------------------------------------------- 029 Pacific briefs: Fiji court, PNG cocaine (pounds and kg), Tonga
DOCS.append(doc("029_pacific_briefs.md", """# Pacific security briefs: Fiji jail terms, PNG cocaine find, Tonga checkpoints

*Pacific Islands Monitor* · Friday 14 November 2025

## Fiji: five sentenced over Nadi methamphetamine

The High Court in Lautoka on Thursday sentenced five people over the January 2024 seizure of 4.15 tonnes of methamphetamine in Nadi: one to life imprisonment and four to prison terms of between 18 and 27 years. The drugs were found in a house and a shipping container, and nine people were arrested at the time.

## Papua New Guinea: cocaine in crashed aircraft

Royal Papua New Guinea Constabulary officers and the Australian Federal Police found about 1,300 pounds (590 kilograms) of cocaine in a light aircraft that crash-landed at a bush airstrip in Central Province on Monday. The pilot fled before police arrived; the joint investigation is continuing.

## Tonga: police plan checkpoints

Tonga Police say they will set up checkpoints at the wharves of Nuku'alofa during the Christmas season, after a rise in methamphetamine use on Tongatapu.

## Samoa

Samoa's government says it will open a specialist drug court next year.
""", [
    SEN("life", 1, "FJI", "exact", False, P("2025-11-13")),
    SEN("prison", 4, "FJI", "exact", False, P("2025-11-13")),
    S("methamphetamine", "FJI", "exact", False, P("2024-01-01", "2024-01-31"), kg=4150, loc=["Nadi"]),
    A(9, "FJI", "exact", False, P("2024-01-01", "2024-01-31")),
    S("cocaine", ["PNG", "AUS"], "approx", False, P("2025-11-10"), kg=590, loc=["Central Province"]),
    C("joint_operation", ["PNG", "AUS"], ev="joint investigation"),
], title="Pacific security briefs: Fiji jail terms, PNG cocaine find, Tonga checkpoints", outlet="Pacific Islands Monitor",
    date="2025-11-14"))
