package parties_test

import "testing"

// The cases below are written for this test, after the seed-112 and
// seed-113 blind checks of the matcher (issue 17).

// Names that hold a country's name, a national team's players and its
// opponents, and an office's words taken for a name.
func TestSeed112Names(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The UN Chief Drug Crimes prosecutor, Anna Berg, flew to Vienna on Monday.", "2005-09-20", "UN", "UN"},
		{"UN envoy Anna Berg flew to Vienna on Monday.", "2005-09-20", "UN,UN", "UN|Anna Berg"},
		{"A petition by the Society for Animal Welfare in Norway reached the court.", "2005-09-15", "", ""},
		{"The Foundation for Press Freedom in Peru protested at the arrests.", "2005-09-15", "", ""},
		{"A petition by animal welfare groups in Norway reached the court.", "2005-09-15", "NO", "Norway"},
		{"Next year is the Canada Year of the Nurse, the ministry said.", "2006-04-25", "", ""},
		{"Canada declared it a year of the nurse.", "2006-04-25", "CA", "Canada"},
		{"Brazil striker Ronaldo missed the training session.", "2008-05-31", "", ""},
		{"Portugal and Benfica defender Luis Costa was injured.", "2008-05-31", "", ""},
		{"Portugal and Benfica agreed on a loan for the stadium.", "2008-05-31", "PT", "Portugal"},
		{"Portugal and Spain signed the water treaty.", "2008-05-31", "PT,ES", "Portugal|Spain"},
		{"The squad flew home after a defeat to Cyprus in World Cup qualifying.", "2006-10-12", "", ""},
		{"Fans danced in the streets after the 2-0 victory over Bahrain.", "2006-10-12", "", ""},
		{"The council voted 14-1 against Iran on Tuesday.", "2006-10-12", "IR", "Iran"},
		{"Turkey renewed its threats against Cyprus over the drilling.", "2006-10-12", "TR,CY", "Turkey|Cyprus"},
	})
}

// People of a nation, a person's nationality, the public's opinion and a
// state news agency quoted as a source are not the state; the state's
// sales of arms are.
func TestSeed112NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Most of the looted stores belonged to ethnic Chinese.", "2008-03-14", "", ""},
		{"The looted stores were guarded by Chinese troops.", "2008-03-14", "CN", "Chinese"},
		{"Victims named: Anna Kovacs (41), nationality: Slovak, a nurse.", "2006-04-17", "", ""},
		{"Slovak officials named the victims.", "2006-04-17", "SK", "Slovak"},
		{"The president brushed off his falling U.S. approval ratings.", "2006-03-06", "", ""},
		{"The deal still needs U.S. approval.", "2006-03-06", "US", "U.S."},
		{"The governor was quoted by IRNA as saying the roads were open.", "2005-04-17", "", ""},
		{"The Islamic Republic News Agency carried the governor's remarks.", "2005-04-17", "", ""},
		{"Reports of North Korean sales of missile parts worried the allies.", "2005-02-10", "KP", "North Korean"},
		{"South Korean sales of cars rose in May.", "2005-02-10", "", ""},
		{"Russian arms sales grew last year.", "2005-02-10", "RU", "Russian"},
		{"Russian car sales grew last year.", "2005-02-10", "", ""},
	})
}

// Officials the registry lacked or left out, in their terms and out.
func TestSeed112Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Sumaidaie asked the council for an inquiry.", "2005-07-04", "IQ", "Sumaidaie"},
		{"Sumaidaie asked the council for an inquiry.", "2003-07-04", "", ""},
		{"Senator Ellison defended the customs service.", "2006-03-29", "AU", "Ellison"},
		{"Senator Ellison defended the customs service.", "2008-03-29", "", ""},
		{"Ellison defended the customs service.", "2006-03-29", "", ""},
		{"Ms Kelly said the plan was sound.", "2006-08-24", "GB", "Kelly"},
		{"Ms Kelly said the plan was sound.", "2010-08-24", "", ""},
		{"Mr Kelly said the plan was sound.", "2006-08-24", "", ""},
		{"Ali Kanso joined the new cabinet.", "2008-07-11", "LB", "Ali Kanso"},
		{"Ali Kanso joined the new cabinet.", "2005-07-11", "", ""},
	})
	runArticle(t, "2008-01-13", []articleStep{
		{"Assistant Treasurer Chris Bowen said the rumours hurt the party.", "AU:Chris Bowen"},
		{"Bowen also said the rumours would not go away.", "AU:Bowen"},
	})
	runArticle(t, "2005-01-13", []articleStep{
		{"Chris Bowen said the rumours hurt the party.", ""},
		{"Bowen also said the rumours would not go away.", ""},
	})
}
