package relation

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// LoadRules reads rules in the JSON Lines format of README.md: one rule (a
// JSON object with the fields of Rule) per line; blank lines and lines whose
// first non-space character is # are skipped; a UTF-8 byte order mark and CR
// before LF are accepted.
//
// Every line is decoded strictly (an unknown field is an error) and checked
// as New would check it, and every problem is reported: the error joins one
// error per bad line, "line N: what is wrong", wrapping ErrSyntax or
// ErrInvalid. A name used twice is an error at its second line. The valid
// rules are returned even when there are errors.
func LoadRules(r io.Reader) ([]Rule, error) {
	return loadRules(r, "line ")
}

// LoadRulesFile is LoadRules on a file; its errors read "path:N: what is
// wrong", and an error opening or reading the file is returned as is.
func LoadRulesFile(path string) ([]Rule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return loadRules(f, path+":")
}

func loadRules(r io.Reader, prefix string) ([]Rule, error) {
	var (
		rules []Rule
		errs  []error
		first = map[string]int{}
	)
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			errs = append(errs, fmt.Errorf("%s%d: %w", prefix, n, err))
			break
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		t := bytes.TrimSpace(line)
		if len(t) > 0 && t[0] != '#' {
			rule, lerr := parseRule(t)
			switch {
			case lerr != nil:
				errs = append(errs, fmt.Errorf("%s%d: %w", prefix, n, lerr))
			case first[rule.Name] > 0:
				errs = append(errs, fmt.Errorf("%s%d: rule %q: %w: duplicate rule name (first at line %d)",
					prefix, n, rule.Name, ErrInvalid, first[rule.Name]))
			default:
				first[rule.Name] = n
				rules = append(rules, rule)
			}
		}
		if err == io.EOF {
			break
		}
	}
	return rules, errors.Join(errs...)
}

// parseRule decodes and checks one line.
func parseRule(line []byte) (Rule, error) {
	var rule Rule
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rule); err != nil {
		var ute *json.UnmarshalTypeError
		switch {
		case errors.As(err, &ute) && ute.Field != "":
			return rule, fmt.Errorf("%w: field %s: want %s", ErrSyntax, ute.Field, ute.Type)
		case isTypeNameError(err):
			var named struct {
				Name string `json:"name"`
			}
			_ = json.Unmarshal(line, &named)
			r := Rule{Name: named.Name}
			return rule, ruleErr(&r, "%w: subject or object: %v", ErrInvalid, err)
		}
		return rule, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if dec.More() {
		return rule, fmt.Errorf("%w: more than one JSON value on the line", ErrSyntax)
	}
	return rule, rule.check()
}

// isTypeNameError reports an unknown mention type name ("PERSN"), which
// entity.Type's UnmarshalText rejects.
func isTypeNameError(err error) bool {
	return bytes.Contains([]byte(err.Error()), []byte("unknown type"))
}
