package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage:
  kayan tag [flags] [files]          tag documents (stdin when no file)
  kayan eval [flags] -gold FILE...   score the tagger on CoNLL corpora
  kayan gazetteer lint|stats|export [flags] [FILE...]
Run "kayan COMMAND -h" for the flags of a command.
`

// run runs kayan with args (without the program name) and returns the exit
// status: 0 on success, 1 when something failed, 2 on bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "tag":
		return runTag(args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(args[1:], stdout, stderr)
	case "gazetteer":
		return runGazetteer(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "kayan: unknown command %q\n%s", args[0], usage)
	return 2
}
