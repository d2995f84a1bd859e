// Package parties holds the registry of parties (countries and
// organisations) and finds their mentions in sentences.
//
// # Registry
//
// A registry is YAML (Parse; the default is embedded under models/). Each
// party has an id (ISO 3166-1 alpha-2 for countries, an acronym for
// organisations; AU is Australia), a display name, a kind, and the phrases
// that name it: names and short forms, demonyms, seats of government used as
// metonyms, government bodies, and leaders with their terms of office. A
// state younger than the news has the day it came to be (Since): a dated
// sentence before that day mentions no such party, whatever names it
// (South Sudan before 9 July 2011; undated text keeps it). Parse
// is strict: unknown keys, duplicate ids, an alias claimed by two parties
// without a context rule (leaders of different parties may share a name when
// their terms never overlap), a term that ends before it starts and malformed
// dates are all rejected with errors wrapping ErrInvalid that name the party,
// alias and line.
//
// # Matching policy
//
// Sentences are split into words (runs of letters and digits; dotted
// abbreviations such as "U.S." and "K.P." are one word). Words are compared
// lower-cased with Latin diacritics folded ("Orbán" = "Orban"). The matcher
// walks a trie of word sequences once per sentence and, at each word, takes
// the longest alias or stop phrase that applies, so "New Delhi" is one
// mention, "Indian Ocean" and "Washington Post" are none, and matches never
// overlap. Only whole words match: "Indiana" is not India and "Russians" is
// not "Russian".
//
//   - Case: an alias written as an acronym ("US", "MEA", "EU") matches only
//     text with no lower-case letters, so "us" and "Us" are pronouns while
//     "US" in an ALL-CAPS headline is the country unless a context rule
//     says otherwise (the default registry treats "LET US", "HELP US", ... as
//     the pronoun). A capitalised one-word alias ("China", "Turkey") needs a
//     capital letter in the text ("china", "turkey" are not mentions),
//     except a country's name that opens the text in lower case as a tag
//     before a capitalised word, as some Wikinews articles begin ("greece
//     Three bombs exploded"); in a
//     longer alias at least one capitalised word must be capitalised, so
//     "el-Sisi" matches "El-Sisi". Stop phrases match in any case.
//   - Possessives: apostrophes separate words and the possessive "s" is never
//     part of a mention: "India's" and "India’s" give the surface "India",
//     the shortest naming phrase, as in the labelled data.
//   - Hyphens and dashes separate words but do not break a name:
//     "India-Russia relations" mentions both, and "Guinea-Bissau" is one
//     name. Other punctuation (commas, full stops, quotes) ends a name,
//     except the full stop of "Mr.", "Mrs.", "Ms.", "Dr.", "Gen." and
//     "Adm.".
//   - Leaders count only when the article date lies inside one of their
//     terms, both ends inclusive. A zero date (undated text) matches no
//     leader, except a head of state or government whom the sentence
//     gives a head's title, "President", "Prime Minister", "Premier" or
//     "Chancellor" ("President Barack Obama", "Prime Minister Sharon"),
//     which says that its day lies inside a term: not after "former",
//     "ex-", "then-", "late", "ousted", "Vice" or "Deputy", and not a name
//     that heads of two parties bear. A head's government ("the Obama
//     administration", "the Modi government") is the party in undated
//     text too, in whichever of the head's terms. An official whom an undated
//     sentence introduces with an office ("White House press secretary
//     Sarah Sanders") is an official there, as in dated text (below), and
//     so is one it titles with one of their own offices ("Commerce
//     Secretary Wilbur Ross"), not a past one ("former"); in
//     an undated sentence that titles or introduces them, their bare
//     surname counts too. So does a president (no other office in any
//     term) whom an undated sentence names by "Mr." and the surname or in
//     full and also calls "the president", with no name or "of" after it,
//     or says "is a" or "is no" president, naming no other president
//     ("Mr. Obama's aides said the president had no regrets").
//   - A title at the start of a leader's alias ("Mr", "President", "Prime
//     Minister", "Chancellor", "Taoiseach", and the ranks and posts
//     "General", "Gen.", "Admiral", "Adm.", "Ambassador" written before
//     an officer's or envoy's surname that never stands alone) is matched
//     but left out of the span (guideline 10: the personal name without
//     title), and a title followed by a longer name ("President Chen
//     Shui-bian") yields that name. A surname that stands alone is matched
//     after any of these titles, or "Director" or "Envoy" ("Admiral
//     Mullen"), while another capitalised word before it makes it someone
//     else ("Larry Mullen").
//   - Office holders an article introduces: a personal name right after
//     a mention of a party (by name, demonym, capital, body or, for an
//     organisation, its name) and an office phrase ("Serbian foreign
//     minister Vuk Jeremić", "Lebanon's UN envoy, Nouhad Mahmoud", "Israeli
//     Air Force General Ido Nehushtan"), or before ", the" and such a
//     mention and office that close the clause ("Ronnie Bar-On, the Israeli
//     interior minister, said"), or before ", <office> of" and such a
//     mention in a clause that closes within five words ("Brigadier
//     Tom Hale, commander of British forces in Basra, said"; not an
//     office of what the mention's possessive owns, "general secretary of
//     Kenya's largest opposition party"), is an official of that party (guideline 8:
//     officials by name), whether or not the registry lists them; the
//     office says they hold it, so guideline 12 holds by the text. The
//     office phrase is a run of office words ending in a head (minister,
//     secretary, spokesman, ambassador, envoy, director, chief, general,
//     negotiator, commissioner, ...). Not: a past or future office
//     ("former", "ex-", "retired", "the then", "-elect", "-designate"), a
//     court's ("Chief Justice"), a posting to the party ("its U.S.
//     ambassador", "Bush's Iraq envoy", "the Lebanese UN ambassador"), a
//     party used as a place ("the US military in Iraq"), a phrase whose
//     portfolio the words do not cover ("Assistant Secretary of State for
//     African Affairs Jendayi Frazer"), a lone word after the office
//     unless a title comes first ("General Muhammad"), an apposition
//     whose office another name follows ("Sutiyoso, Australia's
//     ambassador to Indonesia, Bill Farmer") and headlines. A head of
//     government ("Prime Minister", not a deputy) is the registry's, which
//     knows the terms; when the registry matched the name, the article
//     remembers it with the registry's role.
//     Matched article by article (Matcher.AppendMatchArticle, as the batch
//     does), the person is that party's in every later sentence too, by
//     full name or surname ("Jeremić said", "General Safavi", "al-Saffar"),
//     unless a capitalised word makes the name part of another or two
//     office holders of different parties share the surname. So is a
//     leader or official the registry matched by full name or after a
//     title ("Vicente Fox", "Conservative MP Peter MacKay", "President
//     Fox"): in the article's later sentences the surname alone is theirs
//     ("Fox withdrew", "Rice arrived"), though the registry leaves it out
//     where it is a common word or someone else's; not after "Mrs" or
//     "Ms" (his wife), before an age under forty ("Bush, 25,"), in a
//     court case, nor a surname that is a month ("Theresa May" and "In
//     May") or the end of a hyphenated given name ("Ban Ki-moon"). A
//     sentence as capitalised as a headline introduces nobody but names
//     the people introduced before ("MacKay is Canada's Minister of
//     Foreign Affairs").
//   - Initials an article defines: initials in brackets after another
//     body's full name, with another country named before it and not the
//     party ("the Western Australian (WA) Environmental Protection
//     Authority (EPA)"), are that body in the sentence and the article's
//     later ones, not the registry's body of those initials (the US EPA);
//     the party's own full name, the party named before another wording
//     ("the United States Federal Aviation Authority (FAA)") and a name
//     with no country ("the Organization of Petroleum Exporting Countries
//     (OPEC)") keep them the party's (acronyms.go).
//   - Adjectival uses: a demonym counts as the state only when the head of
//     its phrase is the state, its people in office, forces, acts, policies,
//     law or economy ("Chinese troops", "the Indian High Commission",
//     "Russian meddling", "Ukrainian permission", "a Russian veto", "the
//     Russian annexation", "Chinese restrictions", "the Canadian
//     deployment", "the American advisers", "the military American
//     school", with the demonym alone as the surface), past
//     coordinated demonyms ("American and British forces") and capitalised
//     title words ("the Italian Reforms Minister"), or, for two demonyms joined by a hyphen, a matter, a deal
//     or a bond between the two ("a Palestinian-Egyptian affair", "the
//     Russian-American treaty", "the Cuban-Venezuelan axis"; not "a
//     Mexican-American issue", which is a people); or when it is a noun
//     phrase of its own ("hosted by the Chinese, who", "the Chinese
//     agreed"), except in a sentence about a referendum, where "the French"
//     are the voters. The state's own broadcaster is a medium, not the
//     state, since seed 183 ("North Korean state television", "Iranian
//     state radio", as "the Dutch national broadcaster" and "Iranian
//     television"), while "state-run" media and a possessive before state
//     media stay as the train labels count them. Any other head is
//     people or things ("the Bolivian
//     elite", "an Afghan interpreter", "a Danish tabloid", "the American
//     Legion", "the Iraqi National Accord party"), and so is a firm's
//     operation, unit or business after the firm's possessive ("BHP's
//     Chinese operations", "the company's Indian unit"), which names where
//     the firm works. A noun that private actors share counts only after
//     one or two words of a kind that make it the state's (stateCompounds
//     in acting.go): cuts of fuel, spending, pensions, benefits or rates
//     ("the Israeli fuel cuts", "Indian rate cuts"; not "American job
//     cuts" or "Swedish pay cuts"), forces of a coalition or of a kind
//     only a state has ("Afghan coalition forces", "Afghan special forces",
//     "Israeli ground troops", "the Israeli coalition government"; not
//     "Syrian rebel forces", "Chinese market forces" or "coalition talks"),
//     and raids, strikes and offensives by their time, means or aim
//     ("Israeli dawn raids", "Turkish cross-border raids", "Saudi
//     retaliatory strikes", "the Ethiopian ground offensive"; not "Italian
//     rail strikes" or "a French general strike", which are workers');
//     a demonym coordinated with allies in lower case is the state's too
//     ("Afghan and coalition forces", "Iraqi and international troops"),
//     while the people and things of coordinated demonyms stay private, as
//     after one ("Kenyan and foreign nationals", "Kenyan and British
//     tourists").
//     Influence and presence after a demonym are the state's sway or its
//     forces and missions abroad ("worried about Iranian influence in the
//     region", "the Romanian presence in Iraq", "an end to the Syrian
//     presence"), but not a presence among people or an influence on an
//     art or a field of private life ("a strong Irish presence in the
//     crowd", "the French influence on her cooking"), a presence in a
//     market, influence peddling, or, after an indefinite article, one
//     that no preposition places in a country, a region or a government
//     ("a strong Portuguese influence", "a large Irish presence in
//     Boston"; presenceActs in acting.go).
//     Deportations are not among the state's acts here:
//     after a demonym they name their victims as often as their authors
//     ("the Armenian deportations"). The registry's demonym_not_before list still names products,
//     firms, media, teams, languages and private people ("Russian crude",
//     "Indian users"). A plural noun ("Russians", "Americans") is people,
//     except after "the" as the state's side ("talks with the Iranians",
//     "the Russians rejected the plan"), not before a word that makes
//     them people somewhere or of some kind ("the Russians living in
//     Riga", "the Iranians who fled"), nor in a sentence about sport or a
//     vote (peopleActs in acting.go).
//   - Capitals act: a capital counts only when a verb, an auxiliary, a
//     possessive or a government word follows ("Beijing rejected", "Moscow
//     has", "London's answer", "Kremlin officials"), another capital is
//     coordinated with it ("Paris and Berlin agreed"), or the words before
//     make it a party to an act ("pressure from Washington", "ties with
//     Moscow", "sanctions against Damascus", "talks between Pyongyang and
//     Seoul", but not "the road between Beirut and Damascus"). Otherwise it
//     is a place ("a Paris apartment", "Tel Aviv was quiet", "London,
//     United Kingdom").
//   - Sports: country names always count, including as teams ("India beat
//     Australia"); only demonym + team words and stop phrases (leagues,
//     tournaments) are excluded. Telling national teams from states needs
//     more context than a sentence-level matcher has.
//   - Another country's body: a body right after the name or demonym of
//     another party, with or without a possessive ("the Philippines
//     Department of Energy", "South Africa's Department of Energy"), is
//     that country's own, which the name already stands for, not the body
//     of that name the registry lists (the US Department of Energy).
//   - Stop phrases are registry entries that consume their words and yield no
//     mention: "Russian roulette", "American football", "Chinese whispers",
//     "South China Sea", "Air India", "George Washington".
//   - Context rules govern ambiguous aliases: the alias counts only if the
//     rule's conditions hold (IfNear, UnlessNear, UnlessPrev, UnlessNext,
//     UnlessNextCapitalised, UnlessPrevCapitalised, UnlessPlaceBefore,
//     Exact; with IfArticle, an earlier sentence of the article that
//     mentioned the party stands for IfNear: "the Commerce Commission" of
//     an article about New Zealand is New Zealand's). The default
//     registry uses them for Georgia the US state vs
//     the country ("Athens, Georgia" is the state's address), the UN's
//     secretary-general named by the office alone vs another
//     organisation's ("KMP Secretary General", "the party's
//     secretary-general", "the secretary-general of the MDC"), Turkey the
//     bird, Jordan and Chad
//     as personal names, "Malé" vs "Male", "Delhi Police", and the UN's
//     Human Rights Committee, a treaty body, vs a parliament's: the bare
//     name counts only in a sentence that names the UN and no legislature,
//     and not after a legislature's word ("the Senate Human Rights
//     Committee"). The other treaty committees ("the Committee against
//     Torture", "the Committee on the Rights of the Child") are UN bodies
//     on their own, as the Security Council is. Australia's Human Rights
//     and Equal Opportunity Commission (HREOC) is not after an Australian
//     state's name ("the Victorian Human Rights and Equal Opportunities
//     Commission"), which makes it the state's. "May" the month
//     is not an alias; Theresa May is matched by her full name or "Mrs May".
//   - Places (country guideline 9): a capital or seat of government right
//     after a place word ("talks in Geneva", "shares in London", "a trip to
//     Beijing", "the mayor of London", "visited Moscow"), or coordinated with
//     such a place ("in Moscow and Washington"), is not a mention, unless the
//     word before the preposition makes it the government ("officials in New
//     Delhi", "a message to Washington", "the policies of Moscow"; not
//     people whom a mention before them already makes a state's, "Swedish
//     diplomats in Nairobi", who are there). A seat
//     after "the" is a building that stands for its government ("in the
//     White House") and stays a mention, except after "at", "outside",
//     "near", "visited", "returned" and the like ("spoke at the White House")
//     or before a part of it, an event in it or a race for it ("the White
//     House lawn", "a White House speech", "a White House bid", "the
//     East Room of the White House"), where it is the building, or after a
//     race for it ("a bid for the White House"), where it is the office as
//     a prize; "White House officials" and "the White House said" stay the
//     government. A guest that "invited" or "welcomed" brings "to the"
//     building, past their name and title, is received at the venue
//     ("welcomed the Japanese prime minister to the White House"), and a
//     profession after the building is its staff, the government ("a
//     White House lawyer", "Kremlin doctors"). A seat that is
//     a street is the street along it, up or down it after a move, or on
//     it for a crowd or before a place word ("marched down Whitehall", "on
//     Whitehall opposite the gates"); "Whitehall officials" and "pressure
//     on Whitehall" stay the government. So is an address, a house number
//     and a place word before it ("at 10 Downing Street", "outside 10
//     Downing Street"; "officials at 10 Downing Street" and "10 Downing
//     Street said" stay the government), and the street in its city
//     ("Downing Street in London").
//   - Firms, products, markets, currencies and private people: a name,
//     demonym or capital right before a word of demonym_not_before, or
//     before up to two industry words and then such a word ("Swiss
//     drugmaker", "an Australian mining firm", "the US dollar", "the London
//     exchange", "an Iraqi Kurd"), or right before "$" ("US$3bn"), is not
//     a mention; its forces, officials, law and economy are. A possessive
//     owns what the country word would modify ("France's largest bank",
//     "Britain's voters"; but its industry is the country's, as its economy
//     is: "China's mining industry"), a product after a country's name where the
//     phrase ends or its trade follows is the product's origin ("U.S.
//     beef", "a ban on US pork imports"; not "US steel tariffs"), "a US
//     aircraft carrier" is a warship, Treasury bills and bonds are
//     securities, and a lower-case word of its society before a name makes
//     it the society ("corporate America", "a united Ireland"). The list
//     names private employers, traders and makers ("United Kingdom
//     confectioners", "US multinationals", "U.S. employers"), consortia
//     ("a Turkish consortium", and after "-led": "the Canadian-led
//     consortium", while "the US-led coalition" is the state's), security
//     contractors and analysts ("British security contractors"; not
//     "British security forces"), birds and breeds ("Canada geese",
//     "an Irish setter"), industries ("the U.S. textile industry"; a
//     trade's word before a minister or a ministry is a portfolio, "the
//     Iraqi oil minister") and an airline's routes ("new U.S. routes"). A
//     country word, a hyphen and "made", "built", "owned" and the like say
//     where goods were made or who owns a firm ("US-made missiles",
//     "Chinese-owned"). A country's name right before a body of the
//     registry whose name opens with a word of the list stays the state
//     ("the United States Food and Drug Administration", "Canada's Bank of
//     Canada"). A name or a demonym alone in brackets after a capitalised
//     word no mention covers, or before a comma there, is a person's or a
//     firm's nationality or a city's country ("Andrés Sorel (Spanish,
//     writer)", "Alcatel (France)", "Berlin (Germany)"; not the country's
//     initials after its own name, "the United Kingdom (UK)"). A demonym
//     before arms bought, sold or smuggled names goods of that origin
//     ("the illegal sale of Russian weapons"; "Russian weapons deliveries"
//     stay the state's), and a person's nationality is no mention ("a
//     Singaporean national of Indonesian birth", "changed his nationality
//     from American to British"). An organisation's initials right before
//     "$" are a currency ("AU$40m").
//   - Located places: a name or a demonym before villages, towns, cities
//     or regions in the plural locates places in the country and is a
//     mention (decision 1 of the labels: "13 Georgian villages", "thirty US
//     cities"); the singular that names one place ("the Israeli town of
//     Sderot"), which the train labels read both ways, is not.
//   - Boundaries: country words joined by a hyphen or a dash right before
//     "border", "frontier" or "boundary" ("the Iraq-Turkish border", "the
//     U.S.-Mexico border", "the Sudan - Chad frontier") are both states,
//     each word a mention of its own, as one country's border is the
//     state's ("Turkey closed its border", "the Syrian border", "Turkish
//     border guards", "Pakistan's border security") and as the states'
//     dealings over it are ("the India-China boundary talks", "the
//     Ethiopia-Eritrea border war"). A place of the pair that is no party
//     names none ("the Gaza-Egypt border" is Egypt's). Reversed in session
//     29: from the seed-24 check on, the pair named the boundary, a
//     geographic name (guideline 9), on which readers were split (of 20
//     pairs read by hand then, 11 marked as mentions and 9 not); but the
//     blind readers since seed 25 listed both states in such phrases again
//     and again (seeds 33, 83, 104, 122 and 130), the labels count one
//     country's border as the state's (seed 97), and a border between two
//     states is both states' border, not a proper name of a place as "South
//     China Sea" is, which stays a stop phrase.
//   - Land, coasts and wars: a demonym before a feature of the land or the
//     coast ("the Lebanese coast", "Greek shores", "the Chinese mainland")
//     names a place (guideline 9); the state's jurisdiction stays the state
//     ("the Lebanese coast guard", "Greek territorial waters", "Greek
//     territory", "Somali waters", "Indian airspace", though a train label
//     each says not for the last two). A country's name used for a place
//     stays a mention, as the labels have it ("off the coast of Somalia"),
//     but "the island of Ireland" is the island. A demonym in a civil
//     war's name is the war, capitalised as in lower case ("the Nepalese
//     Civil War"; the train labels count two of three, the seed-30 check
//     none), while "Lebanon's civil war" stays a mention. Veterans name their war,
//     not the state ("Vietnam veterans", "a veteran of Iraq", "US WWI
//     veterans"; not "a veteran of the U.S. Coast Guard" or "the UK
//     veterans minister").
//   - Regions and languages: a name after a capitalised size word
//     ("Greater London", "Central America"), a demonym or a seat after a
//     capitalised compass word ("Northern Irish"), and a compass word and a
//     name that name another land ("Northern Ireland", "Western Australia",
//     "Northern Cyprus") are a region, and so, since seed 115, is any other
//     name after a capitalised compass word mid-sentence ("deported to
//     Northern Iraq"); after a lower-case one ("northern Iraq") or one that
//     opens the sentence ("Southern Israel was shelled") the name is a part
//     of the country, a mention, unless a capitalised word goes on with a
//     longer name ("the Southern Sudan Air Connection") or "of" puts both
//     in one ("the High Court of Eastern Denmark"). A demonym
//     after "speaks", "fluent", "taught" and the like, or after "in" at the
//     end of a phrase, is a language.
//   - Other names (names.go): a country's name right after a capitalised
//     word that is not capitalised for its place in the sentence, not an
//     office, a date, an agency word or an epithet of the state ("Save the
//     Children UK", "Madhav Kumar Nepal", "Air France"; not "In Chile",
//     "Statistics Canada", "Communist China", "the Trump-Russia probe", or
//     the chant "Boycott Japan!"), or after "of" behind a capitalised party,
//     movement, legislature, church, school, medium, firm or bank ("the
//     Communist Party of China", "the Revolutionary Armed Forces of
//     Colombia", "the Diet of Japan"; not "the Central Bank of Cyprus" or
//     "the Armed Forces of the Philippines"), or after a compass word or a
//     sea right before "of" ("the South of France"), or after "for" behind a
//     group's or a campaign's name ("Report for America"), or before a
//     party, society or school, named in capitals or in lower case after
//     them ("the US Libertarian Party", "the Pakistan Tehreek-e-Insaf
//     party"), or before a church, a federation, a union or a company, the
//     name's words joined by "and", "of" or "for" ("the Kenya Assemblies
//     of God", "the Royal New Zealand Returned and Services' Association",
//     "Petro Iran Development Company"; not "the US Federal Deposit
//     Insurance Corporation", a body of the registry, or "the
//     China-European Union summit"), or before a publication's, a
//     pavilion's, a project's or a firm's word in capitals ("US Weekly",
//     "the Ghana Times", "the Taiwan IT Solution Pavilion", "SCE Taiwan
//     Limited"), or after a firm's word
//     ("Daiwa Securities America Inc"), or after a gerund with it alone in
//     quotes ("a "Building Australia" fund"), or after one capital letter
//     and a hyphen ("the M-Taiwan project"), or after a capitalised name and
//     a Romance "de", "do" or "da" ("the Tour de France"), or inside a
//     domain name or at its end ("Leave.EU"), is part of that name; so is
//     an organisation's or a country's name before a capitalised title
//     that ends with a publication's word ("the EU Observer", "the UN
//     Chronicle"; not "the EU Observer Mission"). A demonym or a capital written as the
//     name ("New Zealand", "Singapore") is read as the name here ("Rest
//     Home Operators New Zealand said"), and a capital before a capitalised
//     name of an institute, a society or a university is in that name as a
//     country's name is ("The Prague Security Studies Institute", "Moscow
//     State University"). A capital's possessive before a part of the city
//     or its own government is the city ("Santiago's main street",
//     "London's Trafalgar Square", "Berlin's city government", "Moscow's
//     municipal authorities"), also past a long name with its lower-case
//     particles ("Beirut's Rafik al-Hariri International Airport"). A
//     broadcaster's word joined to
//     the name by a hyphen ("Radio-Canada") and a rating agency's name
//     ("India Ratings") are names; so is a road numbered after the US, a
//     capitalised road word and a number or, after initials, a short
//     number that closes the clause ("U.S. Highway 224", "(US 224)"; not
//     "US 12%").
//   - People, candidacies and venues: a demonym said of someone ("the
//     pilots were Dutch") or counting people ("an Italian") is a
//     nationality; "presidential candidate" and the like are a candidacy,
//     but a country's presidential or parliamentary race, campaign or
//     primary is its election, as "the US presidential election" is ("last
//     year's US presidential campaign"; not after a person's possessive,
//     "McCain's U.S. Presidential campaign"); a
//     capital before an event it hosted ("the Madrid bombings") and a
//     government's building used as a venue ("spoke at the White House")
//     are places; a leader's surname before another capitalised word, a
//     place named after a leader ("Queen Elizabeth Hospital") or "Bush,
//     25," is someone or something else.
//   - Officers: a body whose one-word name also names an officer, counted
//     or singled out ("a Garda with a broken nose", "three Gardaí", "the
//     Garda who"), is people (guideline 9), not the force ("the Gardaí
//     said", "Garda horses"), which stays the state's body. A demonym
//     before a serving officer's rank, counted or not ("one American
//     colonel", "a Dutch lieutenant"), is the state's forces.
//   - Past offices and datelines: a mention right after "former" or "ex"
//     ("a former US ambassador") is not the state acting now; a capital in
//     capitals opening a sentence before punctuation ("WASHINGTON (AP) --")
//     is a dateline.
//   - Legislatures, courts, origins, media, parties and people: a name,
//     demonym or capital right before "Senate", "court", "based", "born",
//     "news", "television", "public", "Labor", "woman" and the like ("the
//     US Senate", "a London-based firm", "Australian news", "Greek Cypriots")
//     is not a mention, nor is a possessive before a legislature or a court
//     ("Uganda's Parliament") or a name before a kind of court ("a U.S.
//     appeals court"), a court's capitalised name ("Peru's National
//     Jury Tribunal") or a judge's title ("the Kenyan Chief Justice").
//
// # Cost
//
// Most rules look for a word near the mention ("a word of trade after a
// demonym", "veterans", "called"), and most sentences hold none of them.
// Such rules are gathered in cue groups (vocab.go): each group names the
// words one of which a sentence must hold for its rules to report true,
// the words' groups are joined once per sentence when the words are looked
// up, and a rule whose group is absent is skipped with one bit test. A
// rule that learns to look at a new word needs that word in its group;
// the tests compare every table sentence with a matcher that ignores the
// cues (TestCues), and a change must leave the pool's mentions as they
// were. Session 29 wrote the groups; with them BenchmarkMatch runs at
// about the speed it had when issue 17 began, its rules since included.
//
// # Measured
//
// Each rule both ways (the place use and the government use of the same
// name) is in place_test.go. On real news, the train split of the project's
// labelled mentions (models/labels: 2,370 sentences from Wikinews and
// NewsMTSC, candidates labelled as mention or not), measured with
// `go run ./cmd/labelprep -measure train`, rule by rule (precision leaves out
// spans nobody labelled; recall counts the mentions the annotators added):
//
//	rules                          right   false   missed   precision   recall
//	before these rules              2636     945      285       0.736    0.902
//	+ places                        2629     796      292       0.768    0.900
//	+ former, datelines             2619     770      302       0.773    0.897
//	+ legislatures, origins, media  2617     648      304       0.802    0.896
//	+ bodies, 11 organisations      2684     648      237       0.806    0.919
//	+ spaced-dash datelines,        2684     623      237       0.812    0.919
//	  citizens, economists, and
//	  7 stop phrases
//	+ "to White House aides"        2686     623      235       0.812    0.920
//	+ heads of state and            2709     622      212       0.813    0.927
//	  government since 2000 with
//	  their surname forms; titles
//	  left out of the span
//	+ firms, products, markets,     2704     543      217       0.833    0.926
//	  currencies and private
//	  people after a country word,
//	  regions, languages, 9 stop
//	  phrases
//	+ 45 British and American       2715     543      206       0.833    0.929
//	  ministers, governors and
//	  Fed chairs since 2000
//	+ a surname after another       2714     537      207       0.835    0.929
//	  first name ("Sir Ian
//	  Blair"), "capital, Beirut",
//	  unions, plants, ships,
//	  securities, party names
//	+ foreign, defence and finance  2727     537      194       0.835    0.934
//	  ministers of 30 countries,
//	  US/UK cabinet posts (424
//	  more leader entries); 136
//	  more bodies (agencies,
//	  central banks, UN funds);
//	  6 demonyms
//	+ demonyms and capitals only    2674     286      247       0.903    0.915
//	  when the state acts
//	  (acting.go)
//	+ a body after another          2674     285      247       0.904    0.915
//	  country's name is that
//	  country's ("the Philippines
//	  Department of Energy")
//	+ 165 national agencies of the  2675     285      246       0.904    0.916
//	  30 most-mentioned countries
//	  (regulators, statistics
//	  offices, transport safety,
//	  health, environment, tax)
//	+ a country inside another      2668     253      253       0.913    0.913
//	  name (names.go), households,
//	  schools, mayors and
//	  broadcasters, parts of a
//	  capital, Serbia and
//	  Montenegro
//	+ lawmakers, branches,          2669     251      252       0.914    0.914
//	  sellers; demonyms before a
//	  national assembly or team, a
//	  news agency, an armed group
//	+ 146 more cabinet ministers    2669     251      252       0.914    0.914
//	  and officials of the US,
//	  Britain and Australia, 32
//	  more terms, "Senator X"
//	+ a surname before another      2671     249      250       0.915    0.914
//	  capitalised word is someone
//	  else's first name ("Rosa
//	  Otunbayeva"); leaders'
//	  surnames that are cities or
//	  other people's ("Liverpool",
//	  "Mr Obama" in 2007)
//	+ a demonym said of someone     2671     249      250       0.915    0.914
//	  ("the pilots were Dutch");
//	  express, supermarkets,
//	  chains
//	+ a capital before an event it  2671     243      250       0.917    0.914
//	  hosted or suffered ("the
//	  Madrid bombings", "the Hanoi
//	  summit"); San Jose needs
//	  Costa Rica near, SCO the
//	  bloc's context
//	+ a building as a venue ("at    2669     216      252       0.925    0.914
//	  the White House", "the White
//	  House lawn", "a White House
//	  bid")
//	+ people counted by             2667     185      254       0.935    0.913
//	  nationality ("an Italian",
//	  "four French"), candidacies
//	  ("US presidential
//	  candidate"), parties and
//	  societies after a name,
//	  armed groups and a ship
//	  named after a country
//	+ "Secretary X" for the US      2678     185      243       0.935    0.917
//	  cabinet, "Mr Ban", anti- and
//	  pro- demonyms
//	+ after the seed-19 check:      2680     182      241       0.936    0.917
//	  places named after a leader,
//	  "Bush, 25,", "heading to the
//	  White House", sales,
//	  contractors, "U.S.
//	  Representative", UN missions,
//	  Myanmar's junta, "Abbas",
//	  FSB the bank, colonies
//	+ "Report for America",         2680     178      241       0.938    0.917
//	  domain names, budget
//	  airlines
//	+ after the seed-20 check: a    2680     178      240       0.938    0.918
//	  portfolio between a demonym
//	  and its minister, CIA
//	  directors, the NAO, "protect
//	  US interests"
//	+ the FBI's, CIA's and NSA's    2686     178      235       0.938    0.920
//	  full names
//	+ after the seed-21 check:      2686     178      235       0.938    0.920
//	  Bureau of Consular Affairs,
//	  WHINSEC, Brazil's ABIN, a
//	  state's seizure
//	+ 35 European commissioners     2687     178      234       0.938    0.920
//	  since 1999, three State
//	  Department spokespersons
//	+ after the seed-21 errors:     2687     173      234       0.940    0.920
//	  French channels, alliances
//	  and coalitions, a party
//	  named in lower case, a US
//	  state's General Assembly,
//	  Iran-Contra
//	+ after the seed-22 errors: a   2686     172      235       0.940    0.920
//	  legislature or court named
//	  by its country ("Uganda's
//	  Parliament", "a U.S. appeals
//	  court"), interim
//	  governments, bailouts, "the
//	  reaction to Washington";
//	  heads of seven
//	  organisations, Wolfowitz,
//	  JTF-GTMO
//	+ a possessive before a firm,   2684     163      237       0.943    0.919
//	  a market or private people
//	  ("France's largest bank");
//	  "corporate America", "a
//	  united Ireland"
//	+ housing, mortgage and law     2684     151      237       0.947    0.919
//	  firms and markets,
//	  tabloids, chambers of
//	  commerce, Treasury bills;
//	  "a bid for the White
//	  House", "the East Room of
//	  the White House"
//	+ after the seed-23 tuning      2684     150      237       0.947    0.919
//	  reading: "Tour de France",
//	  languages taught, farm
//	  produce, UN missions in
//	  title case, no "Mr Faisal"
//	+ a demonym before the state's  2692     150      229       0.947    0.922
//	  objections, custody, soil,
//	  prisons, flags, membership
//	  or envoy; Irish and New
//	  Zealand bodies
//	+ the cabinets of New Zealand,  2693     150      228       0.947    0.922
//	  Ireland and Canada since
//	  2000 (173 people)
//	+ 121 cabinet ministers of      2693     150      228       0.947    0.922
//	  India, Israel, Pakistan and
//	  South Africa since 2000
//	+ 81 heads of state and         2695     150      226       0.947    0.923
//	  government the gazetteer
//	  lacked (Haiti's, Moldova's,
//	  Korea's and Taiwan's prime
//	  ministers, Greece's
//	  presidents, Gaddafi,
//	  Milosevic ...); 42 heads'
//	  terms or spellings
//	  corrected; Vietnamese
//	  letters folded
//	+ 61 US officials since 2000    2715     150      206       0.948    0.929
//	  and 13 more terms: Joint
//	  Chiefs chairmen, commanders
//	  in Iraq, Afghanistan and at
//	  CENTCOM, envoys, White House
//	  staff, DNI and FBI heads;
//	  "General", "Gen.",
//	  "Admiral", "Ambassador" as
//	  titles
//	+ 269 government bodies and 25  2717     150      204       0.948    0.930
//	  seats of 32 countries the
//	  news mentions often (central
//	  banks, statistics offices,
//	  police, intelligence, armed
//	  forces, regulators; palaces
//	  as seats)
//	+ after the seed-24 check: a    2713     144      208       0.950    0.929
//	  hyphenated pair before a
//	  border is the boundary
//	  (reversed in session 29:
//	  both states count; see
//	  Boundaries above)
//	+ a demonym before the coast    2713     142      208       0.950    0.929
//	  or the land; veterans of a
//	  war; the island of Ireland
//	+ firms' national arms,         2713     141      208       0.951    0.929
//	  publications, pavilions and
//	  brands named with a country;
//	  "Boycott Japan!"
//	+ a hyphenated pair of          2713     141      208       0.951    0.929
//	  demonyms before an affair, a
//	  treaty or an axis; the
//	  state's permission, consent
//	  and veto
//	+ "the French" in a sentence    2713     141      208       0.951    0.929
//	  about a referendum are the
//	  voters
//	+ after the seed-25 check: a    2713     141      208       0.951    0.929
//	  street that is a seat
//	  ("marched down Whitehall")
//	+ an organisation's or a        2713     141      208       0.951    0.929
//	  country's name before a
//	  publication's title ("the EU
//	  Observer")
//	+ a product between a country   2713     141      208       0.951    0.929
//	  and a maker ("US aircraft
//	  manufacturer"); products
//	  named by their country ("U.S.
//	  beef", "US goods")
//	+ churches, associations,       2713     141      208       0.951    0.929
//	  unions and firms whose
//	  capitalised name holds the
//	  country ("the Kenya
//	  Assemblies of God", "Petro
//	  Iran Development Company");
//	  a demonym's party named in
//	  lower case ("the Iraqi
//	  National Accord party")
//	+ one Garda or Gardaí counted   2713     141      208       0.951    0.929
//	  are officers, not the force
//	+ a demonym before advisers or  2713     141      208       0.951    0.929
//	  instructors ("the American
//	  advisers")
//	+ 14 US independent agencies    2713     141      208       0.951    0.929
//	  (the FEC, CPSC, NLRB, EEOC
//	  ...)
//	+ Geir Haarde as finance and    2713     141      208       0.951    0.929
//	  foreign minister
//	+ "Mr Morales" and "President   2713     141      208       0.951    0.929
//	  Morales" for Evo Morales on
//	  the days no other Morales
//	  leads a state
//	+ after the seed-26 check:      2713     138      208       0.952    0.929
//	  court cases ("Roe v.
//	  Wade"), Pheu Thai, a
//	  demonym written as the name
//	  inside another name, "a
//	  White House speech", a
//	  firm's operations,
//	  officers' ranks, "the
//	  military American school";
//	  Kayani, Vaile, the
//	  Commission for Racial
//	  Equality
//	+ after the seed-28 check: UN   2741     137      180       0.952    0.938
//	  treaty committees, HREOC,
//	  a demonym before
//	  "influence" or "presence"
//
// Hand-checked on real news the labels never touched (`go run
// ./cmd/labelprep -check-draw` then `-check-collect`; verdicts without text
// in models/labels/matchcheck.tsv): of 200 mentions drawn at random from the
// matcher of commit 64fd879 over the Wikinews pool and the NewsMTSC train
// sentences, 175 were right (precision 0.875). The rules of the last row
// were written after reading that sample's errors, so today's figure on it,
// 175 of 189 (0.926), is a tuning figure. Of 100 sentences drawn with
// them and read without the matcher's output, after the last rule, 48 of
// 53 mentions were found (recall 0.906, untuned). A blind second reader
// agreed on 197 of the 200 mentions (kappa 0.935) and found 58 mentions in
// the sentences: by that reading, precision 0.860 and recall 0.793.
// A second sample (seed 17, models/labels/matchcheck17.tsv), drawn before
// the last registry additions and read by two blind readers (kappa 0.962)
// after them, is untuned: precision 169 of 200 (0.845), recall 34 of 45
// (0.756) in dated sentences, where leaders and ministers can match. The
// acting rules were written after reading it; a third sample drawn after
// them (seed 18, models/labels/matchcheck18.tsv, two blind readers) gives,
// untuned, precision 183 of 200 (0.915) and recall 44 of 48 (0.917). On
// the Wikinews pool those rules drop 3,751 demonyms and 1,013 capitals of
// 48,455 mentions. A fourth sample (seed 19, matchcheck19.tsv, two blind
// readers, kappa 0.967), drawn after the other-name, venue and candidacy
// rules and 146 more ministers, gives, untuned, precision 184 of 200
// (0.920) and recall 49 of 55 (0.891); after the fixes its errors
// prompted, 184 of 191 and 54 of 55, tuning figures. A fifth (seed 20,
// matchcheck20.tsv, kappa 0.81), drawn after those fixes, gives, untuned,
// precision 190 of 200 (0.950) and recall 49 of 56 (0.875); 53 of 56
// after the fixes its misses prompted. A sixth (seed 21, matchcheck21.tsv,
// kappa 0.86), drawn after those, gives, untuned, precision 186 of 200
// (0.930) and recall 43 of 55 (0.782); a seventh (seed 22,
// matchcheck22.tsv, kappa 0.78), drawn after the fixes that followed,
// 186 of 200 (0.930) and 53 of 64 (0.828). Over the four samples drawn
// after session 13's rules, untuned: precision 746 of 800 (0.933), recall
// 194 of 230 (0.843). An eighth (seed 23, matchcheck23.tsv) had one
// reader and chose fixes: a tuning set. A ninth (seed 24,
// matchcheck24.tsv, kappa 0.86), drawn after session 14's rules and
// registry (the last rows of the table), gives, untuned, precision 187 of
// 200 (0.935) and recall 32 of 39 (0.821); over the five untuned samples
// since seed 19, 933 of 1,000 (0.933) and 226 of 269 (0.840). Most misses
// left are officials below cabinet rank and people the registry lacks;
// most false mentions, country names inside names the rules do not know
// (trade fairs, funds, magazines), namesakes of leaders, borders and
// wars. The rules written after reading it (the rows from "after the
// seed-24 check" on) leave 3 of its 13 false mentions ("Mr Musa", the
// trade council TAITRA, a football match) and 3 of its 7 misses (a bare
// "Rice", Ahtisaari, a crown prince's adviser): 187 of 190 (0.984) and 36
// of 39 (0.923), tuning figures. On the earlier samples they drop seven
// hyphenated border pairs that the seed-17 to seed-19 readers counted. A
// tenth (seed 25, matchcheck25.tsv, two readers with the same 200
// verdicts), drawn after those rules, gives, untuned, precision 188 of 200
// (0.940) and recall 81 of 90 (0.900); over the six untuned samples since
// seed 19, 1,121 of 1,200 (0.934) and 307 of 359 (0.855). Its false
// mentions are again country names inside names (a news site, a church, a
// veterans' association, a party, an oil firm, a book title), firms and
// products ("US aircraft manufacturer", "U.S. beef"), a street and an
// unnamed department; its misses, officials below cabinet rank, surnames
// alone ("Haarde", "Brown") and the Federal Election Commission. The rules
// and registry entries written after reading it (the rows from "after the
// seed-25 check" on) change no train label's verdict; on the Wikinews
// pool and the NewsMTSC train sentences they drop 47 mentions (streets,
// products, firms, churches, associations, parties, a news site, counted
// Gardaí) and add 38 (US independent agencies, Haarde, Evo Morales, "the
// American advisers", a "New Zealand" heading run into a sentence).
// They leave a book title with "America", "the Defense Department", "the
// Romanian delegates" in the European Parliament, a bare "Brown", and the
// officials below cabinet rank. An eleventh (seed 26, matchcheck26.tsv,
// two readers with the same 200 verdicts), drawn after those rules and
// before the registry entries, gives, untuned, precision 195 of 200
// (0.975) and recall 47 of 55 (0.855); over the seven untuned samples
// since seed 19, 1,316 of 1,400 (0.940) and 354 of 414 (0.855). Its misses
// are officials below cabinet rank (a deputy minister, an army chief, an
// election commissioner) and a body the registry lacks. The rules and
// registry entries written after its errors (the last row) drop 3 false
// mentions on the train split and lose none; on the Wikinews pool and the
// NewsMTSC train sentences they drop 71 mentions (country names written as
// demonyms inside firms', parties', shows' and associations' names, leaders
// in court cases, White House speeches, firms' operations) and add 56
// (Mark Vaile, Kayani, the Commission for Racial Equality, officers
// named by rank); among the drops are five slogans and quoted titles that
// name Taiwan ("Love Taiwan"), which a reader might count.
//
// Office holders an article introduces (session 16), measured on the
// train split of the labels, whose Wikinews articles `-measure` now
// matches whole, in order: recall 2,713 to 2,737 of 2,921 (0.929 to
// 0.937), false mentions 141 and unlabelled spans 34 unchanged. The 24
// found are ministers, spokesmen, envoys, generals and a UN relief chief
// named with their office, and some of them named again later by
// surname. On the Wikinews pool the rule adds 711 mentions to 43,262; in
// a random 50 of them read by hand, one is not in office (a minister
// assassinated years before the article). With the seed-26 fixes, the
// train split's false mentions are 137.
//
// A twelfth sample (seed 27, matchcheck27.tsv, two readers with the same
// verdicts), drawn after session 16's fixes and the office-holder rule,
// gives, untuned, precision 197 of 200 (0.985) and recall 29 of 35
// (0.829); over the eight untuned samples since seed 19, 1,513 of 1,600
// (0.946) and 383 of 449 (0.853). Its false mentions: a Pakistani Foreign
// Office spokeswoman read as British, a bare "Defense Department" and
// "the Gaddafi stadium" (fixed after the reading); its misses, demonyms
// whose phrase only a reader can place ("Afghan coalition forces", "the
// Israeli fuel cuts"), a bare "Reserve Bank", "United States" before
// "Congress" and a lower-case "greece".
//
// The rules written after those misses (the state's acts named by a kind
// and a noun, "the Israeli fuel cuts", "Afghan coalition forces",
// "Turkish cross-border raids"; a demonym coordinated with allies
// in lower case; deployments, annexations, restrictions, refusals and
// recognition; a general strike; a lower-case tag opening the text; cases
// in stateacts_test.go) change no train label's verdict: 2,741 right, 137
// false, 180 missed (precision 0.952, recall 0.938) before and after, with
// one more unlabelled span (a "kenya" tag). On the Wikinews pool and the
// NewsMTSC train sentences they add 37 mentions (14 tags, 16 forces, 4
// deployments and recognitions, 2 fuel cuts, peacekeeping forces) and drop
// none; all 37 read right by hand.
//
// A thirteenth sample (seed 28, matchcheck28.tsv, two readers with the
// same 200 verdicts), drawn after those rules, gives, untuned, precision
// 198 of 200 (0.990) and recall 70 of 77 (0.909); over the nine untuned
// samples since seed 19, 1,711 of 1,800 (0.951) and 453 of 526 (0.861).
// Its false mentions are country names inside a firm's slogan and a
// lawyers' association's name ("the Law Council of Australia"); its
// misses, two UN treaty committees, an Australian commission named by its
// initials, a minister named by surname alone, "the British acquisition
// of sovereignty", "Iranian influence" and "the Romanian presence".

// The rules and registry entries written after those misses (the UN's
// treaty committees, HREOC under both its names, a demonym before
// "influence" or "presence"; cases in seed28_test.go) change no train
// label's verdict. On the Wikinews pool and the NewsMTSC train sentences
// they add 25 mentions (11 of HREOC, 11 demonyms of a state's presence or
// influence abroad, 3 treaty committees), widen 3 ("United Nations" to
// "United Nations Committee against Torture") and drop none; all read
// right by hand. They leave the minister named by surname alone and "the
// British acquisition of sovereignty".
//
// A fourteenth sample (seed 29, matchcheck29.tsv, two readers), drawn after
// those rules, gives, untuned, precision 190 of 200 (0.950) and recall 62
// of 69 (0.899). The rules and registry entries written after its errors
// (cases in seed29_test.go): private employers and traders in
// demonym_not_before; a person's nationality; a country word inside an
// airline's, a trade unions' council's or a business forum's name
// ("Norwegian Air Shuttle", where a capitalised "Air" is the state's only
// before a word of its air force; "the New Zealand Council of Trade
// Unions"; "the Australia New Zealand Leadership Forum"); arms traded as
// goods; "Commonwealth" before Australia's federal land, property,
// agencies and laws, which is not the Commonwealth of Nations (nor, here,
// Australia); "AU" in a sentence with an African context and "Africa
// Union" for the African Union; plural villages, towns, cities and regions
// after a country word; and "the Zionist entity" and "the Zionist regime"
// for Israel. On the train labels they turn one miss right ("AU") and add
// no false mention. They leave the officials named that the registry does
// not know: an Israeli Foreign Ministry official, Singapore's foreign
// minister in a party contest and a British Treasury minister by surname.
//
// Round 3 of the stance labels (issue 17), read on its train split only,
// prompted the rules and registry entries whose cases are in
// round3_test.go: a woman's honorific before a man's surname names his
// wife ("Mrs. Bush"; no "Mrs" or "Ms" forms are generated for leaders
// whose given name only men bear); initials, a space and an amount are a
// currency ("US $39.00"), as is a country's name closing the sentence
// after a decimal ("a high of 1.37 U.S."); a capital after a compass
// word ("western Baghdad", "south Beirut") or before a part of the city
// named in up to four words is a place; "force Tehran to" and
// "officials of Chisinau" are the government; a demonym before "-led" or
// "-backed", the state's units, investigations, exit, actions,
// emissaries and radar, or a trade's regulator ("the Italian food
// authorities") is the state, and so are two demonyms joined by a hyphen
// before a joint committee; a demonym that opens a parenthesis before a
// colon is a language ("(Dutch: ...)"); "35 million Chinese" are people;
// a country's Red Cross or Red Crescent, a flag carrier, the mass media,
// a corporation, private people and shops ("US girls", "UK residents",
// "U.S. theaters", "UK customer accounts") are private; councils of a
// profession or a cause and alliances named "of" a country ("the Law
// Council of Australia", "Animal Alliance of Canada") are other names;
// "Republic of China" after a possessive is part of "People's Republic of
// China". Stop phrases: the Taiwan Strait, Sudan Red, the Downing Street
// memo, New Zealand First, the US Virgin Islands, Indian Affairs and two
// tourism boards. Registry: seven ministers with their terms, five heads'
// other transliterations, DoJ, DHS, TSA, DARPA and GAO, "Irish Republic",
// "N. Korea", "S. Korea" and "Uzbek". Round 3's train split: 2,385
// right, 110 false, 188 missed (precision 0.956, recall 0.927) before,
// 2,427, 59 and 146 (0.976, 0.943) after, tuning figures; rounds 1 and 2
// (models/labels/realnews.tsv), which these rules were not read on: 5,126,
// 229 and 340 (0.957, 0.938) before, 5,136, 226 and 330 (0.958, 0.940)
// after. Left as they were, with the earlier decisions: a country's
// possessive before its legislature ("Pakistan's parliament"), hyphenated
// borders ("the Lebanon-Syria border"), plural demonyms ("the Israelis"),
// named wars ("the Guatemalan Civil War", which the labels count in
// some sentences and not in others), bare "Wade" and "Brown" for someone
// else, and surnames that are common words ("Rice", "Straw", "Gates").
//
// A fifteenth sample (seed 30, matchcheck30.tsv, two readers, adjudicated),
// drawn after round 3's rules, gives, untuned, precision 187 of 200
// (0.935) and recall 57 of 71 (0.803). The rules and registry entries
// written after its errors (cases in seed30_test.go): consortia, security
// contractors, "Radio-Canada", Canada geese, a capital's city government,
// roads numbered after the US, "10 Downing Street" as an address, civil
// wars named by a demonym, "Athens, Georgia" (context rules
// unless_place_before and unless_prev_capitalised), initials an article
// defines as another country's body (the Western Australian EPA), the
// state's broadcaster ("North Korean state television"), the UN's
// secretary-general named by the office alone, registry leaders named by
// surname after the article named them in full ("Fox", "MacKay"), and
// officials named before ", <office> of" a party ("Brigadier Andrew
// Mackay, commander of British forces"); registry: ANSTO, Rosprirodnadzor
// and Oleg Mitvol, "Abu Mazen", G. P. Koirala by surname, K. P. Sharma Oli
// as foreign minister, Askar Akayev until his resignation, Tony Fratto.
// On the train split of the real-news labels they turn 7,563 right, 285
// false and 476 missed (precision 0.964, recall 0.941) into 7,584, 283
// and 455 (0.964, 0.943); the civil-war rule costs two train mentions the
// labels count ("the Nepalese Civil War", "the Syrian Civil War") for one
// they do not. On the seed-30 sample, as tuning figures: precision 187 of
// 190, recall 70 of 71. On the Wikinews pool they add 621 mentions (462
// of them surnames of leaders an article named before) and drop 52.
// Left as they were: "Serbia and Montenegro", which the registry gives
// Serbia as its successor and five train labels count; "the Justice
// Department" and "the Commerce Department", which the adjudicator called
// generic but the train labels count (eight "Justice Department" and
// three "Defense Department" right, none false); and "United States
// Representative", a legislator's title, which guideline 9 leaves out as
// it does "the US Senate", though the readers counted the country.
//
// A sixteenth sample (seed 31, matchcheck31.tsv, two readers, adjudicated),
// drawn after the seed-30 rules, gives, untuned, precision 189 of 200
// (0.945) and recall 53 of 61 (0.869). The rules and registry entries
// written after its errors (cases in seed31_test.go): industries and an
// airline's routes named by a country word, goods "-made" and firms
// "-owned" there, a nationality in brackets, a capital's possessive before
// its airport's long name, a capital inside an institute's name, a
// country's name before a body of the registry that opens with a trade's
// word (the FDA), a head's surname before "government" after "the" ("the
// Howard Government"), a demonym before "sniper", a country's presidential
// race or campaign, and a capitalised compass word before a country's
// name ("Southern Israel"); registry: USAF, and "Palestinian" before
// fighters or snipers, who are armed groups'. On the train split they
// turn 7,584 right, 283 false and 455 missed (precision 0.964, recall
// 0.943) into 7,588, 282 and 451 (0.964, 0.944). On the seed-31 sample,
// as tuning figures: precision 189 of 193, recall 60 of 61; the earlier
// samples keep their verdicts but one, a signatory's country in brackets
// that a seed-27 reader counted ("Theotonio Dos Santos (Brazil)"). On the
// Wikinews pool they add 112 mentions (42 the Howard government, 37 parts
// of a country after a compass word, 16 names before an agency or a
// central bank, 12 the USAF, its chief of staff and an oil minister, 5
// elections and a sniper) and drop 67 (46 nationalities in brackets and
// goods made in a country, 16 industries, routes and Palestinian fighters,
// 5 capitals in names and places).
// Left as they were: "Clay", an FBI spokesman the article introduced two
// sentences before, whom the readers, seeing one sentence, did not know
// (the matcher is right by guideline 8); Tymoshenko on the day of her
// dismissal, the last day of her term, which only the sentence's tense
// tells; "a U.S." at the end of a sentence the split cut before "toy
// company", which three train labels count where the noun was a person
// ("A U.S."); "Australian nuclear debate", a Wikinews heading run into the
// sentence, whose fix would be a rule for one phrase; and "Taco Bell
// Canada", a firm's national arm, which guideline 9 leaves out ("Air
// India") though the readers counted it.
//
// A seventeenth sample (seed 32, matchcheck32.tsv, two readers, kappa
// 0.87, adjudicated), drawn after the seed-31 rules, gives, untuned,
// precision 193 of 200 (0.965) and recall 36 of 39 (0.923); over the
// thirteen untuned samples since seed 19, 2,470 of 2,600 (0.950) and 661
// of 766 (0.863). Its false mentions: an official's surname that no
// office holder bore, a source's broken "Russia n-owned", a demonym in a
// French party's name, "U.S. politicians", a dual nationality, a capital
// attacked as a city and "anti-Palestinian" of the people; its misses, a
// governor general by name, "the Israelis" for the state, and an official
// in an undated sentence (a zero date matched no leader then).
//
// The misses of the samples of seeds 19 to 32 read again with today's
// matcher (session 21): of their 113 recall rows marked missed, 81 are
// found now and 32 still missed, 14 of them officials the registry lacked
// or held without that term, 3 bodies (the Office of Legal Counsel, the
// CSO without Irish words, a bare "Reserve Bank"), 4 demonyms before a
// noun the lists lack ("British sailors", "the Lebanese political
// system"), 2 plural demonyms, 2 "United States" before a legislature or
// a legislator, and one each of a bare "Congo", "Indo-US", "the U.S.
// market", a doubled tag, "Taco Bell Canada", a lower-case "European
// commissioners" and an undated official. Written after them (cases in
// recall33_test.go): registry officials with their terms, or windows
// inside a term whose first or last day is uncertain (State Department
// and foreign ministry spokespeople of the US, China, Iran, India and
// Israel, Canada's governors general, Singapore's foreign ministers, a US
// attorney, a Treasury minister, Thailand's army chief in the 2006 coup,
// Adel al-Jubeir's other posts), the Office of Legal Counsel, the
// combining forms "Sino" and "Indo" as demonyms, "official" as the head
// of an office phrase, and a name written family name first named by its
// first word afterwards. They find 11 of the 32 and leave the train split
// at 7,588 right and 282 false but turn 451 missed into 442 (precision
// 0.964, recall 0.944 -> 0.945); on the Wikinews pool they add 106
// mentions (one wrong, a defector called Kim after Kim Jong Il) and drop
// none. Left: Martti Ahtisaari as the UN's envoy, whom the pool names
// mostly as the founder of a private mediator in the same years; officials
// whose term or party is unsure (an army spokesman, a deputy minister, an
// election commissioner "Aziz" beside Pakistan's prime minister of that
// name); and the rest, single phrases or earlier decisions.
//
// An eighteenth sample (seed 33, matchcheck33.tsv, two readers, kappa
// 0.94, adjudicated), drawn after that round, gives, untuned, precision
// 190 of 200 (0.950) and recall 24 of 32 (0.750); over the fourteen
// untuned samples since seed 19, 2,660 of 2,800 (0.950) and 685 of 798
// (0.858). Its false mentions: private people's nationalities, a firm
// that "remains Canadian", a source's broken "Qataris", "German cities",
// a national football team, London, Ontario, a named war and a colonial
// law's name; its misses, "the American no-fly list", a hyphenated
// border, "the US market", an undated President, a minister and an
// electoral commission the registry lacks, and "the Lebanese political
// system".
//
// Written after seed 33 (session 22; cases in seed33_test.go): a head of
// state or government titled as one in an undated sentence ("President
// Barack Obama") is in office on its day, as the readers of seeds 32 and
// 33 read guideline 12; a nationality said of someone before a comma
// ("the captain is Canadian, First Officer ..."), "remain" as a copula,
// "as well as" joining demonyms ("French as well as Israeli
// citizenship"), portfolio words that name people as heads ("the Canadian
// youth was held"), the state's no-fly list and political system, and
// Pakistan's railways minister of 2008 to 2013. Of seed 33's 10 false and
// 8 missed rows they mend 4 and 4; the train split is unchanged (7,597
// right, 282 false, 442 missed); on the whole pool they add 654 mentions
// (511 titled heads in undated NewsMTSC sentences, which name past
// presidents too: "under President Bill Clinton") and remove 8, all
// people ("Israeli veterans of the conflict", "the Somali youth").
// BenchmarkMatch is unchanged (about 735 ns a sentence).
//
// Then, from the commonest words after the demonyms the matcher finds in
// the whole pool (cases in seed33_test.go, TestPoolDemonymHeads): two
// demonyms that a hyphen joins, as a noun, are a person of two origins
// ("a Cuban-American who"); "trade unions", "nuclear scientist", "nuclear
// debate", "flag carrier" and "federal opposition" after a demonym are
// not the state though their first word is; a state-owned firm is a firm
// (its media stay the state's voice); and "the average Canadian" is a
// person. They remove 30 mentions of the pool, all of them people, unions,
// firms, the opposition, a debate's heading or a newspaper's name
// ("American-Statesman"); the train split goes from 282 false to 278,
// with the same 7,597 right. BenchmarkMatch: about 760 ns a sentence,
// from 735.
//
// A nineteenth sample (seed 34, matchcheck34.tsv, two readers, kappa
// 0.82, adjudicated), drawn after the undated heads and the seed-33
// fixes, gives, untuned, precision 191 of 200 (0.955) and recall 44 of 53
// (0.830); over the fifteen untuned samples since seed 19, 2,851 of 3,000
// (0.950) and 729 of 851 (0.857). Its false mentions: a prosecutor, an
// institute "in Ireland", a televangelist, Brussels visited, a title
// before a name, a former official, a capital's court, a slogan's
// "Lebanese" and "the partition of Ireland"; its misses, "the Iraqi legal
// system", "the Zimbabwean way", three Kuwaiti office holders by full
// names the registry lacks, Iran's government spokesman, "the Afghan
// province of Laghman" and a UN mission's spokesman.
//
// Written after seed 34 (cases in seed34_test.go): "the Iraqi legal
// system" as the political system is; a demonym's province ("the Afghan
// province of Laghman") as its villages and towns are (adjudication
// decision 1); a rank between "former" and a country word ("a former
// senior U.S. official"); preachers, televangelists, comedians and rappers
// among a country's private people; a capital's court ("Harare's High
// Court", guideline 9); and Kuwait's office holders: the prime minister of
// 2006-11 in the form the news writes, the crown prince of 2006-20 and the
// foreign minister of 2003-11, with no surname forms for a dynasty's name
// that every leader bears (that name had also merged the terms of four
// prime ministers into other Al-Sabahs). On the pool they add 26
// mentions (22 provinces, the Kuwaitis and "the Spanish legal system") and
// remove 3; the train split: 7,597 right, 279 false (one more: "several
// Iranian provinces", which the labels left out), 442 missed.
//
// Then, from the commonest words before the capitals the matcher finds in
// the pool (TestPoolCapitals): a shorter seat inside a longer one already
// found a place is that place ("the embassy in New Delhi will" had given
// "Delhi"), a city's jails ("a Jakarta prison") are places, and "Air
// Berlin", "University College Dublin" and "East London" are stop phrases.
// They remove 13 mentions of the pool, two of them right by accident
// before ("Word of New Delhi's displeasure", where "of" makes the longer
// seat a place), and turn the train split's 279 false into 277.
//
// A twentieth sample (seed 35, matchcheck35.tsv, two readers, kappa
// 0.76, adjudicated), drawn after the seed-34 fixes, gives, untuned,
// precision 195 of 200 (0.975) and recall 43 of 55 (0.782); over the
// sixteen untuned samples since seed 19, 3,046 of 3,200 (0.952) and 772 of
// 906 (0.852). Its false mentions are names (a school, a holiday, two
// transit lines) and a national football team; its misses, officials
// (an undated press secretary, a minister by surname, a deputy minister
// written "E.Ahmed", the EU's representative), plural and predicate
// demonyms ("the Germans", "were Nigerian"), "Iranian behavior", a
// Russian republic, "an Indian advisory" and DIMIA. Written after it
// (seed35_test.go): an organisation's representatives, parliament and
// assembly are its own (a country's are its legislature), a demonym's
// republic is a place in the country, a travel advisory is the state's,
// and DIMIA and DIMA are Australia's. On the pool they add 42 mentions
// (26 DIMIA, 12 organisations' representatives) and remove none; the
// train split is unchanged but one more unlabelled span.
//
// Then (session 22, as seed 35's s012 was adjudicated), an official whom
// an undated sentence introduces with an office ("White House press
// secretary Sarah Sanders") is an official there, as in dated text; and
// "ousted" before a head's title in undated text is a past office. On the
// pool: 71 more mentions, all in NewsMTSC's undated sentences (press
// secretaries, secretaries of state, foreign ministers, ambassadors), none
// removed; the train split is unchanged.
//
// A twenty-first sample (seed 36, matchcheck36.tsv, two readers, kappa
// 0.61 on mentions nearly all right, adjudicated), drawn after the undated
// officials, gives, untuned, precision 195 of 200 (0.975) and recall 52 of
// 57 (0.912); over the seventeen untuned samples since seed 19, 3,241 of
// 3,400 (0.953) and 824 of 963 (0.856). Its false mentions: two languages,
// a namesake's surname, "President Bush" in an undated sentence of 2016
// (the title read as a term) and militants' attack; its misses, a body
// after "former", "serve at the White House", a British general the
// registry lacked, "Presidente" and "the DOE". Written after it
// (seed36_test.go): a body keeps its mention after "former" ("former EPA
// head", as the labels and the readers count it; a country's name or
// demonym there is still a past office), "serve" or "work" at a seat of
// government is its service, "Presidente" is a head's title, and Sir
// Michael Jackson as Chief of the General Staff of 2003-06, by his
// knighthood only. On the pool: 71 more mentions (nearly all bodies after
// "former" or "ex-", mostly the CIA and FBI of NewsMTSC), one span
// longer ("Former U.S. Federal Reserve Chairman" gives "U.S. Federal
// Reserve"); the train split: 7,602 right (from 7,597), 277 false, 437
// missed (from 442).
//
// Qatar's and Bahrain's leaders, like Kuwait's, now get no surname form
// (partiesgen's noSurname): the ruling family's name had merged two
// Qatari prime ministers named Abdullah, and given an emir and a king the
// prime ministers' terms of those who followed them (TestGulfFamilies).
// Nothing in the pool or the train split changes.
//
// The generator merged two leaders of one country who share a surname
// and a first initial into one person (partiesgen's findPerson); it now
// asks for the same first name or an initial of it. That parts Mali's
// prime ministers Mandé and Modibo Sidibé, Somalia's Abdullahi Yusuf Ahmed
// and Abdiweli Sheikh Ahmed, São Tomé's Guilherme Posser and Gabriel
// Costa, and Eswatini's two Dlaminis, each of whom had carried the other's
// terms (TestSharedSurnames), and lists a few heads twice under two
// spellings of a first name ("Victor" and "Viktor Zubkov"), which changes
// nothing the matcher finds. The pool and the train split are unchanged.
//
// A twenty-second sample (seed 37, matchcheck37.tsv, two readers who
// agreed on all 200 mentions, adjudicated), drawn after the seed-36 fixes,
// gives, untuned, precision 195 of 200 (0.975) and recall 53 of 58
// (0.914); over the eighteen untuned samples since seed 19, 3,436 of 3,600
// (0.954) and 877 of 1,021 (0.859); over the four of this session (seeds
// 34-37), 776 of 800 (0.970) and 192 of 223 (0.861). Its false mentions: a
// home, a leader two days after he fled, "the Bush", a past presidency in
// an undated sentence and "South Australia"; its misses, "change in
// Washington", "a former British spy", Iran's central bank governor,
// "Australian Treasurer" and the UPDF. Written after it (seed37_test.go):
// "treasurer" as a state head, the UPDF and the governor of 2003-07 (pool
// +20; train split 7,603 right, 436 missed).
//
// A twenty-third sample (seed 38, matchcheck38.tsv, two readers, kappa
// 0.82, adjudicated), drawn after the seed-37 fixes, gives, untuned,
// precision 192 of 200 (0.960) and recall 37 of 45 (0.822); over the
// nineteen untuned samples since seed 19, 3,628 of 3,800 (0.955) and 914
// of 1,066 (0.857); over the five of session 22 (seeds 34-38), 968 of
// 1,000 (0.968) and 229 of 268 (0.854). Its false mentions: a party's
// name, units, a record label, a flag, a language, a football team and
// private groups and people; its misses, a misspelt minister, an undated
// "German Chancellor Angela Merkel", a minister's earlier portfolio, "US"
// before "Labor Department", and officers and prosecutors. Written after
// it (seed38_test.go): "Chancellor" as an undated head's title, a
// portfolio's department or minister after a word of notStateAfter
// ("labor"), "Nicholas Sarkozy", and Turnbull's environment portfolio of
// 2007 (pool +22).
//
// A twenty-fourth sample (seed 39, matchcheck39.tsv, two readers, kappa
// 0.93, adjudicated), drawn with no rule written after seed 38, gives,
// untuned, precision 192 of 200 (0.960) and recall 41 of 44 (0.932); over
// the twenty untuned samples since seed 19, 3,820 of 4,000 (0.955) and 955
// of 1,110 (0.860); over the six of session 22 (seeds 34-39), 1,160 of
// 1,200 (0.967) and 270 of 312 (0.865). Its false mentions: a retired
// general, a UN programme, "Labor Department" after "US", a party's name,
// a title, "the Vietnam War" and a book's title; its misses, two agencies'
// initials and Thailand's junta. Written after it (seed39_test.go): the
// US Geological Survey and the UK's passport agencies by name and
// initials (pool +7, one span longer).
//
// Session 23 first read the train split's misses (a tuning set) and wrote
// (train23_test.go, and TestUndatedHeads for the first): a head's
// government in undated text ("the Obama administration", pool +86, one
// false: a US governor's "Christie administration" read as the Bahamas'
// premier); a demonym before the state's fleet, its relationship and a
// capitalised secretary's title; Antigua, Iran's Expediency Council and
// its chairman, and the US's man in Havana (train split 7,625 right, 414
// missed). After the seed-40 fixes below, again from the train split: an
// appositive's office after "a" or "an" ("Ali al-Dabbagh, an Iraqi
// government spokesman, said"; not a clause of its own, "the plant
// reopened, a Romanian official said", nor a past office after "who"), an
// office "for" the party ("a spokesman for the Iraqi government", "a
// spokesperson for Israel's foreign ministry"), and twenty office holders
// the registry lacked (train split 7,653 right, 277 false, 386 missed:
// precision 0.965, recall 0.952; pool +92). Then, from its false
// mentions: a demonym in a list with a language no state is named after
// ("fluent in Mongolian, Russian, French and English"), a country before
// an ordinal court ("the U.S. 9th Circuit Court"), a party's members ("a
// US Democrat") and a capitalised run of awards, fairs and forums ("the
// Taiwan Excellence Awards") (train split 256 false: precision 0.968;
// pool -14, all read right).
//
// A twenty-fifth sample (seed 40, matchcheck40.tsv, two readers, kappa
// 0.88, adjudicated), drawn after the seed-39 fixes, gives, untuned,
// precision 190 of 200 (0.950) and recall 45 of 53 (0.849); over the
// twenty-one untuned samples since seed 19, 4,010 of 4,200 (0.955) and
// 1,000 of 1,163 (0.860). Its false mentions: a people, a hospital's
// name, a firm's branch, a city in a ranking, the opposition's leader, a
// UN programme, an occupied land's name, a leader's father, a newspaper
// and a product; its misses, an official after "according to", a
// country's name in its legislature's (three), an envoy to a capital, a
// misspelt demonym, a plural demonym and a committee of Pakistan's
// cabinet. Written after it (seed40_test.go): a people or a faith after a
// country's name, "leader of the opposition", "Sr" after a name, hospitals
// in a capitalised run, "according to" before an office, an ambassador or
// envoy "to" a capital, the committee and three stop phrases (pool +22,
// -9).
//
// A twenty-sixth sample (seed 41, matchcheck41.tsv, two readers, kappa
// 0.80, adjudicated), drawn and scored at af7a71f, after the seed-40
// fixes and the first train-split rules, gives, untuned, precision 194 of
// 200 (0.970) and recall 37 of 44 (0.841); over the twenty-two untuned
// samples since seed 19, 4,204 of 4,400 (0.955) and 1,037 of 1,207
// (0.859). Its false mentions: a blog's title, a channel, a firm's
// premises, a PAC, a premier out of office in a memoir and a state's
// "General Assembly"; its misses, "MEPs", two demonyms before people
// ("Russian observers", "Ukrainian specialists"), a plural demonym, "the
// Ecuadoran capital", a commission's president and Fidel Castro in 2007
// (a surname he shared with the acting president). Written after it
// (seed41_test.go): "MEPs" as the EU, "Ecuadoran" and "Ecuadorean", and
// department stores, aid workers and trade winds after a demonym (pool
// +14 -2; train split 7,655 right, 252 false, 384 missed). Both readers counted the singular "capital", "town" or
// "village" a demonym locates ("the Ecuadoran capital city of Quito");
// the train split's labels count the singular none four times in five,
// so it stays none, as the plural stays a mention (labels decision 1).
// Then, again from the train split's misses: a middle initial inside an
// introduced name ("US ambassador James D. McGee"), an envoy's post and
// then his name after a comma ("The United States Ambassador to India,
// David Mulford"; not after someone else's name, where whose post it is
// is unclear), an office "at" a body, a country's prosecutors, and five
// office holders, a central bank and a body's shorter name (train split
// 7,672 right, 252 false, 367 missed: precision 0.968, recall 0.954; pool
// +57, and Rafsanjani's eight mentions an official's, not a head's).
//
// A twenty-seventh sample (seed 42, matchcheck42.tsv, two readers, kappa
// 0.91, adjudicated), drawn and scored at c18b255, gives, untuned,
// precision 194 of 200 (0.970) and recall 37 of 40 (0.925); over the
// twenty-three untuned samples since seed 19, 4,398 of 4,600 (0.956) and
// 1,074 of 1,247 (0.861); over session 23's three (seeds 40-42), 578 of
// 600 (0.963) and 119 of 137 (0.869). Its false mentions: a person's
// citizenship, a garbled "Israelis", a title before a name, a place, a
// flag and another's assets in the country; its misses, two ministers the
// registry lacked and a bare surname before "President Donald Trump" in an
// undated sentence. Written after it (seed42_test.go): an undated
// sentence is an article of its own for the people it titles or
// introduces, so their bare surnames count anywhere in it, and Australia's
// workplace minister of 2003-07 (pool +78). Then, from the train split:
// "U.S. Attorney" before a name introduces a federal prosecutor, and the
// governor-general as the news misspells him (pool +4).
//
// A twenty-eighth sample (seed 43, matchcheck43.tsv, two readers, kappa
// 0.89, adjudicated), drawn and scored at f597b22, gives, untuned,
// precision 195 of 200 (0.975) and recall 36 of 46 (0.783); over the
// twenty-four untuned samples since seed 19, 4,593 of 4,800 (0.957) and
// 1,110 of 1,293 (0.858); over session 23's four (seeds 40-43), 773 of
// 800 (0.966) and 155 of 183 (0.847). Its false mentions: a scheme's
// name, a garbled "Qataris", protesters' flags, a group's name and an
// American state's department; its misses, bodies, spellings and a
// minister the registry lacked, officials named around an office "of" or
// "for" the party, "new Australian anti-terror laws" and "a White House
// news conference". Written after it (seed43_test.go): a name between a
// title and "of" the party ("Spokeswoman Janelle Hironimus of the US
// Department of State"), or after the comma that closes an office "for"
// the party that an article opens ("A spokesman for the United Nations
// refugee agency, Alphonse Munyaneza,"), a hyphenated "anti-" or
// "counter-" purpose between a demonym and its head, the Peace Corps,
// "JTF Guantanamo", "Somalian", "United Nation" and South Africa's
// environment minister of 2004-14 (pool +29; train split 7,683 right, 251
// false, 356 missed: precision 0.968, recall 0.956). Then, from the train
// split's false mentions: an American state's own department ("the Ohio
// State Department of Education") and six names after countries (the
// Irish Guards, the Iraq Study Group, ...) (train split 241 false:
// precision 0.970; pool -9, all read right).
//
// A twenty-ninth sample (seed 44, matchcheck44.tsv, two readers, kappa
// 0.92, adjudicated), drawn and scored at a02d26a, gives, untuned,
// precision 193 of 200 (0.965) and recall 36 of 42 (0.857); over the
// twenty-five untuned samples since seed 19, 4,786 of 5,000 (0.957) and
// 1,146 of 1,335 (0.858); over session 23's five (seeds 40-44), 966 of
// 1,000 (0.966) and 191 of 225 (0.849). Its false mentions: a historical
// land, a split word, the MEPs as members, a bare "Justice Department",
// a candidate out of office, a capital's police and a misspelt district;
// its misses, three officers by rank alone, the IMF's director by "Mr.
// de Rato", "Obama Administration" in an undated headline and an
// associate attorney-general. Written after it (seed44_test.go): a head's
// "Administration" or "Regime" in a headline, which drops the article,
// and "de Rato" (pool +8).
//
// A thirtieth sample (seed 45, matchcheck45.tsv, two readers, kappa 0.85,
// adjudicated), drawn and scored at fedaaec, gives, untuned, precision
// 192 of 200 (0.960) and recall 37 of 40 (0.925); over the twenty-six
// untuned samples since seed 19, 4,978 of 5,200 (0.957) and 1,183 of
// 1,375 (0.860); over session 23's six (seeds 40-45), 1,158 of 1,200
// (0.965) and 228 of 265 (0.860). Its false mentions: a war's name (two),
// militants, a firm's partner, two undated titles of Obama's written
// after his term, a namesake and a chair's name; its misses, a bare
// "Reserve Bank", "Ramos Horta" without the hyphen and "Howard Government
// ministers". Written after it and seed 44's officers (seed45_test.go):
// an officer named by rank after the state and its forces ("U.S. Army Lt.
// Col. Barry Venable", "Israeli Maj. Gen. Dan Harel"; a rank's
// abbreviation after a demonym is the state's), a head's capitalised
// government word without an article inside a sentence (not after a
// month), a regnal number is no surname ("the Van Rompuy I Government"
// is not Juan Carlos I's), and Ramos-Horta's foreign ministry and
// unhyphenated name (pool +31).
//
// A thirty-first sample (seed 46, matchcheck46.tsv, two readers, kappa
// 0.75, adjudicated), drawn and scored at 37eacc6, gives, untuned,
// precision 192 of 200 (0.960) and recall 39 of 43 (0.907); over the
// twenty-seven untuned samples since seed 19, 5,170 of 5,400 (0.957) and
// 1,222 of 1,418 (0.862); over session 23's seven (seeds 40-46), 1,350
// of 1,400 (0.964) and 267 of 308 (0.867). Its false mentions: firms and
// their offices, jobs and prices, a street, a capital as a meeting's
// place and "Spanish sources"; its misses, "Iraq's oil revenues", an army
// chief by surname, "Multinational Force Iraq" and "Canada's Senate".
// Written after it (seed46_test.go): a country's income from an industry
// is its economy ("Iraq's oil revenues"), its jobs and prices are not the
// state, and Britain's army chief of 2006-09 (pool +13 -4).
//
// A thirty-second sample (seed 47, matchcheck47.tsv, two readers, kappa
// 0.83, adjudicated), drawn and scored at e0d8ab9, gives, untuned,
// precision 191 of 200 (0.955) and recall 30 of 37 (0.811); over the
// twenty-eight untuned samples since seed 19, 5,361 of 5,600 (0.957) and
// 1,252 of 1,455 (0.860); over session 23's eight (seeds 40-47), 1,541
// of 1,600 (0.963) and 297 of 345 (0.861). Its false mentions: a venue,
// a foundation, two councils of private bodies, a capital among stock
// exchanges, people in a headline, a bus company, "US audiences" and a
// correspondent's beat; its misses, a veteran sergeant, a surname the
// registry leaves bare out, plural demonyms of a 1916 battle, a regiment
// and two officials the registry lacks. Written after it
// (seed47_test.go): a correspondent's beat and a country's audiences are
// not the state, a Canadian regiment is, and a bus company's name (pool
// +2 -9).
//
// A thirty-third sample (seed 48, matchcheck48.tsv, two readers, kappa
// 0.94, adjudicated), drawn and scored at 839b0c5, gives, untuned,
// precision 191 of 200 (0.955) and recall 28 of 31 (0.903); over the
// twenty-nine untuned samples since seed 19, 5,552 of 5,800 (0.957) and
// 1,280 of 1,486 (0.861); over session 23's nine (seeds 40-48), 1,732 of
// 1,800 (0.962) and 325 of 376 (0.864). Its false mentions: a firm's
// sites, a party's name, a postal firm, exports read as goods, a
// namesake, a currency's label, militants, a garbled "Iraqis" and a
// country's tradition; its misses, "the VA", New Zealand's GCSB and an
// officer with no party word before him. Written after it
// (seed48_test.go): a currency's label in brackets ("(U.S.) $200"),
// another owner's sites or partner firm after "its" or "their" ("all its
// U.S. facilities", "its US partner Biogen"), New Zealand Post and the
// Union for French Democracy, the GCSB and the US veterans' department
// (pool +5 -8).
//
// A thirty-fourth sample (seed 49, matchcheck49.tsv, two readers, kappa
// 0.80, adjudicated), drawn and scored at 6738c38, gives, untuned,
// precision 198 of 200 (0.990) and recall 40 of 49 (0.816); over the
// thirty untuned samples since seed 19, 5,750 of 6,000 (0.958) and 1,320
// of 1,535 (0.860); over session 23's ten (seeds 40-49), 1,930 of 2,000
// (0.965) and 365 of 425 (0.859). Its false mentions: two presidents
// compared in an undated sentence and a campaign's name; its misses, a
// minister with no party word before him, a misspelt "Security Council",
// "Iranian riot police", "official Chinese comment", two ministers by
// bare surname, Ayatollah Jannati, a singular place a demonym locates and
// "The National Archives". Written after it (seed49_test.go): a force's
// purpose between a demonym and its head ("riot police") and the Guardian
// Council's secretary (pool +13). Reading the registry for such words
// then found Saint Vincent's prime minister since November 2025, Godwin
// Friday, whose bare surname had made every "Friday" of a dated sentence
// since then a mention; it now needs his first name or a title.
//
// A thirty-fifth sample (seed 50, matchcheck50.tsv, two readers, kappa
// 0.79, adjudicated), drawn and scored at f58b45d, gives, untuned,
// precision 189 of 200 (0.945) and recall 72 of 82 (0.878); over the
// thirty-one untuned samples since seed 19, 5,939 of 6,200 (0.958) and
// 1,392 of 1,617 (0.861); over session 23's eleven (seeds 40-50), 2,119
// of 2,200 (0.963) and 437 of 507 (0.862). Its false mentions: a people,
// two banks, a newspaper, an alliance, a split word, a legislature's
// ceremony, goods, voters by colour, a university department and a stock
// exchange; its misses, a vice-president titled in undated sentences, a
// bare surname, a legislature's country, "Malacañan", France's CRS,
// "North Korean media" and "Washington" in undated sentences. Written
// after it (seed50_test.go): "Malacañan" for the palace, "red" and "blue"
// America as voters, and four stop phrases (pool +1 -8).
//
// A thirty-sixth sample (seed 51, matchcheck51.tsv, two readers, kappa
// 0.85, adjudicated), drawn and scored at bd9e42d, gives, untuned,
// precision 188 of 200 (0.940) and recall 38 of 40 (0.950); over the
// thirty-two untuned samples since seed 19, 6,127 of 6,400 (0.957) and
// 1,430 of 1,657 (0.863); over session 23's twelve (seeds 40-51), 2,307
// of 2,400 (0.961) and 475 of 547 (0.868). Its false mentions: a court,
// a people, a past administration in an undated sentence, a namesake, a
// candidate, an activist, a consumer group, army radio, travellers, a
// legislator, an airline and a movement's leader; its misses, a plural
// demonym and an officer named after his office. Written after it
// (seed51_test.go): travellers, tourists and activists after a country's
// name, and two stop phrases (pool -4).
//
// A thirty-seventh sample (seed 52, matchcheck52.tsv, two readers, kappa
// 0.82, adjudicated), drawn and scored at 42494ba, gives, untuned,
// precision 190 of 200 (0.950) and recall 27 of 32 (0.844); over the
// thirty-three untuned samples since seed 19, 6,317 of 6,600 (0.957) and
// 1,457 of 1,689 (0.863); over session 23's thirteen (seeds 40-52), 2,497
// of 2,600 (0.960) and 502 of 579 (0.867). Written after it (session 24,
// seed52_test.go): an official whom an undated sentence titles with one
// of their own offices ("Commerce Secretary Wilbur Ross", "Secretary of
// State Rex Tillerson"; not after "former" or "fired"), as a
// titled head; a government building after "former" ("the former White
// House adviser"), as a body; "public" before the state's purse ("the U.S.
// public debt"); a surname joined by an apostrophe after another given
// name ("Frank O'Donnell") is someone else; and Britain's cabinet
// secretaries from 2002 to 2024. On the pool: +72 undated officials (US
// attorneys general, secretaries, advisers and directors, Israel's and
// India's foreign ministers, the UN secretary-general), +13 "former White
// House", one debt, one cabinet secretary, one namesake fewer; the train
// split 7,682 right, 237 false, 357 missed to 7,687, 238 and 352.
//
// A thirty-eighth sample (seed 53, matchcheck53.tsv, two readers, kappa
// 0.92, adjudicated), drawn and scored at ebafd47, gives, untuned,
// precision 194 of 200 (0.970) and recall 49 of 53 (0.925); over the
// thirty-four untuned samples since seed 19, 6,511 of 6,800 (0.957) and
// 1,506 of 1,742 (0.865). Its false mentions: a flag, a capital an envoy
// is sent to, mortgages, a war veteran, protesters outside the White
// House and a party's name; its misses, the Security Council in
// Portuguese, two US bodies the registry lacked, their head named after
// "The head of the ...," and a plural demonym. Written after it
// (seed53_test.go): a demonym's plural after "the" as the state's side,
// which the matcher had left out as people (pool +208 mentions, of which
// about two in three read as the state in a sample of 45; the train split
// +23 right, none false), "head" as an office's word, and three US bodies
// (pool +27); the train split 7,687 right, 238 false, 352 missed to
// 7,714, 238 and 325.
//
// A thirty-ninth sample (seed 54, matchcheck54.tsv, two readers, kappa
// 0.95, adjudicated), drawn and scored at 7acfdf3, gives, untuned,
// precision 188 of 200 (0.940) and recall 63 of 64 (0.984); over the
// thirty-five untuned samples since seed 19, 6,699 of 7,000 (0.957) and
// 1,569 of 1,806 (0.869). Its false mentions: voters and a people named
// by "the" and a demonym or its plural (two of the four plurals in the
// sample), a court, a province, West Timor's people, an association, an
// arms maker, a spokesman "in London", TAITRA, journalists' beat and an
// NGO's country director; its miss, "Canadian or government forces".
// Written after it (seed54_test.go): a body or a capital before
// "reporters" or "correspondent" is a beat, a court may carry two kinds
// ("federal Constitutional Court"), a poll in the sentence makes "the"
// and a demonym voters as a vote does, "government" forces join a
// demonym as coalition forces do, and West Timor and TAITRA are stop
// phrases (pool -14 +1; the train split 7,714 right, 238 false, 325
// missed to 7,713, 235 and 326).
//
// A fortieth sample (seed 55, matchcheck55.tsv, two readers, kappa 0.80,
// adjudicated), drawn and scored at bc242cb, gives, untuned, precision 189
// of 200 (0.945) and recall 34 of 39 (0.872); over the thirty-six untuned
// samples since seed 19, 6,888 of 7,200 (0.957) and 1,603 of 1,845
// (0.869). Its false mentions: a party, a market, a region, a person
// called "the Indian", a namesake, a city's prosecutors, a regional
// delegation, bands, a news agency, a past administration in an undated
// sentence and a think tank; its misses, "the Iranian nation", a
// candidacy, a wheat board, a UN coordinator and Centrelink. Written
// after it (seed55_test.go): "the" and a demonym before "nation", a
// body's capitalised name between the party and the comma before its
// official's name, "World Food Program" and Centrelink (pool +30; the
// train split 7,713 right, 235 false, 326 missed to 7,716, 235 and 323);
// then, for its false mentions, a capitalised party after a country's
// possessive ("Thailand's Democrats"), "housing" after a country (a
// market, unless a portfolio's office follows), a capital's prosecutors,
// mayor and council, bands, and a demonym after a capitalised "New"
// inside a sentence ("the Center for New American Security") (pool -7,
// the train split unchanged).
//
// A forty-first sample (seed 56, matchcheck56.tsv, two readers, kappa
// 0.96, adjudicated), drawn and scored at a227af1, gives, untuned,
// precision 186 of 200 (0.930) and recall 50 of 60 (0.833); over the
// thirty-seven untuned samples since seed 19, 7,074 of 7,400 (0.956) and
// 1,653 of 1,905 (0.868). Its false mentions: names (an advocacy group,
// a wall, an aircraft maker, a church council, a book, a manifesto's
// "Our America"), people ("killing Nepalese", "any American", a
// placard, a victim's citizenship, a "natural born" American), a
// football team, a capital after "government in" and a general out of
// office; its misses, office holders and bodies the registry lacked.
// Written after it (seed56_test.go): Bemba, Churkin, Chinamasa, SOCA,
// four stop phrases and "any" before a demonym (pool +32 -7; the train
// split unchanged but one more unlabelled).
//
// A forty-second sample (seed 57, matchcheck57.tsv, two readers, kappa
// 0.83, adjudicated), drawn and scored at fc207c6, gives, untuned,
// precision 191 of 200 (0.955) and recall 32 of 35 (0.914); over the
// thirty-eight untuned samples since seed 19, 7,265 of 7,600 (0.956) and
// 1,685 of 1,940 (0.869). Its false mentions: a trade round, a flight
// route, a market index, a war's name (which the train labels count), a
// network, a trade group, an unidentified official, a language and a
// legislature; its misses, "Lord Mandelson", "Russians" without "the"
// and a misspelt name. Written after it (seed57_test.go): the Doha
// round's names, a market after a country's possessive, a legislature
// after "federal" or "national", and "Lord" and "Baroness" as titles
// before a surname (pool +3 -8; the train split 7,716 right, 235 false,
// 323 missed to 7,716, 232 and 323).
//
// Two more samples, drawn together at 22efade (seeds 58 and 59,
// matchcheck58.tsv and matchcheck59.tsv, two readers each, kappa 0.94 and
// 0.73, adjudicated), give, untuned, precision 191 and 189 of 200 and
// recall 42 of 48 and 49 of 56; over the forty untuned samples since
// seed 19, 7,645 of 8,000 (0.956) and 1,776 of 2,044 (0.869); over
// session 24's seven (seeds 53-59), 1,328 of 1,400 (0.949) and 319 of 355
// (0.899). Their false mentions: names (an airline, a trade group, a war,
// a court's office), people and products in brackets, subnational states
// and departments, a legislature, the island of Ireland, a file name and
// a leader in another party's office; their misses, office holders and a
// commission the registry lacks, "The EC", IRNA, military divisions and a
// country's industry. Written after them (seed58_test.go): "EC" beside
// European words, Equatorial Guinea's president's names, IRNA, military
// divisions, brigades and battalions, and "Garuda Indonesia" (pool +24
// -4; the train split unchanged but one more unlabelled).
//
// Two more, drawn together at 12141cb (seeds 60 and 61, two readers
// each, kappa 0.83 and 0.85, adjudicated), give, untuned, precision 194
// and 189 of 200 and recall 36 of 36 and 65 of 72; over the forty-two
// untuned samples since seed 19, 8,028 of 8,400 (0.956) and 1,877 of
// 2,152 (0.872); over session 24's nine (seeds 53-61), 1,711 of 1,800
// (0.951) and 420 of 463 (0.907). Their false mentions: names (a court,
// a case, an airline, a coalition, a party, a song, a holiday, a
// newspaper), bare US department names, people, a past kingdom's army
// and MEPs; their misses, "Thaksin" alone, office holders and bodies the
// registry lacked, and a capital after "us in". Written after them
// (seed60_test.go): Thai prime ministers by their given names, Bollard,
// COAG, the EIA, nine stop phrases, a party or a capitalised title after
// a country's possessive ("Italy's centre-left parties", "Britain's The
// Guardian"), a body after "v." and a firm's locations (pool +43 -46; the
// train split 7,716 right, 232 false, 323 missed to 7,714, 232 and 325:
// the labels count "America's Nazi Party" and "the UK's third party").
//
// Two more, drawn together at 98a7c2d (seeds 62 and 63, two readers
// each, kappa 0.93 and 0.83, adjudicated), give, untuned, precision 193
// and 192 of 200 and recall 44 of 44 and 46 of 54; over the forty-four
// untuned samples since seed 19, 8,413 of 8,800 (0.956) and 1,967 of
// 2,250 (0.874); over session 24's eleven (seeds 53-63), 2,096 of 2,200
// (0.953) and 510 of 561 (0.909). Written after them (seed62_test.go):
// Somalia's prime minister of 2004-07 by the news's spellings, Poland's
// remembrance institute, a magistrate judge's court, and a sentence's
// opening "And" left out of an official's name (pool +8 -1; the train
// split unchanged but one more unlabelled).
//
// Two more, drawn together at 1f1d033 (seeds 64 and 65, two readers
// each, kappa 0.72 and 0.95, adjudicated), give, untuned, precision 192
// and 189 of 200 and recall 44 of 51 and 45 of 50; over the forty-six
// untuned samples since seed 19, 8,794 of 9,200 (0.956) and 2,056 of
// 2,351 (0.875); over session 24's thirteen (seeds 53-65), 2,477 of 2,600
// (0.953) and 599 of 662 (0.905). Written after them (seed64_test.go): a
// vice-president an undated sentence titles is an official ("President"
// is an office's noun), a list's last demonym after ", and" shares the
// list's head ("South African, Australian, and British nationals"), Guy
// Caruso, Paul Murphy and the Office of Military Commissions (pool +44
// -4, mostly "Vice President Mike Pence" and "Joe Biden" in NewsMTSC; the
// train split unchanged but nine more unlabelled).
//
// Two more, drawn together at 59e9dbf (seeds 66 and 67, two readers
// each, kappa 0.97 and 0.92, adjudicated), give, untuned, precision 181
// and 186 of 200 and recall 48 of 51 and 34 of 37; over the forty-eight
// untuned samples since seed 19, 9,161 of 9,600 (0.954) and 2,138 of
// 2,439 (0.877); over session 24's fifteen (seeds 53-67), 2,844 of 3,000
// (0.948) and 681 of 750 (0.908). Their false mentions are mostly names
// (airlines, firms, a holiday, a law, a tribunal, associations), war
// names the train labels count and both readers did not, and undated
// past heads and administrations. Written after them (seed66_test.go):
// nine stop phrases, a party up to three words after a possessive, and
// three office holders (pool +4 -30; the train split unchanged).
//
// The session's last two (seeds 68 and 69, drawn together at 2e7132b,
// kappa 0.80 and 0.88, adjudicated; no rule written after them) give,
// untuned, precision 198 and 186 of 200 and recall 32 of 35 and 41 of
// 48; over the fifty untuned samples since seed 19, 9,545 of 10,000
// (0.955) and 2,211 of 2,522 (0.877); over session 24's seventeen (seeds
// 53-69), 3,228 of 3,400 (0.949) and 754 of 833 (0.905).
//
// Session 25 drew two more at 5bf865b, the same matcher (seeds 70 and
// 71, kappa 0.56 and 0.83, adjudicated): untuned, precision 195 and 195
// of 200 and recall 31 of 32 and 50 of 57; with seeds 68 and 69, the
// matcher as session 24 left it, 774 of 800 (0.968) and 154 of 172
// (0.895); over the fifty-two untuned samples since seed 19, 9,935 of
// 10,400 (0.955) and 2,292 of 2,611 (0.878). Written after them
// (seed70_test.go): initials in brackets after a body's or an
// organisation's full name, spelling its words' first letters, name it
// too ("the Armed Forces of the Philippines (AFP)", "the Department of
// Defense (DoD)"); a country's name before Street, Avenue, Boulevard,
// Road or Square names a place; "the late" before a country word and an
// office is a dead holder's; airmen are forces; US towns before
// "Georgia"; the Iraq Survey Group; Riyad al-Maliki (who leaves Nouri
// al-Maliki his surname), Comey as deputy attorney general, and
// Lebanon's General Security and its head (pool +35 -13; the train split
// 232 false to 231).
//
// Two more, drawn together at 29dc327 after those rules (seeds 72 and 73,
// kappa 0.85 and 1.0, adjudicated), give, untuned, precision 193 and 194
// of 200 and recall 63 of 66 and 31 of 33; over session 25's four (seeds
// 70-73), 777 of 800 (0.971) and 175 of 188 (0.931). Written after them
// (seed72_test.go): a country after "in" that ends the name of a mission,
// a force or a commission ("the United Nations Mission in Liberia") is
// the host, not the state (the train labels read it both ways: UNAMI's
// Iraq yes, UNAMA's Afghanistan no); a context rule may govern a head's
// government by name ("the Christie administration" is Bahamian only
// beside a Bahamian word); a newspaper's title in quotes; a party's name
// between "former" and a country word; a state's electoral law; an
// undated head titled in lower case right after the party's own demonym
// ("Turkish president Recep Tayyip Erdoğan"); José Alencar; four stop
// phrases (pool +16 -23; the train split 7,714 right, 231 false, 325
// missed to 7,713, 230 and 326).
//
// Two more, drawn together at 9599acc (seeds 74 and 75, kappa 0.97 and
// 0.80, adjudicated), give, untuned, precision 183 and 196 of 200 and
// recall 50 of 53 and 30 of 36; over session 25's six (seeds 70-75),
// 1,156 of 1,200 (0.963) and 255 of 277 (0.921). Seed 74's false
// mentions are mostly names (a law, an airports firm, a car firm's cut
// sentence, a hamburger chain, a conference session) and people (a
// colonel named Jordan, a music craze's "British invasion"). Written
// after them (seed74_test.go): Kosovo, a party since (XK, as the EU and
// the IMF write it; its presidents, prime ministers and foreign
// ministers since 2002, and not in "Kosovo Serbs" or NATO's Kosovo
// Force), which the readers counted and the registry lacked; a country
// inside a law's title ("the Protect America Act") or a body before
// "Act" is the law's name, while the country's word that opens the title
// ("the US Truth in Lending Act") is the state's law; a city's local and
// municipal authorities; a capitalised word before "London" ("Uber
// London"); a rank before "Jordan"; providers; hamburger chains; a
// pronoun between a verb of motion and "to the White House"; "S. Korean"
// and "N. Korean"; "the PA" beside Palestinian words; Murilo Portugal,
// the Defence Materiel Organisation and Singapore's ISD beside Mas
// Selamat's escape (pool +99 -17, 80 of the added Kosovo's; the train
// split 7,713, 230 and 326 to 7,714, 229 and 325).
//
// Two more, drawn together at 3be2fcc (seeds 76 and 77, kappa 0.91 and
// 0.94, adjudicated), give, untuned, precision 183 and 192 of 200 and
// recall 41 of 48 and 36 of 41; over session 25's eight (seeds 70-77),
// 1,531 of 1,600 (0.957) and 332 of 366 (0.907). Seed 76's false
// mentions are again mostly names and places: a novel, a firm, an
// election programme, a broadcaster, a telecoms firm's country, kava, a
// poll, a province, a border, a legislature, a court and London as a
// place. Written after them (seed76_test.go): a legislature or a court
// before "of" and the country ("the parliament of Zimbabwe"; the train
// labels count one "parliament of Iraq"); a country's top or highest
// court; a capital's governor; "federal member"; "Afro-"; polls and kava;
// a number word before a currency ("one hundred-dollar bill"); a state's
// claim; a demonym before "backed" or "sponsored" without the hyphen;
// three stop phrases; Cavaco Silva by his compound surname, Freitas do
// Amaral, Ruth Kelly's later offices, Yekhanurov from his acting days,
// Cristina Gallach and the IECI (pool +40 -40; the train split 7,714
// right, 229 false and 325 missed to 7,713, 227 and 326).
//
// Two more, drawn together at 0234e7c (seeds 78 and 79, kappa 1.0 and
// 0.76, adjudicated), give, untuned, precision 192 and 193 of 200 and
// recall 38 of 45 and 58 of 59; over session 25's ten (seeds 70-79),
// 1,916 of 2,000 (0.958) and 428 of 470 (0.911). Written after them
// (seed78_test.go): a firm, an airline or a newspaper after a country's
// possessive and at most two lower-case words ("Israel's bestselling
// paper"; not after a word of the state, "China's state oil company"); a
// capitalised name a demonym opens ("the Turkish Economic and Social
// Studies Foundation"), unless "pro-" or "anti-" joins the demonym; a
// capitalised "Made in" label; a building left "for a trip"; a capital
// after "due to", "owing to" or "thanks to" acts; two stop phrases;
// India's Rapid Action Force, Shashi Tharoor at the UN and Gary Hardgrave
// (pool +14 -23; the train split 7,713 right, 227 false and 326 missed to
// 7,712, 226 and 327: the labels count a "Made in Canada" policy).
//
// Two more, drawn together at 947bcef (seeds 80 and 81, kappa 0.75 and
// 0.74, adjudicated), give, untuned, precision 197 and 191 of 200 and
// recall 54 of 61 and 29 of 39; over session 25's twelve (seeds 70-81),
// 2,304 of 2,400 (0.960) and 511 of 570 (0.896). Written after them
// (seed80_test.go): "supreme" after a country's possessive is a
// legislature's or a court's word only before a court, a tribunal or a
// council ("Iran's supreme leader" is the state's); "Burundese";
// the GRP beside words of the Philippine peace talks; Australia's
// Classification Review Board; Hassan Rouhani's offices before his
// presidency (pool +37, 24 of them Xinhua, whom seeds 86 and 87 took
// out again; the train split 7,712 right
// and 327 missed to 7,713 and 326).
//
// Two more, drawn together at f73d546 (seeds 82 and 83, kappa 0.83 and
// 0.88, adjudicated), give, untuned, precision 194 and 189 of 200 and
// recall 52 of 57 and 47 of 57; over session 25's fourteen (seeds 70-83),
// 2,687 of 2,800 (0.960) and 610 of 684 (0.892). Written after them
// (seed82_test.go): a demonym right before one of its own state's bodies
// ("the British Home Office", "the Russian FSB"; not "the
// German UNIFIL mandate"); a country's inflation and perspective; a
// civilian, civil or criminal court; a country's initials after a dollar
// amount ("$5 million U.S."); a leader's surname before "family" or
// "clan"; indexes; three stop phrases; "Bharat" before a capitalised word;
// Pakistan's Foreign Office beside Islamabad or a Pakistani word; Riaz
// Mohammad Khan (with no "Ms Khan"), Azouz Begag and the National Weather
// Service. Dropped again: "former" keeping a country word before one of
// its bodies, which made "a former Russian FSB agent" Russia's (pool +22
// -16; the train split 7,713 right and 326 missed to 7,712 and 327).
//
// Two more, drawn together at cd4a07a (seeds 84 and 85, kappa 0.80 and
// 0.23, adjudicated: one reader of seed 85 left out country names used
// as places, which the labels' decision 1 counts), give, untuned,
// precision 195 and 191 of 200 and recall 34 of 36 and 28 of 33; over
// session 25's sixteen (seeds 70-85), 3,073 of 3,200 (0.960) and 672 of
// 753 (0.892). Written after them (seed84_test.go): a title the sentence
// calls lost ("deposed president Askar Akayev", "the ousted Prime
// Minister") is no office on a day still inside the formal term, unless
// the word is a verb ("the army ousted Prime Minister Thaksin");
// Lynne Featherstone, Merceditas Gutierrez (with no "Ms Gutierrez") and
// Muhammad Ali Durrani; the Philippine president's full name, which
// listing the Ombudsman would have dropped (pool +7 -4; the train split
// unchanged).
//
// Two more, drawn together at 9ceb66b (seeds 86 and 87, kappa 0.90 and
// 0.83, adjudicated), give, untuned, precision 189 and 193 of 200 and
// recall 51 of 54 and 40 of 45; over session 25's eighteen (seeds
// 70-87), 3,455 of 3,600 (0.960) and 763 of 852 (0.896). All four readers
// left out Xinhua quoted as a source, so Xinhua is no body of China again
// and "the official Chinese news agency" is media, as "a Chinese news
// agency" is (IRNA, a body since session 24, stays: a reader of seed 59
// counted it). Written after them (seed84_test.go): a state's
// announcement; "Shepherd's Bush", "The Weekend Australian" and "the
// Palestinian Territories" as stop phrases (pool +2 -33, 26 of them
// Xinhua; the train split unchanged but for three fewer unlabelled).
//
// Two more, drawn together at 0e23d47 (seeds 88 and 89, kappa 0.93 and
// 0.85, adjudicated), give, untuned, precision 192 and 193 of 200 and
// recall 40 of 43 and 24 of 28; over session 25's twenty (seeds 70-89),
// 3,840 of 4,000 (0.960) and 827 of 923 (0.896); over the seventy
// untuned samples since seed 19, 13,385 of 14,000 (0.956) and 3,038 of
// 3,445 (0.882). Written after them (seed84_test.go): a country's health
// care, welfare, tax or pension system and its industrial relations or
// workplace legislation; the RAAF, Gholam-Hossein Elham and Billy
// Masetlha (pool +18 -1; the train split 7,712 right and 327 missed to
// 7,713 and 326).
//
// The session's last two (seeds 90 and 91, drawn together at 688a884,
// kappa 0.77 and 0.90, adjudicated; no rule written after them) give,
// untuned, precision 192 and 189 of 200 and recall 34 of 37 and 62 of 69:
// the matcher as it stands, 381 of 400 (0.953) and 96 of 106 (0.906).
// Over session 25's twenty-two (seeds 70-91), 4,221 of 4,400 (0.959) and
// 923 of 1,029 (0.897); over the seventy-two untuned samples since seed
// 19, 13,766 of 14,400 (0.956) and 3,134 of 3,551 (0.883). The checks'
// pool had kept the labelled NewsMTSC sentences (it compared their keys
// with raw ids; mended after seed 91): without the sampled items from
// labelled sentences, 0.960 and 0.894 over session 25's samples and 0.957
// and 0.881 since seed 19 (models/labels/README.md).
//
// Two more, seeds 92 and 93 (matchcheck92.tsv and matchcheck93.tsv),
// give, untuned, precision 192 and 193 of 200 and recall 24 of 25 and 48
// of 59. Written after them (seed92_test.go), as not the state: a
// deserter after a country word, also past "war", "army" or "military"
// ("a US army deserter"); a democracy activist; an organisation's
// headquarters after "in front of", "outside" and the like (after "at" the
// train labels count it as often as not, so it stays); a news agency's
// name after a country's possessive ("Japan's Kyodo news agency"; "North
// Korea's Korean Central News Agency" stays); "natural born" and one
// person after "a" and words of description ("an apparently unarmed
// Afghan in the market"); flags counted ("an Italian flag"; "burned
// Danish flags" stay); a religious office "of" a country ("the Chief
// Rabbi of Israel"); holdings after a country's name; a capital at an end
// of an air service; a state opening of parliament. As the state: a
// capital coordinated with one of two or three words after "between"
// ("talks between New Delhi and Washington", and on a route neither);
// helicopters and gunships; sailors joined to marines or soldiers; a
// country's name as a tag before "The"; a head's government after the
// possessive in undated text ("Xi's cabinet"); a demonym's firing;
// Gilles de Robien, the Treasury Board beside a Canadian word and "ONU"
// (the train split 7,713 right, 226 false and 326 missed to 7,719, 222
// and 320).
//
// Two more, seeds 94 and 95 (matchcheck94.tsv and matchcheck95.tsv),
// give, untuned, precision 194 and 190 of 200 and recall 42 of 49 and 36
// of 39. Written after them (seed94_test.go), as not the state: a
// professional trained in a country ("a U.S. trained chemist"; "US-trained
// Iraqi troops" stay); "America" as a given name before a surname and a
// comma or "of"; a capital in a list after a preposition or a comma
// beside a city that no alias names ("people from Beijing and Shanghai",
// "between Las Vegas and Washington"; "Ottawa and Ontario share" stays);
// a leader's campaign ("the Obama campaign") and a bare surname before
// "provincial", "province" or "city" ("the Iloilo provincial capitol");
// Georgia beside more US states; a country's name before a royal or
// religious tradition, culture or custom ("US culture" alone stays); a
// firm's channels, units or assets after its possessive ("Setanta's UK
// sports channels"); a body's building next to, near or outside which
// one stands; a union's or an association's name with "in" ("the Union of
// Students in Ireland"); one person after "the first" and before "to";
// flags waved or carried; a country's name opening a quoted newspaper
// title ("'România liberă' newspaper"); a building one was speaking in;
// "the European community" in lower case; and an office dated by past
// years ("the chairman of the National Intelligence Council from 2003 to
// 2005") introduces nobody. As the state: NATO's two strategic commands
// (and their initials in brackets), the European Economic Community and
// the European Community, the National Intelligence Council, a demonym
// past a general's stars ("an American four-star general"), a head's
// officials in undated text ("Obama officials"), Thomas Hartmann (no bare
// surname but in an article that names him), John Potter and Achirawit
// Suphanaphesat. A singular place a demonym locates ("a Pakistani
// village") stays none, as seed 41 decided, and "proposed to Bush" (a
// marriage proposal) is left, as "proposed to" a head is as often a
// state's proposal (the train split 7,719 right, 222 false and 320 missed
// to 7,719, 220 and 320).
//
// Two more, seeds 96 and 97 (matchcheck96.tsv and matchcheck97.tsv),
// drawn at the matcher of seeds 94 and 95 before their fixes, give,
// untuned, precision 191 and 191 of 200 and recall 48 of 53 and 46 of 50.
// Written after them (seed96_test.go), as not the state: the UN's nuclear
// or atomic watchdog, which is the IAEA; a registry person out of office
// under a title all of whose words are of their offices ("United States
// Attorney Christopher J. Christie" in 2009; "U.S. federal attorney Paul
// McNulty" still introduces him); one person after "a" or "an" and words
// of description that "and" or a comma joins ("an unarmed and wounded
// Iraqi"); planes sold and "the selling of" arms; a firm's sites after
// "its" or "their" and a number ("their seven UK airports"), airports,
// ports and terminals among the premises; any mention inside an image's
// file name ("Image:... .jpg"); "G7" before a capitalised "Market",
// "Markets" or "Economics", a firm's unit; a demonym killed ("killing
// Nepalese"); the Official Journal of the European Union; a country's
// politicians. As the state: a country's market economy after its
// possessive ("China's market economy status", where "China's market"
// stays private); a hyphened pair's draft resolution, past "UN" ("a joint
// U.S.-French draft resolution"); an undated head set off by a comma after
// "the new president" or "the president"; Michael D. Brown of FEMA ("Brown"
// alone beside FEMA or in an article that names him), Christie, Sikhanyiso
// Ndlovu, Adam Daniel Rotfeld, Surakiart Sathirathai (to the coup of 19
// September 2006), "Mswati" and more spellings of Abd Rabbuh Mansur Hadi
// (the train split 7,719 right, 220 false and 320 missed to 7,720, 214 and
// 319).
//
// Two more, seeds 98 and 99 (matchcheck98.tsv and matchcheck99.tsv),
// drawn after the seed-94 and -95 fixes, give, untuned, precision 193 and
// 193 of 200 and recall 33 of 36 and 37 of 41. Written after them
// (seed98_test.go), as not the state: a capital's police ("a spokesman
// for the Budapest Police Department", who is then no official); a
// country's name before a capitalised "Line" or "Lines", or before "and",
// another capitalised word and "lines" (a metro line: "the Canada and
// Evergreen lines"; "the China line on Tibet" stays); a country's name
// after "a" or "an" before a smart, guided, precision, bunker or cluster
// bomb or a bunker buster (one weapon, a product; "US bombs" stay); a
// country's name before a lower-case "national" and a team, a side or a
// sport ("the Iran national team"); a one-word demonym that ends its
// phrase right after a capitalised word that starts no alias, a surname
// ("Lindsey German", "Mr German"; "Han Chinese" and "Route Irish" too);
// a capital after "and sent to", a person moved ("a letter sent to
// Manila" stays); "ers", a plural's end a wiki link split from the name
// ("New Zealand ers"); "politician" after a country's word; record labels.
// As the state: a demonym before a capitalised "Customs" or past a
// lower-case "customs" to its officers ("Czech customs officers"; "Polish
// customs and dances" stay none); the Postal Services Commission
// (Postcomm); Michael Ellam, the prime minister's spokesman; Peter Hain's
// offices before and after Work and Pensions; Carlos Lage ("Lage" alone
// beside Cuban words or in an article that names him); Alberto M.
// Fernandez ("Fernandez" alone only in an article that names him). Left
// as they were: "Palestinian territories" (the train labels count the
// plural twice and none once, labels decision 1); a demonym's prosecutors
// ("Egyptian prosecutors" are the state's in the train labels); "the US
// Truth in Lending Act", as seed 74 decided and the train labels have it
// ("US Sherman Act"); "the Palestinians" as a people (the train labels
// count them); a country inside a listed blog's title, and the Finnish
// "interim" period, too rare for a cheap rule (the train split 7,720
// right, 214 false and 319 missed, unchanged; pool +21 -26).
//
// Two more, seeds 100 and 101 (matchcheck100.tsv and matchcheck101.tsv),
// drawn after the seed-96 and -97 fixes, give, untuned, precision 193 and
// 192 of 200 and recall 37 of 41 and 31 of 33. Written after them
// (seed100_test.go), as not the state: a broadcaster's capitalised "News"
// ending a name after a country's possessive ("Canada's CTV News"; "North
// Korea's Korean Central News Agency" stays); "Air" as the airline's name
// after a country's name, at the end of its phrase or before a word of its
// business ("US Air flight"; "US Air Force" and "US air strikes" stay); a
// brand in the style of "iTunes" or "eBay" after a country's name; a
// researcher or a scholar, also past "peace" ("the Danish peace
// researcher"); mortgages; the Sino-Japanese Wars, a stop phrase. As the
// state: a demonym past an aircraft's model before its fighter jets,
// helicopters or planes ("Israeli F-16 fighter jets", "Israeli Apache
// helicopters"; sold ones stay goods); Her Majesty's Revenue and Customs,
// the Tokyo District (Public) Prosecutors Office, Frank Chikane ("Chikane"
// alone), Allison Barber (no bare surname), Robert Zoellick at the World
// Bank ("Zoellick" alone), and Najib Mikati from 19 April 2005, when he
// took office. "Khartoum police", a capital's police, was mended by the
// seed-98 rule. Left as they were: "the former prime minister of" a
// country (the train labels count "former Foreign Minister of Germany");
// a country's name locating airports or an area ("US airports", "the
// Kosovo area"; labels decision 1, and the train labels count "the Sudan
// region"); Thomas W. Hartmann in November 2008, inside his registry term,
// whom the sentence calls a reserve officer; and a book's title, "Under
// Putin", too rare for a cheap rule (the train split 7,720 right, 214
// false and 319 missed to 7,722, 213 and 317).
//
// Two more, seeds 102 and 103 (matchcheck102.tsv and matchcheck103.tsv),
// drawn after the seed-98 and -99 fixes, give, untuned, precision 191 and
// 192 of 200 and recall 37 of 38 and 43 of 49. Written after them
// (seed102_test.go), as not the state: a demonym right before "who" ("any
// American who took offence"; "the Chinese, who" stays), before a word of
// demonym_not_before past a closing square bracket ("[British] people")
// or before a press agency ("Iranian press-agency IRNA", where IRNA stays
// the state's body); the pound's sign after initials ("UK£49"); a
// retailer past one word of its trade ("U.S. Luxury retailer Barneys";
// "the UK fined retailer Tesco" stays);
// an air force's initials inside a base's name ("the Darwin RAAF base",
// "RAAF Base Amberley"; "the RAAF base at Tindal" stays); a country's name
// after "of" and one of its heads out of office, a former monarch's style
// ("Gyanendra of Nepal" after 28 May 2008); a capital after world,
// foreign, global or international leaders or officials and "in" or "at"
// ("joined world leaders in London"; "officials in Tokyo" stay); and US
// Bancorp, the Revolutionary Armed Forces of Colombia, the Uruguay Round
// and the Islamic Emirate of Afghanistan, stop phrases. As the state: an
// undated pope whose name opens with "Pope" ("Pope Francis"), unless the
// sentence names a later pope or "the former pope"; the Food Safety and
// Inspection Service (FSIS), the Department for Transport, the
// Directorate of Special Operations and the Scorpions beside South
// African words or people (the rock band stays none), and David Perkins,
// the Multi-National Force-Iraq's spokesman (no bare surname). Left as
// they were: "the Canadian province" (labels decision 1 and seed 34 count
// a demonym's province, though the train labels have "several Iranian
// provinces" as none once); "the Iraq War" (the train labels count a
// war named after the country); "a united, single Ireland" (the society
// rule takes "a united Ireland" only); "Taiwan Run For UN", an event's
// name, too rare for a cheap rule; and the Scorpions named only in an
// article's earlier sentences (context rules read the sentence) (the
// train split 7,722 right, 213 false and 317 missed, unchanged).
//
// Two more, seeds 104 and 105 (matchcheck104.tsv and matchcheck105.tsv),
// drawn after the seed-100 and -101 fixes, give, untuned, precision 190
// and 194 of 200 and recall 49 of 58 and 40 of 44. Written after them
// (seed104_test.go), as not the state: the Conservative Party of Canada
// (before its possessive), the Christian Coalition of America, the
// Federal Tribunal of Switzerland (a court) and the Australian Antarctic
// Territory, stop phrases. As the state: a head's
// government after a lower-case "of" without an article ("the result of
// Obama administration's weakness"); "counsel" as an office's noun, so
// that undated "special counsel Robert Mueller" counts (his term from 17
// May 2017 to 29 May 2019); Benjamin Mixon of Multi-National Division
// North, Anna Fotyga (foreign minister, then head of the President's
// Chancellery), Haim Ramon ("Ramon" not bare), Ibrahim Gambari at the
// UN, the Department of Housing and Urban Development (HUD), the Canadian
// Firearms Registry and Program, and the Australian Defence Force (ADF
// only beside Australian words or Howard or Rudd, not beside Ugandan
// ones). Left as they were: exhibition villages, the White House as a
// venue and "US shock rock er", for which no cheap rule tells them from
// the state; "Former Prime Minister
// of Pakistan" (the train labels count a past office's country);
// "Southern Israel" (a capitalised compass word before a name is a part
// of the country, a mention as in lower case); a bank after a
// possessive, East German, a surname Lima and a slogan, too rare for a
// cheap rule, and a private Rogers (the registry holds no Rogers, and
// "Rogers" alone finds none); "ONTARIO(CANADA)", a place's country in
// brackets (nationalityBracket); and hyphenated borders ("the Iran-Iraq
// border"), left out by an earlier decision (the train split 7,722
// right, 213 false and 317 missed, unchanged).
//
// The session's last two (seeds 106 and 107, drawn together at 9f14cd8,
// kappa 0.80 and 0.89, adjudicated; no rule written after them) give,
// untuned, precision 196 and 196 of 200 and recall 32 of 42 and 48 of
// 53: the matcher as it stands, 392 of 400 (0.980) and 80 of 95 (0.842),
// eight of the misses in one sentence of Taiwanese ministers. Over
// session 26's sixteen (seeds 92-107, the first drawn from the pool
// without the labelled sentences), 3,081 of 3,200 (0.963) and 631 of 710
// (0.889); over the eighty-eight untuned samples since seed 19, 16,847 of
// 17,600 (0.957) and 3,765 of 4,261 (0.884) (models/labels/README.md).
//
// Written after seeds 106 and 107 (seed106_test.go): a country's name or
// demonym before "political party" is a party, not the state; "Washington"
// after a capitalised word that starts no alias (not a day, a month or an
// opening word) and a comma is the US state ("Seattle, Washington"); a
// demonym before "crisis" or "referendum" is the state's, like its
// election ("the Kenyan crisis", "the Dutch referendum"); registry:
// Austria-Hungary, Austro-Hungary and Austro-Hungarian as stop phrases;
// Taiwan's Council for Cultural Affairs and Overseas Compatriot Affairs
// Commission, Chen Shui-bian and Chang Chun-hsiung given name first, and
// four of Chang's ministers by full name only; Major General Richard
// Newton of the US Air Force by full name; George Mitchell, the US envoy
// for Middle East peace, and "Mitchell" alone only beside "envoy". Left:
// "made in Luxembourg" (the city and the country share the name), "Mr
// Howard" in a British article (Michael Howard; the registry has John
// Howard), a documentary's title, a bare "Johnson" that an article
// carries to Alan Johnson, "a Washington where", plural "Saudis" (a
// documented conflict), and Queen Elizabeth II as Australia's head of
// state. On the train split they turn 7,722 right, 213 false and 317
// missed into 7,724, 213 and 315.
//
// The matcher as session 26 leaves it, after the seed-106 and -107
// fixes: seeds 108 and 109 (drawn together at a7cdfbf, kappa 0.86 and
// 0.79, adjudicated; no rule written after them) give, untuned,
// precision 197 and 192 of 200 and recall 45 of 47 and 39 of 42, 389 of
// 400 (0.973) and 84 of 89 (0.944). Over session 26's eighteen (seeds
// 92-109), 3,470 of 3,600 (0.964) and 715 of 799 (0.895); over the
// ninety untuned samples since seed 19, 17,236 of 18,000 (0.958) and
// 3,849 of 4,350 (0.885).
//
// Written after seeds 108 and 109 (seed108_test.go), and measured by
// seeds 110 and 111 below: a demonym before "peace experts" or "air carrier" is
// private people or a firm ("Swiss peace experts", "the Irish air carrier
// Aer Lingus"); a demonym as a noun in a list after "included" or
// "including" is people's nationality ("the passengers included Germans,
// Swiss and Dutch"); a demonym up to two lower-case words before
// "colonialism" or "imperialism" is the state's empire ("French settler
// colonialism"); registry: Japan Tobacco (International), Air America and
// the Cabinet Office Briefing Room as stop phrases; Brazil's Casa Civil
// (also "Ministry of Civilian Household" and "Chief of Staff of the
// Presidency"; "Civil House" only near Brazilian words); SAF as Sudan's
// also beside "Janjaweed"; Richard Holbrooke at the UN and as the special
// representative for Afghanistan and Pakistan ("Holbrooke" alone). Left:
// a body inside a past office's title ("former FEC chairman"), which the
// train labels count (a rule cost three right mentions); a private
// "Rogers" (as before, found only in its article); "bombing London has
// ever seen", the island "Ireland" of a legend, and plural "Americans" (a
// documented conflict). On the train split they leave 7,724 right, 213
// false and 315 missed as they were.
//
// Seeds 110 and 111, drawn together at aa3a030 after those fixes (kappa
// 0.61 and 0.66, adjudicated; no rule written after them), give,
// untuned, precision 194 and 193 of 200 and recall 45 of 48 and 43 of
// 46: the matcher session 26 left, 387 of 400 (0.968) and 88 of 94 (0.936).
// Over session 26's twenty (seeds 92-111), 3,857 of 4,000 (0.964) and
// 803 of 893 (0.899); over the ninety-two untuned samples since seed 19,
// 17,623 of 18,400 (0.958) and 3,937 of 4,444 (0.886).
//
// Seeds 112 and 113, drawn together at 4da87a5 (that matcher, refactored
// without a changed mention; kappa 0.95 and 1.0, adjudicated), give,
// untuned, precision 189 and 194 of 200 and recall 45 of 53 and 31 of
// 33: 383 of 400 (0.958) and 76 of 86 (0.884). Over the ninety-four
// untuned samples since seed 19, 18,006 of 18,800 (0.958) and 4,013 of
// 4,530 (0.886).
//
// Written after seeds 112 and 113 (seed112_test.go), as not the state:
// capitalised words between an office's first words and its head, which
// are more of the office, not a name ("the UN Chief Drug Crimes
// prosecutor, Anna Berg"); a country's name after "in" that ends a name
// an association, a society, a foundation or a coalition opens with "for"
// ("the Society for Animal Welfare in Norway"), as with "of" before; a
// capitalised "Year" after a country's name, an event's ("the Canada Year
// of the Nurse"); a national team's players, by their position after the
// country's word ("Brazil striker Ronaldo"; not "defenders", who may be
// a state's forces) or after the country, "and" and a club ("Portugal and
// Benfica defender"), and its opponents, after "against", "beat", "lost
// to", "drew with" or "victory over" in a sentence of a competition or a
// sport, or with a score but after "against" ("a 2-0 victory over
// Bahrain"; "voted 14-1 against Iran" stays); a demonym after "ethnic"
// ("ethnic Chinese") or "nationality:" in a list of a person's details; a
// country's approval ratings, the public's opinion ("U.S. approval" of a
// deal stays); and IRNA, which the readers of seeds 102 and 113 read as
// media quoted as a source, as Xinhua, out of the registry. As the state:
// its sales of arms ("North Korean sales of nuclear materials", "Russian
// arms sales"; sales of cars stay the firms'). Registry: Samir Sumaidaie,
// Iraq's ambassador to the UN and then to the United States ("Sumaidaie"
// alone); Chris Bowen's offices of 2007-2013, so that an article that
// names him finds "Bowen" after; Chris Ellison ("Senator Ellison";
// "Ellison" not bare, for Larry and Keith Ellison); "Ms Kelly" for Ruth
// Kelly in her terms ("Kelly" gets no generated form); Ali Kanso from 11
// July 2008. Left: "Afghan cities" (the labels' decision 1 and the
// adjudications of seeds 29, 36 and 47 count a demonym that locates
// places, though seed 112's readers did not); a bare "Reid" for John Reid
// (George Reid of the gazetteer shares it, Harry Reid is "Reid" in the
// news of those years, and the article never names him in full); "the two
// Koreas" (one span, two parties); peoples as nouns ("the Chinese", "the
// Israelis", "the Americans" set against their government; plural
// "Americans" is a documented conflict); "the 70 million people of Iran"
// (the train labels count "the people of" a country); "Russia n-owned", a
// broken wiki link; al Qaeda's name broken by a bracket; the US state of
// Georgia; and "Mohamed al-Sumaidaie", whose given name the article gets
// wrong, now spans "Sumaidaie" only (pool +23 -31). On the train split
// they turn 7,724 right, 213 false and 315 missed into 7,724, 212 and 315.
//
// Seeds 114 and 115, drawn together at dfe199f after those fixes (kappa
// 0.83 and 0.94, adjudicated), give, untuned, precision 190 and 192 of
// 200 and recall 34 of 34 and 48 of 63: 382 of 400 (0.955) and 82 of 97
// (0.845), 76 of 78 (0.974) without a roll call of Canadian MPs in which
// both readers listed 19 ministers by bare surname. Over the ninety-six
// untuned samples since seed 19, 18,388 of 19,200 (0.958) and 4,095 of
// 4,627 (0.885).
//
// Written after seeds 114 and 115 (seed114_test.go), as not the state: a
// country word before a trade of gambling ("betting", "gambling",
// "lotteries", "casinos"), also past "horse", "race", "racing" or "sports"
// as words of the trade ("US horse race betting"), or before artists,
// musicians, singers or actresses ("New Zealand artists"); a capitalised
// name and then a lower-case "exchange" ("the U.S. Nasdaq exchange", a
// market) or a firm's last word ("Apple Computers", "Motors", "Airways";
// not after a word of the state, "the British Navy Computers") after a
// country word; a profession's council after a demonym ("the Australian
// Law Council", as privateCouncils before "Council of"); and, reversing
// seed 31's rule, a capitalised compass word mid-sentence before a
// country's name, a region (the readers of seeds 87, 105, 110 and 115
// read "Northern Iraq", "Eastern Turkey" and "Southern Israel" as a
// region's name; lower case, and a compass word that opens the sentence,
// keep the country, as decision 1 does). A past office coordinated
// before another makes both past ("the former Senate leader and White
// House spokesman Tom Miller"; seed 115's Howard Baker, so introduced,
// counted in the rest of his article). As the state: its sensibilities
// and its displeasure ("regardless of Chinese sensibilities"). Registry:
// Orient Thai (the airline) as a stop phrase. Left: "the U.S. population" (the train labels count "the
// overall U.S. population" as a mention; a rule cost that right one) and
// "US assets" (the train split holds no case); Singapore as a flight's
// destination (the train labels count "arrived in Singapore" and "a
// summit in Singapore": the city is the country); "the Palestinian
// territories" (the train labels count it as Palestine); "the South" for
// South Korea beside "N. Korea" (a new kind of mention past the alias
// scan for one right mention on the train split); "Chinese concerns"
// (also firms'); bare surnames of Canadian ministers (common names);
// "the Indian fleet", "Tesco of Britain", a "UK study" headline, a bare
// "Defense Department", a border and a garbled "Republic of the China".
// On the train split they leave 7,724 right, 212 false and 315 missed as
// they were (one unlabelled "Northern Iraq" drops).
//
// Seeds 116 and 117, drawn together at 76ac076 after those fixes (kappa
// 0.94 and 0.91, adjudicated), give, untuned, precision 183 and 195 of
// 200 and recall 46 of 52 and 45 of 47: 378 of 400 (0.945) and 91 of 99
// (0.919). Over session 27's six (seeds 112-117), 1,143 of 1,200 (0.953)
// and 249 of 282 (0.883); over the ninety-eight untuned samples since
// seed 19, 18,766 of 19,600 (0.957) and 4,186 of 4,726 (0.886).
//
// Written after seeds 116 and 117 (seed116_test.go), not yet measured
// untuned: a capital's
// possessive before a capitalised "Zone", past an opening quotation mark
// or "heavily fortified", names a district of the city ("Baghdad's Green
// Zone"; a lower-case "safe zone" may be the state's plan); a crew right
// after a country word is a ship's or an airliner's, private people,
// unless the sentence names forces ("the US crew of the warship");
// "network" and "subprime" are industry words ("UK mobile network
// operators", "the U.S. subprime mortgage market"); "Imam" is a title
// before a leader's surname ("Imam Khamenei"). Registry: the bare
// "Villepin"; Robert Kocharyan under both spellings (Armenia's list now
// repeats the factbook's incumbents); Romania's foreign minister Lazăr
// Comănescu, Sweden's justice minister Thomas Bodström and Canada's Helena
// Guergis, with their bare surnames (Romania's and Sweden's lists repeat
// their incumbents). Left: war and conflict names, wiki category tags, an
// anthem, "mainland China", a former president as a diplomat, "East
// German", "US passenger flight capacity", a private Bush and Paris on a
// flight route. On the train split they leave 7,724 right, 212 false and
// 315 missed as they were.
//
// Seeds 118 and 119, drawn together at a64df77 after those fixes (kappa
// 0.43 and 0.90, adjudicated; the rules below written after them), give,
// untuned, precision 196 and 186 of 200 and recall 39 of 43 and 50 of
// 53: the matcher of a64df77, 382 of 400 (0.955) and 89 of
// 96 (0.927). Over session 27's eight (seeds 112-119), 1,525 of 1,600
// (0.953) and 338 of 378 (0.894); over the hundred untuned samples since
// seed 19, 19,148 of 20,000 (0.957) and 4,275 of 4,822 (0.887).
//
// Written after seeds 118 and 119 (seed118_test.go), not yet measured
// untuned: a Swedish minister for sustainable development under her
// surname in her term; Guinea-Bissau under its Portuguese spelling; a
// country's Red Crescent society by its initials ("RC") and its podcasts
// after a country word, listed in demonym_not_before; exit polls after a
// country word, the pollsters' and voters'; and the Muslim Council of
// Britain as a stop phrase. On the train split they leave 7,724 right, 212
// false and 315 missed as they were.
//
// Seeds 120 and 121, drawn together at 0d3639e after those fixes (kappa
// 0.85 and 0.93, adjudicated; the rules below written after them), give,
// untuned, precision 194 and 193 of 200 and recall 43 of 52 and 40 of 43:
// the matcher of 0d3639e, 387 of 400 (0.968) and 83 of 95 (0.874). Over
// the hundred and two untuned samples since seed 19, 19,535 of 20,400
// (0.958) and 4,358 of 4,917 (0.886).
//
// Written after seeds 120 and 121 (seed120_test.go), not yet measured
// untuned, as not the state: capitalised initials after a country's name
// that start no alias of the registry, another body's or a private one's
// ("the U.S. MPAA", "a US IPO", "US NBC"; the registry's agencies, a
// list of American and British ones it lacks, "the US DOD", "U.S. GDP"
// and "Iraq WMD" stay, and words in capitals, "RETRACTED RUSSIA STORY",
// are no initials); a war's name between the country and its veterans
// ("US WWI veterans", "UK Gulf War veterans"; "a Vietnam War veteran"
// stays, a war's name that counts); a sport's gerund
// opening the sentence before a country's name, a sports body's or a
// channel's name ("Racing UK", "Cycling Australia"); a station after the
// name ("Jamaica Sta."); a body after "subsidiary of", a firm ("a
// subsidiary of Garda"); an organisation's name before its market's
// traders ("EU importers"); components and technology as products ("US
// components", "including U.S. technology"); a retail, holiday, culinary
// or family tradition ("the US retail tradition"); one of a country's
// states after an article or an ordinal ("the first U.S. state to", "a US
// state"; "the US state of California" stays, as the train labels count
// it); a country's word inside a review's title ("its Review of the
// Australian Economy"); and an office's portfolio "for" a country ("the
// deputy national security adviser for Iraq", "the UN envoy for Iraq":
// not Iraq's official). A leader right after "succeeds", "succeeded",
// "replaces" or "replaced" is the predecessor, out of that office ("she
// succeeds Gerhard Schröder"; "will succeed" leaves them in it); in
// undated text, a title after "the firing of", "dismissal of", "ouster of",
// "sacking of" or "overthrow of" is an office lost ("Trump's firing of FBI
// Director James Comey"; "demanded the firing of" leaves it). As the
// state: "the North" in a sentence that names the Koreas, their capitals
// or the six-party talks (a context rule of KP's alias "North", not beside
// Ireland, Sudan, Cyprus, Vietnam or another land with a north); an
// organisation's office whose portfolio names a place ("WHO Regional
// Director for Africa Luis Sambo", "UN Special Envoy for Syria X"), the
// place no part of the name. Registry: Lord Goldsmith, Attorney General
// of 2001-07 ("Lord" left out of the span, as "Mr" is); Stéphane
// Dujarric, the Secretary-General's spokesman (2005-06 and from 2014);
// Patrick Fitzgerald, US Attorney in Chicago (2001-12), by full name; the
// Philippines' Department of (the) Interior and Local Government (DILG);
// and no generated "Mr" form for a leader whose given name only women bear
// ("Mr Clark" in Helen Clark's years is a man; partiesgen's womenGiven),
// which still keeps the form from other leaders of that surname in her
// years; a bare surname after "Mr" ("Mr Merkel") still matches, as the
// registry does not record a leader's sex. Left: "Israeli sailors" (the
// train labels count a sailor as none, a merchant seaman, and the
// sentence does not say navy), "a unit of" or "a division of" a body (a
// state's agencies have them), a private "Mr. Singh", "Mexican villages",
// a quoted "Australia's Ark" and a bare "Chen". On the train split they
// turn 7,724 right, 212 false and 315 missed into 7,727, 211 and 312.
//
// Seeds 122 and 123, drawn together at 5ba2e4e after those fixes (kappa
// 0.86 and 1.0, adjudicated; the rules below written after them), give,
// untuned, precision 191 and 193 of 200 and recall 48 of 51 and 36 of 41:
// the matcher of 5ba2e4e, 384 of 400 (0.960) and 84 of 92 (0.913). Over
// session 28's four (seeds 120-123), 771 of 800 (0.964) and 167 of 187
// (0.893); over the hundred and four untuned samples since seed 19, 19,919
// of 20,800 (0.958) and 4,442 of 5,009 (0.887).
//
// Written after seeds 122 and 123 (seed122_test.go), not yet measured
// untuned, as not the state: a country's word inside a short capitalised
// title in quotes that "called", "named", "dubbed", "known as" or
// "calling itself" opens ('a club called "The Friends of Iran"',
// 'dubbed "Australia's Attic"'; the quotation of speech after them
// keeps its mentions); a demonym before "national", "state", "state-run"
// or "official" and a news or press agency, media quoted as a source
// ("the Indonesian national news agency"; after a possessive the train
// labels count it, "Turkey's state-run news agency"); "label" after a
// country word in a sentence about records, albums or bands, a record
// company; a country's name before capitalised words none of which is
// the state's and then "Organisation", "Council", "Trust", "Network",
// "Guide", "Online" and the like, a private body's, a publication's or a
// product's name ("the UK Sai Organisation", "the US Green Building
// Council", "New Zealand Tourism Online"; "the US National Security
// Council" and "the UK Medical Research Council" stay); one person's
// demonym as a noun after "the" set in apposition to a name ("Omar Dahl,
// the Saudi Arabian said to have sold the car"; "in Basra, the British
// said" stays); a bare demonym as a noun in a sentence about an
// airline's flights ("a press officer for American told us the carrier");
// "the last" before an office, its previous holder, a past office; and a
// holder whom a verb of removal or succession takes as its object
// ("relieved from power Admiral X, the head of the Russian navy",
// "sacked US envoy X"), whom the sentence does not introduce, so that
// the article's later sentences do not make them the party's. As the
// state: a capital before a form of "be" and a word of effort or will
// ("Cairo was working with the Iraqi side", "Moscow is ready to
// talk"); a leader's name before a dash set off by spaces, which ends the
// name ("vitória de Lula - O Estado"). Registry: America Online as a stop
// phrase; Carlos Lage's term to 2 March 2009, the day of his dismissal;
// the Canadian Firearms Registry and Program out of Canada's bodies
// (seed 122's readers read the registry as a programme, where seed 105's
// had counted it); Brazil's own name, "Brasil"; "John R. Bolton", so
// that an article that names him so finds "Bolton" after (he was Under
// Secretary of State while the Senate weighed his nomination to the UN);
// and the office of Director of Central Intelligence, by its name and
// "DCI", as a US office until 21 April 2005, when the Director of
// National Intelligence took it over (not before a name or beside police
// words, where "DCI" is a Detective Chief Inspector, nor after "former"
// or "deputy"). Left: seed 123's "DCI", in an article dated a week after
// the office ended; the White House as a place to be, the Pentagon as a
// target and Guinea's prime minister Diallo by his bare surname in a
// sentence about the UN, which no cheap rule tells from the state;
// hyphenated borders and "the Indian states" (earlier decisions); a
// cut-off "U.S.", "the Cubans" wished a happy Christmas, "Monaco skin",
// Georgia the US state and "U.S. retail revenues". On the train split
// they turn 7,727 right, 211 false and 312 missed into 7,727, 210 and 312.
//
// Seeds 124 and 125, drawn together at d60d9d9 after those fixes (kappa
// 0.87 and 0.85, adjudicated; the rules below written after them), give,
// untuned, precision 191 and 194 of 200 and recall 36 of 42 and 51 of 56:
// the matcher of d60d9d9, 385 of 400 (0.963) and 87 of 98 (0.888). Over
// session 28's six (seeds 120-125), 1,156 of 1,200 (0.963) and 254 of 285
// (0.891); over the hundred and six untuned samples since seed 19, 20,304
// of 21,200 (0.958) and 4,529 of 5,107 (0.887).
//
// Written after seeds 124 and 125 (seed124_test.go), not yet measured
// untuned: as not the state, a country word before "tax dollars" (the
// taxpayers' money), before an industry's words ending in "services" and
// a firm ("internet services company"), before "bill" in a sentence with
// a "$10 bill" (a banknote), before a democracy campaigner ("democracy
// leader", "pro-democracy activists") and before a capitalised name that
// ends in "GP" or "Grand Prix" (a race); "champions" before a country's
// name in a match report (the national team); a demonym's plural before
// a verb of suffering with no object ("the Iraqis have suffered"), the
// people; and, undated, a remembered head's bare surname before a staff
// noun ("Trump assistant X"), which the sentence's "President Trump"
// does not title. As the state: a name of more words inside a list of
// demonyms ("the Fijian, Tongan, New Zealand and Samoan units"), and a
// leader's surname after a day or a month ("on Tuesday Halonen"), which
// is no given name. Registry: "MEPs" out of the EU's
// bodies (members, as the readers of seeds 61, 86 and 125 read them);
// Ramos-Horta as East Timor's Defence Minister from 1 to 25 June 2006;
// Tang Jiaxuan as China's State Councilor (2003-2008); and
// "peacekeepers" and "Janjaweed" as African cues for "AU". Left: "the
// AU" in a Darfur sentence with no cue of its own, the National Archives
// (Britain's and Australia's in most of the pool), "Guiana" for Guyana,
// "America's children", "Kill the Albanians!" on a placard, a firm's
// "Citi of Haiti" and a private body's "Israel office". On the train
// split they turn 7,727 right, 210 false and 312 missed into 7,727, 210
// and 312.
//
// Seeds 126 and 127, drawn together after those fixes (kappa 0.83 and
// 1.0, adjudicated; the rules below written after them), give, untuned,
// precision 191 and 196 of 200 and recall 43 of 45 and 36 of 37: the
// matcher of de3a5fa, 387 of 400 (0.968) and 79 of 82 (0.963). Over
// session 28's eight (seeds 120-127), 1,543 of 1,600 (0.964) and 333 of
// 367 (0.907); over the hundred and eight untuned samples since seed 19,
// 20,691 of 21,600 (0.958) and 4,608 of 5,189 (0.888). Seeds 128 and
// 129, drawn of the same matcher before any rule was written on 126 and
// 127 (kappa 0.80 and 0.80, adjudicated), give 197 and 196 of 200 and 38
// of 44 and 55 of 59: 393 of 400 (0.983) and 93 of 103 (0.903). Over the
// hundred and ten untuned samples, 21,084 of 22,000 (0.958) and 4,701 of
// 5,292 (0.888).
//
// Written after seeds 126 and 127 (seed126_test.go), not yet measured
// untuned, as not the state: a demonym after a comma or an opening
// bracket and before "for", a language glossing a foreign phrase ("(Comando
// Vermelho, Portuguese for Red Command)"); a country's name after "at the"
// or another word of a place that opens a capitalised name ending in a
// school, a camp or a site of the forces, a venue ("speaking at the United
// States Naval Academy in Annapolis"; not "officials at the"); memorials
// after a country word, also past "war" and coordinated country words
// ("the Canadian and New Zealand war memorials"; a possessive keeps its
// own, "Germany's memorial"); units of measure ("per U.S. gallon", "38 US
// pints"), as currencies are; an organisation's body before "of" and a
// capitalised name that opens none of its aliases, the other's body ("the
// General Assembly of the WiMAX Forum", "the Peace and Security Council
// of the African Union"; "the General Assembly of the UN" stays); and a
// country's name joined by "and" or "or" to another country's word or to
// "foreign", "international" and the like before private people or firms
// ("U.S. and foreign radio stations", "US and British tourists"), as a
// coordinated demonym already was. As the state: a word of secrecy or
// suspicion ("covert", "clandestine", "suspected", "alleged",
// "undeclared") between a demonym and a head of the state's ("Syrian
// covert nuclear activities"). Registry: "Kyrgzstan" and "Kyrgystan", as
// the pool misspells it, and "Kirghizia" and "Kirgizia" for Kyrgyzstan;
// the Intergovernmental Panel on Climate Change, with and without "UN"
// (one span, as "UN General Assembly" is), and "IPCC", not near police
// words (Britain's Independent Police Complaints Commission), as a UN
// body, as seed 127's readers read it; and the names of an Iraqi party,
// the Supreme Council for (the) Islamic Revolution in Iraq and the
// Islamic Supreme Council of Iraq, as stop phrases. Left: "Indian cities",
// "French cities", "the Russian province" and "the separatist Georgian
// regions" (labels decision 1), the Queen as Australia's head of state in
// a sentence about a republic, a garbled "Iraq is" for Iraqis, and "the
// Portuguese for" with no comma or bracket before it; a rule for "Council
// for" names ending "in" a country cost the train labels' "Council for
// Advanced Policy Studies in Taiwan", a place, and is not taken. Of the
// 87,715 pool sentences' mentions they drop 15 and add 13, all of those
// kinds (a "UN" widened to the panel's name among them); on the train
// split they turn 7,727 right, 210 false and 312 missed into 7,727, 205
// and 312.
//
// Seeds 130 and 131, drawn after the seed-126 rules and before those
// below (kappa 1.0 on seed 130; on seed 131 both readers said yes to all
// 200; adjudicated), give, untuned, precision 191 and 200 of 200 and
// recall 49 of 53 and 46 of 49: the matcher of 834a626, 391 of 400
// (0.978) and 95 of 102 (0.931). Over session 29's four (seeds 128-131),
// 784 of 800 (0.980) and 188 of 205 (0.917); over the hundred and twelve
// untuned samples since seed 19, 21,475 of 22,400 (0.959) and 4,796 of
// 5,394 (0.889).
//
// Written after seeds 128 and 129 (seed128_test.go), not yet measured
// untuned, as not the state: a surname that many bear (the family names
// of familyFirstNames, "Singh", "Khan" and the like) that the article
// remembers for a leader, before that leader's full name later in the
// same sentence, someone else whom the news named in full before
// ("Kim, a defector, said the fall of Kim Jong Il would end it"; after
// the full name it stays the leader's); a guest brought "to the"
// building of a government by "invited" or "welcomed", past up to seven
// words of name and title, a venue; "teacher" and "teachers" after a
// country word, private people as doctors are; "Greek-controlled",
// the Greek Cypriots' side (a context rule of GR); and a demonym's
// plural after "the" that "including", "such as" or "notably" lists in a
// sentence about minorities or ethnic groups, a people ("minorities such
// as the Armenians"). As the state: a leader's surname after a word
// capitalised only because it opens the sentence ("Although Qurei
// resigned", "Both Schröder and Merkel") or after an office's noun
// ("Special Counsel Mueller", undated too, as one of his offices); a
// profession of trainedPeople after a building that stands for a
// government, its staff ("a White House lawyer"; "a US lawyer" stays a
// private person); a demonym before initials of stateInitials, which
// now hold Portugal's GNR ("a Portuguese GNR unit", and so "Spanish GDP"
// and "the Iraqi WMD programme", as "U.S. GDP" was); in an undated
// sentence, a president named "Mr." and the surname or in full whom the
// sentence also calls "the president" (above); and "Congolese" and a bare
// "Congo" as the Democratic Republic's or the Republic's by the cues of
// one in the sentence (Kabila, Kinshasa, Kivu, MONUC ...; Brazzaville,
// Sassou, Pointe-Noire), neither with no cue or both, and a bare "Congo"
// not before "River", "Basin" or "War". Registry: Gholam-Hossein
// Mohseni-Ejei, Iran's intelligence minister (2005-09), prosecutor-general
// (a window of 2009-14) and chief justice (from 2021), in the news's
// spellings; John Holmes, the UN's emergency relief coordinator
// (2007-10), by his full name, and "Holmes" only beside the UN or his
// office's words; Ahmed Qurei's spellings "Qureia" and "Qorei" and his
// kunya, "Abu Ala"; and "Donald Trump Jr." and "Trump Jr." as stop
// phrases. Left: a campaigner's "Mr Clarke" in Charles Clarke's years (a
// minister's bare surname beside other countries and no cue of his own
// is as often a foreign secretary's: in the pool such a rule drops five
// right mentions for three wrong); a country inside a bracketed
// translation of a foreign title after "titled" (once in the pool, and no
// rule reads brackets so); "Musharrif" (once in the pool); GNR as a body
// of its own (seed 129's readers counted the demonym before it only); and
// "Congolese" in a sentence with no cue, which only the article could
// tell. On the train split they turn 7,727 right, 205 false and 312
// missed into 7,728, 205 and 311; of the 87,715 pool sentences' mentions
// they drop 8 and add 71, all of those kinds (26 of them undated
// presidents, 17 surnames after an opening word, 14 Congos).
//
// Written after seeds 130 and 131 (seed130_test.go), not yet measured
// untuned, with the reversal of the boundary rule above (labels decision
// 6: a hyphenated pair before a border is both states). As not
// the state: a country's one-word name and a lone lower-case "n", "an",
// "ian" or "ese" that spell its demonym, split by a stray space, read by
// the demonym's rules ("the Kenya n community", "a Sudan ese-born
// tycoon"; not "an" before a vowel or an "h", the article:
// splitDemonym); "South Australia", "West Australia" and their demonyms,
// states of Australia as Western Australia is (compassLands); a
// government's building after "into the" and a verb of flying or crashing
// within five words, the building hit ("steered the jet into the
// Pentagon"; flownInto); a demonym before an organisation's name and
// private people, a person's nationality ("a Danish UN aid worker";
// orgPrivate); prepositions and "a" inside a quoted title that a verb
// of naming opens ('entitled "Letters from Sudan"'; titleJoins); a
// country's name that ends a firm's name after "of" and a firm's officer
// ("CEO", "chairman", "chief executive"), though a person's name follows
// ("chief executive of Toyota Canada Ken Smith"; firmOfficerOf); and
// owners, holders, householders, borrowers, savers, depositors,
// pensioners and a taxpayer after a country word, private people (in
// demonym_not_before). As the state: a capital before a form of "be" and
// an act of force, backing or resistance in the making ("Khartoum is
// arming", "Damascus was backing the rebels"; actingStates); and a
// personal name that opens the clause before ", the", a country's word
// and a current office, though the clause's verb follows the office with
// no comma ("Tomas Berdi, the Uzbek Interior Minister denied it";
// appositiveBefore), which adds no pool mention beyond the registry's.
// Registry: the Congressional Budget Office and "CBO" (not near words of
// a court order or of community groups) as a US body, as the GAO is;
// Amadou Toumani Touré also as "Amadou Touré", so that an article that
// names him so finds "Touré" after; Romero Jucá, Brazil's minister of
// social security (22 March to 21 July 2005); and Zokirjon (Zakir)
// Almatov, Uzbekistan's interior minister, in a window from 1992 to
// December 2005, when he resigned. Left: "the Chinese nation" as the
// people of both sides of the strait (of the pool's fifteen "the <demonym>
// nation", most are the state, "the Iranian nation" in a president's
// words, as the train labels count it); a firm's campaign title with
// "Taiwan"; a bare "Touré" in an article that never names him in full
// (the surname is also Guinea's Sékou Touré's); a split demonym before a
// vowel ("the Zimbabwe an opposition", read as the article); and "Chad"
// before a hyphen and a capitalised name, which its context rule reads
// as a given name. On the train split they turn 7,728 right, 205 false
// and 311 missed into 7,736, 210 and 303: the boundary reversal finds 8
// labelled mentions in four sentences and adds 6 false ones in three,
// where the old labels said no to a pair, and the split demonym drops
// one false "Egypt ian-Canadian". Of the 87,715 pool sentences' mentions
// they drop 18 and add 87 (67 border pairs, 12 of the budget office, 4 of
// the two ministers, 3 of Touré, Khartoum arming).
//
// Seeds 132 and 133, drawn after all of the above (kappa 0.91 and 0.91,
// adjudicated), give, untuned, precision 194 and 195 of 200 and recall
// 37 of 38 and 48 of 50: the matcher of bb0810d, 389 of 400 (0.973) and
// 85 of 88 (0.966). Over session 29's six (seeds 128-133), 1,173 of
// 1,200 (0.978) and 273 of 293 (0.932); over the hundred and fourteen
// untuned samples since seed 19, 21,864 of 22,800 (0.959) and 4,881 of
// 5,482 (0.890).
//
// Written after seeds 132 and 133 (seed132_test.go), not yet measured
// untuned, as not the state: a country's name after "in" that ends an
// organisation's, a movement's, a campaign's, a network's or an
// alliance's name opened by "of" or "for", past a possessive inside it
// ("the Widows' Organization for Justice in Chad"; unionNames, as for
// unions and societies before, and still not "Council for", which cost
// a train label); "dismissed", "sacked" and "fired" as adjectives before
// a title, a lost office as "ousted" was (lostTitle), and the holder
// named again later in the sentence, whether the lost title named them
// ("her sacked Prime Minister Ana Ruiz ..., and Ruiz rallied") or, on
// the last day of their term, no one ("his fired Prime Minister ...,
// since Ruiz leads a bloc"; lostOffice), also where the article named
// them before (lostHolder); a demonym in a list whose last item is "and
// other" and a kind, which shares the list's head ("Jordanian, Iraqi,
// and other non-Syrian groups", "British and other foreign nationals";
// "and other foreign troops" stay the state's: coordinated); "District of
// Colombia", a misspelling, as a stop phrase; a leader's surname before
// their party's members or its name ("the Harper Tories", "the Blair
// Labour party"; their government stays the state: leaderParty);
// "exports" and "imports" right after a demonym, goods, as the readers
// of seeds 48, 89 and 133 read them ("Japan's exports" stay the
// country's income); a country's name after "called", "known as" and
// the like without quotes, before a base's, a camp's or a building's
// word that closes the name ("a depot called Haiti Base";
// placeNameAfter); and a capital and another place before an event that
// struck them ("the Dublin and Cork riots"), as "the Madrid bombings"
// was, where talks between two capitals stay theirs. As the state: a
// registry body's "chief executive" and the name after, and "Baroness"
// among the titles before one ("Ofcom chief executive Lord Carter"; a
// country's word before "chief executive" introduces no one, as the
// post may be a firm's: titledAfter); and a demonym's "part" or
// "component" of a force, a mission or an organisation ("the Spanish
// part of the NATO force"; forceShare; "the German part of Belgium" is a
// region). Registry: Michel Suleiman as Commander of the Lebanese Armed
// Forces (21 December 1998 to 24 May 2008) before his presidency, also as
// "Michel Sleiman" and after "General" or "Gen.", with no "Mr Suleiman"
// (Egypt's Omar Suleiman in those years). Left: "an Indian partner" of
// an airline, which only the article tells; and a male leader's bare
// surname before "her" (the president's wife, named "Bush" alone): the
// registry records no sex, though its "Mr" forms would tell it, and in
// the pool "her" after a male leader's surname as often names another
// woman ("Sarkozy said her"), so a rule would cost right mentions. On the
// train split they leave 7,736 right, 210 false and 303 missed as they
// were. Of the 87,715 pool sentences' mentions they drop 15 (5 exports,
// 3 of the women's organisation, 2 demonyms of a list, Tymoshenko, the
// base, the Harper party, Dublin, "District of Colombia") and add 7 (5
// of Suleiman, Baroness Young, "the Italian part").
//
// Seeds 134 and 135, drawn after the seed-132 rules (kappa 0.91 and 1.0,
// adjudicated), give, untuned, precision 188 and 195 of 200 and recall
// 64 of 71 and 31 of 36: the matcher of 3248f46, 383 of 400 (0.958) and
// 95 of 107 (0.888), most misses officials below cabinet rank. Over
// session 29's eight (seeds 128-135), 1,556 of 1,600 (0.973) and 368 of
// 400 (0.920); over the hundred and sixteen untuned samples since seed
// 19, 22,247 of 23,200 (0.959) and 4,976 of 5,589 (0.890).
//
// Seeds 136 and 137, drawn at 25d83f2, before the rules below (the
// mentions of 3248f46; kappa 0.74 and 0.77, adjudicated), give, untuned,
// precision 192 and 193 of 200 and recall 36 of 39 and 39 of 44: 385 of
// 400 (0.963) and 75 of 83 (0.904). Over the four samples of that matcher
// (seeds 134-137), 768 of 800 (0.960) and 170 of 190 (0.895); over the
// hundred and eighteen untuned samples since seed 19, 22,632 of 23,600
// (0.959) and 5,051 of 5,672 (0.891).
//
// Written after seeds 134 and 135 (seed134_test.go), not yet measured
// untuned, as not the state: a country's name joined by "and" to a word
// of worldWords before a market ("U.S. and world market share";
// listedPrivate); initials after a dollar amount with decimals or
// thousands ("$4.25 billion US"; dollarsBefore), and "cents" after a
// country word (in demonym_not_before), a currency; a nickname in quotes
// that "as" opens after a verb of naming within four words ('tagged by
// the press as "Kenya's Bill Gates"'; namingBefore, with "tagged",
// "billed", "branded" and the like among the verbs); "regional" before a
// country's name, as "rural" is (societyWords); a country's possessive
// before a broadcaster's network or channels ("Canada's television
// network"; firmAt) or before an exchange's capitalised name, past words
// of its standing ("Japan's recently opened Osaka Growth Exchange";
// exchangeNamed); a sea's name "of" a country in lower case ("the gulf of
// Guinea"; afterOfName); a capital after "in" or "at" and people whom a
// mention up to two words before them makes a state's ("a Canadian army
// spokesman in Ottawa said"; partyPeople; a government seated there, "the
// Kenyan government in Nairobi", stays the capital's); a country's name
// before or after a lower-case "v" in a court case's name ("Canada v.
// Smith", "Hamid v. United States"; courtCase), as a leader's surname
// was; and "Mr Howard" beside the Chancellor, the Tories or the Liberal
// Democrats, Michael Howard, the Conservative leader of 2003-05 (a context
// rule of AU), where the article's earlier "Mr Howard" no longer makes
// him the prime minister (ruledOutTitle: a remembered leader's titled
// name counts only where the registry's context rule for it holds). As
// the state: a demonym or a name before "supreme leader" ("the Iranian
// supreme leader"; portfolioAt, interimWords); an officer named by rank
// after a body's initials in brackets ("Philippine Coast Guard (PCG)
// Commodore Ana Cruz", "the Federal Bureau of Investigation (FBI)
// Director Tom Hale"; initialsClosed; a past office is read before the
// full name, "the former Federal Bureau of Investigation (FBI) director"),
// with "Commodore" among the ranks; "diplomat" as an office's head where
// the phrase names the post ("Ana Ruiz, a Spanish diplomat in Caracas,";
// not "Dutch diplomat Pieter Hale", who may serve another body by then or
// belong to the news's history); and an office "at" a country's
// possessive and its post at an organisation ("Zhou Wenbo, a senior
// diplomat at China's UN mission,"; orgPost). Registry: "Tajik" as
// Tajikistan's demonym, and its president as Rakhmonov, Rahmonov and
// Rakhman, in full and titled; the Philippine Coast Guard, whose initials
// count in brackets after it; Rosatom and the Federal Atomic Energy
// Agency; Dan Gillerman, Israel's ambassador to the UN, in a window of
// 2003 to September 2008; and Hani al-Qawasmi, the Palestinian interior
// minister from 17 March to 14 May 2007. Left: "the 50 US states" (the
// train labels count "twenty-five US states" as a mention, as decision 1
// counts a country that locates places, and a table case wants "US
// states"); an amusement park named with a possessive; a sentence cut
// off after "in U.S."; Bosnian Serb forces written "Serbian"; "Housing
// New Zealand" (a Crown entity, which "Housing" as an agency word keeps
// the state's since 2f9da3f); "the needs of the Chinese", a people; a
// Japanese draft resolution; Malaysia's housing minister and the
// Australian Statistician (the registry lists no Malaysian minister and
// no head of a statistics office); and a bare "Sanchez" after his command
// in Iraq had ended. On the train split they turn 7,736 right, 210 false
// and 303 missed into 7,736, 209 and 303 (a quoted title after "entitled
// as"). Of the 87,715 pool sentences' mentions they drop 33 (7 of
// regional Australia, 5 of Mr Howard, 5 capitals where a state's people
// are, 4 court cases, 3 currencies, 3 broadcasters, a market, an
// exchange, the gulf of Guinea, a nickname, and 2 "Philippine" widened to
// the coast guard's name) and add 33 (8 of Rosatom and its spokesman, 5
// of officials after bracketed initials, 4 "Tajik", 3 of Rakhman, 3 of
// Qawasmi, 3 diplomats at a post, 3 of the coast guard and its initials,
// 2 of them the widened spans, 2 of Gillerman, "the Iranian supreme
// leader" and a commodore's surname).
//
// Written after seeds 136 and 137 (seed136_test.go), not yet measured
// untuned, as not the state: a country's possessive before its ruling
// party's youth wing, "youth" or "young" and then a league, a union, a
// movement or a wing ("Vietnam's Communist Youth Union"; partyAt, as
// before its parties); a demonym before a colon and a quotation, the
// quotation's language, with no article before it (languageLabel; "told
// the Russian:" stays a noun); a capitalised "Deputy" and a personal name
// after a country's word or its possessive, a member of the legislature
// ("the Brazilian Deputy Carlos Mendes (PT)"; legislatorTitle), where
// "Deputy Foreign Minister", "Deputy Speaker" and the like stay offices; a
// country's name joined by "and" to another place's capitalised name, up
// to three words that start no alias and hold no digit, before a
// lower-case word of demonym_not_before ("U.S. and Puerto Rico stores";
// listedPrivate; not "UK and European Union monopoly laws"); a building's
// possessive after "in the" before a part of it named in capitals, a venue
// ("the White House's East Room", "the Kremlin's St George Hall";
// namedPart; "the White House's Middle East policy" stays); a capital
// after "attack" or "attacks on", the city struck ("the attacks on
// Madrid"), though not after "verbal" or "rhetorical", nor a "City" named
// after its country ("attacks on Vatican City", which a train label
// counts); a capital's possessive before a market's name of marketNames,
// and a capital's or a country's possessive before a capitalised name that
// starts no alias and moves by a share ("Sofia's Sofix rising", "Russia's
// Gazprom gained 3%"; indexMove), a market or a firm; and a country's word
// joined by a hyphen to another place before a model's designation and a
// craft's or a weapon's noun, the product's makers ("the US-Europe EH101
// helicopter"; jointProduct; "two US F-15 jets" stay the state's forces).
// As the state: "supreme" and "allied" among the words of an office
// ("NATO's supreme allied commander", "Thailand's supreme commander"),
// which introduces its holder. Registry: a party's Since, the day a state
// came to be, before which a dated sentence's words name no such party
// (South Sudan, 9 July 2011; only South Sudan has one: the registry counts
// Montenegro's and Kosovo's governments before their independence,
// Kosovo's as the readers did), and a context rule's IfArticle (above);
// NATO's Supreme Allied Commanders Europe since 2000, Joseph Ralston to
// Alexus Grynkewich, after "General" or "Gen." and, for the surnames few
// bear, alone; NIST and its full name as a US body; France's National
// Gendarmerie, also as "Gendarmerie nationale", where the sentence names
// France and no other state that has one; the Territorial Army as a
// British body where the sentence or the article names Britain and the
// sentence not India; New Zealand's Commerce Commission, also by its full
// name, where the sentence or the article names New Zealand, not after
// another capitalised name ("the Illinois Commerce Commission") or beside
// Fiji's; and Thomas Hartmann's move from legal adviser to the military
// commissions' director of operations on 19 September 2008, inside the
// same window. An article now remembers a leader whose name ends in a
// hyphenated given name by the family name first where that is a common
// one ("Ma Ying-jeou ... Ma said", "Roh", "Chen", "Kim"; "Ban Ki-moon" is
// still no "Ban"), and a Chinese family name of two letters ("Hu", "Ma",
// "Li"; not "He"), capitalised and not in capitals, names a person written
// family first. Left: "the Indian fleet" of an airline and a retired
// security chief, which only the article tells; a cut "becoming U.S."; a
// report's title with "America"; the National Gendarmerie in a sentence
// that names no country (several states have one); and a reserve general
// named Hartmann, whom seed 136's reader did not count but who by the
// record held a Pentagon post on that day (the window stands). On the
// train split they turn 7,736 right, 209 false and 303 missed (after the
// seed-134 rules) into 7,736, 207 and 303 (two capitals after "an attack
// on"). Of the 87,715 pool
// sentences' mentions they drop 23 (8 capitals after "attacks on", 4
// deputies, 2 of South Sudan in 2007, 2 markets, 2 venues, 2 youth wings,
// Swedish, the helicopter, the stores) and add 37 (20 family names of
// leaders named before in the article, 8 of the Commerce Commission, 3 of
// NIST, 2 of the Territorial Army, 2 of Jones, the gendarmerie and a Thai
// supreme commander), and widen 2 "New Zealand" to the commission's full
// name.
//
// Seeds 138 and 139, drawn after the seed-134 and -136 rules (kappa 0.83
// and 1.0, adjudicated), give, untuned, precision 195 and 190 of 200 and
// recall 46 of 56 and 40 of 44: the matcher of 252707a, 385 of 400
// (0.963) and 86 of 100 (0.860), most misses officials by name and
// bodies by initials. Over session 30's four (seeds 136-139), 770 of 800
// (0.963) and 161 of 183 (0.880); over the hundred and twenty untuned
// samples since seed 19, 23,017 of 24,000 (0.959) and 5,137 of 5,772
// (0.890).
//
// Seeds 140 and 141, drawn at 1706cb4, before the rules below (the
// mentions of 252707a; kappa 1.0 and 0.85, adjudicated), give, untuned,
// precision 195 and 193 of 200 and recall 38 of 43 and 33 of 36: 388 of
// 400 (0.970) and 71 of 79 (0.899). Over the four samples of that matcher
// (seeds 138-141), 773 of 800 (0.966) and 157 of 179 (0.877); over
// session 30's six (seeds 136-141), 1,158 of 1,200 (0.965) and 232 of 262
// (0.885); over the hundred and twenty-two untuned samples since seed 19,
// 23,405 of 24,400 (0.959) and 5,208 of 5,851 (0.890).
//
// Written after seeds 138 and 139 (seed138_test.go), not yet measured
// untuned, as not the state: a country's name after "its", "their" or
// "our" before a firm's staff or output ("our U.S. work force", "its U.S.
// employees"), also past another country's word that "and" joins to it
// ("its US and Mexican production"; ownersBranch, with "workforce",
// "employees", "production" and "revenues" among firmUnits, and
// ownersWorkForce); a country's word before a firm's unit "of" a
// capitalised name that opens no alias, the firm's national arm ("the UK arm of Tesco"; firmArmOf), as after
// "CEO of"; a demonym alone in a list beside a nationality's plural,
// people, though not after "the" ("the dead were Swedes, Dutch and
// Poles"; peopleListed); "himself" and "herself" after a verb of naming
// before a nickname in quotes (namingBefore); a registry official's name
// before ", a" post "from", "of", "with" or "at" a local body named in
// capitals, a county's, a sheriff's, a school's, a namesake (localRole);
// a capital after a personal title ("Reverend Washington"; titledName); a
// demonym before a capitalised "State of" or "Province of" and a name, a
// region ("the Brazilian State of Bahia"; "the Australian Department of
// Defence" stays a body); groups named by their cause after a country's
// name ("US advocacy groups", "a UK human rights group"; causeGroup);
// "cable" and "TV" among industryWords ("a UK cable TV operator"); and a
// demonym's fleet in a sentence about airliners and not forces, the
// airlines' ("will double the Chinese fleet"; airlinersSaid). As the
// state: a demonym before "commandos" or "casualties" (stateHeads); a
// personal name before a comma and a country's possessive whose office
// runs on to a matter in lower case after "for" and closes the clause
// ("Ravi Menon, India's special envoy for the water talks,"; matterEnd,
// as appositiveBefore reads it); and initials with
// full stops that open a personal name ("S.R. Pillai"; dottedInitials),
// not a party's ("U.S."). Registry: M. K. Narayanan, India's national
// security adviser (a window of February 2005 to January 2010); Benin's
// president as Boni Yayi, also "Yayi Boni" and "President Yayi"; Alexandr
// Vondra, the Czech foreign minister, deputy prime minister for European
// affairs and defence minister; Nathalie Kosciusko-Morizet, France's
// secretary of state for ecology and for the digital economy and minister
// of ecology; the Defense Intelligence Agency, and "DIA" beside US or
// intelligence words or in an article that named the US, not beside New
// Zealand's Department of Internal Affairs and its lotteries; "EC" beside
// words of competition and mergers or in an article that named the Union,
// not beside election words; and the Philippines' Presidential
// Anti-Organized Crime Task Force and "PAOCTF". Left: "the Timorese
// capital" (the train labels say no to a demonym before "capital" twice,
// as decision 1 reads a demonym before one place); a junior health
// minister of Britain by his bare surname (the registry lists no British
// minister of state); "the British Ministerial Code" (a code's name);
// "the UN Convention against Corruption" (the train labels count "the UN
// Convention on the Law of the Sea" and "the United Nations Charter");
// a heading, a firm's name before "of", a slogan and a garbled line.
// On the train split they leave 7,736 right, 207 false and 303 missed as
// they were. Of the 87,715 pool sentences' mentions they drop 16, all of
// those kinds (an NGO's office in Israel and a firm's UK operations among
// them), and add 49 (15 of "EC" and "E.C.", 9 of the intelligence agency
// and its initials, 6 commandos, 5 of officials whose office runs on to a
// matter and 3 of officials named by initials, those named again later
// included, 4 of Yayi, 3 of the task force, Narayanan, Vondra,
// Kosciusko-Morizet and "American casualties").
//
// Written after seeds 140 and 141 (seed140_test.go), not yet measured
// untuned, as not the state: a demonym before a lower-case "war" or up to
// two words of the forces and then a veteran, and a country's name before
// such forces' words and a veteran ("an Afghan war veteran", "a U.S. Army
// veteran", "a British Army veteran"; servedVeteran, veteranPerson; "the
// UK veterans minister" stays and "an Iraq War veteran" is still the war's
// name); a country's possessive before a newspaper named by its language,
// "English-language" and the like counted as one word (firmAt); "finance"
// and "health" among industryWords, a trade before a firm ("a UK finance
// company", "a US health insurer"; their ministers and ministries stay the
// state's); "operation" or "operations" after a trade's word, a firm's
// business ("an Australian mining operation"; tradeOperation; "the
// Australian military operation" stays); a short quoted name that a verb
// of naming opens and the mention closes, lower-case words and all, up
// to four words from a capitalised one ('a movement called "We are
// Peru"'; calledName), and after "titled" or "entitled" a title of up to
// twelve words in quotes or, from a capitalised word, without them to a
// colon or the clause's end ("a study entitled Arms Sales to Chile: ...";
// bareTitle; "entitled to" is no title); the countries "between" which a
// match, a game, a final or a fixture is played in a sentence about sport
// (matchOpponent, matchBetween; "talks between" and "a clash between"
// stay); and a capital before "security" and a crackdown, a plan, an
// operation or a curfew, or before a "crackdown" of its own, a campaign to
// secure the city ("the Kabul security plan"; cityCrackdown; "a Beijing
// crackdown on dissent" stays the government's). Leaders: a titled
// surname that a hyphenated given name goes on with is someone else's
// ("Prime Minister Lee Kwang-su"), and another party's name or demonym
// before the title, or its possessive, says whose office it is ("the
// South Korean Prime Minister Lee" is not Singapore's Lee; titledOther),
// while another given name after a titled surname may be the leader's own
// ("Prime Minister Koizumi Junichiro", which a rule on every capitalised
// word cost); a country's name and a possessive after a leader's surname
// own what follows, no part of a personal name ("we offer Lula Chile's
// support"; ownerName in otherPerson). Officials: an initial written onto
// the surname with its full stop and no space opens a personal name after
// an office ("Deputy Trade Minister J.Mwangi"; initialOnto in
// personName). Registry: "AU" as the African Union also beside troops,
// soldiers, forces, the UN, the SLA or the JEM, and, by IfArticle, in an
// article that has named the African Union before (with Australia's words
// near it still not); the School of the Americas (also "US Army" and "U.S.
// Army" before it) and the Western Hemisphere Institute for Security
// Cooperation as US bodies, the Royal Military Police as a British one;
// "United Nationa", a misspelling of the UN; Lee Hae-chan also as "Lee
// Hai-chan"; and E. Ahamed, India's minister of state for external
// affairs from 23 May 2004 to 22 May 2009, also as "E. Ahmed" and
// "E.Ahmed", with no "Ahmed" or "Mr Ahmed" (3,321 leaders). Left: a bare
// "SOA", which the article defines in brackets after the school's name,
// but the article's memory of initials (acronyms.go) only takes initials
// away from a party, and "SOA" is also a software architecture's; the
// capitalised "Vietnam War veteran", a war's name that counts (seed 57);
// a country's name in a bracketed translation of a quoted name ("(Spanish:
// ...)"), as after seed 128; and a coordinated demonym of militants'
// attacks, which only the article tells. On the train split they leave
// 7,736 right, 207 false and 303 missed (after the seed-136 rules) as they
// were. Of the 87,715 pool sentences' mentions they drop 20 (5 in titles
// after "titled" or "entitled", 4 veterans, 2 teams of a match, 2 of
// Singapore's Lee, a firm after "finance", a union after "health", a
// mining operation, a language's newspaper, a city's security crackdown,
// a quoted movement's name, and a "U.S." widened to the school's name)
// and add 33 (22 of "AU", 2 of the AU's force commander, 2 of Lee Hae-chan,
// 2 of E. Ahamed, Lula, the Royal Military Police, "United Nationa", the
// School of the Americas and the Western Hemisphere Institute).
//
// Seeds 142 and 143, drawn after the seed-138 and -140 rules (kappa 1.0
// and 1.0, adjudicated), give, untuned, precision 193 and 193 of 200 and
// recall 31 of 34 and 42 of 48: the matcher of 5a5f5e0, 386 of 400
// (0.965) and 73 of 82 (0.890), three of the misses Portuguese. Over
// session 30's eight (seeds 136-143), 1,544 of 1,600 (0.965) and 305 of
// 344 (0.887); over the hundred and twenty-four untuned samples since
// seed 19, 23,791 of 24,800 (0.959) and 5,281 of 5,933 (0.890).
//
// Seeds 144 and 145, drawn at 342b19e (the same mentions; kappa 0.69 and
// 0.93, adjudicated), give, untuned, precision 192 and 194 of 200 and
// recall 41 of 46 and 53 of 54 (seed 145 alone meets both targets): 386
// of 400 (0.965) and 94 of 100 (0.940). Over the four samples of the
// matcher as session 30 leaves it (seeds 142-145), 772 of 800 (0.965) and
// 167 of 182 (0.918); over session 30's ten (seeds 136-145), 1,930 of
// 2,000 (0.965) and 399 of 444 (0.899); over the hundred and twenty-six
// untuned samples since seed 19, 24,177 of 25,200 (0.959) and 5,375 of
// 6,033 (0.891).
//
// Seeds 146 and 147, drawn at 1b075f0 (the same mentions as 5a5f5e0;
// kappa 0.74 and 0.94, adjudicated), give, untuned, precision 194 and 191
// of 200 and recall 49 of 52 and 49 of 50: 385 of 400 (0.963) and 98 of
// 102 (0.961). Over the six samples of the matcher session 30 left (seeds
// 142-147), 1,157 of 1,200 (0.964) and 265 of 284 (0.933); over the
// hundred and twenty-eight untuned samples since seed 19, 24,562 of
// 25,600 (0.959) and 5,473 of 6,135 (0.892).
//
// Written after seeds 142 to 145 (seed142_test.go), not yet measured
// untuned, as not the state: a capital whose verb of voting elects a
// mayor within a few words, the city's voters ("Paris will be voting for
// a new mayor"; mayorVote, with "mayor" and "mayoral" among
// candidacyCues); "site" after a word of the web ("online", "auction";
// webTrade in privateUse), and "website", "websites", "portal" and
// "portals" in demonym_not_before, a firm's site ("the Australian online
// auction site", "Poland's biggest internet portal"), where a seat's
// website stays its government's ("the Kremlin website"; buildingStaff);
// "auction", "automobile", "automotive" and "natural" among industryWords
// ("a US automotive manufacturing firm", "the UK natural gas plant"); a
// country's possessive before a firm's capitalised name of up to four
// words that ends in a word of firmTails ("Malaysia's Golden Sun
// Airlines"; firmNameEnds); "the" between a verb of naming and a quoted
// title that holds a country's name ('called the "Rescue Greece Law"';
// calledName; not an organisation's name, whose mission's quoted name
// the train labels count), and a quoted name of two to six capitalised
// words before a relay, a campaign, a decree and the like ('the "Walk For
// Peru" relay'; quotedEvent, with its own cue group); onlookers,
// spectators, bystanders and passers-by in demonym_not_before; "East
// Germany", "West Germany", their demonyms and plurals, the two states
// before 1990, and "America First Policy", "America First Committee" and
// "America First Party" as stop phrases (the slogan alone in quotes before
// a lower-case "policy" stays, as a train label counts it); "the Spanish
// remains", the dead's, where a collective demonym would take "remain";
// "Confederation" and "Federation" in a capitalised run after a demonym
// ("the Italian General Confederation of Labour"; runNotState); a capital
// right after two capitalised words that start no match and are no
// title, office, time, compass or city word, a surname ("Carlos Alberto
// Lima"; surnameAfterNames); and a country's name before one capitalised
// word that starts no alias and a newspaper's or a magazine's noun, the
// medium's title ("the Chile Nuevo magazine"; mediumName; "the US Army
// newspaper" stays). As the state: "Judge" before a leader's surname, the
// title a judge named to office keeps ("Judge Mukasey" inside his term;
// otherPerson); an ordinal or "new" between a demonym and an office ("the
// Kenyan second vice-president"; officeAfterOrdinal in pastPortfolio); and
// a capital's possessive after "of" before a feeling or a stance ("reports
// of Moscow's anger"; attitudeOf, attitudeWords), which "of" had made a
// place since seed 34. Registry: the National Commission on Fiscal
// Responsibility and Reform as a US body, by its full name only (no
// "Fiscal Commission", which other states have). Left: a demonym before
// one city or one settlement ("the Nigerian city of", "an Israeli West
// Bank settlement"), since the train labels count the singular place none
// (the town twice in three, a settlement once) and placeHeads stay
// plural; a spokesperson for an office of an office (a head's office
// named by "of" and the country's possessive), which officeOfBefore does
// not read and a rule for which would fit few sentences; and a capital in a ranking of cities
// after "followed by", where only knowing which names are cities tells a
// list of places from a list of actors. On the train split they turn
// 7,736 right, 207 false and 303 missed into 7,736, 205 and 303 (a wiki
// portal's name and a personal name that ends in a capital). Of the 87,715
// pool sentences' mentions they drop 21 (3 of "America First Policy", 2
// US car makers, both names in a relay's quoted name, 2 of an auction
// site, 2 capitals that end personal names, a portal, a magazine's title,
// "East German", a union's confederation, onlookers, a gas terminal, a
// mayor's vote, remains, a three-word airline, and a decree's quoted name)
// and add 4 (New Delhi's displeasure, the Timorese first prime minister,
// Mukasey and the fiscal commission).
//
// Written after seeds 146 and 147 (seed146_test.go), not yet measured
// untuned. Tokens: the table that folds Latin letters with diacritics
// (foldTable) held two base letters too many, which moved the letters
// from "ŕ" on, and every Vietnamese one, onto wrong bases ("ú" read as
// "t"), so a name written with them matched only the same letters, never
// its plain spelling ("Raul Castro", "Kwasniewski"); the table is mended
// and checks that its two lists are as long. As not the state: a leader's
// family after the surname in an editor's brackets ("the [Akayev]
// family"; namedAfter); "electricity", "web" and "hosting" among
// industryWords, and "generator" after a trade's word, a firm ("an
// Australian power generator and retailer", "a U.S. Web hosting firm",
// where a seat's "Web site" stays its government's: buildingStaff);
// "media agency" or "agencies" after a demonym, the press and not a
// regulator (mediaAgency); a country's possessive before "lower" or
// "upper" and "house" or "chamber", or before a capitalised "House of"
// and a name, its legislature ("Canada's lower house", "Japan's House of
// Councillors"; chamberAt, beside legislatureWords); a one-word demonym
// after "of" or "for" behind a university's department, school, faculty,
// institute, centre or teacher, or after "and" behind such a demonym,
// that ends the phrase or comes before "studies", "language",
// "literature", "at" or "in", a language taught ("the Department of Thai
// and Vietnamese, Monash University"; academicSubject, in language); the
// names of a list that "teams" or "squads" and a colon or a spaced dash
// open, national teams ("Six squads: Ghana, Japan and Chile"; teamList,
// cued by those words); and Downing Street after a place word and a house
// number written after "Number" or "No." ("outside No. 10 Downing
// Street"; streetUse). Registry: Fidel and Raúl Castro also by their
// given names alone, within their terms ("Raul flew to Caracas"; another
// name after the given name is someone else's, "Raúl Reyes"); Carlos
// Gomes Júnior by "Gomes Júnior" and no bare "Júnior", which now folds to
// the English word ("a Junior Sergeant"); and the demonyms "Botswanan",
// "Botswanian", "Argentinean", "Salvadorean", "Slovene" and "Belarussian"
// (3,324 leaders, as before). Left: "Irelands" without its apostrophe (a
// name and an "s" is also another word: "Americas", "Frances"); plural
// demonyms of people after "against" or as voters ("the Palestinians",
// "The Germans"), which the pool reads both ways after the same words
// (the state's "sanctions against the Iranians", the people's "the
// detaining of the Afghans"); "the US state of" a state, which the train
// labels count (subnationalState); "Motswana" and "Batswana", which no
// pool sentence uses; "Turkmen", also the name of Iraq's Turkmen; and a
// "Castro dynasty", a ruling family that may be the regime. On the train
// split they turn 7,736 right, 207 false and 303 missed into 7,737, 206
// and 302. Of the 87,715 pool sentences' mentions they drop 18 (7 teams
// of a list, 2 demonyms of a university's department, 2 possessives
// before a lower house, 2 bracketed families, 2 addresses at No. 10, a
// power generator, a web host and media agencies) and add 18 (16 of the
// Castros: 3 "Fidel", 9 "Raúl" or "Raul" and 4 "Raul Castro" in plain
// letters; Kwasniewski in plain letters and "Botswanan").
//
// Written after seeds 148 and 149 (seed148_test.go), not yet measured
// untuned. As the state: "command" among stateHeads, the forces' ("under
// Dutch command"); "lies", "lay", "rests" and "rested" among towardWords,
// so that blame or a choice that lies with a capital is its government's
// ("the fault lies with Kiev"); and an undated "Mr." and a president's
// surname where the sentence says "is a", "is an" or "is no" and at most
// one word before "president" ("is no typical president"; isAPresident
// in thePresident; not "is a former president", "is no longer
// president"). As not the state: a leader's election campaign after the
// surname that the article remembers, as after the registry's own alias,
// and "re-election" before the campaign ("the Obama re-election
// campaign"; campaignAfter, in leaderNotPerson and notTheLeader); a
// demonym after a lower-case "un-", a value ("un-Canadian";
// demonymAffixed); a body's building after a word of buildingHits or
// impactVerbs in its clause, the building struck or stormed ("rebels
// stormed the Justice Department building"; bodyBuilding); a capital in
// a sentence that ranks cities, with "cities" and "ranked", "ranking",
// "rankings" or "top" before a number ("Vienna was ranked first among
// the cities"; cityRanking, cued by "cities"); a soldier, officer,
// pilot, sailor, nurse and the like after a demonym and before "named" or
// "called" and a capitalised name, one person ("an Australian soldier
// named Jack Rowe"; namedPerson); a faith's word before "Council of" and a
// country, a private body ("the Hindu Council of Britain";
// privateCouncils); and an organisation's body that is an office ("UN
// Secretary-General") after "former", "ex-", "then-" or "late", a past
// office (pastOfficeBody). Registry: the Philippines' president of
// 2001-10 by "Arroyo" alone, "President Arroyo", "Mrs Arroyo" and "Gloria
// Arroyo" within her term (her surname in leaders.yaml); Andrei
// Nesterenko, Russia's foreign-ministry spokesman, from 2008-07-01 to
// 2011-01-31, also "Andrey Nesterenko" and "Nesterenko" (3,325 leaders);
// the Environmental Risk Management Authority and "ERMA New Zealand" as
// New Zealand bodies; and the "Immigration and Refugee Board of Canada",
// the "Canadian Immigration and Refugee Board", a tribunal, and the
// "Downing Street minutes", a document, as stop phrases. Left:
// "Palestinian" before "rocket" or "rocket fire", which the train labels
// count as Palestine's twice in three (seed 31's fighters and snipers stay
// out); Kamynin and Lukashevich, the spokesmen before and after
// Nesterenko, whom no pool sentence names. On the train split they keep
// 7,737 right, 204 false and 302 missed (one unlabelled span fewer). Of
// the 87,715 pool sentences' mentions they drop 18 (5 past UN
// secretaries-general, 4 Obama campaigns and a Yushchenko camp, 2 of the
// refugee tribunal, an "un-" demonym, a struck building, a faith's
// council, a ranked capital, a soldier named, and the minutes) and add 34
// (24 of Arroyo, 6 of a state's command, Nesterenko, the lies-with
// capital, the environmental authority and an undated president).
//
// Written after seeds 152 and 153 (seed152_test.go), not yet measured
// untuned, as not the state: a building that stands for a government
// after "in front of the", a venue where people stand or gather
// ("nurses rallied in front of the White House"; buildingUse); "fellow"
// among typicalWords, so that a demonym after it that ends its phrase is
// people ("her fellow Kenyans"); a head's government named by a
// possessive surname right after another capitalised word that is no
// title, demonym or headline's word, someone else's ("Saddam Hussein's
// regime" in the years of Somalia's prime minister Nur Hassan Hussein;
// otherGovernment in leaderOK); "ranch", "estate", "farm", "dacha",
// "villa", "residence", "home" and "compound" among namedVenueWords, a
// leader's private place after the surname ("the Bush ranch"; namedAfter);
// "mine" in demonym_not_before, a site ("trapped in a Peru mine"; not
// the plural, which may be a navy's); and "Contract with America", a
// platform's name, as a stop phrase. Registry: the "Dj" spellings of the
// South Slavic leaders' "Đ" ("Milo Djukanovic", "Zoran Djindjic"; djForms
// in partiesgen, for Serbia, Montenegro, Croatia, Bosnia, North Macedonia
// and Slovenia, not Vietnam, whose "Đ" the news writes "D"); "Abul Gheit"
// and "Ahmed Abul Gheit" for Egypt's foreign minister of 2004-11;
// "Shinawatra", "Sinawatra", "Mr Shinawatra", "Mr Sinawatra" and
// "Thaksin Sinawatra" for Thaksin within his term; Wissanu Krea-ngam,
// Thailand's deputy prime minister of 2002-06 and 2014-23, also
// "Wissanu Kreangam", "Wissanu Krean-gam" and "Wissanu" (3,326 leaders);
// and the United Nations Office on Drugs and Crime and "UNODC" as UN
// bodies, one span. Left: "the Israeli capital" (the train labels read a
// demonym before "capital" as a place, as seed 138 found); a former
// minister whom the article introduced by his office the day after he
// left it (the registry's term ends right; the article's memory reads no
// term); a firm's national arm by the firm's name before the country's
// possessive, and a firm's "U.S. operations" after "shut down", each
// with few sentences to show a safe line. On the train split they keep
// 7,737 right, 204 false and 302 missed. Of the 87,715 pool sentences'
// mentions they drop 10 (4 seats in front of which people stood, 2 of
// the ranch, the platform, a fellow demonym, Saddam Hussein's regime and
// a mine) and add 8 (2 of "Sinawatra", "Thaksin Sinawatra", Wissanu,
// Djukanovic, Abul Gheit and 2 of "UNODC"), and turn 3 spans of "United
// Nations" into the drugs office's whole name.
//
// Seeds 148 and 149, drawn at eacd993 after the seed-142 rules (kappa
// 0.79 and 0.83, adjudicated), give, untuned, precision 190 and 195 of
// 200 and recall 44 of 48 and 44 of 48: 385 of 400 (0.963) and 88 of 96
// (0.917). Over the hundred and thirty untuned samples since seed 19,
// 24,947 of 26,000 (0.960) and 5,561 of 6,231 (0.892).
//
// Seeds 150 and 151, drawn at 49649d5 after the seed-146 rules (kappa
// 0.72 and 0.66, adjudicated), give, untuned, precision 191 and 197 of
// 200 and recall 40 of 42 and 41 of 47: 388 of 400 (0.970) and 81 of 89
// (0.910). Over session 31's six (seeds 146-151), 1,158 of 1,200 (0.965)
// and 267 of 287 (0.930); over the hundred and thirty-two untuned samples
// since seed 19, 25,335 of 26,400 (0.960) and 5,642 of 6,320 (0.893).
//
// Seeds 152 to 155, drawn at 78c9c50 after the seed-148 rules (kappa
// 0.90, 0.87, 0.92 and 0.88, adjudicated), give, untuned, precision 191,
// 195, 193 and 191 of 200 and recall 44 of 46, 35 of 40, 34 of 34 and 54
// of 58: 770 of 800 (0.963) and 167 of 178 (0.938). Over session 31's
// ten (seeds 146-155), 1,928 of 2,000 (0.964) and 434 of 465 (0.933);
// over the hundred and thirty-six untuned samples since seed 19, 26,105
// of 27,200 (0.960) and 5,809 of 6,498 (0.894).
//
// Written after seeds 150 and 151 (seed150_test.go), not yet measured
// untuned. Missed: "Acting" may open an office's title in undated text,
// which names its holder as the office alone does ("Acting Attorney
// General James Comey"; undatedOfficial); "watchdog" after a demonym is
// the state's regulator ("the Irish watchdog fined the bank";
// stateHeads), while a watchdog group, organisation or NGO, one word
// before "watchdog" or not, is private ("a U.S. budget watchdog
// organization"; causeGroup, which now also takes organisations and NGOs
// after a cause); and "the Commonwealth" alone is Australia's federal
// government, a body of the registry's Australia, beside the states'
// words (federal, premier, New South Wales, ...) or in an article that
// named Australia before (if_article), every such use in the pool being
// that, where the Commonwealth of Nations keeps it elsewhere. As not the
// state: "deposed", "ousted" and the like before the party's demonym and
// a head's title, which now also mark the office as lost, as right
// before the title ("deposed Kyrgyz president Askar Akayev"; lostTitle;
// the demonym stays the state); the Oval Office as a room "of the" seat
// ("the famed Oval Office of the White House"), a venue (buildingUse); a court "of" an organisation, in any case, and the
// Court of Justice "of" it ("the top court of the European Union";
// courtOf, beside legislatureOf, whose legislatures of an organisation
// stay its bodies); "Co." ending a capitalised firm's name after a
// country or its capital ("Abu Dhabi Water and Power Co."; nameRunWords);
// a country's word before "channels" or "channel" in lower case, words
// of the medium between or not, broadcasters ("two US cable channels";
// broadcastChannels); and a demonym joined by hyphens to demonyms or
// their combining forms ("Anglo", "Franco", "Sino") before a capitalised
// "War", a historic war's name ("the Second Anglo-Afghan War";
// compoundWar), where "the Iran-Iraq War" and a lower-case
// "Israeli-Lebanese war" stay the states'. Registry: Sally Yates, Deputy
// Attorney General and Acting Attorney General (3,325 leaders). Left:
// "European" before a law's word ("European regulations"), which is no
// alias of the EU and which the registry can name only with a new kind of
// alias (one word that counts before certain words alone; the pool's four
// uses are all the EU's); "Northern Spain" mid-sentence, which seed 115's
// readers and three before them read as a region's name, as the matcher
// does since ("Northern Iraq"); a plural demonym and "in" a country's
// name, the forces abroad ("the Americans in Iraq"), which the pool also
// uses for a people living there ("the Serbs in Bosnia"); a capital after
// partisanship "in", one use in the pool; a soldier the article
// introduces by his country's army and rank, whose private life the later
// sentences tell (the registry holds no Rogers; the US reading comes from
// the officer's introduction, right for officers elsewhere); and a
// country's possessive before a capitalised event ("America's
// Anniversary Weekend"), where the pool's other such days are the state's
// ("Israel's Independence Day"). On the train split they leave 7,737
// right, 204 false and 302 missed as they were. Of the 87,715 pool
// sentences' mentions they drop 17 (5 demonyms of compound wars, 6 bare
// "Commonwealth" read now as Australia, a deposed head, a watchdog group,
// a court of the EU, a firm of Abu Dhabi, the Oval Office, "UK channels")
// and add 10 (7 "Commonwealth" as Australia, 6 of them read before as
// the Commonwealth of Nations; Sally Yates twice; a British watchdog).
//
// Written after seeds 154 and 155 (seed154_test.go), not yet measured
// untuned. Missed: the State Department's Bureau of Diplomatic Security,
// its Diplomatic Security Service and its Bureau of Information Resource
// Management, bodies of the US by their full names; "Secretariat",
// capitalised, in a sentence that names the UN or its organs, the UN's (a
// context rule: exact case, not after a capitalised name or a
// possessive, not beside another organisation that has one, as "the
// ASEAN Secretariat" and "the Commonwealth Secretariat" keep theirs); and
// Pakistan's chief election commissioner Qazi Mohammed Farooq, 2007-08,
// with no bare surname. As not the state: a capitalised name that ends
// in "Union of" a country, a trade union ("the Rail Workers Union of
// Canada"; afterOfName), where a union of states ("State", "Customs",
// "Economic", ...) keeps its countries; Samoobrona's English names and
// the British "Foreign and Commonwealth Affairs" office, stop phrases; a
// demonym before a capitalised "War of Independence", the war's name
// (independenceWar, beside compoundWar); a country's name after an
// envoy's, a representative's or a coordinator's "for", or the second of
// two names "and" joins there ("the special envoy for Sudan and Chad"),
// a posting for the party (postedFor; seed 120's cases of envoys
// changed with it, an adviser's portfolio keeps the country); a
// broadcaster's name in capitals or in two parts a hyphen joins between
// a country's name and "network" or "channel" ("the US PBS channel";
// mediumName); and a title in quotes right after a noun of writing
// ("article", "essay", "report", ...), whose words before the mention
// may be in lower case (calledName, titleNouns). Left: "former" before a
// body and a staff or office word ("a former Pentagon official"), which
// the train labels count as the body in all five of their uses ("former
// CIA officer", "the former FBI director", ...); a country's name before
// "infobox", which they count in five of eight uses; and "Britain's Sky
// channel", a possessive before the broadcaster. Registry: the three US
// bodies, the UN's Secretariat and Qazi Mohammed Farooq (3,328 leaders).
// On the train split they leave 7,737 right, 204 false and 302 missed as
// they were. Of the 87,715 pool sentences' mentions they drop 15 (3 trade
// unions, 3 wars of independence, 3 postings for a party, 2 "Foreign and
// Commonwealth Affairs", 2 C-SPAN channels, Samoobrona, an article's
// title) and add 4 (the two bureaus, the Secretariat, Qazi Mohammed
// Farooq).
//
// Written after seeds 158 and 159 (seed158_test.go), not yet measured
// untuned. Missed: the UN's humanitarian chief Jan Egeland, 2003-06, with
// his bare surname, which the pool gives no one else; an office with its
// party, then "to the" and a post's place, a comma and a name ("Kenya's
// ambassador to the UN, Peter Mwangi"), the name the party's official as
// after a place without "the" (titledAfter); a demonym before "national
// anthem", the state's as "Australia's national anthem" is ("anthem" left
// nationalNotState); and the bare "National Security Council", a stop
// phrase before, now the US's by a context rule: beside the US's words or
// in an article that named the US, not after a capitalised word or a
// possessive, nor beside another state's words. As not the state: COAG
// and the Council of Australian Governments, a joint body of the federal
// and state governments (a stop phrase; seed 61's reading of it is
// overruled, as the train labels allow). Left: a bare "Foreign Office"
// beside another state's ambassador, where the UK's Foreign Office
// summoning a foreign ambassador is common; and an undated "Mr. Trump"
// with "the president" before him in another clause, where requiring the
// name first would drop ten of the pool's mentions, most of them right.
// Registry: Jan Egeland (3,329 leaders). On the train split they leave
// 7,737 right, 204 false and 302 missed as they were. Of the 87,715 pool
// sentences' mentions they drop 8 (COAG and its full name) and add 28
// (9 officials after an office and "to the", 3 of them again by surname
// later in their articles; 7 demonyms before "national anthem"; 5
// National Security Councils; 4 Egelands).
//
// Seeds 156 and 157, drawn at 121b310 after the seed-150 and -152 rules
// (kappa 0.94 and 1.0, adjudicated), give, untuned, precision 193 and 197
// of 200 and recall 49 of 51 and 33 of 36: 390 of 400 (0.975) and 82 of
// 87 (0.943). Over session 31's twelve (seeds 146-157), 2,318 of 2,400
// (0.966) and 516 of 552 (0.935); over the hundred and thirty-eight
// untuned samples since seed 19, 26,495 of 27,600 (0.960) and 5,891 of
// 6,585 (0.895).
//
// Seeds 158 and 159, drawn at 27a3f17 after the seed-154 rules (kappa
// 0.89 and 0.80, adjudicated), give, untuned, precision 195 and 198 of
// 200 and recall 42 of 47 and 52 of 58: 393 of 400 (0.983) and 94 of 105
// (0.895). Over session 31's fourteen (seeds 146-159), 2,711 of 2,800
// (0.968) and 610 of 657 (0.928); over the hundred and forty untuned
// samples since seed 19, 26,888 of 28,000 (0.960) and 5,985 of 6,690
// (0.895).
//
// Written after seeds 156 and 157 (seed156_test.go), not yet measured
// untuned. Missed: a leader's name of two words with a middle initial
// between ("Robert M. Gates"; addMiddleInitial, one trie word for any
// initial), a deputy's surname joined by a hyphen to the head's before the
// government's word ("the Obama-Biden administration"; addGovernments,
// the span the two surnames), and a country's possessive before its city
// or town, adjectives between ("Peru's second-largest city"; possessedTown),
// the name locating a place as decision 1 counts, where the train labels
// count it too. As not the state: a country word before "members of" a
// legislature, as before "MPs" ("Irish Members of Parliament";
// membersOfLegislature); "its" or "their" before the country, trade
// words and a firm's arm, unit, subsidiary, division or business ("its UK
// life insurance unit"; tradeArm); the country before trade words and
// "goods" or "products" ("US consumer goods"; tradeGoods); magazines
// after a country word (demonym_not_before); a demonym joined by "and" to
// one word before a counted flag ("a Welsh and Cornish flag"; flagPair);
// "the Commonwealth" beside a city of a US commonwealth state (the
// Commonwealth of Nations' context rule); and the British Army Rumour
// Service, a web forum (a stop phrase). Registry: Giuseppe Pisanu,
// Italy's interior minister (3,328 leaders). Left: "NBI" for the
// Philippines' bureau, which needs a context rule of its own; a demonym inside a dated
// act's name ("the Indian Army Act 1911"), where a country's word opening
// a law's title stays the state's law (partOfName).
//
// Seeds 160 and 161, drawn at 76769c2 after the seed-158 rules (kappa
// 0.66 and 0.87, adjudicated), give, untuned, precision 198 and 192 of
// 200 and recall 65 of 71 and 58 of 63: 390 of 400 (0.975) and 123 of
// 134 (0.918). Over session 31's sixteen (seeds 146-161), 3,101 of 3,200
// (0.969) and 733 of 791 (0.927); over the hundred and forty-two untuned
// samples since seed 19, 27,278 of 28,400 (0.960) and 6,108 of 6,824
// (0.895).
//
// Seeds 162 and 163, drawn at 5280df9 after the seed-156 rules (kappa
// 1.0 and 0.76, adjudicated), give, untuned, precision 196 and 193 of
// 200 and recall 38 of 39 and 51 of 55: 389 of 400 (0.973) and 89 of 94
// (0.947). Over the eight samples of session 31's last four matchers
// (seeds 156-163), 1,562 of 1,600 (0.976) and 388 of 420 (0.924); over
// session 31's eighteen (seeds 146-163), 3,490 of 3,600 (0.969) and 822
// of 885 (0.929); over the hundred and forty-four untuned samples since
// seed 19, 27,667 of 28,800 (0.961) and 6,197 of 6,918 (0.896).
//
// Written after seeds 160 and 161 (seed160_test.go), not yet measured
// untuned. Missed: Portugal's interior minister of 2005-07, António
// Costa, by his full name (his entry gives his prime minister's term
// too, and no bare surname); Ian Macfarlane, Australia's Reserve Bank
// governor of 1996-2006 and its industry and resources minister of
// 2001-07 and 2013-15, both the country's, with his bare surname, which
// the pool gives no one else; Michael Hayden's years at the NSA and as
// principal deputy Director of National Intelligence before the CIA; and
// a country's name before a lower-case "city" after a number, an
// ordinal or a superlative ("the fifth-biggest US city"; rankedCity), a
// place it locates (decision 1), where "city" after the name alone stays
// a city's name ("Panama City"). As not the state: the People's
// Mojahedin's other English names, the National Council of Resistance of
// Iran and Xinhua's website "China View" (stop phrases); and a country's
// name after a lower-case "one" that names a doctrine, in a sentence
// with "policy", "principle", "consensus" or "framework" (oneCountry,
// doctrineCues): a hyphen between, one of those words within three
// words after, or quotes opened before "one", where a quoted "one China"
// alone stays the state's as the train labels count it. Left: a demonym before a
// tunnel's "exit", which locates a place as "the Macedonian side" does
// (decision 1); and "Trinidad" alone in a list of countries, which a
// context rule's near words cannot tell from the Cuban and Bolivian
// towns. Registry: Ian Macfarlane (3,331 leaders). On the train split
// they leave 7,738 right, 204 false and 301 missed as they were. Of the
// 87,715 pool sentences' mentions they drop 6 (3 "one China" doctrines,
// 2 names of the People's Mojahedin, "China View") and add 11 (8 Ian
// Macfarlanes, Michael Hayden, António Costa, a ranked US city).
//
// Seeds 164 and 165, drawn at a3c0eac, the matcher after the seed-160
// rules (kappa 1.0 and 0.87, adjudicated), give, untuned, precision 197
// and 191 of 200 and recall 44 of 47 and 30 of 36: 388 of 400 (0.970)
// and 74 of 83 (0.892). Over session 31's twenty (seeds 146-165), 3,878
// of 4,000 (0.970) and 896 of 968 (0.926); over the hundred and forty-six
// untuned samples since seed 19, 28,055 of 29,200 (0.961) and 6,271 of
// 7,001 (0.896).
//
// Seeds 166 to 169, drawn at 1ef4997, the same matcher (kappa 0.86, 0.80,
// 0.83 and 1.0, adjudicated), give, untuned, precision 194, 191, 192 and
// 192 of 200 and recall 24 of 26, 56 of 59, 39 of 43 and 37 of 39: 769 of
// 800 (0.961) and 156 of 167 (0.934); over the hundred and fifty untuned
// samples since seed 19, 28,824 of 30,000 (0.961) and 6,427 of 7,168
// (0.897).
//
// Written after seeds 164 and 165 (seed164_test.go), not yet measured
// untuned. Missed: a country's name that a rule reads as a given name
// before a capitalised word ("Chad", "Jordan"), when an office phrase,
// a head's title or the government's people follow ("Jordan Foreign
// Minister", "Chad Government"; officeNext, for names, not for bodies
// such as Australia's "Commonwealth"); Pascal Yoadimnadji, Chad's prime
// minister of 2005-07; Chakib Khelil, Algeria's energy and mines
// minister of 1999-2010, with his bare surname, which the pool gives no
// one else; Norman Baker, a junior UK transport minister, then a Home
// Office minister (2010-14); the Child Exploitation and Online
// Protection Centre and "CEOP", a UK police agency; and a capital before
// "spending", the government's (governmentWords), where the pool's
// "Washington politicians" are the US state's and stay out. As not the
// state: a country word before one to four lower-case words of a trade
// and "industry" (industryRun; "the UK tourism industry"), where a word
// of the state's own ("nuclear") or a function word between keeps it,
// and a possessive before such an industry stays the state's, as seed
// 58's "Sri Lanka's tourist industry" (industryAt); a court by its
// capitalised name ending in "Court" or "Tribunal" after a country
// word, possessive or not, not an alias's name (courtNamed), and a
// judge's title, "Chief Justice" or "Justice" before a name that no
// office or body word goes on with (justiceTitle), as seed 58's "United
// States Chief Justice"; a possessive that ends a party's, a church's
// or a court's name after "of" ("the Labour Party of Norway's leader";
// inOtherName, afterOfName); a capitalised compass word mid-sentence,
// now the diagonal ones too ("Southwest", "Northeastern"), before a
// country's name or its possessive, a region as "Northern Iraq" is
// (compassParts); and a government's
// building won, lost or fought for in an election ("to win the White
// House", "regain control of the White House"; prizeWon), the office
// as a prize as "a bid for the White House" is. Left: the bare surname
// of an officer that an article introduced, in sentences about his
// private life, which only a reader can tell from his service.
// Registry: Yoadimnadji, Khelil and Baker (3,334 leaders). On the
// train split they turn 7,738 right, 204 false and 301 missed into
// 7,739, 202 and 300 (Khelil found; the Iraq Special Tribunal and a
// university of Singapore's possessive dropped). Of the 87,715 pool
// sentences' mentions they drop 16 (6 courts and tribunals by name, 2
// chief justices, 3 possessives after party names, 2 compass regions,
// 2 White Houses as prizes, a money market fund industry) and add 10
// (2 Chads, 2 Khelils, 2 Bakers, the CEOP Centre, a Washington spending,
// and 2 possessives before a trade's industry).
//
// Written after seeds 166 and 167 (seed166_test.go), not yet measured
// untuned. Missed: the UK's Low Pay Commission, a body (not beside Irish
// words: Ireland has one too); Christopher Dell, the US ambassador to
// Zimbabwe, by full name in 2005-07 (no surname forms: "Dell" is the
// computer maker, though an article that names him in full names him by
// it after); and an office "of" a body, then a comma and the holder's
// name, found now where the body's initials in brackets come before the
// comma ("the head of the Federal Bureau of Investigation (FBI), Tom
// Hale"), where the phrase follows ", and the", where a verb follows the
// name with no comma, and where the name runs past four words with its
// particles, a Portuguese "e" among them after another ("Pedro Paulo de
// Souza e Castro"; officeOfName, personName); a head of government's
// office there is the registry's, as in the other appositions, and a name
// before ", and the" office is no longer that office's holder
// (officeOfBefore); a surname that a particle after another name word
// opens is someone else's ("Rui Alves da Castro"; continuesName). As not
// the state: a country's possessive before "state-run", "state-owned",
// "government-controlled" and the like, or a lower-case "public", and a
// firm's or a medium's head past up to four words of its name or trade
// ("Spain's state-run TVE1 channel", "Peru's state-owned oil company",
// "Syria's state-run media"; ownedFirmAt), while a news agency, named or
// not, stays the state's as the train labels count it, and so do a lone
// "state" and the national airline ("Fiji's national airline", which the
// train labels count twice); a possessive before one or two words of a
// legislature's standing and the legislature ("Nepal's interim
// parliament"; qualifiedLegislature); "the" or "a", "former" and an
// office "of" a country's name after a comma, a past office ("Tom Hale,
// the former Prime Minister of Fiji"; formerOfficeOf), not before the
// country's possessive, whose body it was; a country's name before a
// capitalised "Gulf of", "Gulf Coast", "West Coast" and the like, a
// place's name (coastName), not after a possessive ("the United States'
// Gulf of Mexico", the state's waters, as the train labels count it); and
// coordinated capitals after "from" and before "to" and another name, the
// ends of a range of places ("from Cairo and Amman to Rabat"). Left: "the
// national carrier" after a possessive, which the train labels count as
// the state in its "national airline" form; "former <office> of" a
// country as a title before a name ("Former Prime Minister of Pakistan
// Nawaz Sharif"), which they count too; and "the Canadian province" with
// no "of" after it, which labels decision 1 and the seed-34 and seed-104
// rounds count as a place the demonym locates. Registry: the Low Pay
// Commission and Christopher Dell (3,335 leaders with the seed-164
// round's). On the train split
// they leave 7,738 right, 204 false and 301 missed as they were. Of the
// 87,715 pool sentences' mentions they drop 19 (7 state-owned firms and
// media, 5 past offices, 3 legislatures, 3 coasts and gulfs, a range of
// capitals), add 11 (Mauro Marcelo de Lima e Silva 3 times, 3 of Dell, 2
// Low Pay Commissions, a Brazilian general of the UN's Haiti mission
// twice by surname and once in full) and widen 3 spans of "Mauro Marcelo
// de Lima" to the whole name.
//
// Seeds 170 and 171, drawn at a0f4bf8, the matcher after the seed-164 and
// -166 rules (kappa 0.80 and 0.85, adjudicated), give, untuned, precision
// 195 and 193 of 200 and recall 41 of 43 and 43 of 46: 388 of 400 (0.970)
// and 84 of 89 (0.944); over the hundred and fifty-two untuned samples
// since seed 19, 29,212 of 30,400 (0.961) and 6,511 of 7,258 (0.897).
//
// Written after seed 168 (seed168_test.go), not yet measured untuned.
// Missed: Annette Lu (Lu Hsiu-lien), Taiwan's vice president of 2000-08,
// by her names (no bare "Lu", a common surname); Portugal's National
// Medical Emergency Institute, in English or Portuguese and as "INEM",
// the initials only beside Portuguese words or in an article that named
// Portugal, not beside Spanish or job words (Spain's employment
// institute bore them too); and a prime minister's title naming the
// country before two capitalised words that end with the surname of the
// country's prime minister on the day, as the registry writes it, which
// names that holder under a given name the news got wrong ("the Israeli
// prime minister Yossi Olmert"; headSurname), dated only, any other
// surname no one's. As not the state: a shorter seat inside one that
// "capital" before it made a place ("Delhi" of "New Delhi"; placeUse); a
// country's possessive before one to three capitalised words and a
// capitalised works' word that ends the name, a refinery, a terminal, a
// plant, a mine, a field, a smelter, works or a power station ("Britain's
// Fawley Oil Refinery"; facilityNamed), a firm's site as the possessive
// before a firm is (decision 2), not a nuclear or atomic site nor an
// office whose name goes on; a head's title lost before "of" and the
// country ("the ousted President of Kyrgyzstan" and the holder's name;
// lostTitle), with "exiled" and "self-exiled" among the words that lose
// it; a country's name ending a title that a bracket opened by "see"
// refers to ("(see Foreign relations of Peru)"; seeReference, with "see"
// in fileCues), not where a name opens the title; and a building that
// stands for a government after an event held "in the" building, a
// meeting, talks, a summit, a meal or a ceremony ("a summit in the
// Kremlin", "a dinner in the White House"; heldIn), a venue as "spoke in
// the White House" is, while its people in it stay the government.
// Left: a seat after a firm's name and a comma before a job ("<firm>,
// <city> head of sales"), the firm's office, which the pool shows
// nowhere else (a firm named "Capital" is caught by the apposition
// rule). Registry: Lu Hsiu-lien (3,336 leaders) and Portugal's institute.
// On the train split they leave 7,739 right, 202 false and 300 missed as
// they were. Of the 87,715 pool sentences' mentions they drop 7 (3 events
// in a government's building, a refinery, a deposed president, a "see"
// reference, a Delhi after a firm named Capital) and add 7 (3 of Annette
// Lu, 3 of INEM and its institute, the Palestinian prime minister under
// another given name).
//
// Written after seed 169 (seed169_test.go), not yet measured. As not the
// state: a registry surname that opens a hyphenated given name, a short
// lower-case syllable and a family name after it ("Chao-wei Lin";
// givenSyllable in otherPerson), while "-led", "-era" and the like after
// it stay the holder's; a country's possessive before a firm's
// capitalised name of up to three words ending in a firm's head word
// (firmWords, or "Banks", a writer's plural), a suffix after it or not
// ("Japan's Sakura Holdings", "Britain's Tay Group PLC"; namedFirmAt),
// while a central bank, a bank "of" a place and a name that goes on with
// "and" or "of" stay the state's; "its", "their", "our", "his", "her" or
// "your", one word of amount between or not, a country's word and up to
// two trade words, none the state's, before a unit, premises, sales or
// revenues ("their gross US software revenues"; ownersBranch), while
// allies, counterparts, partners and forces stay the state's; and a
// place named after a head whose longer capitalised name ends in a word
// of namedAfterWords ("the Hale National Golf Club"; namedRun in
// namedAfter). Missed: France's riot police by its full name, the
// Compagnies Républicaines de Sécurité, and by its initials near
// France's words or in an article that named France, not near Congress
// or relief (the US Congressional Research Service, the relief
// charities). Registry: the CRS, a body
// (3,336 leaders as before). On the train split they leave 7,739 right,
// 202 false and 300 missed as they were. Of the 87,715 pool sentences'
// mentions they drop 7 (5 named firms after a possessive, a hyphenated
// given name, an owner's revenues) and add 8 (the CRS, 7 times by its
// initials and once in full).
//
// Written after seeds 170 and 171 (seed170_test.go), not yet measured.
// As not the state: a country's name right after "Category:" with no
// space, a wiki page's tag ("Category:Peru"; categoryTag, with "category"
// in fileCues), names only, as a body's tag would leave a shorter alias
// inside it to match; a country's possessive before a capitalised
// "Prince", "Princess", "Duke" or "Duchess" and a name, neither starting
// an alias ("Spain's Princess Elena"; royalPerson, its words in
// namedThingCues), a royal named by the country, while the head of
// state's title, a crown prince and a royal who holds an office in the
// registry stay; and amusement and theme parks among the trade words
// before a firm's head ("a Dutch theme park operator"; industryWords), not
// railways, as "Canada's rail workers" stay. As the state's: a council,
// committee or board "of Ministers" or "of National" and a word of
// defence, security or the guard, after a demonym or a possessive ("the
// Greek Supreme Council of National Defence"; councilOfState, read by
// titleRun, nameRunNotState and portfolioAt), which privateNameTails and
// a "Supreme" read as a court had made another name. Left: a name in a
// short single-quoted programme's title, which only a reader tells from a
// quote of speech; "sources" after a demonym, which the train labels
// count both ways ("Palestinian sources" none, "Georgian sources" a
// mention); an unknown name made the state's by "a spokesperson for" its
// leader, which no rule reads. Registry: Renuka Chowdhury under four
// spellings, full names only, and George Charamba (3,338 leaders). On
// the train split they leave 7,739 right and 300 missed and take false
// mentions from 202 to 201. Of the 87,715 pool sentences' mentions they
// drop 7 (5 category tags, a prince, a park operator) and add 4 (2 of
// Renuka Chowdhury, George Charamba, the Portuguese defence council).
//
// Written after seeds 172 and 173 (seed172_test.go), not yet measured.
// As not the state: an office's title that the registry lists among the
// bodies, of two words or more and opening with an office's head word,
// right after a name or demonym of its own party ("the US Director of
// National Intelligence") or right before the name of one of
// its officials in office (titleBody, officialAt), the holder's title; a
// lost title after a verb's -ing form, or after "as" or "against", with
// "having" left a verb ("ignoring deposed president Tom Hale's ...";
// gerundBefore in lostTitle); and a name or demonym before "third party"
// or "third parties", parties outside the main two, as before "political
// party". Skipped: "the Union" for the EU, private members of a force
// named by a demonym, a legislature and a state broadcaster named in
// ways no list reads, people called by a demonym, and Jack Straw by his
// surname in an article that never names him in full, a common word that
// no registry surname of his stands for alone. Registry: Shimon Peres's
// two terms as vice premier, Jack Straw's as Leader of the House of
// Commons and Lulu Xingwana, South Africa's minister of agriculture and
// land affairs, of arts and culture and of women, children and people
// with disabilities (3,339 leaders). On the train split they leave 7,739
// right, 201 false and 300 missed as they were. Of the 87,715 pool
// sentences' mentions they drop 5 (3 office titles, a deposed president,
// third parties) and add 12 (6 of Peres, 3 of Lulu Xingwana, 3 of Jack
// Straw, one of them titled by the office he had left a week before: a
// past office that no rule compares with the day's).
//
// Seeds 172 and 173, drawn at bd42202, the matcher after the seed-168 to
// -170 rules (kappa 0.75 and 0.87, adjudicated), give, untuned, precision
// 195 and 194 of 200 and recall 45 of 49 and 39 of 42: 389 of 400 (0.973)
// and 84 of 91 (0.923). Over session 32's eight (seeds 166-173), 1,546 of
// 1,600 (0.966) and 324 of 348 (0.931).
//
// Seeds 174 to 179, drawn at 18f87d7, the matcher after the seed-172 rules
// (kappa 0.60, 0.83, 0.91, 0.66, 0.51 and 0.92, adjudicated), give,
// untuned, precision 195, 193, 189, 197, 195 and 193 of 200 and recall 32
// of 36, 51 of 58, 34 of 35, 43 of 46, 51 of 53 and 38 of 40: 1,162 of
// 1,200 (0.968) and 249 of 268 (0.929).
//
// Written after seeds 174-177 (part A) (seed174a_test.go), not yet
// measured. As the state's: a sitting holder's name before an age of
// forty or more ("Hale, 58,"; youngAge in namedAfter), while a younger
// age stays a namesake, a child or a grandchild; armoured, armored,
// mechanised, mechanized, airborne and naval forces, units, troops,
// brigades, divisions and battalions after a demonym, with no article
// before it (stateCompounds); a country's name before "consumer" and a
// measure of the economy, spending, prices, confidence, sentiment,
// demand, inflation or transactions ("US consumer confidence";
// consumerMeasure). As officials: a name set off before ", the" and an
// office "of" or "for" a party whose clause's verb follows with no comma,
// where the name opens the clause (officeOfBefore, with "stated" among
// capitalVerbs); a name after a capitalised office's title of up to
// eight words, no "the" inside and none past, and before "of" a party
// ("Trade Minister Ana Ruiz of Peru"; titledBefore in officeOfName),
// while an organisation's title before it ("U.N. Ambassador Ana Ruiz of
// Peru") is the country's envoy, not the organisation's (ofMention); a
// name set off before ", a" and an adviser, an aide or a spokesperson
// "to", "for" or "of" a leader or official the registry matched, their
// title or not, in a clause that closes ("Omar Haddad, a senior adviser
// to President Assad, said"; leaderAide), not a former one nor an aide
// to someone the holder's possessive owns; and a name of two to four
// words right before "of" or "from" a body of the registry, or a
// party's name before its own body, where the body closes the phrase
// ("Ana Ruiz of the Home Office said"; bodyMember), not after an article,
// a count or a possessive, not a past office, and "from" only after "by",
// a verb of saying or at the clause's start ("a letter to Ana Ruiz from
// the Home Office" names no official). Not an official: a holder whose
// clause goes on with "was" or "were" and a verb of removal ("Trade
// Minister Ana Ruiz of Peru was sacked"; removedAfter). Skipped: Ban
// Ki-moon by "Ban" before a possessive and his spokesperson (no rule
// reads a bare surname by the word after its possessive, and one written
// for every surname the registry keeps titled would take other people's
// staff), "Syrian concerns" as worries (a headline gives nothing to tell
// them from firms) and a demonym before "consumer prices" (no demonym's
// head of the economy but "economy" itself). Registry: the Department
// for Environment, Food and Rural Affairs (DEFRA, Defra) and Michael
// Aondoakaa, Nigeria's attorney general and justice minister of
// 2007-2010 (3,340 leaders). On the train split they leave 7,739 right,
// 201 false and 300 missed as they were. Of the 87,715 pool sentences'
// mentions they add 36 and drop one, Robert Hill's span without the
// "Liberal Senator" before it, added again as his name alone: 6 sitting
// holders before their ages, 3 economies before "consumer", DEFRA,
// Aondoakaa, armoured units, and 23 officials introduced or named again
// by surname (an aide to Brown, a spokesman for Sarkozy, an adviser to
// Olmert and to al-Maliki, members of the State Department, the
// Pentagon, the Department of Energy, the Coast Guard, UNHCR and the
// CIA, ministers of Venezuela and Zimbabwe, a JTF Guantanamo commander),
// of whom one was named while still a nominee.
//
// Written after seeds 174-177 (part B; seed174b_test.go), not yet
// measured. As not the state: a garage, a kitchen, a basement, the
// residence, the roof or the driveway after a building that stands for a
// government ("the White House kitchen"; venueAfter in buildingUse); a
// people's plural before "with" or "for" and a capitalised title ending
// in "Act" ("the Americans with Disabilities Act"; peopleLawAfter); "United
// States of" and a capitalised place other than America ("a United
// States of Europe"; otherUnitedStates); "of" and a country after a
// firm's name with "Mills", "Breweries", "Cement", "Holdings" or "Motors"
// ("Sugar Mills of Fiji"; ofNameWords), not "Group", which advisory and
// contact groups of states bear; airports and seaports after a country's
// word, facilities (demonym_not_before; the singular stays out, as an
// airport's authorities may be the state's); a country's name in quotes
// before "airline" or "airlines" (quotedTitle); a party's initials in
// capitals that the capitalised words before them spell, in brackets
// where none of the party's names spells them, or after ", or" ("the
// Palestine Reform Council, or PRC"; redefineName, orInitials), unless
// those words name the party, in that sentence and the article's later
// ones; and, in an undated sentence, a head titled after "under" and a
// job that "former" or "ex" opened, or after "served under" (underFormer,
// in leaderOK). Stop phrases: Agence France-Presse, however spelt; the
// Sons of Iraq, capitalised; Abbott's booby; Housing New Zealand, which
// seeds 135, 142 and 176 read as a firm; America's Anniversary, Cup, Got
// Talent and Next Top Model. Skipped: a known firm's name before "of" and
// its country ("Tesco of Britain"), which no word of the name tells. On
// the train split they leave 7,739 right, 201 false and 300 missed as they
// were. Of the 87,715 pool sentences' mentions they drop 18 and add none:
// 2 flour mills, 2 of the news agency, the militia, the seabird, the
// housing corporation, the anniversary weekend, the airline, the garage,
// the disabilities law, another union of states, 2 airports, 2 of the
// resistance committees' initials (one in a later sentence) and a past
// president under an undated "former" (twice).
//
// Written after seeds 178-179 (part C; seed178c_test.go), not yet
// measured. As not the state: a country's name right before "infobox" (in
// any case), a wiki box's label and page furniture (infoboxLabel, with
// "infobox" among fileCues), as seed 155 recorded, though the train labels
// count it in five of eight uses; two trades of one or two lower-case
// words joined by "and", the last a trade's word, after a country's word
// and before a word of demonym_not_before ("a Swiss chocolate and coffee
// food maker"; tradesJoined), unless a word of the state's own stands in
// the run; and a trade's agency after a country's word, travel,
// advertising, dating, model, talent, estate, recruitment, marketing or
// casting before "agency" or "agencies", one more trade's word before them
// or not ("a Dutch online travel agency"; tradeAgency, its words among
// privateCues), a firm, where the regulatorAfter rule had read the agency
// as the state's. "Employment agency" stays the state's (Germany's and
// Sweden's are), as a demonym before "agency" alone does; one before "news
// agency" stays as it was. Stop phrase: Ouest-France, the newspaper, which
// the hyphen splits as it does Agence France-Presse. Skipped: a demonym
// opening a gallery's title that a bracketed place breaks, which no rule
// of names reads across. Registry: Somalia's Transitional Federal
// Government of 2004-2012, under its name and with "of Somalia" (bodies
// are undated; no other state's government bears the name in the pool, and
// its initials count only where an article defines them), and Sheila
// Fraser, Canada's Auditor General of 2001-2011, by her full name only
// (no_forms_for: "Mr Fraser" is Malcolm Fraser) (3,341 leaders with
// part A's Aondoakaa). On the train split they leave 7,734 right, 198
// false and 305 missed (7,739, 201 and 300 before): the five right and the
// three false they lose are all infobox labels. Of the 87,715 pool sentences' mentions they drop 67 (64
// infobox labels, the newspaper, the snack food firm, the travel agency)
// and add 6 (4 of Sheila Fraser, 2 of them by her surname in later
// sentences of an article that named her in full, and 2 of the Somali
// government).
//
// Seeds 180 to 183, drawn at 7da3cd4, the matcher after the seed-174 to
// -179 rules (parts A, B and C above; kappa 1.0, 0.83, 1.0 and 0.82,
// adjudicated), give, untuned, precision 194, 196, 198 and 193 of 200 and
// recall 53 of 57, 45 of 48, 30 of 34 and 32 of 35: 781 of 800 (0.976) and
// 160 of 174 (0.920).
//
// Written after seeds 180-183 (part D; seed180d_test.go), not yet
// measured. As not the state: a party's initials joined by a full stop,
// with no space, to a capitalised word before them, the last part of a web
// name ("Leave.EU", the campaign; dottedName, beside the domain rule in
// ok); "Democracy for" a country, a group (democracy among forNameWords);
// and, in an article, no later "Government" read as the surname of an
// office whose registry name ends with the word (rememberLeaders). Stop
// phrases: the United States Code (seeds 119 and 180; "the US Code" stays
// as it was), the EU-3, which the hyphen splits as it does Agence
// France-Presse, and the Australian Antarctic Territory and "Territorial",
// a place; the Union's gazette, its Official Journal, is no longer one
// (seed 97 had made it one; seeds 51 and 182 count the Union in it).
// Registry: the US International Trade Commission, under its names and
// USITC; Iran's Basij, Basiji, Bassij, Bassiji and Basij militia; China's
// Taiwan Affairs Office (of the State Council), whose longer name wins over
// Taiwan's; Tony Valeri, Canada's Leader of the Government in the House of
// Commons of 2004-2006, by his full name and "Mr Valeri" ("Valeri" alone
// is a first name; not_bare); the UPA government, India's of 2004-2014, a
// dated office as the Director of Central Intelligence is, under "UPA
// government", "UPA-led government" and "UPA coalition government" ("UPA"
// alone is also the Ukrainian Insurgent Army); and Egypt's Mohamed Hussein
// Tantawi by "Tantawi" and "Mr Tantawi" alone only from 11 March 2010, in
// a second, dated entry (no_forms_for), since until then the news meant by
// them as often al-Azhar's Grand Imam, a cleric (3,344 leaders). Skipped:
// Sri Lanka's Keheliya Rambukwella, whose first day as the government's
// defence spokesman is not certain. On the train split they leave 7,734
// right, 198 false and 305 missed as they were. Of the 87,715 pool
// sentences' mentions they drop 10 (Taiwan in the office's name, the
// Antarctic waters, the EU-3, the cleric twice, the political group twice,
// the law code twice, the campaign) and add 16 (the trade commission 4
// times, the UPA government 6, the Basij twice, Valeri twice, the Taiwan
// Affairs Office and the Union in its gazette's name).
//
// Written after seeds 180-183 (part E; seed180e_test.go), not yet
// measured. As the state's: a demonym before "Taoiseach" or "Tanaiste"
// (stateHeads), Ireland's head's title, a bracketed gloss after it or not;
// a capital after "want", "wants", "wanted", "ask", "asks", "asked",
// "asking" or "call on" in any tense and before "to" and a lower-case verb
// ("the cabinet wants Madrid to act"; askedToAct in capitalActs), not a
// trip ("wants to fly to Madrid"); and "Dominican" for the Dominican
// Republic beside its name, capital or leaders or Haiti's words, or in an
// article that named it, not beside Dominica's words or a friar's (a
// context rule; Dominica's demonym stays dropped). As not the state: a
// country's name before "business" and a word of its firms' people or
// world ("the UK business world", "US business leaders"; businessCircle,
// "business" among industryWords and privateCues); "telecommunications"
// spelt out among the trade words; "paper", "papers", "publisher" and
// "publishers" after a country's word, the press (demonym_not_before; "a
// government white paper" has a word between); a country's name after a
// lower-case word before a capitalised site's name ending in a works' word
// ("at the Peru Yanacocha Mine"; facilityNamed, with its words in
// facilityCues), as after a possessive, the forces' plants staying the
// state's as nuclear ones do; a name or demonym before "state" and
// "television", "TV", "radio", "broadcaster" or "media" (stateMedium),
// which seeds 173 and 183 read as a medium, reversing seed 21's reading,
// where "state-run" media after a demonym and a possessive before state
// media stay, as the train labels count them; and a country's word before
// "Member of" a legislature, one legislator as "Members of" are
// (membersOfLegislature). On the train split they leave 7,734 right and
// 305 missed and take false mentions from 198 to 196 (two demonyms before
// "state media"); the train labels count "state-run television" after a
// demonym and "state media" after a possessive as mentions, which the rule
// leaves. Registry: no leader (3,341 as before). Of the 87,715 pool
// sentences' mentions they drop 18 (9 state broadcasters, 3 papers and
// publishers, 2 business circles, 2 legislators, the telecommunications
// firm, the mine) and add 16 (6 Irish heads' titles, 8 of the Dominican
// Republic, one of them its forces' secretary introduced by office, and 2
// capitals called on or wanted to act); one paper dropped is a country's
// paper among its goods under tariffs, a product's origin as "U.S. beef"
// is.
//
// Seeds 184 and 185, drawn at bd814cc, the matcher after all of the
// seed-174 to -183 rules (parts A to E above; kappa 0.62 and 0.86,
// adjudicated), give, untuned, precision 194 and 197 of 200 and recall 38
// of 57 and 40 of 47: 391 of 400 (0.978) and 78 of 104 (0.750), fourteen
// of the misses Canadian ministers in one roll call of MPs (72 of 84
// without it). Over session 33's twelve (seeds 174-185), 2,334 of 2,400
// (0.973) and 487 of 546 (0.892); over the hundred and sixty-six untuned
// samples since seed 19, 31,935 of 33,200 (0.962) and 7,082 of 7,895
// (0.897).
//
// Written after seeds 184-185 (part F; seed184f_test.go), not yet
// measured. Registry: Rob Portman, the US Trade Representative, now also
// Director of the Office of Management and Budget to 19 June 2007, and by
// "Portman" alone beside trade or budget words, not beside the actress's
// name or films (a context rule; still no "Mr Portman", no_surname_forms);
// Portugal's Guarda Nacional Republicana by its initials GNR, beside
// Portuguese or Timorese words or in an article that named Portugal, not
// after a capitalised word ("a Portuguese GNR unit" stays the demonym's
// alone, as seed 129's readers had it; a context rule); and Cuba's José
// Amado Ricardo Guerra, secretary of the Council of Ministers from 2 March
// 2009, by his full name only, in a
// window to the end of Raúl Castro's presidency in April 2018, the end of
// his post not being certain (no_forms_for) (3,345 leaders). On the train
// split they leave 7,734 right, 196 false and 305 missed as they were. Of
// the 87,715 pool sentences' mentions they drop none and add 21 (the GNR
// 19 times, all of them its force in East Timor in 2006 and 2007, Portman
// once and Ricardo Guerra once).
//
// Seeds 186 to 189, drawn at 456ee25, the matcher after part F (kappa
// 0.57, 1.0, 0.40 and 1.0, adjudicated), give, untuned, precision 196,
// 195, 198 and 194 of 200 and recall 42 of 46, 51 of 54, 47 of 49 and 56
// of 60: 783 of 800 (0.979) and 196 of 209 (0.938). Over the hundred and
// seventy untuned samples since seed 19, 32,718 of 34,000 (0.962) and
// 7,278 of 8,104 (0.898).
//
// Written after seeds 186-189 (part G; seed186_test.go), not yet
// measured. The plural of a two-word demonym ("the North Koreans", "the
// South Koreans") is the state's side after "the", as a one-word one's
// is (peoplePlurals), and no such plural is after a number or word of
// quantity and "of" ("three of the Israelis"; peopleActs). Registry: the
// ILO's Director-General Juan Somavía as the UN (agencies count as the
// UN, seeds 55 and 107), New Zealand's David Benson-Pope (2005 to July
// 2007, the years he surely held office), Brazil's Culture Minister
// Gilberto Gil by his full name, Felix Kulov as Kyrgyzstan's acting
// security chief from 25 to 31 March 2005, China's customs office as the
// "General Administration for Customs", and the Holy See's Congregations
// for Divine Worship and for the Doctrine of the Faith, its Secretaries of
// State since 1991 and three prefects (3,353 leaders); the Multicultural
// Council of Australia is a stop phrase. On the train split they leave
// 7,734 right, 196 false and 305 missed as they were. Of the 87,715 pool
// sentences' mentions they drop one (the council) and add 35 (7 "North
// Koreans", 14 of Kulov, 9 of Benson-Pope, 2 of Somavía, Gil, the customs
// office and the Congregation for Divine Worship); one of Kulov's, on 31
// March, is "former acting minister", which the past-title rules do not
// read past "acting".
//
// Seeds 190 to 193, drawn at 28dad8a, the matcher after part G (kappa
// 0.94, 0.94, 0.85 and 0.91, adjudicated), give, untuned, precision 194,
// 193, 197 and 195 of 200 and recall 33 of 34, 33 of 38, 39 of 47 and 46
// of 48: 779 of 800 (0.974) and 151 of 167 (0.904). Over session 34's
// eight (seeds 186-193), 1,562 of 1,600 (0.976) and 347 of 376 (0.923);
// over the hundred and seventy-four untuned samples since seed 19, 33,497
// of 34,800 (0.963) and 7,429 of 8,271 (0.898).
//
// Written after seeds 186-193 (part H; seed190_test.go), not yet
// measured. A country's demonym before a branch of its law ("Canadian
// maritime laws", "Russian copyright laws", "Sudanese criminal law") is
// the state's law, as before its labour laws (stateCompounds). Registry:
// Russia's navy chief Vladimir Masorin, Zimbabwe's deputy information
// minister Bright Matonga, Bangladesh's army chief Moeen U Ahmed, Somalia's
// president by the short form "Abdullahi Yusuf", the Parachute Regiment,
// Zimbabwe's electoral commission's initials beside Tsvangirai or his
// party's, and US departments written "Dept" (3,356 leaders); the
// Singapore Democratic Alliance is a stop phrase. On the train split they
// leave 7,734 right, 196 false and 305 missed as they were. Of the 87,715
// pool sentences' mentions they drop 2 (the alliance) and add 22 (5 of the
// branches of law, 5 of Matonga, 4 of Yusuf, 3 of Masorin, 2 "Dept", the
// initials, the regiment and the army chief).
//
// Seeds 194 to 197, drawn at c000a93, the matcher after parts G and H
// (kappa 0.50, 0.85, 1.0 and 1.0, adjudicated), give, untuned, precision
// 199, 195, 198 and 196 of 200 and recall 37 of 39, 44 of 44, 31 of 33 and
// 48 of 48: 788 of 800 (0.985) and 160 of 164 (0.976); 787 of 800 and 161
// of 169 (0.953) without the five items where the session overrode both
// readers. Over session 34's twelve (seeds 186-197), 2,350 of 2,400
// (0.979) and 507 of 540 (0.939); over the hundred and seventy-eight
// untuned samples since seed 19, 34,285 of 35,600 (0.963) and 7,589 of
// 8,435 (0.900).
//
// Written after seeds 194-197 (part I; seed194_test.go), not yet
// measured. A chamber by its own name after a country's possessive
// ("Ireland's Dáil", "Germany's Bundestag") is its legislature, as
// "parliament" is (legislatureWords). Registry: Tunisia's health minister
// Abderraouf Cherif from November 2018 to March 2019 (3,357 leaders); the
// television series "Road to the White House" is a stop phrase. On the
// train split they leave 7,734 right, 196 false and 305 missed as they
// were. Of the 87,715 pool sentences' mentions they drop 2 (the Dáil's
// possessive and the series) and add one (the minister, titled in an
// undated sentence).
//
// Seeds 198 to 201, drawn at ce68b55, the matcher after parts G, H and I
// (kappa 0.92, 1.0, 0.88 and 0.92, adjudicated), give, untuned,
// precision 194, 194, 192 and 194 of 200 and recall 35 of 39, 47 of 52,
// 30 of 34 and 61 of 66: 774 of 800 (0.968) and 173 of 191 (0.906). Over
// session 34's sixteen (seeds 186-201), 3,124 of 3,200 (0.976) and 680 of
// 731 (0.930); over the hundred and eighty-two untuned samples since seed
// 19, 35,059 of 36,400 (0.963) and 7,762 of 8,626 (0.900).
//
// Written after seeds 198-201 (part J; seed198_test.go), not yet
// measured. A demonym before "assaults" is its forces' act, as before
// "raids" (not "assault", which may be a rifle's). Registry: Fiji's
// Frank Bainimarama as commander of its forces before and between his
// spells as head of state; Australia's ministers Ian Campbell (his full
// name only: "Campbell" joins no_surname_forms) and Helen Coonan, and
// Christopher Pyne's ageing post of 2007; Turkey's chief of staff Yaşar
// Büyükanıt; the FAO's Director-General Jacques Diouf as the UN; Pakistan's
// prime minister as "Yousaf Raza Gillani"; and FEMA by its full name
// (3,360 leaders). On the train split they leave 196 false and take right
// mentions from 7,734 to 7,735 and misses from 305 to 304. Of the 87,715
// pool sentences' mentions they add 32 (10 of Bainimarama, 12 of the
// Australian ministers, 4 of FEMA, 3 of Gillani, 2 of Diouf, Büyükanıt
// and the assaults) and shorten one ("Senator Helen Coonan" to her name).
//
// Most false mentions left are demonyms of people and things the lists do
// not name, and mentions whose state role only a reader can tell; most
// misses are ministers and agencies that the registry lacks; the agencies
// added last are rare in the labelled sentences, so their cases are in
// agencies_test.go.
//
// The package is pure: no I/O, no mutable package state, and the same input
// always gives the same output. A Matcher is immutable and safe for
// concurrent use, and never panics, whatever the input (including invalid
// UTF-8, whose bytes act as punctuation).
package parties
