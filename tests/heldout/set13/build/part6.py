from common import *

# Part 6: across the regions. A week in review that re-reports the Dubai/Riyadh operation and the Medan sentences
# in shortened form, a UNODC regional report (a Myanmar 2024 figure re-reported with more precision), an INTERPOL
# operation across 18 states, a court roundup (death with reprieve, death commuted to life, an appeal upheld, an
# acquittal) and a trap document without facts.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 070 week in review (independent re-reports)
DOCS.append(doc("070_week_in_review_asia_gulf.md", """# Week in review: Asia and the Gulf, 8-14 September 2025

*Regional Security Brief* — published Monday 15 September 2025

**UAE / Saudi Arabia.** Dubai Police found about 3.2 million Captagon pills hidden in a lemon shipment in Al Qusais on 6 September. Six people were arrested in Dubai and three in Riyadh in the joint operation with Saudi Arabia's narcotics directorate, code-named Sour Harvest.

**Indonesia.** A court in Medan on 8 September sentenced three men to death over a shipment of 70 kg of sabu seized in North Sumatra in September 2024.

**Philippines.** The Philippine Drug Enforcement Agency said on Thursday that 3,412 kilograms of shabu had been seized nationwide from January to August, more than in the whole of 2024.

**Sri Lanka.** Parliament debated amendments that would raise the maximum fine for possession of ice to Rs 1 million; the government says the bill will be passed before the end of the year.

**Myanmar.** Authorities in Yangon burned drugs seized over the past year with an estimated value of US$400 million, in a ceremony attended by diplomats.

*Next week: ASEAN senior officials on drug matters meet in Kuala Lumpur.*
""", [
    S("captagon", "ARE", "approx", False, P("2025-09-06"), pills=3200000, loc=["Al Qusais"],
      cluster="are-sourharvest-captagon"),
    A(6, "ARE", "exact", False, P("2025-09-06"), cluster="are-sourharvest-arrests"),
    A(3, "SAU", "exact", False, P("2025-09-06"), cluster="sau-sourharvest-arrests"),
    C("joint_operation", ["ARE", "SAU"], P("2025-09-06", tol=1), ev="Sour Harvest", cluster="are-sau-sourharvest"),
    SEN("death", 3, "IDN", "exact", False, P("2025-09-08"), cluster="idn-medan-death"),
    S("methamphetamine", "IDN", "exact", False, P("2024-09-01", "2024-09-30", tol=4), kg=70,
      cluster="idn-medan-sabu"),
    S("methamphetamine", "PHL", "exact", True, P("2025-01-01", "2025-08-31"), kg=3412),
], title="Week in review: Asia and the Gulf, 8-14 September 2025", outlet="Regional Security Brief",
    date="2025-09-15"))

# ---------------------------------------------------------------- 071 UNODC regional synthetic drugs report
DOCS.append(doc("071_unodc_synthetic_drugs_2024.txt", """UNODC: record 236 tonnes of methamphetamine seized in East and Southeast Asia in 2024
Asia Pacific Policy Wire
Bangkok, 5 June 2025

Countries in East and Southeast Asia seized a record 236 tonnes of methamphetamine in 2024, up 24 percent from the year before, the United Nations Office on Drugs and Crime (UNODC) said in its annual regional report on synthetic drugs, released in Bangkok on Thursday.

Ketamine seizures in the region rose to 27.4 tonnes, the report said, while Myanmar alone reported seizing 281.6 million methamphetamine tablets during the year.

The wholesale price of a methamphetamine tablet in Shan State fell below US$0.50, a sign of abundant supply, the report said. It estimated the regional methamphetamine market at between US$30 billion and US$61 billion a year.

Opium poppy cultivation in Myanmar was estimated at 45,200 hectares in 2024. UNODC warned that seizures could keep rising unless production in the border areas was curbed.
""", [
    S("methamphetamine", None, "exact", True, Y24, kg=236000),
    S("ketamine", None, "exact", True, Y24, kg=27400),
    S("methamphetamine", "MMR", "exact", True, Y24, pills=281600000, cluster="mmr-2024-tablets"),
], title="UNODC: record 236 tonnes of methamphetamine seized in East and Southeast Asia in 2024",
    outlet="Asia Pacific Policy Wire", date="2025-06-05"))

# ---------------------------------------------------------------- 072 INTERPOL operation across 18 states
P18 = ["INTERPOL", "AUS", "BGD", "KHM", "CHN", "FJI", "IND", "IDN", "JPN", "KOR", "LAO", "MYS", "MDV", "NPL", "PNG",
       "PHL", "SGP", "LKA", "THA"]
JC = P("2025-09-01", "2025-11-15")
DOCS.append(doc("072_interpol_jade_current.txt", """INTERPOL operation across 18 countries seizes 28.5 tonnes of drugs, leads to 1,240 arrests
Transnational Crime Review
Lyon, 2 December 2025

An INTERPOL-coordinated operation against synthetic drug trafficking in Asia and the Pacific, code-named Jade Current, led to the seizure of 28.5 tonnes of drugs worth an estimated USD 1.1 billion and to 1,240 arrests, the organisation said on Tuesday.

Police, customs and drug control agencies of Australia, Bangladesh, Cambodia, China, Fiji, India, Indonesia, Japan, Korea, Laos, Malaysia, the Maldives, Nepal, Papua New Guinea, the Philippines, Singapore, Sri Lanka and Thailand took part in the operation, which ran from 1 September to 15 November. Officers also seized 62 tonnes of precursor chemicals.

Among the cases: in Fiji, police found 96 kilograms of cocaine in a container at Lautoka port on 3 October; in Australia, police froze A$14 million in assets of a syndicate whose leaders are still overseas.

INTERPOL said 37 new intelligence notices had been issued to member countries as a result of the operation.
""", [
    C("joint_operation", P18, JC, ev="Jade Current"),
    S(["unspecified", "mixed"], None, ["exact", "approx"], True, JC, kg=28500, val=1.1e9, cur="USD"),
    A(1240, None, "exact", True, JC),
    S("precursors", None, "exact", True, JC, kg=62000),
    S("cocaine", "FJI", "exact", False, P("2025-10-03"), kg=96, loc=["Lautoka"]),
], title="INTERPOL operation across 18 countries seizes 28.5 tonnes of drugs, leads to 1,240 arrests",
    outlet="Transnational Crime Review", date="2025-12-02"))

# ---------------------------------------------------------------- 073 trap document: no facts
DOCS.append(doc("073_regional_roundup_no_facts.txt", """Budgets, burn ceremonies and a correction: the region's drug policy news
Asia Pacific Policy Wire
Monday, 15 December 2025

MANILA - The Senate approved an additional P1.2 billion for the Philippine Drug Enforcement Agency in the 2026 budget, to pay for 400 new agents and drug-sniffing dogs for the ports.

JAKARTA - The National Narcotics Agency burned 1.2 tonnes of sabu and 40,000 ecstasy pills seized in cases that have been closed by the courts. Officials say a gram of sabu sells for Rp 1.5 million in Jakarta.

BANGKOK - Informants whose tips lead to the confiscation of traffickers' assets will receive up to 5 percent of the value under a new rewards scheme. The ONCB plans a nationwide crackdown on ya ba dealers in January.

COLOMBO - An earlier version of our report on 1 December said customs had seized 4 tonnes of heroin in a container at Colombo port. Sri Lanka Customs later said the consignment contained no drugs; the report has been withdrawn.

RIYADH - Saudi Arabia executed two Pakistani nationals in Makkah on Tuesday for smuggling heroin, bringing the number executed for drug offences this year to more than 100.

HONG KONG - Prosecutors charged three men over a 2024 cocaine shipment; all three remain at large overseas.

SUVA - Fiji recorded 41 drug-related deaths this year, up 40 percent, and officials warned that methamphetamine use could double by 2030.
""", [], title="Budgets, burn ceremonies and a correction: the region's drug policy news", outlet="Asia Pacific Policy Wire",
    date="2025-12-15"))

# ---------------------------------------------------------------- 074 court roundup (Markdown list): Vietnam, China, Thailand, Kuwait, Japan
DOCS.append(doc("074_court_roundup_november.md", """# Court roundup: 27 sentenced in Ho Chi Minh City, death with reprieve in Guangzhou, Thai terms commuted

*Asia Law Weekly* · Friday, 21 November 2025

This week's major drug trials across the region:

1. **Vietnam** - The Ho Chi Minh City People's Court on Monday sentenced eight defendants to death, 11 to life imprisonment and eight to prison terms of between 7 and 20 years, at the end of a trial of a ring that trafficked 1.1 tonnes of heroin and methamphetamine from Cambodia. All 27 were arrested in 2023.
2. **China** - The Guangzhou Intermediate People's Court on Tuesday sentenced a man to death with a two-year reprieve for making 210 kg of methamphetamine, and jailed two accomplices for 15 years each.
3. **Thailand** - The Chiang Mai Provincial Court on Wednesday sentenced four men to death for trafficking 2 million ya ba pills, then commuted the sentences to life imprisonment because they had confessed.
4. **Kuwait** - The Court of Cassation on Thursday upheld the death sentences of two men convicted of importing 200 kg of hashish.
5. **Japan** - The Chiba District Court acquitted a 54-year-old woman accused of carrying 3 kg of stimulants, ruling that she did not know about the drugs.
""", [
    SEN("death", 8, "VNM", "exact", False, P("2025-11-17")),
    SEN("life", 11, "VNM", "exact", False, P("2025-11-17")),
    SEN("prison", 8, "VNM", "exact", False, P("2025-11-17")),
    A(27, "VNM", "exact", [True, False], P("2023-01-01", "2023-12-31")),
    S(["mixed", "heroin", "methamphetamine"], "VNM", kg=1100, opt=True),
    SEN(["death", "life"], 1, "CHN", "exact", False, P("2025-11-18")),
    SEN("prison", 2, "CHN", "exact", False, P("2025-11-18")),
    S("methamphetamine", "CHN", kg=210, opt=True),
    SEN(["life", "death"], 4, "THA", "exact", False, P("2025-11-19")),
    SEN(["death", "life"], 4, "THA", opt=True),
    S("methamphetamine", "THA", pills=2000000, opt=True),
    SEN("death", 2, "KWT", opt=True),
    S("hashish", "KWT", kg=200, opt=True),
], title="Court roundup: 27 sentenced in Ho Chi Minh City, death with reprieve in Guangzhou, Thai terms commuted",
    outlet="Asia Law Weekly", date="2025-11-21"))
