package parties_test

import (
	"testing"
)

// nzIeCaCases are written for this test. They check the cabinet ministers
// of New Zealand, Ireland and Canada added for issue 17 (item 3): each
// person is their country's only inside a term, a title is left out of the
// span, and a surname that is a common word, a common name or someone
// else's stays unmatched on its own. As in leaderCases, surfaces lists
// every mention's text, "|"-separated.
var nzIeCaCases = []datedCase{
	// New Zealand: finance ministers and deputy prime ministers.
	{"Michael Cullen forecast a smaller surplus for the year.", "2006-05-18", "NZ", "Michael Cullen"},
	{"Michael Cullen forecast a smaller surplus for the year.", "2010-05-18", "", ""},
	{"Dr Cullen ruled out tax cuts before the election.", "2007-05-17", "NZ", "Cullen"},
	{"Cullen ruled out tax cuts before the election.", "2007-05-17", "", ""},
	{"Bill English set out a plan to return to surplus.", "2012-05-24", "NZ", "Bill English"},
	{"Bill English set out a plan to return to surplus.", "2019-05-24", "", ""},
	{"Mr English said the books were in good shape.", "2014-05-15", "NZ", "English"},
	{"English is taught in every school.", "2017-03-01", "", ""},
	{"Grant Robertson announced a wage subsidy for firms.", "2020-03-17", "NZ", "Grant Robertson"},
	{"Grant Robertson announced a wage subsidy for firms.", "2016-03-17", "", ""},
	{"Nicola Willis promised to rein in spending.", "2024-05-30", "NZ", "Nicola Willis"},
	{"Nicola Willis promised to rein in spending.", "2022-05-30", "", ""},
	{"Paula Bennett signed the climate accord in New York.", "2016-04-22", "NZ", "Paula Bennett"},
	{"Paula Bennett signed the climate accord in New York.", "2019-04-22", "", ""},
	// Foreign, trade and defence.
	{"Murray McCully flew to Suva for talks.", "2012-03-01", "NZ", "Murray McCully"},
	{"Mr McCully flew to Suva for talks.", "2012-03-01", "NZ", "McCully"},
	{"Murray McCully flew to Suva for talks.", "2018-03-01", "", ""},
	// Peters was foreign minister three times, with gaps between.
	{"Winston Peters urged restraint on both sides.", "2007-06-01", "NZ", "Winston Peters"},
	{"Winston Peters urged restraint on both sides.", "2012-06-01", "", ""},
	{"Winston Peters urged restraint on both sides.", "2019-06-01", "NZ", "Winston Peters"},
	{"Winston Peters urged restraint on both sides.", "2024-06-01", "NZ", "Winston Peters"},
	{"Mr Peters urged restraint on both sides.", "2019-06-01", "NZ", "Peters"},
	{"Peters urged restraint on both sides.", "2019-06-01", "", ""},
	{"Nanaia Mahuta raised the detentions with her counterpart.", "2022-05-10", "NZ", "Nanaia Mahuta"},
	{"Nanaia Mahuta raised the detentions with her counterpart.", "2019-05-10", "", ""},
	{"Phil Goff announced the purchase of new helicopters.", "2006-08-01", "NZ", "Phil Goff"},
	{"Phil Goff announced the purchase of new helicopters.", "2010-08-01", "", ""},
	{"Tim Groser signed the free trade deal in Seoul.", "2015-03-23", "NZ", "Tim Groser"},
	{"Todd McClay led the trade mission to Mumbai.", "2024-03-05", "NZ", "Todd McClay"},
	{"Todd McClay led the trade mission to Mumbai.", "2020-03-05", "", ""},
	// Health, justice, police and climate change.
	{"Andrew Little announced a shake-up of the health boards.", "2021-04-21", "NZ", "Andrew Little"},
	{"Andrew Little announced a shake-up of the health boards.", "2016-04-21", "", ""},
	{"Judith Collins defended the new sentencing law.", "2013-06-04", "NZ", "Judith Collins"},
	{"Judith Collins defended the new sentencing law.", "2021-06-04", "", ""}, // opposition leader then
	{"James Shaw welcomed the zero carbon bill.", "2019-05-08", "NZ", "James Shaw"},
	{"Shaw welcomed the zero carbon bill.", "2019-05-08", "", ""},
	{"Erica Stanford announced new visa rules.", "2024-06-10", "NZ", "Erica Stanford"},
	{"Stanford announced new visa rules.", "2024-06-10", "", ""},
	// People with no generated form: in their years "Mr Clark" is Greg
	// Clark, "Ms Collins" Susan Collins and "Mr Adams" Gerry Adams.
	{"David Clark extended the lockdown.", "2020-04-09", "NZ", "David Clark"},
	{"Mr Clark published the industrial strategy.", "2017-11-27", "GB", "Clark"},
	{"Ms Collins defended the new sentencing law.", "2013-06-04", "", ""},
	{"Amy Adams introduced the family violence bill.", "2016-09-15", "NZ", "Amy Adams"},
	{"Mr Adams called for a border poll.", "2016-09-15", "", ""},

	// Ireland: the names with and without the accent, and the posts the
	// Taoisigh held before and after.
	{"Micheál Martin addressed the Dáil on the budget.", "2021-10-12", "IE", "Micheál Martin"},
	{"Micheal Martin met the envoy in Dublin.", "2009-11-03", "IE", "Micheal Martin"},
	{"Taoiseach Micheál Martin met the envoy.", "2025-02-20", "IE", "Micheál Martin"},
	{"Micheál Martin met the envoy.", "2015-02-20", "", ""}, // opposition leader then
	{"Brian Cowen presented his third budget.", "2006-12-06", "IE", "Brian Cowen"},
	{"Cowen presented his third budget.", "2006-12-06", "", ""},
	{"Brian Lenihan announced the bank guarantee.", "2008-09-30", "IE", "Brian Lenihan"},
	{"Mr Lenihan announced the bank guarantee.", "2008-09-30", "IE", "Lenihan"},
	{"Brian Lenihan announced the bank guarantee.", "2012-09-30", "", ""},
	{"Charlie McCreevy cut the rate of capital gains tax.", "2002-12-04", "IE", "Charlie McCreevy"},
	{"Michael Noonan met the troika in Dublin.", "2013-04-10", "IE", "Michael Noonan"},
	{"Michael Noonan met the troika in Dublin.", "2018-04-10", "", ""},
	{"Paschal Donohoe chaired the Eurogroup meeting.", "2021-03-15", "IE", "Paschal Donohoe"},
	{"Simon Coveney spoke to reporters after the summit.", "2019-02-11", "IE", "Simon Coveney"},
	{"Simon Coveney spoke to reporters after the summit.", "2024-06-11", "", ""},
	{"Frances Fitzgerald published the policing report.", "2015-06-10", "IE", "Frances Fitzgerald"},
	{"Frances Fitzgerald published the policing report.", "2019-06-10", "", ""},
	{"Alan Shatter signed the extradition order.", "2012-10-01", "IE", "Alan Shatter"},
	{"Alan Shatter signed the extradition order.", "2016-10-01", "", ""},
	{"Eamon Ryan set new targets for wind power.", "2022-07-28", "IE", "Eamon Ryan"},
	{"Ryan set new targets for wind power.", "2022-07-28", "", ""},
	// Dermot Ahern has no forms; "Mr Ahern" is the Taoiseach, Ireland's
	// all the same.
	{"Dermot Ahern called in the ambassador.", "2006-07-20", "IE", "Dermot Ahern"},
	{"Mr Ahern called in the ambassador.", "2006-07-20", "IE", "Ahern"},
	// Barry Cowen held agriculture for less than three weeks.
	{"Barry Cowen met the farm groups.", "2020-07-01", "IE", "Barry Cowen"},
	{"Barry Cowen met the farm groups.", "2021-07-01", "", ""},
	// Presidents: Higgins's term ended in November 2025.
	{"Michael D. Higgins signed the bill into law.", "2015-05-29", "IE", "Michael D. Higgins"},
	{"President Higgins signed the bill into law.", "2026-01-10", "", ""},
	{"Catherine Connolly signed the bill into law.", "2025-12-10", "IE", "Catherine Connolly"},
	// "Kenny" is a first name: only the title or the full name counts.
	{"Mr Kenny told the Dáil that talks would go on.", "2014-03-05", "IE", "Kenny"},
	{"Kenny told reporters that talks would go on.", "2014-03-05", "", ""},

	// Canada: deputy prime ministers, public safety and immigration.
	{"Herb Gray defended the new security measures.", "2001-10-15", "CA", "Herb Gray"},
	{"Anne McLellan announced the new terrorism list.", "2004-06-23", "CA", "Anne McLellan"},
	{"Anne McLellan announced the new terrorism list.", "2008-06-23", "", ""},
	{"Stockwell Day defended the border agency.", "2007-04-18", "CA", "Stockwell Day"},
	{"Stockwell Day defended the border agency.", "2012-04-18", "", ""},
	{"Vic Toews introduced the online surveillance bill.", "2012-02-14", "CA", "Vic Toews"},
	{"Ralph Goodale defended the new security law.", "2017-06-20", "CA", "Ralph Goodale"},
	{"Jason Kenney announced new citizenship rules.", "2010-11-05", "CA", "Jason Kenney"},
	{"Marc Miller capped the number of study permits.", "2024-01-22", "CA", "Marc Miller"},
	{"Mr Miller capped the number of study permits.", "2024-01-22", "", ""},
	// Justice, health, trade, environment, industry and agriculture.
	{"Jody Wilson-Raybould tabled the assisted dying bill.", "2016-04-14", "CA", "Jody Wilson-Raybould"},
	{"Jody Wilson-Raybould tabled the assisted dying bill.", "2020-04-14", "", ""},
	{"Ginette Petitpas Taylor approved the new food guide.", "2018-05-02", "CA", "Ginette Petitpas Taylor"},
	{"Ms Petitpas Taylor approved the new food guide.", "2018-05-02", "CA", "Petitpas Taylor"},
	{"Chrystia Freeland walked out of the trade talks.", "2016-10-21", "CA", "Chrystia Freeland"},
	{"David Emerson flew to Kandahar to meet the troops.", "2008-07-15", "CA", "David Emerson"},
	{"David Emerson flew to Kandahar to meet the troops.", "2010-07-15", "", ""},
	{"Catherine McKenna announced a national carbon price.", "2016-10-03", "CA", "Catherine McKenna"},
	{"McKenna announced a national carbon price.", "2016-10-03", "", ""},
	{"Jim Prentice tabled the auto aid package.", "2008-09-01", "CA", "Jim Prentice"},
	{"Jim Prentice tabled the auto aid package.", "2012-09-01", "", ""},
	{"Gerry Ritz reopened the talks on beef exports.", "2012-09-10", "CA", "Gerry Ritz"},
	{"Ritz reopened the talks on beef exports.", "2012-09-10", "", ""},
	// Erna Solberg keeps her bare surname: Monte Solberg has no forms.
	{"Monte Solberg announced the new immigration levels.", "2006-10-31", "CA", "Monte Solberg"},
	{"Solberg said the budget would stay tight.", "2016-10-06", "NO", "Solberg"},
}

func TestNZIECAMinisters(t *testing.T) { runDatedCases(t, nzIeCaCases) }
