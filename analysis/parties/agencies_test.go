package parties_test

import (
	"testing"
)

// agencyCase is a sentence and the parties and surfaces ("|"-separated)
// it must yield. Agencies do not depend on the date; every case is read on
// agencyDay.
type agencyCase struct {
	sentence, want, surfaces string
}

const agencyDay = "2016-03-15"

// foreignBodyCases are written for this test: a body the registry lists for
// one country ("Department of Energy", the US one) right after another
// country's name or demonym, with or without a possessive, is that other
// country's own department, which the name already stands for.
var foreignBodyCases = []agencyCase{
	{"The Philippines Department of Energy ordered a cut in diesel prices.", "PH", "Philippines"},
	{"Officials at the Philippines' Department of Energy met the refiners.", "PH", "Philippines"},
	{"The Philippine Department of Energy ordered a cut in diesel prices.", "PH", "Philippine"},
	{"South Africa's Department of Energy delayed the nuclear tender.", "ZA", "South Africa"},
	{"Canada's Justice Department appealed the extradition ruling.", "CA", "Canada"},
	{"Norway's Financial Services Authority took control of the insurer.", "NO", "Norway"},
	{"The Dutch Foreign Office summoned the envoy.", "NL", "Dutch"},
	{"The Russian Security Council met on Friday.", "RU", "Russian"},
	// The country's own body of that name stays one mention each.
	{"The US Department of Energy delayed the reactor tender.", "US,US", "US|Department of Energy"},
	{"The Department of Energy delayed the reactor tender.", "US", "Department of Energy"},
	// Punctuation between the name and the body breaks the link.
	{"Oil prices rose in the Philippines; the Department of Energy blamed traders.", "PH,US", "Philippines|Department of Energy"},
}

func TestForeignBodies(t *testing.T) { runAgencyCases(t, foreignBodyCases) }

// agencyCases are written for this test. They check a sample of the
// national agencies added for the 30 most-mentioned countries (issue 17,
// item 3): regulators, statistics offices, transport safety, health,
// environment and tax authorities, each by full name or short form, and
// each ambiguous short form once where it means something else.
var agencyCases = []agencyCase{
	// Britain.
	{"Ofcom launched an investigation into the talk show.", "GB", "Ofcom"},
	{"Ofgem told the supplier to refund its customers.", "GB", "Ofgem"},
	{"The Office of Gas and Electricity Markets rejected the network's plan.", "GB", "Office of Gas and Electricity Markets"},
	{"The Competition and Markets Authority cleared the takeover.", "GB", "Competition and Markets Authority"},
	{"The CMA opened a review of the cloud market.", "GB", "CMA"},
	{"CMA CGM added three vessels to its Asia route.", "", ""},
	{"Kenya's CMA licensed two new brokers.", "KE", "Kenya"},
	{"The FCA told the insurer to compensate policyholders.", "GB", "FCA"},
	{"FCA said Jeep sales rose in the quarter.", "", ""},
	{"FCA US issued a software patch.", "", ""},
	{"The CAA grounded the charter carrier's fleet at Heathrow.", "GB", "CAA"},
	{"Students rallied against the CAA for a third day.", "", ""},
	{"The MHRA approved the booster for teenagers.", "GB", "MHRA"},
	{"The Office for Budget Responsibility cut its growth forecast.", "GB", "Office for Budget Responsibility"},
	{"The Environment Agency warned of drought in East Anglia.", "GB", "Environment Agency"},
	{"The National Environment Agency sprayed the estates against dengue.", "", ""},
	{"The CMA said it had written to the hospital doctors.", "", ""},
	// The United States.
	{"The Fed held rates steady for a fourth meeting.", "US", "Fed"},
	{"Fed up with the queue, the shoppers walked out.", "", ""},
	{"Minutes of the FOMC showed a split over the pace of cuts.", "US", "FOMC"},
	{"The National Transportation Safety Board recovered the flight recorder.", "US", "National Transportation Safety Board"},
	{"The Census Bureau counted fewer births.", "US", "Census Bureau"},
	{"The BLS revised the payroll figures down.", "US", "BLS"},
	{"FERC approved the gas terminal.", "US", "FERC"},
	{"NHTSA opened a probe into the airbags.", "US", "NHTSA"},
	{"OFAC added the shipping firm to its sanctions list.", "US", "OFAC"},
	{"CFIUS blocked the sale of the chip plant.", "US", "CFIUS"},
	// Australia.
	{"ASIC sued the super fund over its fees.", "AU", "ASIC"},
	{"The Australian Securities and Investments Commission fined the broker.", "AU", "Australian Securities and Investments Commission"},
	{"The ACCC warned the airline over its refund terms.", "AU", "ACCC"},
	{"The ABS said Australian wages rose 0.8 per cent.", "AU", "ABS"},
	{"The van came with ABS and twin airbags.", "", ""},
	{"The ATO chased Australian multinationals for unpaid tax.", "AU", "ATO"},
	{"The ATO zone stretched along the front line.", "", ""},
	{"APRA tightened the buffers on home lending.", "AU", "APRA"},
	// Asia.
	{"SEBI fined the brokerage for front-running.", "IN", "SEBI"},
	{"TRAI asked the carriers to publish their call-drop rates.", "IN", "TRAI"},
	{"The Competition Commission of India raided the cement makers.", "IN", "Competition Commission of India"},
	{"The DGCA suspended the pilot's licence.", "IN", "DGCA"},
	{"The CSRC approved twelve share sales.", "CN", "CSRC"},
	{"China's NBS put retail sales growth at 3 per cent.", "CN,CN", "China|NBS"},
	{"The NBS reported a jump in Nigerian food prices.", "", ""},
	{"The NDRC ordered power plants to stock more coal.", "CN", "NDRC"},
	{"The Financial Supervisory Service inspected the Seoul lenders.", "KR", "Financial Supervisory Service"},
	// Europe.
	{"BaFin ordered the lender to hold more capital.", "DE", "BaFin"},
	{"The Bundeskartellamt fined the sugar producers.", "DE", "Bundeskartellamt"},
	{"Destatis put the trade surplus at a record.", "DE", "Destatis"},
	{"INSEE lowered its estimate of French growth.", "FR", "INSEE"},
	{"The AMF opened a probe into the French retailer's accounts.", "FR", "AMF"},
	{"The AMF lent the Gulf state another tranche.", "", ""},
	{"Consob banned short selling for a week.", "IT", "Consob"},
	{"Istat said the jobless rate fell.", "IT", "Istat"},
	{"The CNMV suspended the bank's shares.", "ES", "CNMV"},
	{"Rosstat said retail sales slumped.", "RU", "Rosstat"},
	{"Rospotrebnadzor banned the import of the milk.", "RU", "Rospotrebnadzor"},
	// The Americas, Africa and the Middle East.
	{"Statistics Canada said jobs grew by 40,000.", "CA", "Statistics Canada"},
	{"The CRTC told the cable firms to unbundle channels.", "CA", "CRTC"},
	{"IBGE revised the quarter's output upward.", "BR", "IBGE"},
	{"Anvisa approved the vaccine for emergency use.", "BR", "Anvisa"},
	{"INEGI said factory output stalled.", "MX", "INEGI"},
	{"TurkStat said annual inflation reached 70 per cent.", "TR", "TurkStat"},
	{"Stats SA said unemployment hit a new high.", "ZA", "Stats SA"},
	{"The Federal Board of Revenue missed its tax target.", "PK", "Federal Board of Revenue"},
	{"CAPMAS said the population passed 105 million.", "EG", "CAPMAS"},
	{"The Central Bank of Iran let the rial slide.", "IR", "Central Bank of Iran"},
	{"The Bank of Spain raised its forecast.", "ES", "Bank of Spain"},
	// Irish and New Zealand bodies; the abbreviations Ireland shares with
	// India's statistics office and Britain's safety executive need Irish
	// words near them.
	{"Gardaí sealed off the road after the shooting.", "IE", "Gardaí"},
	{"The Central Bank of Ireland raised the buffer.", "IE", "Central Bank of Ireland"},
	{"The CSO said Irish prices rose by 2 percent.", "IE", "CSO"},
	{"The CSO said growth in India slowed to 5 percent.", "IN", "India"},
	{"The HSE closed the plant after the leak in Leeds.", "", ""},
	{"The HSE in Dublin closed two wards.", "IE", "HSE"},
	{"The Reserve Bank of New Zealand held its rate.", "NZ", "Reserve Bank of New Zealand"},
	{"Ministers gathered at the Beehive for the Cabinet meeting.", "NZ", "Beehive"},
	{"The beehive in the garden was empty.", "", ""},
}

// usIndependentCases: US independent agencies added after the seed-25
// check, each beside a sentence where the same words are no agency.
var usIndependentCases = []agencyCase{
	{"The Federal Election Commission fined the campaign for late filings.", "US", "Federal Election Commission"},
	{"The FEC opened an audit of the committee.", "US", "FEC"},
	{"The federal election commission of a small state met.", "", ""},
	{"The Consumer Product Safety Commission recalled the cots.", "US", "Consumer Product Safety Commission"},
	{"The National Labor Relations Board ruled for the drivers.", "US", "National Labor Relations Board"},
	{"The EEOC sued the chain over hiring.", "US", "EEOC"},
}

func TestUSIndependentAgencies(t *testing.T) { runAgencyCases(t, usIndependentCases) }

// gardaCases: one officer of the Irish police, or officers counted, are
// people; the force acting is the state's body.
var gardaCases = []agencyCase{
	{"A Garda with a cut hand was taken to hospital.", "", ""},
	{"Four Gardaí were treated for minor injuries.", "", ""},
	{"The Garda who stopped the van was praised.", "", ""},
	{"The Gardaí said the van had been stolen.", "IE", "Gardaí"},
	{"Garda horses cleared the square.", "IE", "Garda"},
	{"Gardai sealed off the square after the attack.", "IE", "Gardai"},
	{"An Garda Síochána opened an inquiry.", "IE", "Garda Síochána"},
}

func TestGardaOfficers(t *testing.T) { runAgencyCases(t, gardaCases) }

func TestAgencies(t *testing.T) { runAgencyCases(t, agencyCases) }

func runAgencyCases(t *testing.T, cases []agencyCase) {
	t.Helper()
	_, m := defaultMatcher(t)
	for _, c := range cases {
		checkPartiesSurfaces(t, m, c.sentence, agencyDay, c.want, c.surfaces)
	}
}
