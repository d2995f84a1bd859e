package parties_test

import "testing"

// The cases below are written for this test, after the matcher's misses on
// the train split of the real-news labels (a tuning set), read in session
// 23. Each rule and registry entry is here both ways.

// A demonym before the state's fleet, its relationship with another state
// and a capitalised secretary's title is the state; a fishing fleet and a
// private secretary are not.
func TestTrain23Demonyms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Russian fleet sailed into port before dawn.", "2008-08-20", "RU", "Russian"},
		{"The Russian fishing fleet sailed into port before dawn.", "2008-08-20", "", ""},
		{"Analysts spoke of the Russian relationship with Europe.", "2008-08-20", "RU", "Russian"},
		{"The British Home Secretary met the police chiefs.", "2006-04-20", "GB", "British"},
		{"A British secretary was hired by the bank.", "2006-04-20", "", ""},
	})
}

// Antigua for the state of Antigua and Barbuda, not Guatemala's old capital;
// Iran's Expediency Council and its chairman; the head of the US mission in
// Havana, each inside and outside the window of his post.
func TestTrain23Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"When the trade body agreed, Antigua pressed for damages.", "2007-12-29", "AG", "Antigua"},
		{"We flew into Antigua Guatemala for the festival.", "2007-12-29", "", ""},
		{"The Expediency Council will rule on the bill.", "2006-05-01", "IR", "Expediency Council"},
		{"Rafsanjani told the council that talks could resume.", "2006-05-01", "IR", "Rafsanjani"},
		{"Rafsanjani told the council that talks could resume.", "2019-05-01", "", ""},
		{"Mehdi Rafsanjani was arrested at the airport.", "2006-05-01", "", ""},
		{"Parmly gave a speech on rights day.", "2006-12-10", "US", "Parmly"},
		{"Parmly gave a speech on rights day.", "2012-12-10", "", ""},
	})
}

// An office after "a" or "an" in an appositive ("Ali al-Dabbagh, an Iraqi
// government spokesman, said") and an office "for" the party ("a
// spokesman for the Iraqi government", "a spokesperson for Israel's
// foreign ministry") introduce an official; a clause of its own after the
// article ("the plant reopened, a Romanian official said"), a past office
// after "who", and an office of what the possessive owns do not.
func TestTrain23Appositives(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Hamid Karimi, an Iraqi government spokesman, said the tests would take a week.", "2007-06-01", "IQ,IQ", "Hamid Karimi|Iraqi"},
		{"Hamid Karimi, a spokesman for the Iraqi government, said the tests would take a week.", "2007-06-01", "IQ,IQ", "Hamid Karimi|Iraqi"},
		{"Dana Levi, a spokeswoman for Israel's foreign ministry, called the ruling a shame.", "2007-06-01", "IL,IL", "Dana Levi|Israel"},
		{"Dana Levi, a spokeswoman for Israel's largest bank, called the ruling a shame.", "2007-06-01", "", ""},
		{"The mill at Nova Vale, a Romanian official said on Friday, will close.", "2007-06-01", "RO", "Romanian"},
		{"Carl Rudd, a United States government official who served under Nixon, has died.", "2007-06-01", "US", "United States"},
	})
}

// Office holders the registry lacked, each inside and outside their term,
// and the namesakes whose bare surname stays someone else's.
func TestTrain23Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Raila Odinga called for new elections in the region.", "2009-06-01", "KE", "Raila Odinga"},
		{"Raila Odinga called for new elections in the region.", "2016-06-01", "", ""},
		{"Trichet warned that rates could rise again.", "2008-06-01", "EU", "Trichet"},
		{"Trichet warned that rates could rise again.", "2013-06-01", "", ""},
		{"Louise Arbour called the killings a crime.", "2006-06-01", "UN", "Louise Arbour"},
		{"Ali al-Dabbagh said the curfew would be lifted.", "2008-06-01", "IQ", "Ali al-Dabbagh"},
		{"Mark Regev said the crossing would stay shut.", "2009-06-01", "IL", "Mark Regev"},
		{"Mark Regev said the crossing would stay shut.", "2019-06-01", "", ""},
		{"Mr Libby's lawyers asked for a delay.", "2005-07-01", "US", "Libby"},
		{"Vice President Richard Cheney flew to Kabul.", "2007-02-27", "US", "Richard Cheney"},
		{"Walid Moallem flew to Baghdad for talks.", "2006-11-19", "SY", "Walid Moallem"},
		{"Eliza Manningham-Buller spoke of thirty plots.", "2006-11-10", "GB", "Eliza Manningham-Buller"},
		{"Mal Brough flew to Alice Springs on Monday.", "2007-06-22", "AU", "Mal Brough"},
		{"Wynne, a former school trustee, won the seat.", "2007-10-10", "", ""},
		{"Mr Wu said the budget would pass.", "2010-06-01", "TW", "Wu"},
	})
}

// A demonym in a list with a language no state is named after is a
// language; a demonym before the state's officials stays the state, list
// or not. A country before an ordinal court, a party's members, and a
// capitalised run of awards, fairs and forums is not the state.
func TestTrain23NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The guide was fluent in Mongolian, Russian, French and English.", "2007-06-01", "", ""},
		{"Papers may be written in English or French.", "2007-06-01", "", ""},
		{"Banners read 'Peace' in English, Romanian and Arabic.", "2007-06-01", "", ""},
		{"English and French officials agreed on the text.", "2007-06-01", "FR", "French"},
		{"Talks between Russian and French diplomats went well.", "2007-06-01", "RU,FR", "Russian|French"},
		{"The U.S. 9th Circuit Court of Appeals upheld the ban.", "2007-06-01", "", ""},
		{"The U.S. 3rd Infantry Division moved north.", "2007-06-01", "US", "U.S."},
		{"A US Democrat called the remark bizarre.", "2007-06-01", "", ""},
		{"A US diplomat called the remark bizarre.", "2007-06-01", "US", "US"},
		{"Winners of the Taiwan Excellence Awards were named.", "2008-06-01", "", ""},
		{"Winners of the tenders were named by Taiwan.", "2008-06-01", "TW", "Taiwan"},
	})
}

// A middle initial inside an introduced name, an envoy's post and then his
// name after a comma, an office "at" a body, and a country's prosecutors;
// each beside a phrase that stays as it was.
func TestTrain23Introductions(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Staff were held, according to US ambassador Tom R. Lowell.", "2008-06-20", "US,US", "US|Tom R. Lowell"},
		{"Staff were held, according to US ambassador Tom R said.", "2008-06-20", "US", "US"},
		{"The Dutch Ambassador to Kenya, Pieter Stam, has hinted at problems.", "2005-06-20", "NL,KE,NL", "Dutch|Kenya|Pieter Stam"},
		{"According to Anna Berg, Chile's ambassador to Peru, Jorge Ruiz, had left.", "2011-03-02", "CL,PE", "Chile|Peru"},
		{"Egyptian prosecutors said he began spying in 2001.", "2008-06-20", "EG", "Egyptian"},
		{"Egyptian poets said he began writing in 2001.", "2008-06-20", "", ""},
		{"Akwasi Osei-Adjei flew to Harare for the talks.", "2008-06-20", "GH", "Akwasi Osei-Adjei"},
		{"The Bank of Ghana left its rate unchanged.", "2008-06-20", "GH", "Bank of Ghana"},
		{"Deputy Prime Minister Barham Saleh said output would rise.", "2008-06-20", "IQ", "Barham Saleh"},
		{"Barham Salih opened the session.", "2020-06-20", "IQ", "Barham Salih"},
		{"John Mahama opened the session.", "2014-06-20", "GH", "John Mahama"},
	})
}

// "U.S. Attorney" introduces a federal prosecutor, an official of the
// state, but not after "former"; the governor-general as the news
// misspells him, inside his term and outside it.
func TestTrain23Attorneys(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"U.S. Attorney Kevin Ryan said the trades were faked.", "2006-06-01", "US,US", "U.S.|Kevin Ryan"},
		{"Reporters spoke to former U.S. Attorney Matt Olsen.", "2018-06-01", "", ""},
		{"Mr Rudd was sworn in by Mr Jeffrey at noon.", "2007-12-03", "AU,AU", "Rudd|Jeffrey"},
		{"The ceremony was led by Mr Jeffrey at noon.", "2012-12-03", "", ""},
	})
}

// An American state's own department is not the federal one; a regiment,
// a commission, a count, a pressure group, a think tank and a newspaper
// named after countries are not the state.
func TestTrain23OtherNames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She got her licence from the Ohio State Department of Education.", "2007-06-01", "", ""},
		{"The Pennsylvania Department of Agriculture studied the hives.", "2007-06-01", "", ""},
		{"The US State Department studied the hives.", "2007-06-01", "US", "US State Department"},
		{"A guardsman of the Irish Guards was cleared.", "2007-06-01", "", ""},
		{"Officials met the Iraq Study Group on Monday.", "2007-06-01", "", ""},
		{"Iraq Body Count put the toll at 393.", "2007-06-01", "", ""},
		{"The Iran Policy Committee lobbied for the change.", "2007-06-01", "", ""},
		{"A study by the Australia Institute found six sites.", "2007-06-01", "", ""},
		{"The paper was a supplement of the China Youth Daily.", "2007-06-01", "", ""},
		{"China closed the paper's supplement.", "2007-06-01", "CN", "China"},
	})
}
