package entity

import "hash/maphash"

// vocab maps normalized words to token ids (1…n) in flat arrays: the words
// one after the other in a string, their end offsets, and an open-addressing
// table whose slots hold an id and 32 bits of the word's hash, so that a
// probe compares words only when the hashes agree. It costs about 20 bytes
// per word besides the word itself, half a Go map of strings.
type vocab struct {
	seed  maphash.Seed
	words string
	ends  []uint32 // ends[id-1] is the end of word id in words
	slots []uint64 // hash<<32 | id, or 0 for an empty slot
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
	h := maphash.Bytes(v.seed, w)
	fp := h >> 32
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		sl := v.slots[i]
		if sl == 0 {
			return 0
		}
		if sl>>32 == fp && v.word(uint32(sl)) == string(w) {
			return uint32(sl)
		}
	}
}

// size returns the number of words.
func (v *vocab) size() int { return len(v.ends) }

// vocabBuilder grows a vocab while the tagger is compiled: words are
// appended to one buffer and found through the same kind of table, which is
// faster than a Go map of strings at a million words and leaves no garbage
// behind.
type vocabBuilder struct {
	v   vocab
	buf []byte
}

func newVocabBuilder() *vocabBuilder {
	b := &vocabBuilder{v: vocab{seed: maphash.MakeSeed()}}
	b.v.slots = make([]uint64, 1024)
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
	h := maphash.String(b.v.seed, w)
	fp := h >> 32
	i := h & b.v.mask
	for ; ; i = (i + 1) & b.v.mask {
		sl := b.v.slots[i]
		if sl == 0 {
			break
		}
		if sl>>32 == fp && string(b.word(uint32(sl))) == w {
			return uint32(sl)
		}
	}
	b.buf = append(b.buf, w...)
	b.v.ends = append(b.v.ends, uint32(len(b.buf)))
	id := uint32(len(b.v.ends))
	b.v.slots[i] = fp<<32 | uint64(id)
	if 2*len(b.v.ends) > len(b.v.slots) {
		b.grow()
	}
	return id
}

func (b *vocabBuilder) grow() {
	slots := make([]uint64, 2*len(b.v.slots))
	mask := uint64(len(slots) - 1)
	for _, sl := range b.v.slots {
		if sl == 0 {
			continue
		}
		h := maphash.Bytes(b.v.seed, b.word(uint32(sl)))
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = sl
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
