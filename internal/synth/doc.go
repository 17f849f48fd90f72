// Package synth generates synthetic gazetteers and texts for benchmarks:
// deterministic (same options, same output, on every platform), valid for
// gazetteer.Load, with Arabic-looking names built from three-letter roots
// poured into word patterns (the syllable shapes of Arabic words).
//
// Entries mix the four types (about half people, a fifth places, the rest
// organizations, and one country in a hundred while ISO codes last) with
// names of about 2.5 tokens on average; some have aliases, short aliases,
// positions and wikidata ids. With SharedPrefix, every name starts with the
// same long run of tokens, the worst case for a prefix-tree matcher.
//
//	g := synth.Gazetteer(synth.Options{N: 100_000, Seed: 1})
//	data := synth.AppendJSONL(nil, synth.Options{N: 1_000_000, Seed: 1})
//	text := synth.Text(synth.Entries(synth.Options{N: 1000, Seed: 1}), 10_000, 2)
package synth
