package relation

import (
	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/internal/arabic"
)

// entityTokens tokenizes text as the tagger does.
func entityTokens(text string) []entity.Token {
	var out []entity.Token
	for _, t := range arabic.Tokenize(text) {
		out = append(out, entity.Token{Start: int(t.Start), End: int(t.End), Kind: entity.TokenKind(t.Kind)})
	}
	return out
}
