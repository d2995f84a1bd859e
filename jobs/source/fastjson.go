package source

import (
	"unicode/utf8"
)

// decodeArticleFast decodes a JSONL line into j as json.Unmarshal does, for
// the lines feeds are made of: one object whose keys are exactly "id",
// "date", "text", "title", "source" or "url", each at most once, with
// string or null values whose escapes are the short ones or \uXXXX outside
// the surrogates. Anything else (another key, a key in other case, a
// repeated key, a number, a nested value, a surrogate escape, a syntax
// error) returns ok false, and the caller asks encoding/json, whose answer
// (and error message) then stands. encoding/json's general decoder took
// most of the scan's time on JSONL inputs.
func decodeArticleFast(raw []byte) (j jsonArticle, ok bool) {
	i := skipSpace(raw, 0)
	if i == len(raw) || raw[i] != '{' {
		return j, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return j, skipSpace(raw, i+1) == len(raw)
	}
	var seen uint8 // the keys met, one bit each
	for {
		if i == len(raw) || raw[i] != '"' {
			return j, false
		}
		end := i + 1
		for end < len(raw) && raw[end] != '"' && raw[end] != '\\' && raw[end] >= 0x20 {
			end++
		}
		if end == len(raw) || raw[end] != '"' {
			return j, false // an escaped or unterminated key
		}
		var field **string
		var bit uint8
		switch string(raw[i+1 : end]) {
		case "id":
			field, bit = &j.ID, 1
		case "date":
			field, bit = &j.Date, 2
		case "text":
			field, bit = &j.Text, 4
		case "title":
			field, bit = &j.Title, 8
		case "source":
			field, bit = &j.Source, 16
		case "url":
			field, bit = &j.URL, 32
		default:
			return j, false
		}
		if seen&bit != 0 {
			return j, false
		}
		seen |= bit
		i = skipSpace(raw, end+1)
		if i == len(raw) || raw[i] != ':' {
			return j, false
		}
		i = skipSpace(raw, i+1)
		switch {
		case i+4 <= len(raw) && string(raw[i:i+4]) == "null":
			i += 4 // the field stays nil, as encoding/json leaves it
		case i < len(raw) && raw[i] == '"':
			s, next, sok := decodeString(raw, i)
			if !sok {
				return j, false
			}
			*field, i = &s, next
		default:
			return j, false
		}
		i = skipSpace(raw, i)
		if i == len(raw) {
			return j, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return j, skipSpace(raw, i+1) == len(raw)
		default:
			return j, false
		}
	}
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
		i++
	}
	return i
}

// decodeString decodes the JSON string that starts at raw[i] (a quote) and
// returns it and the index after its closing quote; ok is false for what
// decodeArticleFast leaves to encoding/json: a control character, a bad
// escape, a surrogate escape, invalid UTF-8 or no closing quote.
func decodeString(raw []byte, i int) (s string, next int, ok bool) {
	start := i + 1
	k := start
	for k < len(raw) && raw[k] != '"' && raw[k] != '\\' && raw[k] >= 0x20 {
		k++
	}
	if k < len(raw) && raw[k] == '"' {
		if !utf8.Valid(raw[start:k]) {
			return "", 0, false
		}
		return string(raw[start:k]), k + 1, true
	}
	buf := make([]byte, 0, k-start+64)
	buf = append(buf, raw[start:k]...)
	for k < len(raw) {
		c := raw[k]
		switch {
		case c == '"':
			if !utf8.Valid(buf) {
				return "", 0, false
			}
			return string(buf), k + 1, true
		case c < 0x20:
			return "", 0, false
		case c != '\\':
			buf = append(buf, c)
			k++
			continue
		}
		if k+1 == len(raw) {
			return "", 0, false
		}
		switch e := raw[k+1]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			if k+6 > len(raw) {
				return "", 0, false
			}
			r := rune(0)
			for _, h := range raw[k+2 : k+6] {
				switch {
				case '0' <= h && h <= '9':
					r = r<<4 | rune(h-'0')
				case 'a' <= h && h <= 'f':
					r = r<<4 | rune(h-'a'+10)
				case 'A' <= h && h <= 'F':
					r = r<<4 | rune(h-'A'+10)
				default:
					return "", 0, false
				}
			}
			if 0xd800 <= r && r < 0xe000 {
				return "", 0, false
			}
			buf = utf8.AppendRune(buf, r)
			k += 6
			continue
		default:
			return "", 0, false
		}
		k += 2
	}
	return "", 0, false
}
