package parties_test

import "testing"

// The cases below are written for this test, after the seed-96 and
// seed-97 blind checks of the matcher (issue 17), drawn at one commit.

// Things, people, units and names that carry a country's or an
// organisation's word and are not the state or the organisation: the UN's
// nuclear watchdog (the IAEA's), a past holder under his old title, one
// person described with "and", arms sold, a firm's sites counted, image
// file names, a firm's "G7" unit, people killed, the EU's gazette and a
// country's politicians.
func TestSeed96Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A UN nuclear watchdog report faulted Syria over the site.", "2008-11-20", "IAEA,SY", "UN nuclear watchdog|Syria"},
		{"The United Nations nuclear watchdog sealed the reactor hall.", "2008-11-20", "IAEA", "United Nations nuclear watchdog"},
		{"Inspectors of the U.N. atomic watchdog flew home.", "2008-11-20", "IAEA", "U.N. atomic watchdog"},
		{"The United Nations sealed the reactor hall.", "2008-11-20", "UN", "United Nations"},
		{"The writ bore the signature of United States Attorney Christopher J. Christie years before.", "2009-03-01", "US", "United States"},
		{"The writ bore the signature of United States Attorney Christopher J. Christie on Monday.", "2006-03-01", "US,US", "United States|Christopher J. Christie"},
		{"The writ was signed by US trade attorney Christopher J. Christie.", "2009-03-01", "US,US", "US|Christopher J. Christie"},
		{"Thailand's Deputy Prime Minister Surakiart Sathirathai got three votes.", "2006-10-10", "TH", "Thailand"},
		{"Thailand's Deputy Prime Minister Surakiart Sathirathai got three votes.", "2006-07-10", "TH,TH", "Thailand|Surakiart Sathirathai"},
		{"A corporal shot an unarmed and wounded Iraqi in the hallway.", "2005-05-06", "", ""},
		{"A corporal shot a frightened, unarmed Afghan in the market.", "2005-05-06", "", ""},
		{"An unarmed and wounded Iraqi soldier was shot in the hallway.", "2005-05-06", "IQ", "Iraqi"},
		{"The corporal shot the unarmed and wounded Iraqi, who had surrendered.", "2005-05-06", "IQ", "Iraqi"},
		{"Washington blocked the sale of Spanish planes to Venezuela.", "2006-01-14", "US,VE", "Washington|Venezuela"},
		{"Washington opposed the selling of Brazilian planes to Venezuela.", "2006-01-14", "US,VE", "Washington|Venezuela"},
		{"Brazilian planes bombed the camp.", "2006-01-14", "BR", "Brazilian"},
		{"The builder, which bought BAA and its six UK airports in 2006, appealed.", "2009-03-21", "", ""},
		{"The grocer will shut its 40 German stores.", "2009-03-21", "", ""},
		{"The grocer will shut its German stores.", "2009-03-21", "", ""},
		{"The regulator will keep the UK airports open.", "2009-03-21", "", ""},
		{"The UK regulator will keep the airports open.", "2009-03-21", "GB", "UK"},
		{"Image:Tony Blair at the podium.jpg|Supporters cheer Mr Blair", "2007-05-25", "GB", "Blair"},
		{"Image:Iraq war march feb.JPG Image:Iraq war march mar.png", "2007-05-25", "", ""},
		{"File:Flag of Iraq new.svg", "2007-05-25", "", ""},
		{"The image of Iraq war protesters was a jpg file.", "2007-05-25", "IQ", "Iraq"},
		{"A strategist in G7 Market Economics said the yen would slide.", "2008-04-14", "", ""},
		{"The G7 Markets desk at the bank was busy.", "2008-04-14", "", ""},
		{"The G7 Finance Ministers met on Friday.", "2008-04-14", "G7", "G7"},
		{"\"They keep killing Nepalese,\" he said.", "2005-04-12", "", ""},
		{"\"They keep helping Nepalese,\" he said.", "2005-04-12", "NP", "Nepalese"},
		// Seed 182's readers (and seed 51's) counted the Union in its
		// gazette's name, seed 97's had not: the stop phrase is gone.
		{"An Official Journal of the European Union notice listed the tender.", "2011-03-26", "EU", "European Union"},
		{"The tender was published by the European Union last week.", "2011-03-26", "EU", "European Union"},
		{"US politicians still think the ban works.", "2006-12-27", "", ""},
		{"American politicians still think the ban works.", "2006-12-27", "", ""},
		{"US officials still think the ban works.", "2006-12-27", "US", "US"},
	})
}

// Mentions the matcher missed: a country's market economy after its
// possessive, two states' draft resolution, an undated head set off after
// "the new president", and the registry's new people.
func TestSeed96Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Chile has recognised mainland China's market economy status.", "2004-11-13", "CL,CN", "Chile|mainland China"},
		{"Chile has recognised China's market economy status.", "2004-11-13", "CL,CN", "Chile|China"},
		{"Traders watched China's market closely.", "2004-11-13", "", ""},
		{"A joint U.S.-French draft resolution was circulated.", "2006-08-10", "US,FR", "U.S.|French"},
		{"The US-French UN resolution was circulated.", "2006-08-10", "US,FR,UN", "US|French|UN"},
		{"A French draft resolution was circulated.", "2006-08-10", "", ""},
		{"Crowds jeered the current president, Abdu Rabbu Mansour Hadi.", "", "YE", "Abdu Rabbu Mansour Hadi"},
		{"Crowds jeered the president, Abdu Rabbu Mansour Hadi, again.", "", "YE", "Abdu Rabbu Mansour Hadi"},
		{"Crowds jeered the former president, Abdu Rabbu Mansour Hadi.", "", "", ""},
		{"Crowds jeered Abdu Rabbu Mansour Hadi.", "", "", ""},
		{"Abed Rabbo Mansour Hadi flew home.", "2015-03-26", "YE", "Abed Rabbo Mansour Hadi"},
		{"Information Minister Sikhanyiso Ndlovu said the vote was fair.", "2008-06-26", "ZW", "Sikhanyiso Ndlovu"},
		{"Sikhanyiso Ndlovu said the vote was fair.", "2010-06-26", "", ""},
		{"Adam Rotfeld said the arrests were a warning.", "2005-08-01", "PL", "Adam Rotfeld"},
		{"Adam Rotfeld said the arrests were a warning.", "2006-08-01", "", ""},
		{"Mswati married again last month.", "2005-09-02", "SZ", "Mswati"},
		{"King Mswati III married again last month.", "2005-09-02", "SZ", "King Mswati III"},
		{"Brown faced questions over FEMA's slow response.", "2005-09-08", "US,US", "Brown|FEMA"},
		{"Brown faced questions over the slow response.", "2005-09-08", "", ""},
		{"Michael Brown faced questions over the slow response.", "2005-09-08", "US", "Michael Brown"},
		{"Michael Brown faced questions over the slow response.", "2005-10-08", "", ""},
	})
	runArticle(t, "2005-09-09", []articleStep{
		{"Michael D. Brown flew back on Friday.", "US:Michael D. Brown"},
		{"Brown spoke to reporters.", "US:Brown"},
	})
}
