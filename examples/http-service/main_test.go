package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/relation"
)

func TestTag(t *testing.T) {
	srv := httptest.NewServer(newHandler(entity.Default(), relation.Default()))
	defer srv.Close()
	tests := []struct {
		name, method, path, body string
		status                   int
		check                    func(t *testing.T, body string)
	}{
		{"tag", "POST", "/tag", `{"id":"7","text":"زار بوتين الصين","src":{"a":1}}`, 200, func(t *testing.T, body string) {
			var d struct {
				ID       string `json:"id"`
				Entities []struct {
					Text, Type string
					CharStart  int `json:"char_start"`
				} `json:"entities"`
				Src map[string]int `json:"src"`
			}
			if err := json.Unmarshal([]byte(body), &d); err != nil {
				t.Fatal(err)
			}
			if d.ID != "7" || len(d.Entities) != 2 || d.Entities[0].Text != "بوتين" || d.Entities[0].CharStart != 4 ||
				d.Entities[1].Type != "COUNTRY" || d.Src["a"] != 1 {
				t.Errorf("response %s", body)
			}
		}},
		{"no text", "POST", "/tag", `{"id":"7"}`, 400, nil},
		{"not json", "POST", "/tag", `زار بوتين`, 400, nil},
		{"too large", "POST", "/tag", `{"text":"` + strings.Repeat("ب", maxBody) + `"}`, 413, nil},
		{"GET", "GET", "/tag", "", 405, nil},
		{"unknown path", "POST", "/nope", "{}", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if tt.status == 200 && !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("Content-Type %q", resp.Header.Get("Content-Type"))
			}
			if tt.check != nil {
				tt.check(t, string(b))
			}
		})
	}
}
