//go:build race

package arabic

// raceEnabled shrinks the timing tests under the race detector, which
// slows everything down about tenfold.
const raceEnabled = true
