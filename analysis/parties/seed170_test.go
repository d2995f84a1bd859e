package parties_test

import "testing"

// The cases below are written for this test, after the seed-170 and
// seed-171 blind checks of the matcher.

// India's minister for women and children under each spelling of her
// name within her years; her surname alone is anyone's.
func TestSeed170Chowdhury(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Renuka Chowdhury opened a shelter for girls.", "2007-03-08", "IN", "Renuka Chowdhury"},
		{"The shelter was praised by Renuka Chaudhary on Friday.", "2008-02-01", "IN", "Renuka Chaudhary"},
		{"Renuka Choudhary opened a shelter for girls.", "2010-03-08", "", ""},
		{"Choudhary opened a shelter for girls.", "2007-03-08", "", ""},
	})
}

// Zimbabwe's presidential spokesman by full name and surname in his years.
func TestSeed170Charamba(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"George Charamba told critics they were wrong.", "2008-07-01", "ZW", "George Charamba"},
		{"Mr Charamba rejected the report.", "2005-02-01", "ZW", "Charamba"},
		{"George Charamba told critics they were wrong.", "2019-07-01", "", ""},
	})
}

// A country's name right after "Category:" is a wiki page's tag.
func TestSeed170CategoryTag(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Filed under Category:Europe Category:Netherlands today.", "2006-06-19", "", ""},
		{"The category of Netherlands exports grew.", "2006-06-19", "NL", "Netherlands"},
		{"Category: Netherlands sent troops.", "2006-06-19", "NL", "Netherlands"},
	})
}

// Amusement parks' words before a firm's head make the country's name
// the firm's origin, not the state.
func TestSeed170TradeOperator(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Dutch theme park operator Efteling closed a ride.", "2007-05-01", "", ""},
		{"A Spanish amusement park operator bought the site.", "2007-05-01", "", ""},
		{"The Dutch rail regulator fined the operator.", "2007-05-01", "NL", "Dutch"},
	})
}

// A country's possessive before a prince or a duchess who holds no office
// in the registry names a person; the head of state and a royal minister
// stay the state's.
func TestSeed170RoyalPerson(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Fears grew that Spain's Princess Elena would be harmed.", "2007-03-05", "", ""},
		{"Sweden's Duke Carl opened the fair.", "2007-03-05", "", ""},
		{"Britain's Queen Elizabeth opened the fair.", "2007-03-05", "GB,GB", "Britain|Queen Elizabeth"},
		{"Saudi Arabia's Prince Saud al-Faisal met envoys.", "2007-03-05", "SA,SA", "Saudi Arabia|Prince Saud al-Faisal"},
		{"Spain's prince of fashion opened the fair.", "2007-03-05", "ES", "Spain"},
	})
}

// A council of ministers or of national defence or security after a
// demonym, or after a possessive as "Supreme Council", is the state's
// body; another council after a demonym is still another name.
func TestSeed170CouncilOfState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The plan was approved by the Greek Superior Council of National Defence.", "2006-08-25", "GR", "Greek"},
		{"The plan was approved by the Greek Supreme Council of National Security.", "2006-08-25", "GR", "Greek"},
		{"The plan was approved by the Greek Council of Ministers.", "2006-08-25", "GR", "Greek"},
		{"The plan went to Greece's Supreme Council of National Defence.", "2006-08-25", "GR", "Greece"},
		{"The plan was approved by the Greek Building Council.", "2006-08-25", "", ""},
		{"The plan was approved by the Greek Council of National Trusts.", "2006-08-25", "", ""},
		{"The plan was rejected by Greece's Supreme Court.", "2006-08-25", "", ""},
	})
}
