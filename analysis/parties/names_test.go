package parties_test

import "testing"

// otherNameCases are written for this test: a country's name inside the
// name of a firm, a charity, a person, a party, a legislature or a place is
// not the state (country guidelines 8 and 9); each rule is shown both ways,
// with the same country standing for the state.
var otherNameCases = []struct {
	sentence, want string
}{
	// A capitalised word right before the name: a national arm, a person.
	{"Greenpeace Canada organised the march on Saturday.", ""},
	{"Canada organised the march on Saturday.", "CA"},
	{"The accounts of Oxfam Ireland were published in full.", ""},
	{"The accounts of Ireland were published in full.", "IE"},
	{"Shree Prasad Nepal won the by-election in the hill district.", ""},
	{"Ministers said Nepal won the concession after long talks.", "NP"},
	{"The pilots of Air Zimbabwe went on strike.", ""},
	{"The pilots of Zimbabwe's air force went on strike.", "ZW"},
	// Words capitalised for their place keep the country.
	{"In Chile the vote was close.", "CL"},
	{"Although Peru objected, the deal went ahead.", "PE"},
	{"On Friday Kenya recalled its envoy.", "KE"},
	{"Economy and trade The United States tightened the export rules.", "US"},
	// Agencies named with their country, offices and epithets.
	{"Statistics Norway revised the growth figure.", "NO"},
	{"Environment Canada issued a storm warning.", "CA"},
	{"Deputy US trade envoy Ann Lowe met the panel.", "US,US"}, // and the envoy by name
	{"Communist China and its neighbours signed the pact.", "CN"},
	{"Neighbouring Tajikistan closed the crossings.", "TJ"},
	// Hyphens and dashes join names, they do not make one.
	{"The Ethiopia-Eritrea talks stalled.", "ET,ER"},
	{"The Sudan - Chad accord was signed.", "SD,TD"},
	// A hyphenated pair before a border is both states' border, as one
	// country's border is the state's (reversed in session 29: the pair
	// was the boundary's name before); their dealings over it stay the
	// states, and a place in the pair that is no party names none.
	{"The Ethiopia-Eritrea border stayed shut.", "ET,ER"},
	{"The Ethiopia-Eritrea border war ended in a truce.", "ET,ER"},
	{"The Sudan - Chad frontier was quiet.", "SD,TD"},
	{"Smugglers used tunnels under the Egypt-Gaza border.", "EG"},
	{"Herders crossed the Kenyan-Somali border with their cattle.", "KE,SO"},
	{"Kenyan border police turned the herders back.", "KE"},
	{"Trucks queued for days at the U.S.-Canada border.", "US,CA"},
	{"Canada reopened its border to the trucks.", "CA"},
	{"Villages along the China-North Korea boundary flooded.", "CN,KP"},
	{"The India-China boundary talks resumed in May.", "IN,CN"},
	{"Two hikers strayed across the Iran -Iraq frontier.", "IR,IQ"},
	{"Iran-Iraq frontier guards fired on the hikers.", "IR,IQ"},
	{"Pakistan's border security was tightened.", "PK"},
	// A possessive is the country itself.
	{"Ask Mr Kowal Uruguay's view of the treaty.", "UY"},
	// Headlines run into a sentence keep their capitals.
	{"BREAKING NEWS Ghana Suspends Cocoa Exports", "GH"},
	// "of" after a party, a movement, a legislature, a church, a school or a
	// bank; not after an office or the state's own name.
	{"The Socialist Party of Chile lost two seats.", ""},
	{"The President of Chile lost two allies.", "CL"},
	{"A spokesman for the Democratic Front for the Liberation of Palestine spoke.", ""},
	{"The Revolutionary Armed Forces of Colombia freed two hostages.", ""},
	{"The Armed Forces of the Philippines freed two hostages.", "PH"},
	{"The Parliament of Finland passed the bill.", ""},
	{"The Government of Finland passed the decree.", "FI"},
	{"The Church of Sweden elected a new archbishop.", ""},
	{"The Kingdom of Sweden signed the accord.", "SE"},
	{"The National University of Singapore topped the table.", ""},
	{"The Republic of Singapore topped the table.", "SG"},
	{"The Bank of Cyprus cut its dividend.", ""},
	{"The Central Bank of Cyprus cut its rate.", "CY"},
	// Places: a compass word or a sea right before "of".
	{"They spent the summer in the South of Italy.", ""},
	{"Talks with the President of Italy ended.", "IT"},
	{"Fishing boats crowded the Sea of Japan.", ""},
	{"Fishing boats crowded waters claimed by Japan.", "JP"},
	{"Voters in North Carolina of the United States went to the polls.", "US"},
	// Serbia and Montenegro, the state union of 2003-2006, is Serbia's;
	// Montenegro alone is Montenegro.
	{"Serbia and Montenegro joined the programme in 2003.", "RS"},
	{"Serbia and then Montenegro joined the programme.", "RS,ME"},
	// Households, schools, mayors and broadcasters are not the state; its
	// economy is.
	{"Millions of UK households face higher bills.", ""},
	{"The UK economy faces higher bills.", "GB"},
	{"Students at 40 US universities signed the letter.", ""},
	{"More than 100 US mayors backed the pledge.", ""},
	{"The largest US commercial lender raised its fees.", ""},
	// Lawmakers are the legislature; branches, sellers and buyers are not
	// the state either.
	{"Several US lawmakers criticised the visit.", ""},
	{"Several US officials criticised the visit.", "US"},
	{"The U.S. branch of the charity reopened.", ""},
	{"UK sellers must register by April.", ""},
	// Demonyms: legislatures, teams, news agencies and armed groups are not
	// the government; its agencies are.
	{"The Norwegian national assembly voted on Wednesday.", ""},
	{"The Norwegian national government voted to pay.", "NO"},
	{"The Irish Republican Army announced a ceasefire.", ""},
	{"The Irish Defence Forces announced a ceasefire.", "IE"},
	{"The Iranian Quran News Agency carried the statement.", ""},
	{"The Iranian Foreign Ministry carried the statement.", "IR"},
	// A nationality said of someone is not the state; a demonym heading
	// the state's forces after "be" is.
	{"The two pilots were Canadian and Dutch.", ""},
	{"The gunmen appeared to be Syrian soldiers.", "SY"},
	{"Iceland Express cut its fares again.", ""},
	// Homonyms: the Californian city and the software firm.
	{"San Jose has outgrown its smaller neighbour to the north.", ""},
	{"San Jose has protested to Managua, Costa Rica's foreign minister said.", "CR,NI,CR"},
	{"An investor in SCO sued the firm over the Linux code.", ""},
	{"The SCO summit brought Russia and China together.", "SCO,RU,CN"},
	// A capital before an event it hosted or suffered is the place.
	{"The Madrid bombings killed 191 people.", ""},
	{"The Madrid government condemned the bombings.", "ES"},
	{"Leaders met again after the Hanoi summit.", ""},
	{"Hanoi summoned the envoy after the summit.", "VN"},
	// A building as a venue, a part of it or an office to run for; its
	// people and the office itself.
	{"Reporters waited outside the White House all night.", ""},
	{"Officials at the White House drafted the reply.", "US"},
	{"The choir sang at the Kremlin on Monday.", ""},
	{"Many in the Kremlin doubted the plan.", "RU"},
	{"The White House lawn was closed for the ceremony.", ""},
	{"She launched her White House bid in May.", ""},
	{"The White House rejected the bid in May.", "US"},
	// A slogan is a stop phrase; the same words in a sentence are not.
	{"He wore a Make America Great Again cap.", ""},
	{"We will make America great again, he said.", "US"},
	// Armed groups and ships named after a country; people counted by
	// their nationality; candidacies; parties and societies after a name.
	{"Al-Qaeda in Iraq claimed the attack.", ""},
	{"Iraq claimed the attack was foiled.", "IQ"},
	{"The Queen Elizabeth 2 docked at dawn.", ""},
	{"Two French and an Italian were hurt in the blast.", ""},
	{"The French were hurt by the ruling, the ministry said.", "FR"},
	{"A Russian presidential candidate was attacked.", ""},
	{"A Russian presidential decree was signed.", "RU"},
	{"The US Libertarian Party picked its nominee.", ""},
	{"US Deputy Press Secretary Ann Cole told reporters.", "US,US"}, // and the secretary by name
	{"The New Zealand Law Society objected.", ""},
	// Bodies and missions; a bank that shares an agency's initials.
	{"The State Peace and Development Council extended the arrest.", "MM"},
	{"UNIFIL patrols resumed along the line.", "UN"},
	{"IndyMac Federal, FSB reopened for depositors.", ""},
	{"The FSB arrested two men on Sunday.", "RU"},
	// A legislator, sales, a state-owned firm, a destination, a title-case
	// party list; a colony is the state's.
	{"U.S. Representative Ann Low spoke first.", ""},
	{"Industry-wide US car sales fell again.", ""},
	{"Staff of Australia Post walked out.", ""},
	{"She was heading to the White House for talks.", ""},
	{"She sent the letter to the White House.", "US"},
	{"Parties Of The Left: Communist Party Of Norway Wins A Seat", ""},
	{"The island was once a Belgian colony.", "BE"},
	// "for" after a group's or a campaign's name; a domain name; a budget
	// airline.
	{"She was hired through Report for America.", ""},
	{"He left Florida for Syria in 2014.", "SY"},
	{"The story ran on Burundi.news.free.fr first.", ""},
	{"Indonesian budget airline Adam Air was grounded.", ""},
	{"The Indonesian budget deficit widened.", "ID"},
	// A newspaper's title.
	{"The hoax reached the Herald and The Australian on Monday.", ""},
	{"The Australian government denied the report.", "AU"},
	// Full names of US agencies; a firm's name with a hyphenated partner.
	{"The Federal Bureau of Investigation opened a case.", "US"},
	{"Air France-KLM placed its bid on Friday.", ""},
	// Agencies added after the seed-21 check; a seizure by the state.
	{"Abin agents followed the minister for weeks.", "BR"},
	{"The Bureau of Consular Affairs issued the passports.", "US"},
	{"The Iranian seizure of the boat was condemned.", "IR"},
	{"Iranian carpets were seized at the port.", ""},
	// Channels, alliances, a party named in lower case, a US state's
	// assembly, an affair named after a country.
	{"The minister spoke to France 2 on Wednesday.", ""},
	{"France protested on Wednesday.", "FR"},
	{"The United Iraqi Alliance won the most seats.", ""},
	{"The Iraqi government won the vote.", "IQ"},
	{"Members of the Pakistan Tehreek-e-Insaf party marched.", ""},
	{"The Virginia General Assembly delayed the vote.", ""},
	{"The General Assembly of the UN delayed the vote.", "UN,UN"},
	{"He testified at the Iran-Contra hearings.", ""},
	{"Groups in Chile - The Human Rights League among them - protested.", "CL"},
	// The UK's audit office, only among words of its work.
	{"The discs never arrived for audit at the NAO.", "GB"},
	{"He trained at the NAO before the war.", ""},
	// A capital's streets, squares and people are the city.
	{"Crowds filled Santiago's main avenue.", ""},
	{"Santiago's reply was a firm refusal.", "CL"},
	{"Protesters gathered in Moscow's Pushkin Square.", ""},
	{"Moscow's new policy hardened.", "RU"},
	// After the seed-22 check. A legislature or a court named by its
	// country's possessive, or a court described after the country, is
	// not the state (guideline 9).
	{"Kenya's Parliament threw out the budget.", ""},
	{"Kenya's cabinet threw out the budget.", "KE"},
	{"Israel's Supreme Court froze the demolition.", ""},
	{"Israel's army froze the demolition.", "IL"},
	{"A U.S. federal judge blocked the rule.", ""},
	{"A U.S. federal agency blocked the rule.", "US"},
	{"A Russian military court jailed the activist.", ""},
	{"A Russian military plane crashed near the border.", "RU"},
	// A law named with "Commonwealth", and a territory named after a
	// people.
	{"The Commonwealth Electoral Act was changed before the poll.", ""},
	{"The Commonwealth suspended the island's membership.", "CWEALTH"},
	{"Voters in the Australian Capital Territory went to the polls.", ""},
	// A government's standing between the demonym and the government,
	// and a state's bailout.
	{"The Iraqi interim government set a date for the vote.", "IQ"},
	{"The Iraqi interim results were announced at noon.", ""},
	{"Lenders agreed a second Greek bailout.", "GR"},
	{"A Greek shipowner bought the yard.", ""},
	// A reaction addressed to a capital is addressed to its government.
	{"The reaction to Moscow was muted.", "RU"},
	{"The night train to Moscow was late.", ""},
	// A country's possessive before a firm, a market or private people
	// owns them as its word before them would ("a French bank").
	{"Spain's biggest lender raised its fees.", ""},
	{"Spain's finance ministry raised its fees.", "ES"},
	{"Norway's farmers blocked the road.", ""},
	{"Norway's police blocked the road.", "NO"},
	// Its society, not its state.
	{"The film was a hit in rural Canada.", ""},
	{"The film was banned by Canada.", "CA"},
	{"The campaign for a united Cyprus lost the vote.", ""},
	{"The campaign backed by Cyprus lost the vote.", "CY"},
	// Markets, lenders, law firms, tabloids, chambers of commerce and
	// persons of a country; Treasury securities.
	{"The U.S. housing market cooled for a third month.", ""},
	{"The U.S. government cooled the housing market.", "US"},
	{"Two U.S. mortgage lenders cut their rates.", ""},
	{"She joined a Washington law firm after college.", ""},
	{"The UK tabloid ran the photographs.", ""},
	{"The UK ran the photographs of the wreck.", "GB"},
	{"He spoke to the U.S. Hispanic Chamber of Commerce.", ""},
	{"He spoke to the U.S. trade delegation.", "US"},
	{"Yields on U.S. Treasury bills fell to a record low.", ""},
	{"The U.S. Treasury sold more bills.", "US"},
	// The White House as an office to win and a building with rooms.
	{"She launched her bid for the White House in Iowa.", ""},
	{"She sent her plan for the budget to the White House.", "US"},
	{"They met in the East Room of the White House.", ""},
	{"They met the chief of staff of the White House.", "US"},
	// A name joined to the country by a Romance "de", "do", "da".
	{"The riders of the Tour de Pologne crossed the pass.", ""},
	{"The riders crossed into Poland at dawn.", "PL"},
	{"Shares of Banco do Brasil rose.", ""},
	{"Shares rose after Brazil cut rates.", "BR"},
	// A language taught or learnt; farm produce and farmers.
	{"She taught Italian at the night school.", ""},
	{"The Italian government funded the night school.", "IT"},
	{"Nine hundred UK dairy farmers took part in the survey.", ""},
	{"The UK paid dairy farmers to cut output.", "GB"},
	// UN missions as some outlets write them.
	{"Unifil patrols kept to the roads.", "UN"},
	{"Monuc said the militia had withdrawn.", "UN"},
	// After the seed-24 check. Veterans of a war name the war, not the
	// state; veterans whom the state sends, and its veterans' minister,
	// keep it.
	{"Veterans of South Korea laid wreaths at the memorial.", ""},
	{"South Korea sent veterans to lay wreaths at the memorial.", "KR"},
	{"Two Iraq veterans ran for the county board.", ""},
	{"She is a veteran of the U.S. Coast Guard.", "US"},
	{"He is a veteran of Chile's navy.", "CL"},
	{"The UK veterans minister opened the clinic.", "GB"},
	// A firm's national arm between a firm's word and its suffix, where
	// capitalised words on both sides would otherwise read as a headline;
	// the country in a capitalised run elsewhere keeps the state.
	{"Ann Roe, an analyst at Kestrel Holdings Canada Ltd, cut her forecast.", ""},
	{"Ann Roe said Canada Post Office workers struck.", ""},
	{"Ann Roe, an analyst, said Canada Cut Rates on Monday.", "CA"},
	{"Shares of Orbit Securities Brazil Inc fell.", ""},
	{"Shares fell after Brazil Inc tax rules changed.", ""},
	{"Shares fell after Brazil raised taxes.", "BR"},
	// A magazine, a newspaper or a trade fair's pavilion named with the
	// country; the country's stand at the fair is its own.
	{"The issue sold better than Peru Weekly.", ""},
	{"The issue sold better in Peru weekly.", "PE"},
	{"Crowds filled the Korea Smart Farming Pavilion.", ""},
	{"Buyers queued at the Chile pavilion.", ""},
	{"Buyers queued after Chile cut the tariff.", "CL"},
	{"The Ghana Times carried the speech.", ""},
	{"UK Chancellor Ann Hale today announced a levy.", "GB"},
	{"Ghana carried the speech on state radio.", "GH"},
	// A gerund and the country alone in quotes are a name; a gerund
	// opening a sentence is a verb, and the country its object.
	{"He unveiled a \"Rebuilding Haiti\" fund worth $2bn.", ""},
	{"Rebuilding Haiti will cost $2bn, Haiti said.", "HT,HT"},
	// A brand of one capital letter joined to the country.
	{"Firms backed the E-Estonia scheme.", ""},
	{"Firms backed the Estonia-Latvia scheme.", "EE,LV"},
	// A chant against a state.
	{"They chanted \"Boycott Denmark!\" outside the mission.", "DK"},
	// The island of Ireland is the island, the North included.
	{"Rain fell across the island of Ireland.", ""},
	{"Ireland closed the island's ports.", "IE"},
	// After the seed-25 check. A publication named after an
	// organisation or a country; the organisation's mission named further
	// on, and the organisation itself, stay.
	{"The leak was first reported by the EU Observer.", ""},
	{"The EU Observer Mission reported no shooting.", "EU"},
	{"The EU observed the vote.", "EU"},
	{"An essay in the UN Chronicle praised the plan.", ""},
	{"The UN chronicled the abuses in a report.", "UN"},
	{"He wrote in the Lesotho Chronicle that the vote was fair.", ""},
	{"He wrote that Lesotho chronicled every vote.", "LS"},
	// A church, a private association or a firm whose capitalised name
	// holds the country, joined by "and", "of" or "for"; the state's
	// forces, bodies the registry lists and a name the run reaches after
	// "and" keep it.
	{"The choir of the Malawi Assemblies of God sang at the funeral of the old chief.", ""},
	{"Malawi assembled the choirs for the funeral of the old chief.", "MW"},
	{"A spokesman for the Royal Fiji Ex-Servicemen and Veterans' Association said the parade would go ahead at noon.", ""},
	{"A spokesman for the Royal Fiji Military Forces said the parade would go ahead at noon.", "FJ"},
	{"The rigs were leased to Delta Chile Drilling Company last spring, the report said.", ""},
	{"The rigs were leased by Chile to a drilling company last spring, the report said.", "CL"},
	{"Members of the Ghana Union of Traders closed their stalls for the day.", ""},
	{"The US Federal Deposit Insurance Corporation took over the lender on Friday.", "US,US"},
	{"Talks at the China-European Union summit ran late into the night.", "CN,EU"},
	{"Crews from the US Navy and Kenya Red Cross Society helped the flood victims.", "US"},
	{"He opposes the US Army's Global Gaming League as a recruiting tool for the young.", "US"},
}

func TestOtherNames(t *testing.T) {
	_, m := defaultMatcher(t)
	checkParties(t, m, otherNameCases)
}

// personCases are written for this test: a leader's bare surname that is
// also a first name, a city or a party to a famous court case, and the
// "Mr X" forms that, in the leader's years, mean someone more famous.
var personCases = []struct {
	sentence, date, want, surfaces string
}{
	// A capitalised word after the surname makes it a first name.
	{"Rosa Otunbayeva was named foreign minister.", "2005-03-30", "", ""},
	{"President Rosa dissolved the cabinet.", "2005-03-30", "GW", "Rosa"},
	{"The Bush Administration sent the bill back.", "2005-03-30", "US", "Bush"},
	{"Bush Vetoes The Spending Bill", "2007-10-03", "US", "Bush"},
	// Cities and court cases.
	{"The rally in Toledo drew a few hundred people.", "2004-06-01", "", ""},
	{"President Toledo reshuffled his cabinet.", "2004-06-01", "PE", "Toledo"},
	{"The teacher from Liverpool was freed.", "2007-12-03", "", ""},
	{"President Liverpool opened the session.", "2007-12-03", "DM", "Liverpool"},
	{"The senator wants Roe v. Wade overturned.", "2005-01-20", "", ""},
	{"Wade won a second term, his aides said.", "2007-02-27", "SN", "Wade"},
	// "Mr Obama" in 2007 is the senator, not Equatorial Guinea's prime
	// minister; "Mr Berger" in 2005 is the former US adviser.
	{"Mr Obama spoke in Iowa on Sunday.", "2007-12-09", "", ""},
	{"Mr Berger returned the papers.", "2005-04-01", "", ""},
	{"Óscar Berger returned to Guatemala City.", "2005-04-01", "GT", "Óscar Berger"},
	// "Secretary X" for the US cabinet, "Mr Ban" for the UN's secretary-
	// general, inside their terms; the title is left out of the span.
	{"Secretary Gates defended the budget request.", "2008-02-07", "US", "Gates"},
	{"Secretary Gates defended the budget request.", "2005-02-07", "", ""},
	{"Mr. Ban welcomed the vote in Freetown.", "2010-03-01", "UN", "Ban"},
	// Places and prizes named after a leader, a private person's age, a
	// misspelling, a bare "Abbas" and another Abbas.
	{"Doctors at Queen Elizabeth Hospital treated him.", "2010-05-01", "", ""},
	{"Queen Elizabeth opened the new session.", "2010-05-01", "GB", "Queen Elizabeth"},
	{"Bush, 25, became engaged on Sunday.", "2005-05-01", "", ""},
	{"Bush, speaking on Sunday, vowed a veto.", "2005-05-01", "US", "Bush"},
	{"Pervez Musharaff spoke to the nation.", "2006-05-01", "PK", "Pervez Musharaff"},
	{"Mr Bush, Sr. will not attend the dinner.", "2006-05-01", "", ""},
	{"Mr Bush, who spoke first, will not attend.", "2006-05-01", "US", "Bush"},
	{"Abbas met the envoys on Sunday.", "2006-05-01", "PS", "Abbas"},
	{"Abbas Kiarostami showed his new film.", "2006-05-01", "", ""},
	// CIA directors; a portfolio between a demonym and its minister.
	{"Goss said the agency was back on an even keel.", "2005-06-01", "US", "Goss"},
	{"Goss said the agency was back on an even keel.", "2008-06-01", "", ""},
	{"They want to strip the Australian health minister of his powers.", "2005-06-01", "AU", "Australian"},
	{"They want to strip the Australian health workers of their powers.", "2005-06-01", "", ""},
	// "US" after "protect" is the country unless the sentence is in
	// capitals.
	{"Troops will stay to protect US interests.", "2005-06-01", "US", "US"},
	{"TROOPS WILL STAY TO PROTECT US", "2005-06-01", "", ""},
	// For or against the state.
	{"Anti-American protests spread to the capital.", "2005-05-14", "US", "American"},
	{"American protests spread to the capital.", "2005-05-14", "", ""},
}

func TestOtherPersons(t *testing.T) {
	_, m := defaultMatcher(t)
	for _, c := range personCases {
		checkPartiesSurfaces(t, m, c.sentence, c.date, c.want, c.surfaces)
	}
}
