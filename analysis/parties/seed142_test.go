package parties_test

import "testing"

// The cases below are written for this test, after the seed-142 to
// seed-145 blind checks of the matcher.

// "Judge" before a leader's surname is the title a judge named to office
// keeps, inside the term only; the deficit commission of 2010 is a US
// body by its full name.
func TestSeed142RegistryMisses(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Judge Mukasey told the panel the rules were clear.", "2008-03-01", "US", "Mukasey"},
		{"Judge Mukasey told the panel the rules were clear.", "2007-10-01", "", ""},
		{"The National Commission on Fiscal Responsibility and Reform proposed deep cuts.", "2010-11-11", "US", "National Commission on Fiscal Responsibility and Reform"},
	})
}

// An ordinal or "new" between a demonym and an office keeps the demonym
// the state's; before a private title it stays a person's.
func TestSeed142OrdinalOffice(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Critics urged the exit of the Timorese first Prime Minister after the riots.", "2006-06-10", "TL", "Timorese"},
		{"The Kenyan second vice-president opened the fair.", "2006-06-10", "KE", "Kenyan"},
		{"The Kenyan first lady opened the fair.", "2006-06-10", "", ""},
	})
}

// A capital's possessive before a feeling or a stance is its government's,
// "of" before it or not; after "of" before a part of the city it stays a
// place.
func TestSeed142AttitudeOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Reports of Moscow's anger over the vote reached the envoys.", "2006-03-30", "RU", "Moscow"},
		{"Talk of Beijing's unease with the deal spread on Monday.", "2006-03-30", "CN", "Beijing"},
		{"The centre of Moscow's old town was quiet.", "2006-03-30", "", ""},
		{"Residents of Moscow's suburbs voiced concern.", "2006-03-30", "", ""},
	})
}

// Firms and facilities named after a country: a site on the web, a
// portal, a firm's name of three words ending in a firm's word, a firm
// after two trade words and a plant after "natural gas"; the seat's
// website, the state's site, air force and safety agency stay.
func TestSeed142Firms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The group will buy the Australian online auction site BidNow for $50m.", "2006-03-06", "", ""},
		{"Poland's biggest internet portal was sold to a fund.", "2006-03-06", "", ""},
		{"The Kremlin website carried the statement.", "2006-03-06", "RU", "Kremlin"},
		{"The text went up on the White House Web site at noon.", "2006-03-06", "US", "White House"},
		{"The Iranian nuclear site at Natanz was inspected.", "2006-03-06", "IR", "Iranian"},
		{"Malaysia's Golden Sun Airlines will lease ten jets.", "2011-08-08", "", ""},
		{"Malaysia's Air Force will lease ten jets.", "2011-08-08", "MY", "Malaysia"},
		{"The United States automotive manufacturing firm Delco cut jobs.", "2009-05-01", "", ""},
		{"The United States automobile safety agency issued a recall.", "2009-05-01", "US", "United States"},
		{"A blast at the UK natural gas plant halted supplies.", "2008-02-01", "", ""},
		{"Norway's natural gas revenues rose again.", "2008-02-01", "NO", "Norway"},
	})
}

// A capital that votes for a mayor is the city's voters; voting on
// anything else it stays the government.
func TestSeed142MayorVote(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Paris will be voting for a new mayor on Sunday.", "2008-03-01", "", ""},
		{"Paris will be voting against the resolution on Sunday.", "2008-03-01", "FR", "Paris"},
	})
}

// Quoted names: a country's name in a title after "called the", a
// country's or an organisation's in a quoted name before a relay or a
// campaign; speech in quotes and a loose quoted phrase keep theirs.
func TestSeed142QuotedNames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`Critics mocked what the minister called the "Rescue Greece Law".`, "2011-12-01", "", ""},
		{`He called the "Greece deal" a failure, an aide said.`, "2011-12-01", "GR", "Greece"},
		{`Runners carried the torch in the "Walk For Peru" relay.`, "2007-11-01", "", ""},
		{`The "Youth For UN" campaign drew crowds.`, "2007-11-01", "", ""},
		{`"Peru will pay," the relay organisers said.`, "2007-11-01", "PE", "Peru"},
	})
}

// Private people and names: onlookers, the dead's remains, a union's
// confederation, a capital that ends a personal name, a magazine's title,
// the two German states before 1990 and a slogan's policy. The officials,
// the collective demonym's verb, the general staff, the capitals that act,
// the army's newspaper, Germany's eastern towns and the slogan alone in
// quotes stay the state's.
func TestSeed142Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The parade left Canadian onlookers puzzled.", "2006-11-01", "", ""},
		{"The parade left Canadian officials puzzled.", "2006-11-01", "CA", "Canadian"},
		{"Officials argued over the Spanish remains found in the cave.", "2008-06-01", "", ""},
		{"The Spanish remained opposed to the plan.", "2008-06-01", "ES", "Spanish"},
		{"The strike was backed by the Italian General Confederation of Labour.", "2006-06-15", "", ""},
		{"The Italian General Staff approved the plan.", "2006-06-15", "IT", "Italian"},
		{"Two others, Carlos Alberto Lima and a driver, were hurt.", "2004-11-21", "", ""},
		{"Court clerk Ana Maria Tunis filed the papers.", "2008-01-01", "", ""},
		{"Officials said Lima and Quito would sign the pact.", "2008-01-01", "PE,EC", "Lima|Quito"},
		{"The Chile Nuevo magazine printed the letter.", "2005-03-15", "", ""},
		{"The US Army newspaper printed the letter.", "2005-03-15", "US", "US"},
		{"She grew up in the West German capital of Bonn.", "2005-11-22", "", ""},
		{"He fled East Germany in 1961 with his brother.", "2005-11-22", "", ""},
		{"Protests spread to east German towns.", "2005-11-22", "DE", "German"},
		{"The rally urged an America First Policy on trade.", "2008-11-22", "", ""},
		{"He backed the “America First” policy on trade.", "2018-01-10", "US", "America"},
	})
}
