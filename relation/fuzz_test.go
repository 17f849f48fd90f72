package relation

import (
	"fmt"
	"testing"

	"github.com/kayan-nlp/kayan/entity"
)

// checkRelations verifies the contract of every relation of doc.
func checkRelations(doc *entity.Document, rels []Relation) error {
	for _, r := range rels {
		if r.Subject < 0 || r.Subject >= len(doc.Mentions) || r.Object < 0 || r.Object >= len(doc.Mentions) {
			return fmt.Errorf("%+v: mention index out of range (%d mentions)", r, len(doc.Mentions))
		}
		if r.Subject == r.Object {
			return fmt.Errorf("%+v: reflexive", r)
		}
		for _, sp := range []entity.Span{r.Trigger, r.Evidence} {
			if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
				return fmt.Errorf("%+v: span %v outside the text (%d bytes)", r, sp, len(doc.Text))
			}
		}
		if r.Trigger.Start < r.Evidence.Start || r.Trigger.End > r.Evidence.End {
			return fmt.Errorf("%+v: trigger outside its evidence", r)
		}
		if r.Type == "" || r.Rule == "" {
			return fmt.Errorf("%+v: no type or rule", r)
		}
	}
	return nil
}

// FuzzExtract runs the default extractor on the tagger's reading of
// arbitrary text, and on arbitrary (possibly malformed) mentions and tokens
// built from spec.
func FuzzExtract(f *testing.F) {
	f.Add("عقد وزيرا الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو، محادثات.", []byte{0, 5, 20, 1, 9, 30, 2, 2})
	f.Add("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين.", []byte{255, 255, 255, 255})
	f.Add("لم يلتق الرئيس الأمريكي جو بايدن بالرئيس الصيني شي جين بينغ.\nوزارة الدفاع الروسية", []byte{})
	f.Add("ﻻ \xff\xfe تعاون بين إيران والعراق، ومع", []byte{3, 7, 1, 0, 8, 12, 3, 9})
	x := Default()
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		doc := entity.Default().Tag(text)
		if err := checkRelations(doc, x.Extract(doc)); err != nil {
			t.Fatalf("tagged text %q: %v", text, err)
		}
		// Arbitrary mentions: 4 bytes each, offsets possibly out of
		// range, types possibly invalid, in any order.
		d := &entity.Document{Text: text}
		n := len(text) + 3
		for i := 0; i+4 <= len(spec); i += 4 {
			s := int(spec[i])*7%n - 1
			e := s + int(spec[i+1])%40 - 2
			d.Mentions = append(d.Mentions, entity.Mention{
				Start: s, End: e, Type: entity.Type(spec[i+2] % 7), Nested: spec[i+3]&1 != 0,
				ID: fmt.Sprintf("x:%d", spec[i+3]%5), Country: []string{"", "RU", "CN"}[spec[i+3]%3],
			})
		}
		if len(spec)%2 == 1 {
			d.Tokens = doc.Tokens // the tagger's tokens with foreign mentions
			d.Sentences = doc.Sentences
		} else if len(spec) > 8 {
			d.Tokens = []entity.Token{{Start: int(spec[0]), End: int(spec[1]), Kind: entity.WordToken}}
			d.Sentences = []entity.Span{{Start: int(spec[2]), End: int(spec[3])}}
		}
		if err := checkRelations(d, x.Extract(d)); err != nil {
			t.Fatalf("text %q mentions %+v: %v", text, d.Mentions, err)
		}
	})
}
