package parties_test

import "testing"

// The cases below are written for this test, after the seed-180 to
// seed-183 blind checks of the matcher (part E).

// Ireland's head of government by his Irish title after the demonym is
// the state, with a bracketed gloss after the title or not; a demonym
// before a private head stays out.
func TestSeed180eTaoiseach(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Irish Taoiseach flew to Brussels for the summit.", "2006-05-01", "IE", "Irish"},
		{"Irish Taoiseach (head of government) Bertie Ahern met the unions.", "2006-05-01", "IE,IE", "Irish|Bertie Ahern"},
		{"The Irish Tanaiste opened the new wing.", "2006-05-01", "IE", "Irish"},
		{"An Irish tenor sang at the gala.", "2006-05-01", "", ""},
	})
}

// A capital that someone wants, asks or calls on to do something is its
// government; a trip to the capital is a place.
func TestSeed180eCapitalAsked(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Warsaw wants Washington to station more troops there.", "2008-06-01", "PL,US", "Warsaw|Washington"},
		{"The envoy asked Beijing to release the two reporters.", "2008-06-01", "CN", "Beijing"},
		{"The council called on Moscow to withdraw its forces.", "2008-06-01", "RU", "Moscow"},
		{"She wants to fly to Washington to see her son.", "2008-06-01", "", ""},
		{"He wanted Washington To Win, the book said.", "2008-06-01", "", ""},
	})
}

// "Dominican" is the Dominican Republic's beside Haiti, its capital, its
// leaders or its name; not beside Dominica's words, nor as a friar's
// order, nor with nothing to tell the two states apart.
func TestSeed180eDominican(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Dominican army closed the crossing into Haiti.", "2006-01-10", "DO,HT", "Dominican|Haiti"},
		{"Dominican President Fernandez visited the border towns.", "2006-01-10", "DO,DO", "Dominican|Fernandez"},
		{"The Dominican government raised the fuel tax.", "2006-01-10", "", ""},
		{"A Dominican friar ran the mission school in Haiti.", "2006-01-10", "HT", "Haiti"},
		{"A Dominican official in Roseau praised the Haitian relief effort.", "2006-01-10", "DM", "Roseau"},
	})
}

// Firms' people and their world after a country's name and "business"
// are private; the country's leaders and interests alone are the state's.
func TestSeed180eBusinessCircle(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Many in the UK business world backed the deal.", "2006-01-10", "", ""},
		{"US business leaders flew to Beijing for the fair.", "2006-01-10", "", ""},
		{"The treaty protects Japan business interests abroad.", "2006-01-10", "", ""},
		{"US leaders flew to Beijing for the talks.", "2006-01-10", "US", "US"},
		{"The treaty protects US interests abroad.", "2006-01-10", "US", "US"},
	})
}

// A country's name before "paper" or "publishers" is the press; a
// government's white paper stays the state's.
func TestSeed180ePress(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She spoke to the Qatar paper Al Watan on Monday.", "2008-06-01", "", ""},
		{"The search firm was taken to court by four big U.S. publishers.", "2008-06-01", "", ""},
		{"The UK government white paper set out the reforms.", "2008-06-01", "GB", "UK"},
	})
}

// A country's name before a capitalised site's name that ends in Mine,
// Refinery or the like, after a lower-case word, names the site; a
// country's forces' plant stays the state's, and so does the country named
// elsewhere in the sentence.
func TestSeed180eFacilityName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rescuers reached the Chile Esperanza Copper Mine at dawn.", "2010-11-01", "", ""},
		{"Fire broke out at the Norway Mongstad Refinery on Friday.", "2010-11-01", "", ""},
		{"Work stopped at the US Army Ammunition Plant last year.", "2010-11-01", "US", "US"},
		{"Chile sent rescuers to the Esperanza Copper Mine at dawn.", "2010-11-01", "CL", "Chile"},
	})
}

// A trade spelt out as "telecommunications" between a country's name and a
// firm's word is a firm; a telecommunications minister is the state's.
func TestSeed180eTelecommunications(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A Kenya telecommunications company bought the network.", "2007-01-01", "", ""},
		{"The Kenyan telecommunications minister opened the network.", "2007-01-01", "KE", "Kenyan"},
	})
}

// State television, radio and media after a country's word are a medium,
// not the state; the state's officials and its news agency stay.
func TestSeed180eStateMedia(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Syrian state television showed the rally.", "2006-08-01", "", ""},
		{"The talks were covered by Cuban state TV.", "2006-08-01", "", ""},
		{"Malta state radio carried the speech.", "2006-08-01", "", ""},
		{"Chinese state media praised the launch.", "2006-08-01", "", ""},
		{"Syrian state officials denied the report.", "2006-08-01", "SY", "Syrian"},
		{"The Cuban state said it would pay.", "2006-08-01", "CU", "Cuban"},
	})
}

// One member of a legislature after a country's name is a legislator; a
// member of another body stays.
func TestSeed180eMemberOfParliament(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Jane Hale, a Canada Member of Parliament for Ottawa, wrote the bill.", "2007-01-01", "", ""},
		{"Two Canada Members of Parliament wrote the bill.", "2007-01-01", "", ""},
		{"Canada, a member of the Security Council, wrote the bill.", "2007-01-01", "CA,UN", "Canada|Security Council"},
	})
}
