package entity

import "hash/maphash"

// vocab maps normalized words to token ids (1…n) in flat arrays: the words
// one after the other in a string, their end offsets, and an open-addressing
// table of ids. It costs about 12 bytes per word besides the word itself,
// a quarter of a Go map of strings.
type vocab struct {
	seed  maphash.Seed
	words string
	ends  []uint32 // ends[id-1] is the end of word id in words
	slots []uint32 // id, or 0 for an empty slot
	mask  uint64
}

// newVocab builds the table from a map of words to ids 1…len(m).
func newVocab(m map[string]uint32) vocab {
	v := vocab{seed: maphash.MakeSeed()}
	n := len(m)
	byID := make([]string, n+1)
	for w, id := range m {
		byID[id] = w
	}
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	v.slots = make([]uint32, size)
	v.mask = uint64(size - 1)
	v.ends = make([]uint32, n)
	total := 0
	for _, w := range byID[1:] {
		total += len(w)
	}
	b := make([]byte, 0, total)
	for id := 1; id <= n; id++ {
		b = append(b, byID[id]...)
		v.ends[id-1] = uint32(len(b))
	}
	v.words = string(b)
	for id := 1; id <= n; id++ {
		h := maphash.String(v.seed, byID[id]) & v.mask
		for v.slots[h] != 0 {
			h = (h + 1) & v.mask
		}
		v.slots[h] = uint32(id)
	}
	return v
}

func (v *vocab) word(id uint32) string {
	start := uint32(0)
	if id > 1 {
		start = v.ends[id-2]
	}
	return v.words[start:v.ends[id-1]]
}

// get returns the id of a word, or 0.
func (v *vocab) get(w []byte) uint32 {
	if len(v.slots) == 0 {
		return 0
	}
	h := maphash.Bytes(v.seed, w) & v.mask
	for {
		id := v.slots[h]
		if id == 0 || v.word(id) == string(w) {
			return id
		}
		h = (h + 1) & v.mask
	}
}

// getString is get for a string.
func (v *vocab) getString(w string) uint32 {
	if len(v.slots) == 0 {
		return 0
	}
	h := maphash.String(v.seed, w) & v.mask
	for {
		id := v.slots[h]
		if id == 0 || v.word(id) == w {
			return id
		}
		h = (h + 1) & v.mask
	}
}

// size returns the number of words.
func (v *vocab) size() int { return len(v.ends) }
