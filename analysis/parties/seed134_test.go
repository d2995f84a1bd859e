package parties_test

import "testing"

// The cases below are written for this test, after the seed-134 and
// seed-135 blind checks of the matcher.

// A country's name joined by "and" to "world", "global" and the like
// before a market is the market's; its leaders stay the state.
func TestSeed134WorldMarket(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The brewer lost ground in U.S. and world market share last year.", "2009-03-01", "", ""},
		{"U.S. and world leaders condemned the attack.", "2009-03-01", "US", "U.S."},
	})
}

// A country's initials after a dollar amount with decimals, and before
// cents, label a currency; the state's officials stay.
func TestSeed134Currency(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The fund held $4.25 billion US in bonds at the end of June.", "2009-03-01", "", ""},
		{"$1,500 US was paid for each seat.", "2009-03-01", "", ""},
		{"The coin is worth about 80 U.S. cents today.", "2009-03-01", "", ""},
		{"The loan of $4.25 billion was approved by US officials.", "2009-03-01", "US", "US"},
	})
}

// A quoted name that "as" after a verb of naming opens is a nickname, the
// name's; a quotation of speech after "as" keeps its mentions.
func TestSeed134NamedAs(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`Critics billed him as "Brazil's Donald Trump" during the race.`, "2009-03-01", "", ""},
		{`The tycoon is tagged in the press as "Kenya's Bill Gates".`, "2009-03-01", "", ""},
		{`He described the deal as "a victory for Brazil".`, "2009-03-01", "BR", "Brazil"},
	})
}

// "Regional" in lower case before a country's name is a part of its
// society, as "rural" is; a capitalised "Regional" opens a phrase of its
// own.
func TestSeed134RegionalCountry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The drought hit rural and regional Australia hardest.", "2009-03-01", "", ""},
		{"The party speaks for regional Australia, its leader said.", "2009-03-01", "", ""},
		{"Regional leaders met Australia's trade minister.", "2009-03-01", "AU", "Australia"},
	})
}

// A country's possessive before a television network or a radio station
// names a broadcaster; its state television stays the state's.
func TestSeed134Network(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The interview aired on Canada's television network on Sunday.", "2009-03-01", "", ""},
		{"It is one of Chad's most popular radio stations.", "2009-03-01", "", ""},
		{"China's state television network reported the launch.", "2009-03-01", "CN", "China"},
	})
}

// A country's possessive before an exchange's capitalised name, past
// words that say how it stands, names a market; a commission whose name
// goes on after "Exchange" is the state's.
func TestSeed134ExchangeName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Shares of the miner began trading on Japan's recently opened Osaka Growth Exchange.", "2009-03-01", "", ""},
		{"The firm listed on Britain's London Stock Exchange.", "2009-03-01", "", ""},
		{"America's Securities and Exchange Commission fined the bank.", "2009-03-01", "US,US", "America|Securities and Exchange Commission"},
	})
}

// A sea's name "of" a country is a place's name in lower case too; a
// country's coast stays the country.
func TestSeed134GulfOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Oil was found in the gulf of Guinea last year.", "2009-03-01", "", ""},
		{"Pirates operate off the coast of Guinea.", "2009-03-01", "GN", "Guinea"},
	})
}

// A capital after "in" and people whom a mention before them already
// makes a state's is where they are; officials in it with no party word,
// and a government seated in it, stay the state's.
func TestSeed134PeopleIn(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`"We are investigating," a Canadian army spokesman in Ottawa said.`, "2009-03-01", "CA", "Canadian"},
		{"Swedish diplomats in Nairobi were told to stay indoors.", "2009-03-01", "SE", "Swedish"},
		{"Officials in Ottawa said the talks had failed.", "2009-03-01", "CA", "Ottawa"},
		{"The Kenyan government in Nairobi denied the report.", "2009-03-01", "KE,KE", "Kenyan|Nairobi"},
	})
}

// A country's name before or after "v" in a court case's name is a party
// to the case; "vs." between teams leaves them, and a country that sues
// stays the state.
func TestSeed134CourtCase(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The court cited Canada v. Smith in its ruling.", "2009-03-01", "", ""},
		{"Lawyers for the detainee filed Hamid v. United States in May.", "2009-03-01", "", ""},
		{"Brazil vs. Argentina drew a record crowd.", "2009-03-01", "BR,AR", "Brazil|Argentina"},
		{"Canada sued Smith over the unpaid taxes.", "2009-03-01", "CA", "Canada"},
	})
}

// Tajikistan's president under the spellings of his name before and after
// 2007, titled or in full and then alone in the article, and "Tajik" as
// the state's demonym before a state's word.
func TestSeed134Rahmon(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"President Rakhmonov opened the dam on Monday.", "2006-03-01", "TJ", "Rakhmonov"},
		{"The Tajik president met the envoy.", "2006-03-01", "TJ", "Tajik"},
		{"Tajik traders sold carpets in the market.", "2006-03-01", "", ""},
	})
	runArticle(t, "2007-05-08", []articleStep{
		{"Imomali Rakhman arrived in Tehran.", "TJ:Imomali Rakhman"},
		{"Rakhman signed the deal on Tuesday.", "TJ:Rakhman"},
	})
}

// The Philippine Coast Guard, its initials in brackets, and an officer
// whom its rank and name follow past the closing bracket; a former body's
// initials introduce nobody, as after the full name, and a commodore's
// rank is a title left out of the name.
func TestSeed134BracketedRank(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Philippine Coast Guard (PCG) Commodore Ana Cruz said the ferry sank at dawn.", "2009-02-20", "PH,PH,PH", "Philippine Coast Guard|PCG|Ana Cruz"},
		{"The former Philippine Coast Guard (PCG) Commodore Ana Cruz said the ferry sank at dawn.", "2009-02-20", "PH,PH", "Philippine Coast Guard|PCG"},
		{"The Federal Bureau of Investigation (FBI) Director Tom Hale said the case was closed.", "2009-02-20", "US,US,US", "Federal Bureau of Investigation|FBI|Tom Hale"},
		{"The former Federal Bureau of Investigation (FBI) director, Tom Hale, said the case was closed.", "2009-02-20", "US,US", "Federal Bureau of Investigation|FBI"},
		{"Philippine Coast Guard personnel joined the rescue.", "2009-02-20", "PH", "Philippine Coast Guard"},
	})
}

// A demonym before "supreme leader" is the state; before the supreme
// court it is not.
func TestSeed134SupremeLeader(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Iranian supreme leader, Ayatollah Ali Khamenei, spoke in Tehran.", "2006-05-01", "IR,IR", "Iranian|Ayatollah Ali Khamenei"},
		{"An Iran supreme leader spokesman denied it.", "2006-05-01", "IR", "Iran"},
		{"The Iranian supreme court upheld the sentence.", "2006-05-01", "", ""},
	})
}

// Russia's atomic energy agency by both names, Israel's ambassador to
// the UN in his years and the Palestinian interior minister of 2007 by
// their surnames.
func TestSeed134Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rosatom said the plant would open late.", "2007-06-01", "RU", "Rosatom"},
		{"The Federal Atomic Energy Agency signed the deal.", "2007-06-01", "RU", "Federal Atomic Energy Agency"},
		{"Gillerman told the council that Israel would respond.", "2006-08-01", "IL,IL", "Gillerman|Israel"},
		{"Gillerman told the council that Israel would respond.", "2010-08-01", "IL", "Israel"},
		{"Qawasmi resigned after the clashes.", "2007-05-14", "PS", "Qawasmi"},
		{"Qawasmi resigned after the clashes.", "2007-06-01", "", ""},
	})
}

// A diplomat is a state's official named with a post: "at" a state's
// mission to an organisation, "in" a capital or "to" a country; with no
// post the diplomat may serve another body by now, and a banker at a
// country's bank is no official.
func TestSeed134Diplomat(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Zhou Wenbo, a senior diplomat at China's UN mission, told reporters the vote was delayed.", "2008-10-01", "CN,CN,UN", "Zhou Wenbo|China|UN"},
		{"Ana Ruiz, a Spanish diplomat in Caracas, was expelled.", "2008-10-01", "ES,ES", "Ana Ruiz|Spanish"},
		{"Dutch diplomat Pieter Hale said the mission would go on.", "2008-10-01", "NL", "Dutch"},
		{"Ana Ruiz, a senior banker at Britain's largest bank, resigned.", "2008-10-01", "", ""},
	})
}

// "Mr Howard" beside the Chancellor or the Tories in a British budget
// debate is not Australia's prime minister, though the article named
// "Mr Howard" before; elsewhere in his years he is.
func TestSeed134MrHoward(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mr Howard told MPs the Chancellor had failed the country.", "2005-03-16", "", ""},
		{"Mr Howard flew to Canberra on Monday.", "2005-03-16", "AU", "Howard"},
	})
	runArticle(t, "2005-03-16", []articleStep{
		{"Mr Howard said the budget was a bribe.", "AU:Howard"},
		{"Mr Howard said the Chancellor had misled voters.", ""},
		{"Later Mr Howard said Tories would cut taxes.", ""},
	})
}
