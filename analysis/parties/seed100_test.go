package parties_test

import "testing"

// The cases below are written for this test, after the seed-100 and
// seed-101 blind checks of the matcher (issue 17), drawn after the seed-96
// and -97 fixes.

// Things, people, places and names that carry a country's word and are
// not the state: a capital's police, a broadcaster's name, an airline, a
// historical war, a researcher, home loans and a firm's brand.
func TestSeed100Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Colonel Ahmed Musa of the Khartoum police said no march would be allowed.", "2007-11-30", "", ""},
		{"Khartoum said no march would be allowed.", "2007-11-30", "SD", "Khartoum"},
		{"The claim was first aired by Canada's CTV News on Monday.", "2005-04-22", "", ""},
		{"Viewers of Britain's Sky News saw the raid live.", "2005-04-22", "", ""},
		{"The claim was first aired by North Korea's Korean Central News Agency.", "2005-04-22", "KP", "North Korea"},
		{"Canada's foreign minister spoke to the news channel.", "2005-04-22", "CA", "Canada"},
		{"Investors in US Air (up 4%) cheered the bid.", "2006-11-15", "", ""},
		{"The pilots of US Air flight 12 landed safely.", "2006-11-15", "", ""},
		{"A US Air Force jet crashed near the base.", "2006-11-15", "US", "US"},
		{"US air strikes hit the town.", "2006-11-15", "US", "US"},
		{"They met decades after the Second Sino-Japanese War had ended.", "2005-04-30", "", ""},
		{"He wrote a history of the First Sino-Japanese War.", "2005-04-30", "", ""},
		{"The Sino-Japanese talks were frank.", "2005-04-30", "CN,JP", "Sino|Japanese"},
		{"The Swedish peace researcher Lindqvist disputed the choice.", "2008-10-10", "", ""},
		{"A Norwegian scholar of the region disputed the choice.", "2008-10-10", "", ""},
		{"The Swedish peace envoy disputed the choice.", "2008-10-10", "SE", "Swedish"},
		{"Defaults on US mortgages rose for a third month.", "2013-10-03", "", ""},
		{"The US mortgage rules were tightened by the regulator.", "2013-10-03", "US", "US"},
		{"The Ireland iTunes store sells the album for less.", "2006-12-06", "", ""},
		{"Sales in Ireland rose after the store opened.", "2006-12-06", "IE", "Ireland"},
	})
}

// Mentions the matcher missed: a demonym's aircraft past their model, and
// the registry's new bodies and people.
func TestSeed100Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Israeli F-16 fighter jets flew low over the town.", "2009-01-27", "IL", "Israeli"},
		{"Syrian MiG-29 jets took off at dawn.", "2009-01-27", "SY", "Syrian"},
		{"Israeli Apache helicopters fired at the car.", "2009-01-27", "IL", "Israeli"},
		{"Israeli F-16 pilots train in the desert.", "2009-01-27", "", ""},
		{"The firm sold Chilean F-16 fighter jets to a broker.", "2009-01-27", "", ""},
		{"Frank Chikane met the church delegation.", "2006-09-04", "ZA", "Frank Chikane"},
		{"Chikane met the church delegation.", "2006-09-04", "ZA", "Chikane"},
		{"Chikane met the church delegation.", "2010-09-04", "", ""},
		{"Inspectors of Her Majesty's Revenue and Customs raided the firm.", "2007-11-20", "GB", "Her Majesty's Revenue and Customs"},
		{"HM Revenue and Customs wrote to him.", "2007-11-20", "GB", "HM Revenue and Customs"},
		{"Zoellick said the bank would lend more to Africa.", "2010-01-23", "WORLDBANK", "Zoellick"},
		{"Robert Zoellick said the bank would lend more.", "2010-01-23", "WORLDBANK", "Robert Zoellick"},
		{"Zoellick said the talks would go on.", "2004-01-23", "US", "Zoellick"},
		{"Zoellick said the talks would go on.", "2007-01-23", "", ""},
		{"The Tokyo District Public Prosecutors Office raided the firm.", "2006-01-20", "JP", "Tokyo District Public Prosecutors Office"},
		{"The Tokyo District Prosecutors Office charged him.", "2006-01-20", "JP", "Tokyo District Prosecutors Office"},
		{"The Tokyo District Court fined him.", "2006-01-20", "", ""},
		{"The clip showed Allison Barber, a Pentagon official, with the troops.", "2005-10-14", "US,US", "Allison Barber|Pentagon"},
		{"The clip showed Allison Barber with the troops.", "2009-10-14", "", ""},
		{"The barber and Ms Barber closed the shop.", "2005-10-14", "", ""},
		{"Najib Mikati was named to form a cabinet.", "2005-04-17", "", ""},
		{"Najib Mikati formed his cabinet.", "2005-04-20", "LB", "Najib Mikati"},
	})
}

// Left as they were: a past office "of" a country (the train labels count
// the country, "former Foreign Minister of Germany"); a country's name
// that locates places or an area (labels decision 1; the train
// labels count "the Sudan region"); and Thomas Hartmann, a reserve
// officer, who held his post at the time. Airports that the name locates
// are facilities, not the state, since seeds 174-177.
func TestSeed100Left(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Queues at US airports grew longer this summer.", "2005-08-14", "", ""},
		{"Serbia has had no say over the Kosovo area for years.", "2008-02-21", "RS,XK", "Serbia|Kosovo"},
		{"Former Prime Minister of Pakistan Nawaz Sharif flew home.", "2007-11-25", "PK", "Pakistan"},
		{"Thomas W. Hartmann, a reserve officer, faces two inquiries.", "2008-11-01", "US", "Thomas W. Hartmann"},
	})
}
