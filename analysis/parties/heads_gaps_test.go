package parties_test

import (
	"testing"
)

// headsGapCases are written for this test. They check the heads of state
// and government that the gazetteer lacked, dated wrongly or spelt as the
// news never does, now filled by extra.yaml and leaders.yaml (issue 17): a
// head is their country's only inside their term, with or without a title,
// with or without accents; a surname that is another famous person's, a
// planet or another leader's in the same years does not stand for the head.
// As in leaderCases, surfaces lists every mention's text, "|"-separated.
var headsGapCases = []datedCase{
	// Haiti's prime ministers before 2017, written as the news writes them.
	{"Gerard Latortue named a new electoral council.", "2005-03-10", "HT", "Gerard Latortue"},
	{"Prime Minister Latortue named a new electoral council.", "2005-03-10", "HT", "Latortue"},
	{"Gérard Latortue named a new electoral council.", "2008-03-10", "", ""},
	{"Yvon Neptune resigned on Friday.", "2004-03-01", "HT", "Yvon Neptune"},
	{"Neptune was hidden behind the clouds.", "2003-01-01", "", ""},
	{"Jean-Max Bellerive appealed for tents and water.", "2010-01-20", "HT", "Jean-Max Bellerive"},
	{"Evans Paul presented his cabinet.", "2015-02-01", "HT", "Evans Paul"},
	// "Mr Paul" in 2015 is the Kentucky senator.
	{"Mr Paul spoke to voters in Iowa.", "2015-08-01", "", ""},
	// Moldova's prime ministers before 2009.
	{"Mr Tarlev defended the budget.", "2004-11-02", "MD", "Tarlev"},
	{"Vasile Tarlev defended the budget.", "2010-11-02", "", ""},
	{"Zinaida Greceanii promised cheaper gas.", "2008-10-01", "MD", "Zinaida Greceanii"},
	{"Prime Minister Zinaida Greceanîi promised cheaper gas.", "2009-01-15", "MD", "Zinaida Greceanîi"},
	// Greece's presidents before 2015; "Stephanopoulos" alone or after
	// "Mr" is the American broadcaster.
	{"Kostis Stephanopoulos signed the decree.", "2003-05-20", "GR", "Kostis Stephanopoulos"},
	{"President Stephanopoulos signed the decree.", "2003-05-20", "GR", "Stephanopoulos"},
	{"Stephanopoulos asked the senator about the vote.", "2003-05-20", "", ""},
	{"Mr Stephanopoulos asked the senator about the vote.", "2003-05-20", "", ""},
	{"Karolos Papoulias received the new ambassador.", "2010-02-01", "GR", "Karolos Papoulias"},
	{"Karolos Papoulias received the new ambassador.", "2016-02-01", "", ""},
	// The gazetteer's Portuguese and Turkmen spellings, renamed as the news
	// writes them.
	{"George Papandreou asked for a second bailout.", "2011-06-15", "GR", "George Papandreou"},
	{"Mr Papandreou called a referendum.", "2011-11-01", "GR", "Papandreou"},
	{"Kostas Karamanlis called an early election.", "2007-08-16", "GR", "Kostas Karamanlis"},
	{"Saparmurat Niyazov renamed the months.", "2002-08-09", "TM", "Saparmurat Niyazov"},
	{"President Rahmon pardoned the prisoners.", "2012-09-01", "TJ", "Rahmon"},
	// Slovakia's prime minister before 2006.
	{"Mikulas Dzurinda pushed through a flat tax.", "2003-10-01", "SK", "Mikulas Dzurinda"},
	{"Mr Dzurinda pushed through a flat tax.", "2003-10-01", "SK", "Dzurinda"},
	{"Mikuláš Dzurinda pushed through a flat tax.", "2007-10-01", "", ""},
	// Libya: Gaddafi held no office but led the state until Tripoli fell.
	{"Gaddafi told the crowd that the West would fail.", "2009-09-01", "LY", "Gaddafi"},
	{"Colonel Muammar Gaddafi vowed to fight on.", "2011-03-01", "LY", "Muammar Gaddafi"},
	{"Moammar Gadhafi vowed to fight on.", "2012-01-01", "", ""},
	{"Mustafa Abdel Jalil declared the country liberated.", "2011-10-23", "LY", "Mustafa Abdel Jalil"},
	// Tunisia: "Ben Ali" is the surname; Ennahda's Ghannouchi is another man.
	{"Ben Ali fled the country.", "2011-01-14", "TN", "Ben Ali"},
	{"President Ben Ali opened the summit.", "2005-11-16", "TN", "Ben Ali"},
	{"Mohamed Ghannouchi announced a unity government.", "2011-01-17", "TN", "Mohamed Ghannouchi"},
	{"Ghannouchi returned from exile.", "2011-01-30", "", ""},
	{"Beji Caid Essebsi set a date for the vote.", "2011-06-01", "TN", "Beji Caid Essebsi"},
	// Serbia and the federation.
	{"Slobodan Milosevic conceded defeat.", "2000-10-06", "RS", "Slobodan Milosevic"},
	{"Slobodan Milosevic cross-examined the witness.", "2002-02-20", "", ""},
	{"President Kostunica met the envoy.", "2001-06-28", "RS", "Kostunica"},
	// South Korea: prime ministers and acting presidents; "Mr Kim" is North
	// Korea's leader and "Prime Minister Lee" Singapore's in these years.
	{"Prime Minister Han Duck-soo chaired the meeting.", "2023-05-01", "KR", "Han Duck-soo"},
	{"Han Duck-soo chaired the meeting.", "2019-05-01", "", ""},
	{"Lee Nak-yon flew to Tokyo.", "2019-10-22", "KR", "Lee Nak-yon"},
	{"Kim Hwang-sik offered to resign.", "2012-12-20", "KR", "Kim Hwang-sik"},
	{"Mr Kim watched the launch.", "2012-12-12", "KP", "Kim"},
	{"Prime Minister Lee spoke at the summit.", "2018-11-14", "SG", "Lee"},
	{"Choi Sang-mok vetoed the bill.", "2025-01-21", "KR", "Choi Sang-mok"},
	// Taiwan's premiers before 2013, under either name.
	{"Premier Frank Hsieh resigned.", "2006-01-17", "TW", "Frank Hsieh"},
	{"Yu Shyi-kun defended the arms budget.", "2004-06-01", "TW", "Yu Shyi-kun"},
	{"Vincent Siew flew to the forum.", "2010-04-10", "TW", "Vincent Siew"},
	{"Vincent Siew flew to the forum.", "2013-04-10", "", ""},
	// Central Asia.
	{"Karim Massimov unveiled a rescue plan.", "2009-02-02", "KZ", "Karim Massimov"},
	{"Kassym-Jomart Tokayev sacked the government.", "2022-01-05", "KZ", "Kassym-Jomart Tokayev"},
	{"Prime Minister Felix Kulov survived the vote.", "2006-10-10", "KG", "Felix Kulov"},
	// The Middle East.
	{"Ismail Haniyeh refused to recognise the accords.", "2006-06-01", "PS", "Ismail Haniyeh"},
	{"Rami Hamdallah offered his resignation.", "2013-06-20", "PS", "Rami Hamdallah"},
	{"Mohammad Shtayyeh spoke to the donors.", "2025-02-01", "", ""},
	{"Nouri al-Maliki formed a cabinet.", "2006-07-01", "IQ", "Nouri al-Maliki"},
	{"Hussein Tantawi swore in the new cabinet.", "2011-12-07", "EG", "Hussein Tantawi"},
	// Asia and Europe besides.
	{"Tran Duc Luong welcomed the delegation.", "2004-10-08", "VN", "Tran Duc Luong"},
	{"President Triet visited the flooded provinces.", "2008-11-05", "VN", "Triet"},
	{"Truong Tan Sang met the visiting premier.", "2017-03-01", "", ""},
	// Vietnamese letters with two marks fold like the others, so the
	// gazetteer's "Nguyễn Tấn Dũng" is found without them.
	{"Prime Minister Nguyen Tan Dung opened the forum.", "2008-11-05", "VN", "Nguyen Tan Dung"},
	{"Sirimavo Bandaranaike stepped down.", "2000-08-10", "LK", "Sirimavo Bandaranaike"},
	{"Bandaranaike stepped down.", "2000-08-10", "", ""},
	{"Khin Nyunt announced a road map.", "2003-08-30", "MM", "Khin Nyunt"},
	{"Viktor Yushchenko presented the budget.", "2000-06-01", "UA", "Viktor Yushchenko"},
	{"Anatoliy Kinakh survived a vote.", "2002-03-01", "UA", "Anatoliy Kinakh"},
	{"Mario Frick met the prince.", "2000-06-01", "LI", "Mario Frick"},
	{"Sanjaagiin Bayar won the vote.", "2008-07-02", "MN", "Sanjaagiin Bayar"},
	{"Sanjaagiin Bayar won the vote.", "2011-07-02", "", ""},
	// The Americas.
	{"Eduardo Rodriguez Veltze set the election date.", "2005-11-01", "BO", "Eduardo Rodriguez Veltze"},
	{"Francisco Flores backed the trade deal.", "2003-09-01", "SV", "Francisco Flores"},
	// After the seed-25 check: Geir Haarde's surname alone counts in his
	// years at the finance and foreign ministries as in his premiership,
	// not after it.
	{"Haarde defended the krona's float.", "2003-05-20", "IS", "Haarde"},
	{"Haarde flew to Oslo for the talks.", "2006-02-10", "IS", "Haarde"},
	{"Haarde asked the fund for a loan.", "2008-10-20", "IS", "Haarde"},
	{"Haarde went on trial in Reykjavik.", "2012-03-05", "", ""},
	// "Mr Morales" is Evo Morales until Jimmy Morales takes office in
	// Guatemala; while both are president it names neither.
	{"Mr. Morales signed the gas decree in La Paz.", "2006-05-02", "BO", "Morales"},
	{"President Morales thanked the coca growers.", "2013-07-01", "BO", "Morales"},
	{"Mr Morales thanked the coca growers.", "2017-07-01", "", ""},
	{"Evo Morales thanked the coca growers.", "2017-07-01", "BO", "Evo Morales"},
	{"Jimmy Morales thanked the farmers.", "2017-07-01", "GT", "Jimmy Morales"},
}

func TestHeadsGaps(t *testing.T) { runDatedCases(t, headsGapCases) }
