package main

import "os"

func Example() {
	table(os.Stdout, "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو.")
	// Output:
	// SUBJECT         RELATION       OBJECT      ROLE       TRIGGER
	// Vladimir Putin  MEETS          Xi Jinping  -          التقى
	// Vladimir Putin  POSITION_HELD  Russia      president  الرئيس
	// Xi Jinping      POSITION_HELD  China       president  نظيره
}
