package parties_test

import (
	"testing"
)

// inilpkzaCases are written for this test. They check the cabinet
// ministers of India, Israel, Pakistan and South Africa added for issue 17
// (item 3): each one is their country's inside a term and nobody's
// outside it, a title is left out of the span, and a surname that many
// people bear, or that someone more famous bears in the same years, does
// not stand alone. As in ministerCases, surfaces lists every mention's
// text, "|"-separated.
var inilpkzaCases = []datedCase{
	// India: home ministers before 2014.
	{"L. K. Advani chaired a meeting on border fencing.", "2003-05-12", "IN", "L. K. Advani"},
	{"Mr Advani chaired a meeting on border fencing.", "2003-05-12", "IN", "Advani"},
	{"Mr Advani chaired a meeting of his party's leaders.", "2007-05-12", "", ""}, // in opposition
	{"Shivraj Patil promised a review of the police response.", "2008-11-28", "IN", "Shivraj Patil"},
	{"Shivraj Patil promised a review of the police response.", "2010-11-28", "", ""},
	// "Patil" is too many people's name; in 2008 it stood for the
	// president as well as the home minister.
	{"Patil promised a review of the police response.", "2008-06-02", "", ""},
	{"Sushilkumar Shinde confirmed that the hanging had taken place.", "2013-02-09", "IN", "Sushilkumar Shinde"},
	{"Mr Shinde opened the new power station.", "2008-03-14", "IN", "Shinde"},
	{"Mr Shinde opened the new power station.", "2016-03-14", "", ""},
	// Commerce.
	{"Kamal Nath said the offer on farm subsidies fell short.", "2008-07-25", "IN", "Kamal Nath"},
	{"Nath said the offer on farm subsidies fell short.", "2008-07-25", "", ""},
	{"Anand Sharma signed the partnership agreement.", "2011-02-16", "IN", "Anand Sharma"},
	{"Sharma signed the partnership agreement.", "2011-02-16", "", ""},
	{"Nirmala Sitharaman took a hard line on food stocks.", "2015-12-17", "IN", "Nirmala Sitharaman"},
	// Goyal has held commerce since 2019, not only since 2021.
	{"Piyush Goyal said the regional pact was not in the national interest.", "2019-11-05", "IN", "Piyush Goyal"},
	{"Piyush Goyal said the regional pact was not in the national interest.", "2012-11-05", "", ""},
	// Railways.
	{"Nitish Kumar ordered an inquiry into the derailment.", "2002-09-11", "IN", "Nitish Kumar"},
	{"Nitish Kumar ordered an inquiry into the derailment.", "2016-09-11", "", ""}, // a chief minister then
	{"Mr Kumar ordered an inquiry into the derailment.", "2002-09-11", "", ""},
	{"Lalu Prasad kept fares unchanged for a fourth year.", "2007-02-26", "IN", "Lalu Prasad"},
	{"Lalu Prasad kept fares unchanged for a fourth year.", "2012-02-26", "", ""},
	// In Lalu's last year "Mr Yadav" is Nepal's president.
	{"Mr Yadav thanked the crowd.", "2009-01-10", "NP", "Yadav"},
	{"Mamata Banerjee announced new trains for the eastern states.", "2010-02-24", "IN", "Mamata Banerjee"},
	{"Mamata Banerjee announced new trains for the eastern states.", "2013-02-24", "", ""},
	{"Banerjee announced new trains for the eastern states.", "2010-02-24", "", ""},
	{"Suresh Prabhu promised cleaner stations.", "2016-02-25", "IN", "Suresh Prabhu"},
	{"Suresh Prabhu promised cleaner stations.", "2020-02-25", "", ""},
	// Law, information technology and education.
	{"Kapil Sibal defended the rules for internet firms.", "2011-12-06", "IN", "Kapil Sibal"},
	{"Sibal defended the rules for internet firms.", "2011-12-06", "IN", "Sibal"},
	{"Sibal defended the rules for internet firms.", "2016-12-06", "", ""},
	{"Ravi Shankar Prasad warned the platforms to comply.", "2021-02-11", "IN", "Ravi Shankar Prasad"},
	{"Prasad warned the platforms to comply.", "2021-02-11", "", ""},
	{"Kiren Rijiju criticised the way judges are chosen.", "2022-11-25", "IN", "Kiren Rijiju"},
	{"Kiren Rijiju criticised the way judges are chosen.", "2013-11-25", "", ""},
	{"Smriti Irani announced a new education policy panel.", "2015-10-30", "IN", "Smriti Irani"},
	{"Irani announced a new education policy panel.", "2015-10-30", "", ""},
	// Petroleum, water and health.
	{"Dharmendra Pradhan said fuel prices would ease.", "2018-10-04", "IN", "Dharmendra Pradhan"},
	{"Pradhan Mantri Ujjwala Yojana reached more homes.", "2018-10-04", "", ""},
	{"Jaipal Reddy met the gas producers.", "2011-09-20", "IN", "Jaipal Reddy"},
	{"Mr Reddy met the gas producers.", "2011-09-20", "", ""},
	{"Uma Bharti promised a cleaner Ganga by 2020.", "2015-07-08", "IN", "Uma Bharti"},
	{"Bharti Airtel raised its tariffs.", "2015-07-08", "", ""},
	{"Ghulam Nabi Azad launched the polio drive.", "2011-01-23", "IN", "Ghulam Nabi Azad"},
	{"Rallies were held across Azad Kashmir.", "2011-01-23", "", ""},
	{"Harsh Vardhan opened the vaccination drive.", "2021-01-16", "IN", "Harsh Vardhan"},
	{"Harsh Vardhan opened the vaccination drive.", "2022-01-16", "", ""},
	// The foreign secretary's longer name is his, not the health minister's.
	{"Harsh Vardhan Shringla met the envoys.", "2020-06-10", "IN", "Harsh Vardhan Shringla"},
	{"Sharad Pawar blamed the drought for dearer food.", "2010-01-12", "IN", "Sharad Pawar"},
	{"Sharad Pawar blamed the drought for dearer food.", "2016-01-12", "", ""},
	{"Venkaiah Naidu launched the smart cities plan.", "2015-06-25", "IN", "Venkaiah Naidu"},
	{"Mr Naidu launched the smart cities plan.", "2015-06-25", "", ""},
	// Ministers of state for external affairs.
	{"Shashi Tharoor met the visiting delegation.", "2009-09-15", "IN", "Shashi Tharoor"},
	{"Shashi Tharoor met the visiting delegation.", "2011-09-15", "", ""},
	{"M. J. Akbar led the delegation to the summit.", "2017-05-22", "IN", "M. J. Akbar"},
	{"Mr Akbar led the delegation to the summit.", "2017-05-22", "", ""},
	{"Sushma Swaraj ordered more hospital beds for the city.", "2003-09-01", "IN", "Sushma Swaraj"},
	{"Arun Jaitley opened the trade fair.", "2003-11-14", "IN", "Arun Jaitley"},
	{"Arun Jaitley opened the trade fair.", "2008-11-14", "", ""},

	// Israel.
	{"David Levy held talks with his counterpart.", "2000-03-14", "IL", "David Levy"},
	{"Mr Levy held talks with his counterpart.", "2000-03-14", "", ""},
	{"Shlomo Ben-Ami ordered more police to the old city.", "2000-10-02", "IL", "Shlomo Ben-Ami"},
	{"Silvan Shalom presented an emergency budget.", "2002-04-03", "IL", "Silvan Shalom"},
	{"Uzi Landau ordered the offices closed.", "2002-05-20", "IL", "Uzi Landau"},
	{"Landau ordered the offices closed.", "2002-05-20", "", ""},
	{"Avi Dichter toured the northern border towns.", "2007-04-16", "IL", "Avi Dichter"},
	{"Avi Dichter toured the northern border towns.", "2012-04-16", "", ""},
	{"Erdan ordered the police to reinforce the crossings.", "2017-07-20", "IL", "Erdan"},
	{"Erdan ordered the police to reinforce the crossings.", "2021-07-20", "", ""},
	{"Ayelet Shaked proposed a bill on the courts.", "2016-08-02", "IL", "Ayelet Shaked"},
	{"Ayelet Shaked proposed a bill on the courts.", "2020-08-02", "", ""},
	{"Mr Ohana named a new police chief.", "2020-09-01", "IL", "Ohana"},
	{"Ohana named a new police chief.", "2020-09-01", "", ""},
	// Ben-Gvir left the government between January and March 2025.
	{"Itamar Ben-Gvir visited the prison.", "2023-06-12", "IL", "Itamar Ben-Gvir"},
	{"Itamar Ben-Gvir visited the prison.", "2025-02-10", "", ""},
	{"Itamar Ben-Gvir visited the prison.", "2025-04-10", "IL", "Itamar Ben-Gvir"},
	{"Yariv Levin unveiled the plan to change the judiciary.", "2023-01-04", "IL", "Yariv Levin"},
	{"Levin unveiled the plan to change the judiciary.", "2023-01-04", "", ""},
	{"Aryeh Deri signed the new order.", "2017-03-09", "IL", "Aryeh Deri"},
	{"Aryeh Deri signed the new order.", "2024-03-09", "", ""},
	{"Miri Regev walked out of the ceremony.", "2017-05-14", "IL", "Miri Regev"},
	{"Regev walked out of the ceremony.", "2017-05-14", "", ""},
	{"Naftali Bennett ordered a review of the school curriculum.", "2016-09-01", "IL", "Naftali Bennett"},
	{"Yuval Steinitz signed the gas export deal.", "2018-02-19", "IL", "Yuval Steinitz"},
	{"Tzipi Livni proposed changes to the prosecution.", "2014-06-05", "IL", "Tzipi Livni"},
	{"Tzipi Livni proposed changes to the prosecution.", "2016-06-05", "", ""},

	// Pakistan.
	{"Abdul Sattar rejected the charge.", "2001-07-18", "PK", "Abdul Sattar"},
	{"Rehman Malik said the attackers had been identified.", "2010-05-29", "PK", "Rehman Malik"},
	{"Mr Malik said the attackers had been identified.", "2010-05-29", "PK", "Malik"},
	{"Malik said the attackers had been identified.", "2010-05-29", "", ""},
	{"Rehman Malik said the attackers had been identified.", "2015-05-29", "", ""},
	{"Chaudhry Nisar ordered the charity's offices sealed.", "2015-10-01", "PK", "Chaudhry Nisar"},
	{"Mr Khan ordered the charity's offices sealed.", "2015-10-01", "", ""},
	// "Mr Shah" in 2020 is India's home minister, not Pakistan's.
	{"Ijaz Ahmed Shah announced new checkpoints.", "2020-02-03", "PK", "Ijaz Ahmed Shah"},
	{"Mr Shah announced new checkpoints.", "2020-02-03", "IN", "Shah"},
	{"Sheikh Rashid said the marchers would be stopped.", "2021-10-27", "PK", "Sheikh Rashid"},
	{"Sheikh Rashid said the marchers would be stopped.", "2023-10-27", "", ""},
	{"Ahsan Iqbal said the corridor projects were on track.", "2016-04-12", "PK", "Ahsan Iqbal"},
	{"Iqbal said the corridor projects were on track.", "2016-04-12", "", ""},
	{"Mr Aziz said the talks would resume.", "2015-08-22", "PK", "Aziz"},
	{"Shaukat Tarin presented the budget.", "2021-06-11", "PK", "Shaukat Tarin"},
	{"Shaukat Tarin presented the budget.", "2020-06-11", "", ""},
	{"Pervez Khattak inspected the new jets.", "2019-09-06", "PK", "Pervez Khattak"},
	{"Pervez Khattak inspected the new jets.", "2016-09-06", "", ""}, // provincial chief minister then
	{"Fawad Chaudhry announced a new media authority.", "2018-10-09", "PK", "Fawad Chaudhry"},
	{"Mr Chaudhry announced a new media authority.", "2018-10-09", "", ""},
	{"Sherry Rehman defended the new media rules.", "2008-08-20", "PK", "Sherry Rehman"},
	{"Sherry Rehman defended the new media rules.", "2010-08-20", "", ""},
	{"Ishaq Dar presented the new spending plan.", "2008-04-20", "PK", "Ishaq Dar"},
	{"Khawaja Asif said the army was ready.", "2015-02-10", "PK", "Khawaja Asif"},

	// South Africa.
	{"Manto Tshabalala-Msimang recommended garlic and beetroot.", "2006-08-20", "ZA", "Manto Tshabalala-Msimang"},
	{"Manto Tshabalala-Msimang recommended garlic and beetroot.", "2010-08-20", "", ""},
	{"Motsoaledi announced the ban on sales of alcohol.", "2020-04-01", "ZA", "Motsoaledi"},
	{"Aaron Motsoaledi opened the new clinic.", "2012-11-20", "ZA", "Aaron Motsoaledi"},
	{"Zweli Mkhize announced the new vaccine rules.", "2020-12-18", "ZA", "Zweli Mkhize"},
	{"Mkhize announced the new vaccine rules.", "2020-12-18", "", ""},
	{"Jeff Radebe tabled the new bill.", "2012-03-05", "ZA", "Jeff Radebe"},
	{"Radebe tabled the new bill.", "2012-03-05", "", ""},
	{"Des van Rooyen took over at the Treasury.", "2015-12-11", "ZA", "Des van Rooyen"},
	{"Des van Rooyen took over at the Treasury.", "2019-12-11", "", ""},
	{"Barbara Hogan launched the new treatment plan.", "2009-01-13", "ZA", "Barbara Hogan"},
	{"Hogan launched the new treatment plan.", "2009-01-13", "", ""},
	{"Ronald Lamola opposed the parole application.", "2021-02-10", "ZA", "Ronald Lamola"},
	{"Penuell Maduna announced the new prosecutions unit.", "2001-09-05", "ZA", "Penuell Maduna"},
	{"Charles Nqakula thanked the troops.", "2009-01-20", "ZA", "Charles Nqakula"},
	{"Nosiviwe Mapisa-Nqakula opened the new passport office.", "2007-06-01", "ZA", "Nosiviwe Mapisa-Nqakula"},
	{"Nkosazana Dlamini-Zuma extended the ban on tobacco sales.", "2020-05-23", "ZA", "Nkosazana Dlamini-Zuma"},
}

func TestMinistersINILPKZA(t *testing.T) { runDatedCases(t, inilpkzaCases) }
