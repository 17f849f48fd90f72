package eval_test

import (
	"fmt"

	"github.com/kayan-nlp/kayan/eval"
)

// Chunks reads IOB tags as conlleval does: an I- after O starts a chunk.
func ExampleChunks() {
	tags := []string{"B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "O"}
	for _, c := range eval.Chunks(tags) {
		fmt.Println(c.Type, c.Start, c.End)
	}
	// Output:
	// PERS 0 2
	// LOC 3 4
	// LOC 4 5
}
