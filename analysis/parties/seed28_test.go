package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-28 blind check of the matcher. Each shape is here both ways: beside
// every case the rule or the registry entry finds, a nearby phrase that
// must stay no mention (or keep only the mentions it had).

// unTreatyBodyCases: the committees the UN's human rights treaties set up
// are UN organs (guideline 8), with or without "UN" before them; an NGO
// named like one is not, and a bare "Human Rights Committee" is the UN's
// only in a sentence that names the UN and no legislature.
var unTreatyBodyCases = []agencyCase{
	{"The Committee against Torture asked for the camp to be closed.", "UN", "Committee against Torture"},
	{"A UN Committee against Torture report faulted the prisons.", "UN", "UN Committee against Torture"},
	{"The United Nations Committee Against Torture wants an inquiry.", "UN", "United Nations Committee Against Torture"},
	{"The Public Committee Against Torture filed a petition with the judges.", "", ""},
	{"The Committee on the Elimination of Racial Discrimination reviewed the report.", "UN", "Committee on the Elimination of Racial Discrimination"},
	{"Members of the Committee on the Rights of the Child questioned the delegation.", "UN", "Committee on the Rights of the Child"},
	{"The UN Human Rights Committee found the ban unlawful.", "UN", "UN Human Rights Committee"},
	{"The United Nations said its Human Rights Committee would meet in March.", "UN,UN", "United Nations|Human Rights Committee"},
	{"The Human Rights Committee of the UN ruled on the complaint.", "UN,UN", "Human Rights Committee|UN"},
	{"The Human Rights Committee questioned the minister about the jails.", "", ""},
	{"The parliamentary Human Rights Committee will hear the UN envoy.", "UN", "UN"},
	{"The Senate Human Rights Committee met a UN rapporteur.", "UN", "UN"},
	{"Lawmakers on the Human Rights Committee wrote to the UN.", "UN", "UN"},
	{"Parliament's Human Rights Committee wrote to the UN.", "UN", "UN"},
}

func TestUNTreatyBodies(t *testing.T) { runAgencyCases(t, unTreatyBodyCases) }

// hreocCases: Australia's Human Rights and Equal Opportunity Commission,
// by its names before and after 2008 and by its initials in capitals, is a
// government body of Australia; the initials in lower case, a commission
// of the same name after an Australian state's name, and another state's
// equal opportunity body are not.
var hreocCases = []agencyCase{
	{"The Human Rights and Equal Opportunity Commission released its report on detention.", "AU", "Human Rights and Equal Opportunity Commission"},
	{"The Human Rights and Equal Opportunities Commission heard the complaint.", "AU", "Human Rights and Equal Opportunities Commission"},
	{"HREOC said the laws would harm children.", "AU", "HREOC"},
	{"The Australian Human Rights Commission opened an inquiry.", "AU", "Australian Human Rights Commission"},
	{"Hreoc said the laws would harm children.", "", ""},
	{"The Victorian Human Rights and Equal Opportunities Commission backed the ruling.", "", ""},
	{"The NSW Human Rights and Equal Opportunity Commission backed the ruling.", "", ""},
	{"The state's Equal Opportunity Commission heard the complaint.", "", ""},
}

func TestHREOC(t *testing.T) { runAgencyCases(t, hreocCases) }

// presenceCases: a demonym before "influence" or "presence" is the state's
// sway or its forces and missions abroad; a presence among people, an
// influence on an art or a field of private life, a firm's presence in a
// market, influence peddling, and an indefinite "a strong ... influence"
// that no preposition places in a country or a region are not the state.
var presenceCases = []agencyCase{
	{"Ministers voiced worry about Iranian influence in the region.", "IR", "Iranian"},
	{"The Romanian presence in Iraq drew little debate at home.", "RO,IQ", "Romanian|Iraq"},
	{"Marchers demanded an end to the Syrian presence.", "SY", "Syrian"},
	{"A permanent American presence in the Gulf unsettles its neighbours.", "US", "American"},
	{"Critics of Russian influence over the government walked out.", "RU", "Russian"},
	{"The Australian presence in Dili grew to 1,300 troops.", "AU", "Australian"},
	{"Chinese influence or pressure on the island grew.", "CN", "Chinese"},
	{"A growing Turkish presence in Iraq alarmed Baghdad.", "TR,IQ,IQ", "Turkish|Iraq|Baghdad"},
	{"There was a strong Irish presence in the crowd at the final.", "", ""},
	{"The French influence on her cooking is plain.", "", ""},
	{"The Chinese presence in the retail market has doubled.", "", ""},
	{"The port town has a strong Portuguese influence.", "", ""},
	{"A large Irish presence in Boston shaped its politics.", "", ""},
	{"Chinese cultural influence spread along the trade routes.", "", ""},
	{"The Chinese presence in African markets keeps growing.", "", ""},
	{"The Syrian presence in Lebanese politics ended in April.", "SY", "Syrian"},
	{"A big Italian presence in the squad helped the coach.", "", ""},
	{"Nobody proved any American influence peddling.", "", ""},
	{"Japanese influence in fashion keeps growing.", "", ""},
	{"Its arches show a Spanish influence.", "", ""},
}

func TestPresenceInfluence(t *testing.T) { runAgencyCases(t, presenceCases) }
