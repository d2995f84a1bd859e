package parties_test

import "testing"

// usOfficialCases are written for this test. They check the US officials
// added for issue 17, item 3: chairmen of the Joint Chiefs, commanders in
// Iraq, Afghanistan and at Central Command, envoys, White House staff and
// the heads of the intelligence agencies and the FBI. Each counts as the
// US only inside a term; a rank or "Ambassador" before the surname is left
// out of the span, as "Mr" and "President" are; and a surname that is a
// common name or someone else's does not stand alone. As in leaderCases,
// surfaces lists every mention's text, "|"-separated.
var usOfficialCases = []struct {
	sentence, date, want, surfaces string
}{
	// A rank, abbreviated or not, and "Ambassador" before a surname that
	// stands alone: matched, and left out of the span.
	{"General Petraeus briefed the senators behind closed doors.", "2007-09-10", "US", "Petraeus"},
	{"Gen. Petraeus briefed the senators behind closed doors.", "2007-09-10", "US", "Petraeus"},
	{"Lt. Gen. Odierno toured the checkpoints on the highway.", "2008-10-02", "US", "Odierno"},
	{"Admiral Mullen warned against a strike on the reactor.", "2008-07-02", "US", "Mullen"},
	{"Adm. Mullen warned against a strike on the reactor.", "2008-07-02", "US", "Mullen"},
	// Another capitalised word before the surname is still someone else.
	{"Larry Mullen played the drums at the benefit gig.", "2009-05-04", "", ""},
	// Commanders in Iraq, each inside and outside their command.
	{"Ricardo Sanchez ordered a review of the prison rules.", "2004-01-20", "US", "Ricardo Sanchez"},
	{"Ricardo Sanchez ordered a review of the prison rules.", "2006-01-20", "", ""},
	{"George Casey said the Iraqi brigades were taking over.", "2005-10-12", "US", "George Casey"},
	{"Odierno said the last combat brigade would leave in August.", "2010-02-22", "US", "Odierno"},
	{"Odierno said the last combat brigade would leave in August.", "2016-02-22", "", ""},
	{"David Petraeus asked for more time before any drawdown.", "2007-09-10", "US", "David Petraeus"},
	// Between leaving Iraq and taking Central Command he held neither.
	{"David Petraeus asked for more time before any drawdown.", "2008-10-10", "", ""},
	// Afghanistan.
	{"McChrystal asked for forty thousand more troops.", "2009-09-21", "US", "McChrystal"},
	{"McChrystal asked for forty thousand more troops.", "2011-09-21", "", ""},
	{"Dan McNeill handed over command in Kabul.", "2008-06-03", "US", "Dan McNeill"},
	{"John Allen apologised for the burning of the books.", "2012-02-21", "US", "John Allen"},
	{"John Allen apologised for the burning of the books.", "2015-02-21", "", ""},
	{"Austin Scott Miller met the Taliban's negotiators.", "2020-03-02", "US", "Austin Scott Miller"},
	{"Austin Scott Miller met the Taliban's negotiators.", "2022-03-02", "", ""},
	// Central Command.
	{"Abizaid said the insurgency was not growing.", "2005-06-23", "US", "Abizaid"},
	{"Abizaid said the insurgency was not growing.", "2008-06-23", "", ""},
	{"Admiral Fallon opposed a war with Iran.", "2007-11-13", "US,IR", "Fallon|Iran"},
	{"Adm. Fallon opposed a war with Iran.", "2007-11-13", "US,IR", "Fallon|Iran"},
	{"Votel told the committee that the group had lost its territory.", "2018-02-27", "US", "Votel"},
	{"Kurilla visited the border after the attack.", "2024-01-30", "US", "Kurilla"},
	{"Mattis took charge of Central Command in Tampa.", "2010-08-11", "US", "Mattis"},
	{"Lloyd Austin thanked the troops leaving Iraq.", "2011-12-15", "US,IQ", "Lloyd Austin|Iraq"},
	{"Lloyd Austin thanked the troops leaving Iraq.", "2018-12-15", "IQ", "Iraq"},
	{"Centcom said the drone was shot down over the Strait.", "2019-06-20", "US", "Centcom"},
	// Chairmen of the Joint Chiefs.
	{"Myers said the Sunni leaders had chosen to take part.", "2005-08-09", "US", "Myers"},
	{"Myers said the Sunni leaders had chosen to take part.", "2007-08-09", "", ""},
	{"Mark Milley called his Chinese counterpart.", "2021-01-08", "US,CN", "Mark Milley|Chinese"},
	{"Mark Milley called his Chinese counterpart.", "2024-01-08", "CN", "Chinese"},
	{"Dunford met the Turkish chief of staff.", "2017-02-17", "US,TR", "Dunford|Turkish"},
	// Surnames that are common names or someone else's stand alone for
	// no one; the full name or the rank still counts.
	{"Casey said the handover was on track.", "2005-10-12", "", ""},
	{"General Casey said the handover was on track.", "2005-10-12", "US", "Casey"},
	{"Gen. Casey said the handover was on track.", "2005-10-12", "US", "Casey"},
	{"Mr Casey said the handover was on track.", "2005-10-12", "", ""},
	{"Pace said the trial would resume on Monday.", "2005-12-05", "", ""},
	{"General Pace said the plan was sound.", "2006-08-03", "US", "Pace"},
	{"Dempsey scored in the second half.", "2012-06-02", "", ""},
	{"General Dempsey urged caution over Syria.", "2013-07-22", "US,SY", "Dempsey|Syria"},
	{"Martin Dempsey urged caution over Syria.", "2013-07-22", "US,SY", "Martin Dempsey|Syria"},
	{"Allen said the transition was ahead of schedule.", "2012-05-01", "", ""},
	{"Gen. Allen said the transition was ahead of schedule.", "2012-05-01", "US", "Allen"},
	{"Miller said the Taliban had not cut the violence.", "2019-10-01", "", ""},
	{"General Miller said the Taliban had not cut the violence.", "2019-10-01", "US", "Miller"},
	{"Brown said the air force had enough fuel.", "2024-03-01", "", ""},
	{"CQ Brown said the strikes had degraded the group.", "2024-02-05", "US", "CQ Brown"},
	{"Caine starred in the film.", "2025-06-01", "", ""},
	{"Gen. Caine described the strikes on the sites.", "2025-06-22", "US", "Caine"},
	{"Ms Cooper answered questions in the Commons.", "2025-09-10", "GB", "Cooper"},
	{"Admiral Cooper answered questions from the senators.", "2025-09-10", "US", "Cooper"},
	// The CPA's administrator and envoys: Khalilzad went from Kabul to
	// Baghdad to the UN; Negroponte from the UN to Baghdad to the DNI.
	{"Bremer dissolved the Iraqi army.", "2003-05-23", "US,IQ", "Bremer|Iraqi"},
	{"Bremer dissolved the Iraqi army.", "2005-05-23", "IQ", "Iraqi"},
	{"Zalmay Khalilzad urged the Afghan factions to settle.", "2004-06-01", "US", "Zalmay Khalilzad"},
	{"Zalmay Khalilzad urged the Iraqi factions to settle.", "2006-06-01", "US", "Zalmay Khalilzad"},
	{"Zalmay Khalilzad urged the factions to settle.", "2012-06-01", "", ""},
	{"Khalilzad met the Taliban's negotiators again.", "2020-11-30", "US", "Khalilzad"},
	{"Negroponte met the new prime minister.", "2004-07-01", "US", "Negroponte"},
	{"Ambassador Crocker said he could not promise success.", "2007-09-11", "US", "Crocker"},
	{"Ambassador Crocker said he could not promise success.", "2010-09-11", "", ""},
	{"Ryan Crocker and General Petraeus testified together.", "2008-04-08", "US,US", "Ryan Crocker|Petraeus"},
	{"Eikenberry warned against sending more troops.", "2009-11-11", "US", "Eikenberry"},
	{"Eikenberry warned against sending more troops.", "2008-11-11", "", ""},
	{"Christopher Hill pressed North Korea to shut the reactor.", "2007-06-21", "US,KP", "Christopher Hill|North Korea"},
	{"Christopher Hill presented his credentials in Baghdad.", "2009-05-20", "US", "Christopher Hill"},
	{"Christopher Hill pressed North Korea to shut the reactor.", "2011-06-21", "KP", "North Korea"},
	// "Hill" and "Mr Hill" are anyone: Capitol Hill, Australia's Robert Hill.
	{"Hill said the talks would resume.", "2007-06-21", "", ""},
	{"Mr Hill said the talks would resume.", "2007-06-21", "", ""},
	{"Ambassador Friedman attended the opening of the embassy.", "2018-05-14", "US", "Friedman"},
	{"Friedman wrote that the plan would fail.", "2018-05-14", "", ""},
	{"David Friedman attended the opening of the embassy.", "2018-05-14", "US", "David Friedman"},
	{"Jack Lew met the families of the hostages.", "2023-11-20", "US", "Jack Lew"},
	{"Jack Lew met the families of the hostages.", "2019-11-20", "", ""},
	{"Kurt Campbell told the senators the region needed attention.", "2011-10-04", "US", "Kurt Campbell"},
	{"Kurt Campbell told the senators the region needed attention.", "2016-10-04", "", ""},
	{"Campbell told the senators the region needed attention.", "2011-10-04", "", ""},
	// The White House: press secretary, chiefs of staff, national security
	// advisers and deputy chiefs of staff.
	{"Jay Carney would not say when the president decided.", "2012-09-14", "US", "Jay Carney"},
	{"Jay Carney would not say when the president decided.", "2016-09-14", "", ""},
	{"Mr Carney would not comment on the rate decision.", "2012-09-14", "", ""},
	{"Karl Rove drew up the plan for the second term.", "2004-11-05", "US", "Karl Rove"},
	{"Rove left the White House at the end of August.", "2007-08-31", "US,US", "Rove|White House"},
	{"Rove wrote a column on the midterms.", "2010-10-20", "", ""},
	{"Josh Bolten met the Democratic leaders on the budget.", "2007-05-02", "US", "Josh Bolten"},
	{"Josh Bolten met the Democratic leaders on the budget.", "2010-05-02", "", ""},
	{"Bill Daley said the talks on the debt limit were hard.", "2011-07-20", "US", "Bill Daley"},
	{"Daley said the talks on the debt limit were hard.", "2011-07-20", "", ""},
	{"Mulvaney acknowledged that the aid had been held back.", "2019-10-17", "US", "Mulvaney"},
	{"Mulvaney acknowledged that the aid had been held back.", "2021-10-17", "", ""},
	{"Sandy Berger briefed the president-elect's team.", "2000-12-15", "US", "Sandy Berger"},
	{"General Jones spoke to the Pakistani army chief.", "2009-10-08", "US,PK", "Jones|Pakistani"},
	{"Jones spoke to the army chief.", "2009-10-08", "", ""},
	{"Mr Jones spoke to the army chief.", "2009-10-08", "", ""},
	{"Michael Flynn spoke to the ambassador in December.", "2017-02-10", "US", "Michael Flynn"},
	{"Michael Flynn spoke to the ambassador in December.", "2016-12-29", "", ""},
	{"Robert O'Brien said the sanctions would stay.", "2020-05-27", "US", "Robert O'Brien"},
	{"O'Brien said the sanctions would stay.", "2020-05-27", "", ""},
	{"Mike Waltz added a journalist to the chat.", "2025-03-24", "US", "Mike Waltz"},
	{"Mike Waltz added a journalist to the chat.", "2025-06-24", "", ""},
	{"Stephen Miller drafted the travel ban.", "2017-01-28", "US", "Stephen Miller"},
	{"Stephen Miller drafted the travel ban.", "2022-01-28", "", ""},
	{"Mr Miller drafted the travel ban.", "2017-01-28", "", ""},
	{"Bruce Reed led the work on the order.", "2023-10-30", "US", "Bruce Reed"},
	// Directors of National Intelligence and of the FBI.
	{"Mike McConnell asked Congress to widen the wiretap law.", "2007-08-01", "US", "Mike McConnell"},
	{"Mr McConnell asked Congress to widen the wiretap law.", "2007-08-01", "", ""},
	{"Dennis Blair resigned after sixteen months.", "2010-05-20", "US", "Dennis Blair"},
	{"Mr Blair resigned after sixteen months.", "2010-05-20", "", ""},
	{"Clapper told the committee the agency did not collect the data.", "2013-03-12", "US", "Clapper"},
	{"Clapper told the committee the agency did not collect the data.", "2018-03-12", "", ""},
	{"Richard Grenell warned firms that dealt with Iran.", "2018-05-08", "US,IR", "Richard Grenell|Iran"},
	{"Richard Grenell warned firms that dealt with Iran.", "2017-05-08", "IR", "Iran"},
	{"Avril Haines said the attack was likely within days.", "2022-02-20", "US", "Avril Haines"},
	{"Gabbard released the files on Friday.", "2025-03-14", "US", "Gabbard"},
	{"Gabbard released the files on Friday.", "2022-03-14", "", ""},
	{"Robert Mueller defended the use of the letters.", "2007-03-09", "US", "Robert Mueller"},
	{"Mueller defended the use of the letters.", "2007-03-09", "US", "Mueller"},
	{"Mueller filed the report with the attorney general.", "2019-03-22", "", ""},
	{"Comey sent the letter to Congress.", "2016-10-28", "US", "Comey"},
	{"Comey sent the letter to Congress.", "2018-10-28", "", ""},
	{"Christopher Wray said the bureau had opened two thousand cases.", "2020-09-17", "US", "Christopher Wray"},
	{"Christopher Wray said the bureau had opened two thousand cases.", "2025-02-17", "", ""},
	{"Kash Patel ordered a review of the files.", "2025-03-01", "US", "Kash Patel"},
	{"Patel ordered a review of the files.", "2025-03-01", "", ""},
	{"Ms Patel announced the points-based system.", "2020-02-19", "GB", "Patel"},
	{"Maguire scored with a header.", "2019-10-01", "", ""},
	{"Joseph Maguire testified about the complaint.", "2019-09-26", "US", "Joseph Maguire"},
}

func TestUSOfficials(t *testing.T) {
	_, m := defaultMatcher(t)
	for _, c := range usOfficialCases {
		checkPartiesSurfaces(t, m, c.sentence, c.date, c.want, c.surfaces)
	}
}
