module github.com/kayan-nlp/kayan

go 1.26.0

require (
	github.com/blevesearch/segment v0.9.1
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.44.0
)
