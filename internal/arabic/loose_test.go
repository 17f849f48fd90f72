package arabic

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func looseKey(word string) string {
	return string(LooseKey(nil, []byte(NormalizeString(word))))
}

func TestLooseKeyEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"g as غ or ج", "شويغو", "شويجو"},
		{"g as غ or ق", "بينغ", "بينق"},
		{"g as ج or ق", "بينج", "بينق"},
		{"g as گ", "گوتيريش", "غوتيريش"},
		{"g as ڨ", "ڨالما", "قالما"},
		{"inner long vowel written or not", "بوتين", "بوتن"},
		{"inner alef written or not", "ماكرون", "مكرون"},
		{"v as ڤ or ف", "ڤلاديمير", "فلاديمير"},
		{"p as پ or ب", "پوتين", "بوتين"},
		{"ch as چ or ج", "چين", "جين"},
		{"doubled letter", "كوللي", "كولي"},
		{"hamza and yeh forms (normalization)", "رئيسي", "رييسي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a, b := looseKey(tt.a), looseKey(tt.b); a != b {
				t.Errorf("LooseKey(%s) = %s, LooseKey(%s) = %s; want equal", tt.a, a, tt.b, b)
			}
		})
	}
}

func TestLooseKeyDifferent(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"k is not g", "كيم", "جيم"},
		{"final vowel kept", "روسيا", "روسي"},
		{"final waw kept", "شويغو", "شويغ"},
		{"first letter kept", "ايران", "يران"},
		{"consonants kept", "ماكرون", "ماركون"},
		{"letters around a dropped vowel are not doubled", "بابا", "با"},
		{"short names", "لي", "شي"},
		{"s and sh", "بوش", "بوس"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a, b := looseKey(tt.a), looseKey(tt.b); a == b {
				t.Errorf("LooseKey(%s) = LooseKey(%s) = %s; want different", tt.a, tt.b, a)
			}
		})
	}
}

func TestLooseKey(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"g folds to ج, inner vowels dropped, final kept", "شويغو", "شجو"},
		{"inner vowels dropped", "بوتين", "بتن"},
		{"ڤ to ف", "ڤيينا", "فنا"},
		{"پ to ب", "پاريس", "برس"},
		{"چ to ج", "چاد", "جد"},
		{"two letters", "لي", "لي"},
		{"one letter", "و", "و"},
		{"empty", "", ""},
		{"latin untouched", "abba", "aba"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, looseKey(tt.word)); diff != "" {
				t.Errorf("LooseKey(%s) (-want +got)\n%s", tt.word, diff)
			}
		})
	}
}
