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

// vocabBuilder grows a vocab while the tagger is compiled: words are
// appended to one buffer and found through an open-addressing table, which
// is faster than a Go map of strings at a million words and leaves no
// garbage behind.
type vocabBuilder struct {
	v   vocab
	buf []byte
}

func newVocabBuilder() *vocabBuilder {
	b := &vocabBuilder{v: vocab{seed: maphash.MakeSeed()}}
	b.v.slots = make([]uint32, 1024)
	b.v.mask = 1023
	return b
}

// word returns word id while building.
func (b *vocabBuilder) word(id uint32) []byte {
	start := uint32(0)
	if id > 1 {
		start = b.v.ends[id-2]
	}
	return b.buf[start:b.v.ends[id-1]]
}

// id returns the id of w, adding it when it is new.
func (b *vocabBuilder) id(w string) uint32 {
	h := maphash.String(b.v.seed, w) & b.v.mask
	for {
		id := b.v.slots[h]
		if id == 0 {
			break
		}
		if string(b.word(id)) == w {
			return id
		}
		h = (h + 1) & b.v.mask
	}
	b.buf = append(b.buf, w...)
	b.v.ends = append(b.v.ends, uint32(len(b.buf)))
	id := uint32(len(b.v.ends))
	b.v.slots[h] = id
	if 2*len(b.v.ends) > len(b.v.slots) {
		b.grow()
	}
	return id
}

func (b *vocabBuilder) grow() {
	slots := make([]uint32, 2*len(b.v.slots))
	mask := uint64(len(slots) - 1)
	for id := uint32(1); id <= uint32(len(b.v.ends)); id++ {
		h := maphash.Bytes(b.v.seed, b.word(id)) & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = id
	}
	b.v.slots, b.v.mask = slots, mask
}

// size returns the number of words so far.
func (b *vocabBuilder) size() int { return len(b.v.ends) }

// finish returns the vocab; the builder must not be used afterwards.
func (b *vocabBuilder) finish() vocab {
	b.v.words = string(b.buf)
	b.v.ends = append([]uint32(nil), b.v.ends...)
	return b.v
}
