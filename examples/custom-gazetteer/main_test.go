package main

import (
	"fmt"
	"os"
)

func Example() {
	if err := run(os.Stdout, "أعلنت سلمى حداد، رئيسة شركة النور للنسيج، عن افتتاح مصنع جديد في الإسكندرية."); err != nil {
		fmt.Println(err)
	}
	// Output:
	// PERSON       سلمى حداد            person:salma-haddad
	// ORGANIZATION النور للنسيج         org:nour-textiles
	// LOCATION     الإسكندرية           city:alexandria
}
