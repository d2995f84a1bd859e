package main

// fipsToISO maps the Factbook's file codes (FIPS 10-4 / GEC) to ISO 3166-1
// alpha-2 for the UN member states, the two observer states and Taiwan.
var fipsToISO = map[string]string{
	// Africa
	"ag": "DZ", "ao": "AO", "bc": "BW", "bn": "BJ", "by": "BI", "cd": "TD", "cf": "CG", "cg": "CD",
	"cm": "CM", "cn": "KM", "ct": "CF", "cv": "CV", "dj": "DJ", "eg": "EG", "ek": "GQ", "er": "ER",
	"et": "ET", "ga": "GM", "gb": "GA", "gh": "GH", "gv": "GN", "iv": "CI", "ke": "KE", "li": "LR",
	"lt": "LS", "ly": "LY", "ma": "MG", "mi": "MW", "ml": "ML", "mo": "MA", "mp": "MU", "mr": "MR",
	"mz": "MZ", "ng": "NE", "ni": "NG", "od": "SS", "pu": "GW", "rw": "RW", "se": "SC", "sf": "ZA",
	"sg": "SN", "sl": "SL", "so": "SO", "su": "SD", "to": "TG", "tp": "ST", "ts": "TN", "tz": "TZ",
	"ug": "UG", "uv": "BF", "wa": "NA", "wz": "SZ", "za": "ZM", "zi": "ZW",
	// Australia and Oceania
	"as": "AU", "bp": "SB", "fj": "FJ", "fm": "FM", "kr": "KI", "nh": "VU", "nr": "NR", "nz": "NZ",
	"ps": "PW", "rm": "MH", "tn": "TO", "tv": "TV", "ws": "WS", "pp": "PG",
	// Central America and the Caribbean
	"ac": "AG", "bb": "BB", "bf": "BS", "bh": "BZ", "cs": "CR", "cu": "CU", "do": "DM", "dr": "DO",
	"es": "SV", "gj": "GD", "gt": "GT", "ha": "HT", "ho": "HN", "jm": "JM", "nu": "NI", "pm": "PA",
	"sc": "KN", "st": "LC", "td": "TT", "vc": "VC",
	// Central Asia
	"aj": "AZ", "am": "AM", "gg": "GE", "kg": "KG", "kz": "KZ", "rs": "RU", "ti": "TJ", "tx": "TM", "uz": "UZ",
	// East and Southeast Asia
	"bm": "MM", "bx": "BN", "cb": "KH", "ch": "CN", "id": "ID", "ja": "JP", "kn": "KP", "ks": "KR",
	"la": "LA", "mg": "MN", "my": "MY", "rp": "PH", "sn": "SG", "th": "TH", "tt": "TL", "tw": "TW", "vm": "VN",
	// Europe
	"al": "AL", "an": "AD", "au": "AT", "be": "BE", "bk": "BA", "bo": "BY", "bu": "BG", "cy": "CY",
	"da": "DK", "ei": "IE", "en": "EE", "ez": "CZ", "fi": "FI", "fr": "FR", "gm": "DE", "gr": "GR",
	"hr": "HR", "hu": "HU", "ic": "IS", "it": "IT", "lg": "LV", "lh": "LT", "lo": "SK", "ls": "LI",
	"lu": "LU", "md": "MD", "mj": "ME", "mk": "MK", "mn": "MC", "mt": "MT", "nl": "NL", "no": "NO",
	"pl": "PL", "po": "PT", "ri": "RS", "ro": "RO", "si": "SI", "sm": "SM", "sp": "ES", "sw": "SE",
	"sz": "CH", "uk": "GB", "up": "UA", "vt": "VA",
	// Middle East
	"ae": "AE", "ba": "BH", "ir": "IR", "is": "IL", "iz": "IQ", "jo": "JO", "ku": "KW", "le": "LB",
	"mu": "OM", "qa": "QA", "sa": "SA", "sy": "SY", "tu": "TR", "ym": "YE",
	// North America
	"ca": "CA", "mx": "MX", "us": "US",
	// South America
	"ar": "AR", "bl": "BO", "br": "BR", "ci": "CL", "co": "CO", "ec": "EC", "gy": "GY", "ns": "SR",
	"pa": "PY", "pe": "PE", "uy": "UY", "ve": "VE",
	// South Asia
	"af": "AF", "bg": "BD", "bt": "BT", "ce": "LK", "in": "IN", "mv": "MV", "np": "NP", "pk": "PK",
}

// memberIDs lists the 193 UN member states, the observer states (VA, PS) and
// Taiwan, the countries the default registry covers.
var memberIDs = []string{
	"AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF",
	"BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG",
	"CH", "CI", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO",
	"DZ", "EC", "EE", "EG", "ER", "ES", "ET", "FI", "FJ", "FM", "FR", "GA", "GB", "GD", "GE", "GH",
	"GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ",
	"IR", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KZ",
	"LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG",
	"MH", "MK", "ML", "MM", "MN", "MR", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NE", "NG",
	"NI", "NL", "NO", "NP", "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PT", "PW", "PY",
	"QA", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SI", "SK", "SL", "SM", "SN",
	"SO", "SR", "SS", "ST", "SV", "SY", "SZ", "TD", "TG", "TH", "TJ", "TL", "TM", "TN", "TO", "TR",
	"TT", "TV", "TZ", "UA", "UG", "US", "UY", "UZ", "VC", "VE", "VN", "VU", "WS", "YE", "ZA", "ZM",
	"ZW",
	"VA", "PS", // observer states
	"TW",
}
