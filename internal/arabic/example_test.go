package arabic_test

import (
	"fmt"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

func Example() {
	text := "وَزيرُ الدفاعِ"
	var n arabic.Normalizer
	n.Normalize(text)
	fmt.Println(string(n.Bytes()))
	start, end := n.Span(0, 8)
	fmt.Println(text[start:end])
	// Output:
	// وزير الدفاع
	// وَزيرُ
}

func ExampleClitics() {
	var n arabic.Normalizer
	n.Normalize("وللصين")
	word := n.Bytes()
	for _, a := range arabic.Clitics(nil, word) {
		fmt.Printf("%q + %s\n", a.Prefix, a.Stem(nil, word))
	}
	// Output:
	// "" + وللصين
	// "و" + للصين
	// "ول" + لصين
	// "ول" + الصين
}

func ExampleTokenizer() {
	text := "قال شويغو، إن التعاون بلغ ٣٫٥ مرات."
	var tok arabic.Tokenizer
	for _, t := range tok.Append(nil, text) {
		fmt.Printf("%s %v\n", text[t.Start:t.End], t.Kind)
	}
	// Output:
	// قال Word
	// شويغو Word
	// ، Punct
	// إن Word
	// التعاون Word
	// بلغ Word
	// ٣٫٥ Number
	// مرات Word
	// . Punct
}
