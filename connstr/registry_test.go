package connstr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultValuesMatchTheProse: each row's typed default is what its
// Default text says (the text's first word, read as the option's value),
// and a row whose text names no value has none.
func TestDefaultValuesMatchTheProse(t *testing.T) {
	for s := range OptionSpecs() {
		word := s.Default
		if i := strings.IndexAny(word, " ("); i >= 0 {
			word = word[:i]
		}
		prose, err := NewValue(s.Name, word)
		switch strings.ToLower(word) {
		case "", "none", "the", "server", "driver-defined", "negotiated":
			assert.False(t, s.DefaultValue.IsSet(), "%s: %q names no value, yet DefaultValue is %v", s.Name, s.Default, s.DefaultValue)
			continue
		}
		require.NoError(t, err, "%s: the Default text %q does not start with a value", s.Name, s.Default)
		require.True(t, s.DefaultValue.IsSet(), "%s: Default %q has no DefaultValue", s.Name, s.Default)
		assert.True(t, prose.Equal(s.DefaultValue), "%s: DefaultValue %v, the text says %v", s.Name, s.DefaultValue, prose)
		assert.Equal(t, s.Kind, s.DefaultValue.Kind(), s.Name)
	}
}

// TestRegistryIsReadOnly: the lists handed out are the registry's rows, in
// order, and nothing a caller does to them changes the registry.
func TestRegistryIsReadOnly(t *testing.T) {
	var names []string
	for s := range OptionSpecs() {
		names = append(names, s.Name)
		assert.Same(t, s, LookupOption(s.Name))
	}
	require.Len(t, names, len(registry))
	assert.Equal(t, "appName", names[0])
	n := 0
	for m := range MechanismSpecs() {
		assert.Same(t, m, LookupMechanism(m.Name))
		n++
	}
	assert.Equal(t, len(mechanisms), n)
}
