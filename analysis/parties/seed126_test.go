package parties_test

import "testing"

// The cases below are written for this test, after the seed-126 and
// seed-127 blind checks of the matcher.

// A demonym after a comma or an opening bracket and before "for" is a
// language glossing a foreign phrase; a demonym of the state's troops
// stays.
func TestSeed126LanguageGloss(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The gang, known as the CV (Comando Vermelho, Portuguese for Red Command), controls the hillside.", "2007-05-01", "", ""},
		{"The militia (Arabic for \"the defenders\") patrols the town.", "2007-05-01", "", ""},
		{"The gang, known as the CV, fought Portuguese police for the hillside.", "2007-05-01", "PT", "Portuguese"},
		{"The militia fought Syrian troops for the town.", "2007-05-01", "SY", "Syrian"},
	})
}

// A country's service academy or forces' hospital after "at the" is a
// venue; the academy that acts stays the country's.
func TestSeed126AcademyVenue(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The minister gave the commencement address at the United States Air Force Academy on Friday.", "2007-05-01", "", ""},
		{"The wounded were flown to a clinic near the US Army Hospital in Landstuhl.", "2007-05-01", "", ""},
		{"The United States Air Force Academy said on Friday that the cadets were safe.", "2007-05-01", "US", "United States"},
		{"Officials at the US Air Force Academy said the cadets were safe.", "2007-05-01", "US", "US"},
	})
}

// Memorials are places, also after coordinated country words, and units
// of measure are no state; a country's possessive keeps its own
// memorial, and its war stays its war.
func TestSeed126MemorialsAndUnits(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Crowds gathered at the British and Canadian war memorials at dawn.", "2007-04-25", "", ""},
		{"Crowds gathered at the Canadian and New Zealand war memorials at dawn.", "2007-04-25", "", ""},
		{"Crowds gathered at the New Zealand and Canadian war memorials at dawn.", "2007-04-25", "", ""},
		{"Crowds gathered as British and Canadian troops marched past.", "2007-04-25", "GB,CA", "British|Canadian"},
		{"The park holds Poland's memorial to the victims of the war.", "2007-04-25", "PL", "Poland"},
		{"Diesel cost $3.10 per US gallon, or 82 cents a litre.", "2007-04-25", "", ""},
		{"Each pub poured about 2,000 UK pints a week.", "2007-04-25", "", ""},
		{"Diesel cost $3.10 a litre, US officials said.", "2007-04-25", "US", "US"},
	})
}

// A body of an organisation named "of" another's name is that other's; of
// the organisation's own name, or bare, it stays the organisation's.
func TestSeed126OtherOwnersBody(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Members will meet at the General Assembly of the Open Source Alliance in May.", "2007-05-01", "", ""},
		{"The Peace and Security Council of the African Union met in Addis Ababa.", "2007-05-01", "AUNION", "African Union"},
		{"The General Assembly of the United Nations will meet in May.", "2007-05-01", "UN,UN", "General Assembly|United Nations"},
		{"Members will meet before the General Assembly votes in May.", "2007-05-01", "UN", "General Assembly"},
	})
}

// An Iraqi party's names are no mention of Iraq.
func TestSeed126PartyName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Its leader said the Supreme Council for Islamic Revolution in Iraq would join the talks.", "2005-06-01", "", ""},
		{"Its leader said the Islamic Supreme Council of Iraq would join the talks.", "2008-06-01", "", ""},
		{"Its leader said the revolution council would join the talks in Iraq.", "2005-06-01", "IQ", "Iraq"},
	})
}

// A country's name coordinated with another country's word, or with
// "foreign", before private people or firms is theirs; before forces it
// stays the state.
func TestSeed126CoordinatedPrivate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The service relays U.S. and foreign broadcasters around the clock.", "2007-05-01", "", ""},
		{"The service hired UK and Irish journalists for the launch.", "2007-05-01", "", ""},
		{"The convoy carried U.S. and foreign troops around the clock.", "2007-05-01", "US", "U.S."},
		{"The talks brought UK and Irish officials together.", "2007-05-01", "GB,IE", "UK|Irish"},
	})
}

// A word of secrecy or suspicion between a demonym and the state's head
// is read past; a scientist stays a private person.
func TestSeed126CovertActs(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Inspectors found evidence of Libyan clandestine nuclear work.", "2008-04-24", "LY", "Libyan"},
		{"The report detailed Iranian covert operations in the region.", "2008-04-24", "IR", "Iranian"},
		{"Police detained a Libyan clandestine nuclear scientist.", "2008-04-24", "", ""},
		{"Police detained Libyan clandestine migrants.", "2008-04-24", "", ""},
	})
}

// Misspellings and older names of Kyrgyzstan, and the UN's climate panel
// by its names and initials, not Britain's police complaints body.
func TestSeed126RegistryNames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Protesters in Kyrgystan stormed the government building.", "2005-03-24", "KG", "Kyrgystan"},
		{"The envoy urged calm in Kyrgzstan.", "2005-03-24", "KG", "Kyrgzstan"},
		{"A draft from the UN Intergovernmental Panel on Climate Change (IPCC) leaked.", "2006-11-04", "UN,UN", "UN Intergovernmental Panel on Climate Change|IPCC"},
		{"The Intergovernmental Panel on Climate Change will report in May.", "2006-11-04", "UN", "Intergovernmental Panel on Climate Change"},
		{"A leaked IPCC draft puts warming at three degrees.", "2006-11-04", "UN", "IPCC"},
		{"The IPCC cleared the two police officers of misconduct.", "2006-11-04", "", ""},
	})
}
