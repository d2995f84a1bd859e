package parties_test

import "testing"

// The cases below are written for this test, after the misses that were
// left of the blind matcher checks of seeds 19 to 32 (issue 17). Each
// registry entry or rule is here both ways: beside every phrase it finds,
// a near phrase that must stay as it was.

// Officials the registry lacked, each inside and outside the window of
// their term: spokespeople of foreign ministries and of the White House's
// security council, a US attorney, a Treasury minister, a governor
// general, an army chief, foreign ministers and an adviser; and namesakes
// whose title forms the registry leaves out.
func TestRecall33Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Sean McCormack declined to say when the envoy would fly home.", "2007-04-11", "US", "Sean McCormack"},
		{"Sean McCormack declined to say when the envoy would fly home.", "2010-04-11", "", ""},
		{"Reporters pressed Richard Boucher about the stalled aid package.", "2003-02-10", "US", "Richard Boucher"},
		{"Philip Crowley told reporters the cables had been stolen.", "2010-12-01", "US", "Philip Crowley"},
		{"Mr Crowley voted against the spending bill on Friday.", "2010-12-01", "", ""},
		{"Gordon Johndroe said the launch had not been expected so soon.", "2008-02-20", "US", "Gordon Johndroe"},
		{"Prosecutor Roslynn Mauskopf unsealed the indictment on Monday.", "2006-09-14", "US", "Roslynn Mauskopf"},
		{"Lawyers working at the Office of Legal Counsel drafted the memo.", "2004-06-14", "US", "Office of Legal Counsel"},
		{"Mark Hoban rejected the call for a bigger budget in Brussels.", "2011-06-20", "GB", "Mark Hoban"},
		{"Mark Hoban rejected the call for a bigger budget in Brussels.", "2009-06-20", "", ""},
		{"Michaëlle Jean accepted the request to prorogue the session.", "2008-12-04", "CA", "Michaëlle Jean"},
		{"Adrienne Clarkson opened the new wing of the hospital.", "2003-03-03", "CA", "Adrienne Clarkson"},
		{"Mr Johnston spoke last at the rally in the park.", "2012-03-03", "", ""},
		{"David Cunliffe, the immigration minister, defended the deportation.", "2006-03-30", "NZ", "David Cunliffe"},
		{"David Cunliffe, the immigration minister, defended the deportation.", "2004-03-30", "", ""},
		{"Adel al-Jubeir, an adviser to the crown prince, spoke of spare oil capacity.", "2004-05-06", "SA", "Adel al-Jubeir"},
		{"Adel al-Jubeir, the ambassador, met senators in the morning.", "2010-05-06", "SA", "Adel al-Jubeir"},
		{"George Yeo flew to Jakarta for talks on the haze.", "2006-10-09", "SG", "George Yeo"},
		{"George Yeo flew to Jakarta for talks on the haze.", "2012-10-09", "", ""},
		{"Gen. Sonthi Boonyaratglin went on television to promise elections.", "2006-09-22", "TH", "Sonthi Boonyaratglin"},
		{"Sondhi Limthongkul drew a large crowd to the square.", "2006-09-22", "", ""},
		{"Liu Jianchao told a briefing that the visit was still on.", "2007-03-05", "CN", "Liu Jianchao"},
		// "Mr Liu" stays Taiwan's premier of those months.
		{"Mr Liu told the crowd at the campus to go home quietly.", "2008-11-06", "TW", "Liu"},
		{"Jiang Yu urged both sides to show restraint on the border.", "2010-03-05", "CN", "Jiang Yu"},
		{"Qin Gang called the report groundless at a briefing.", "2007-03-05", "CN", "Qin Gang"},
		{"Qin Gang called the report groundless at a briefing.", "2016-03-05", "", ""},
		{"Hamid Reza Asefi said the offer fell short of what was needed.", "2005-09-12", "IR", "Hamid Reza Asefi"},
		{"Mohammad Ali Hosseini called the new sanctions illegal.", "2007-06-12", "IR", "Mohammad Ali Hosseini"},
		{"Navtej Sarna said talks on the river would go on next month.", "2005-06-12", "IN", "Navtej Sarna"},
		{"Yigal Palmor said the ministry would not comment on the report.", "2010-08-01", "IL", "Yigal Palmor"},
		{"Yigal Palmor said the ministry would not comment on the report.", "2002-08-01", "", ""},
	})
}

// The combining forms "Sino" and "Indo" before a hyphen and another
// state's name or demonym are China and India, as the demonyms are: the
// state when the phrase is a matter between the two states, nothing in a
// region's, a people's, a language family's or a firm's name.
func TestRecall33CombiningForms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Fresh Sino-Vietnamese border talks opened on Tuesday.", "2009-02-03", "CN,VN", "Sino|Vietnamese"},
		{"Sino-Tibetan tongues share many old roots.", "2009-02-03", "", ""},
		{"Shares of Sino-Forest slid again in Toronto.", "2009-02-03", "", ""},
		{"Indo-Bangladesh talks on river water ended without a deal.", "2009-02-03", "IN,BD", "Indo|Bangladesh"},
		{"The Indo-Pacific strategy paper ran to forty pages.", "2019-02-03", "", ""},
		{"Her grandparents were of Indo-Guyanese descent.", "2009-02-03", "", ""},
		{"The Indo-Asian News Service carried the story first.", "2009-02-03", "", ""},
	})
}

// "official" ends an office phrase as "spokesman" does: the name right
// after it, with or without a rank and a comma, is the state's office
// holder; a former official and an official of no party are not.
func TestRecall33OfficialHead(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A senior Brazilian trade official, Col. Paulo Mendes, led the team.", "2009-05-04", "BR,BR", "Brazilian|Paulo Mendes"},
		{"A former Brazilian trade official, Paulo Mendes, led the team.", "2009-05-04", "", ""},
		{"A senior union official, Paulo Mendes, led the team.", "2009-05-04", "", ""},
	})
}

// A name written family name first ("Zhang Qisheng", "Kim Sung-hwan"),
// that an article introduced with an office, is named by that first word
// alone afterwards, as other names are by their last; a first word that
// is no such family name is a given name, and not.
func TestRecall33FamilyNameFirst(t *testing.T) {
	runArticle(t, "2009-05-04", []articleStep{
		{"China's trade negotiator, Zhao Minghui, flew in on Monday.", "CN:China|CN:Zhao Minghui"},
		{"Zhao told the delegates that quotas would stay.", "CN:Zhao"},
	})
	runArticle(t, "2009-05-04", []articleStep{
		{"South Korea's trade negotiator, Park Jae-won, flew in on Monday.", "KR:South Korea|KR:Park Jae-won"},
		{"Park left the hall before the vote.", "KR:Park"},
	})
	runArticle(t, "2009-05-04", []articleStep{
		{"Canada's trade negotiator, Anne Tremblay, flew in on Monday.", "CA:Canada|CA:Anne Tremblay"},
		{"Anne told the delegates that quotas would stay.", ""},
	})
}
