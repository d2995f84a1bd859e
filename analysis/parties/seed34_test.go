package parties_test

import "testing"

// The cases below are written for this test, after the errors of the
// seed-34 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds or leaves out, a
// near phrase that must stay as it was.

// A state's legal system and a province a demonym locates in the country
// are the state's; a former official past a rank, a preacher of the
// country and a capital's court are not.
func TestSeed34Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Critics said the Peruvian legal system moved too slowly.", "2010-05-01", "PE", "Peruvian"},
		{"Critics said the Peruvian legal team moved too slowly.", "2010-05-01", "", ""},
		{"Floods cut the roads of the Chilean province of Arauco.", "2010-05-01", "CL", "Chilean"},
		{"A former top Chilean diplomat wrote the report.", "2010-05-01", "", ""},
		{"A former senior Swiss official wrote the report.", "2010-05-01", "", ""},
		{"A senior Swiss official wrote the report.", "2010-05-01", "CH", "Swiss"},
		{"He debated a U.S. preacher on the radio.", "2010-05-01", "", ""},
		{"He debated a U.S. envoy on the radio.", "2010-05-01", "US", "U.S."},
		{"The party took its case to Nairobi's High Court.", "2010-05-01", "", ""},
		{"Nairobi's reply came within the hour.", "2010-05-01", "KE", "Nairobi"},
	})
}

// Kuwait's office holders by their full names: a prime minister in the
// form the news writes, the crown prince and the foreign minister, each in
// and out of office; none of them by the dynasty's name alone.
func TestSeed34Kuwait(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Nasser Al-Mohammed Al-Ahmed Al-Sabah opened the session.", "2008-03-01", "KW", "Nasser Al-Mohammed Al-Ahmed Al-Sabah"},
		{"Nasser Al-Mohammed Al-Ahmed Al-Sabah opened the session.", "2013-03-01", "", ""},
		{"Guests met Nawaf Al-Ahmad Al-Jaber Al-Sabah at the palace.", "2010-03-01", "KW", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"},
		{"Guests met Nawaf Al-Ahmad Al-Jaber Al-Sabah at the palace.", "2004-03-01", "", ""},
		{"Mohammed Sabah Al Salem Al Sabah flew to Riyadh.", "2009-03-01", "KW", "Mohammed Sabah Al Salem Al Sabah"},
		{"Mohammed Sabah Al Salem Al Sabah flew to Riyadh.", "2015-03-01", "", ""},
		{"Mr Al-Sabah flew to Riyadh.", "2009-03-01", "", ""},
	})
}

// From the commonest words before the capitals that the matcher finds in
// the whole pool: a shorter seat inside a longer one that is a place
// ("Delhi" in "in New Delhi"), a city's jails, and an airline, a
// university and a city named after capitals. Each beside the
// government's use of the same names.
func TestPoolCapitals(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The consulate in New Delhi will open late on Monday.", "2010-05-01", "", ""},
		{"New Delhi will open talks on Monday.", "2010-05-01", "IN", "New Delhi"},
		{"Delhi will open talks on Monday.", "2010-05-01", "IN", "Delhi"},
		{"He spent a year in a Nairobi jail.", "2010-05-01", "", ""},
		{"Nairobi's jails are full, the report said.", "2010-05-01", "", ""},
		{"Nairobi jailed the activist on Monday.", "2010-05-01", "KE", "Nairobi"},
		{"Air Berlin cut its winter routes.", "2010-05-01", "", ""},
		{"Berlin rejected the airline's plan.", "2010-05-01", "DE", "Berlin"},
		{"Students at University College Dublin marched.", "2010-05-01", "", ""},
		{"Dublin protested to the embassy.", "2010-05-01", "IE", "Dublin"},
		{"The cafe stands in a busy street of East London.", "2010-05-01", "", ""},
	})
}

// Qatar's and Bahrain's leaders share their ruling family's name: each is
// the party's only in their own terms, not in the terms of another of the
// family with the same first initial.
func TestGulfFamilies(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Abdullah bin Nasser bin Khalifa Al Thani chaired the cabinet.", "2015-03-01", "QA", "Abdullah bin Nasser bin Khalifa Al Thani"},
		{"Abdullah bin Khalifa Al Thani chaired the cabinet.", "2015-03-01", "", ""},
		{"Abdullah bin Khalifa Al Thani chaired the cabinet.", "2005-03-01", "QA", "Abdullah bin Khalifa Al Thani"},
		{"Jaber Al-Ahmad Al-Sabah opened the session.", "2015-03-01", "", ""},
		{"Jaber Al-Mubarak Al-Hamad Al-Sabah opened the session.", "2015-03-01", "KW", "Jaber Al-Mubarak Al-Hamad Al-Sabah"},
	})
}

// Two heads of one country with one surname and one initial are two
// people: each is the party's only in their own terms.
func TestSharedSurnames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Modibo Sidibé opened the new bridge.", "2009-03-01", "ML", "Modibo Sidibé"},
		{"Mandé Sidibé opened the new bridge.", "2009-03-01", "", ""},
		{"Mandé Sidibé opened the new bridge.", "2001-03-01", "ML", "Mandé Sidibé"},
		{"Abdiweli Sheikh Ahmed opened the new port.", "2014-03-01", "SO", "Abdiweli Sheikh Ahmed"},
		{"Abdullahi Yusuf Ahmed opened the new port.", "2014-03-01", "", ""},
	})
}
