package eval

import (
	"strings"

	"github.com/kayan-nlp/kayan/entity"
)

// Tagger tags a text into a Document; *entity.Tagger is one.
type Tagger interface {
	TagInto(d *entity.Document, text string)
}

// Options configure Evaluate. The zero value is the default.
type Options struct {
	// Types is the type map; nil means DefaultTypeMap.
	Types *TypeMap
	// Document tags each corpus as one text, its sentences separated by
	// line breaks, so that coreference can look back across sentences. By
	// default every sentence is tagged on its own.
	Document bool
	// Top is the number of examples kept in each error list; 0 means 20,
	// negative none.
	Top int
}

// Evaluate tags the sentences of the corpora with t and scores them against
// their gold tags. t is used by one goroutine at a time. opts may be nil.
func Evaluate(t Tagger, corpora []*Corpus, opts *Options) *Result {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Types == nil {
		o.Types = DefaultTypeMap()
	}
	s := &Scorer{Top: o.Top}
	s.Declare(o.Types.Labels()...)
	var files []string
	var issues []Issue
	d := &entity.Document{}
	for _, c := range corpora {
		files = append(files, c.Name)
		issues = append(issues, c.Issues...)
		if o.Document {
			evalDocument(t, d, c, o.Types, s)
			continue
		}
		for _, sent := range c.Sentences {
			text, spans := SentenceText(sent.Tokens)
			t.TagInto(d, text)
			pred, src := MentionChunks(spans, d.Mentions, o.Types)
			score(s, sent, pred, src, o.Types)
		}
	}
	r := s.Result()
	r.Files = files
	r.Issues = issues
	r.TypeMap = o.Types.String()
	return r
}

// evalDocument tags the corpus as one text.
func evalDocument(t Tagger, d *entity.Document, c *Corpus, m *TypeMap, s *Scorer) {
	var b strings.Builder
	var spans []entity.Span
	for i, sent := range c.Sentences {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, tok := range sent.Tokens {
			if j > 0 {
				b.WriteByte(' ')
			}
			spans = append(spans, entity.Span{Start: b.Len(), End: b.Len() + len(tok.Text)})
			b.WriteString(tok.Text)
		}
	}
	t.TagInto(d, b.String())
	cover := coverage(spans, d.Mentions, m)
	off := 0
	for _, sent := range c.Sentences {
		n := len(sent.Tokens)
		pred, src := runs(cover[off:off+n], d.Mentions, m)
		score(s, sent, pred, src, m)
		off += n
	}
}

// score adds a sentence with its predicted chunks to s.
func score(s *Scorer, sent Sentence, pred []Chunk, src []string, m *TypeMap) {
	toks := make([]string, len(sent.Tokens))
	tags := make([]string, len(sent.Tokens))
	for i, t := range sent.Tokens {
		toks[i], tags[i] = t.Text, t.Tag
	}
	gold, ignored := GoldChunks(tags, m)
	s.Add(toks, gold, ignored, pred, src)
}

// GoldChunks returns the chunks of gold tags (see Chunks) with their types
// mapped by m: the scored ones, and the ignored ones with their types as
// written.
func GoldChunks(tags []string, m *TypeMap) (scored, ignored []Chunk) {
	for _, c := range Chunks(tags) {
		if l := m.GoldLabel(c.Type); l != "" {
			c.Type = l
			scored = append(scored, c)
		} else {
			ignored = append(ignored, c)
		}
	}
	return scored, ignored
}

// SentenceText joins tokens with single spaces and returns the text and the
// byte span of every token in it.
func SentenceText(tokens []Token) (string, []entity.Span) {
	var b strings.Builder
	spans := make([]entity.Span, len(tokens))
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		spans[i] = entity.Span{Start: b.Len(), End: b.Len() + len(t.Text)}
		b.WriteString(t.Text)
	}
	return b.String(), spans
}

// MentionChunks maps the top-level mentions of a text onto its tokens,
// whose byte spans are given in order, and returns the chunks of the
// mentions whose type m scores, with their labels and, in parallel, their
// sources. A token is inside a mention when its last byte is (the mention
// covers its stem: والصين is inside الصين). Adjacent mentions give separate
// chunks.
func MentionChunks(spans []entity.Span, mentions []entity.Mention, m *TypeMap) ([]Chunk, []string) {
	return runs(coverage(spans, mentions, m), mentions, m)
}

// coverage returns, for every token, the index of the scored top-level
// mention covering it, or -1.
func coverage(spans []entity.Span, mentions []entity.Mention, m *TypeMap) []int {
	cover := make([]int, len(spans))
	for i := range cover {
		cover[i] = -1
	}
	k := 0 // first token not yet covered
	for mi, mn := range mentions {
		if mn.Nested || m.MentionLabel(mn.Type.String(), mn.Source.String()) == "" {
			continue
		}
		for k < len(spans) && spans[k].End-1 < mn.Start {
			k++
		}
		for i := k; i < len(spans) && spans[i].End-1 < mn.End; i++ {
			if spans[i].End-1 >= mn.Start && cover[i] < 0 {
				cover[i] = mi
			}
		}
	}
	return cover
}

// runs turns a coverage into chunks: runs of tokens covered by the same
// mention, labeled by m.
func runs(cover []int, mentions []entity.Mention, m *TypeMap) ([]Chunk, []string) {
	var chunks []Chunk
	var src []string
	for i := 0; i < len(cover); {
		mi := cover[i]
		if mi < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(cover) && cover[j] == mi {
			j++
		}
		mn := &mentions[mi]
		chunks = append(chunks, Chunk{Type: m.MentionLabel(mn.Type.String(), mn.Source.String()), Start: i, End: j})
		src = append(src, mn.Source.String())
		i = j
	}
	return chunks, src
}
