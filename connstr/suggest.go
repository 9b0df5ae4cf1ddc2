package connstr

import "strings"

// suggestOption returns the registry option a mistyped key most likely
// means, or nil. It knows the names people write by mistake (Mistakes) and
// otherwise picks the closest name by edit distance.
func suggestOption(key string) *OptionSpec {
	lower := strings.ToLower(key)
	var best *OptionSpec
	bestDist := min(len(lower)/4, 3) + 1 // allow about one typo per four letters
	for _, s := range registry {
		if s.Status == StatusRemoved {
			continue
		}
		for _, m := range s.Mistakes {
			if strings.EqualFold(m, key) {
				return s
			}
		}
		try := func(n string) {
			if d := editDistance(lower, strings.ToLower(n), bestDist-1); d < bestDist {
				best, bestDist = s, d
			}
		}
		try(s.Name)
		for _, a := range s.Aliases {
			try(a.Name)
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, or limit+1 when it
// is certainly larger than limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// SuggestOption returns the registry option a mistyped or unknown key most
// likely means, or nil when no name is close enough.
func SuggestOption(key string) *OptionSpec { return suggestOption(key) }
