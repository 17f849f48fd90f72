package main

import "os"

func Example() {
	show(os.Stdout, "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو.")
	// Output:
	// NATIONALITY  الروسي → Russia (country:RU)
	// PERSON       فلاديمير بوتين → Vladimir Putin (person:vladimir-putin)
	// NATIONALITY  الصيني → China (country:CN)
	// PERSON       شي جين بينغ → Xi Jinping (person:xi-jinping)
	// LOCATION     موسكو → Moscow (city:moscow)
	// Vladimir Putin MEETS Xi Jinping
	// Vladimir Putin POSITION_HELD Russia (president)
	// Xi Jinping POSITION_HELD China (president)
}
