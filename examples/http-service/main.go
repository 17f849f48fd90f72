// Command http-service is a minimal JSON service around kayan:
//
//	go run ./examples/http-service -addr localhost:8080
//	curl -s -d '{"id":"1","text":"زار بوتين الصين"}' localhost:8080/tag
//
// POST /tag takes {"id": "...", "text": "..."} (other fields are returned
// untouched) and answers with the document in the JSON shape of package
// format: entities with byte and code-point offsets, and relations.
package main

import (
	"errors"
	"flag"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/format"
	"github.com/kayan-nlp/kayan/relation"
)

// maxBody is the largest request accepted, in bytes.
const maxBody = 4 << 20

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	flag.Parse()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newHandler(entity.Default(), relation.Default()),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Printf("listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}

// newHandler serves POST /tag. The tagger and extractor are safe for
// concurrent use, so one pair serves all requests.
func newHandler(t *entity.Tagger, x *relation.Extractor) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /tag", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read the request", http.StatusBadRequest)
			return
		}
		id, text, extra, err := format.ParseInput(body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		doc := t.Tag(text)
		out := format.NewDocument(doc, x.Extract(doc))
		out.ID, out.Extra = id, extra
		b, err := out.MarshalJSON()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(append(b, '\n'))
	})
	return mux
}
