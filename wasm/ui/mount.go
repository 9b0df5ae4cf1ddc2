//go:build js && wasm

package ui

import (
	"strconv"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// Inspector is one mounted UI. Its state is the connection string: Decode
// reads it, Encode writes it, Explain reads it; switching views keeps it.
type Inspector struct {
	root     js.Value // the Element or ShadowRoot mounted into
	idPrefix string
	cfg      config

	uri    string
	cs     *connstr.ConnString // r.cs
	r      *reading            // the parse and the one list of findings
	mode   string
	reveal bool // the password (and secret values) shown in clear

	input   el
	status  el
	summary [3]*region // the summary's parts (summaryParts)
	drivers *region    // the driver verdicts, in the slot "slot-drivers"
	folds   folds      // what a person opened in views drawn as markup
	slots   map[string]el
	tabs    map[string]el
	panels  map[string]el
	stale   map[string]bool // views to redraw when next shown

	decode  *decodeView
	encode  *encodeView
	explain *explainView
	diag    *diagnoseView // the pasted error and its diagnosis (diagnose.go)

	// The SRV resolution of resolvedURI, which Explain and the summary use
	// until the string changes.
	resolution  *connstr.Resolution
	resolveErr  error
	resolvedURI string

	cleanup     listeners
	firstParsed bool
}

type config struct {
	mode     string
	resolve  js.Value // the JS API's resolve(uri, opts) -> Promise, or undefined
	onChange js.Value
	doh      []endpoint
}

var mounts int // numbers mounts for unique ids

// narrowScreen is the media query of a phone's width, the one ui.css lays
// the inspector out narrower for.
const narrowScreen = "(max-width: 34rem)"

// Mount renders an inspector into root (an Element or a ShadowRoot), reusing
// any pre-rendered shell elements it finds there (see the package doc).
func Mount(root js.Value, cfg js.Value) *Inspector {
	mounts++
	in := &Inspector{
		root:     root,
		idPrefix: "mu" + strconv.Itoa(mounts) + "-",
		tabs:     map[string]el{},
		panels:   map[string]el{},
		stale:    map[string]bool{},
		folds:    folds{open: map[string]bool{}},
	}
	in.cfg = readConfig(cfg)
	in.folds.narrow = js.Global().Call("matchMedia", narrowScreen).Get("matches").Bool()
	prerendered := in.build()

	uri := value(in.input) // what was typed into the shell before the wasm arrived
	if u := jsString(cfg, "uri"); u != "" && uri == "" {
		uri = u
	}
	if prerendered && uri == "" {
		in.adoptEmptySummary()
	}
	in.setURI(uri, sourceAPI)
	in.SetMode(in.cfg.mode)
	if e := jsString(cfg, "error"); e != "" {
		in.SetError(e)
	}
	return in
}

func readConfig(cfg js.Value) config {
	c := config{mode: ModeDecode}
	if cfg.Type() != js.TypeObject {
		return c
	}
	if m := jsString(cfg, "mode"); validMode(m) {
		c.mode = m
	}
	if f := cfg.Get("resolve"); f.Type() == js.TypeFunction {
		c.resolve = f
	}
	if f := cfg.Get("onChange"); f.Type() == js.TypeFunction {
		c.onChange = f
	}
	if list := cfg.Get("dohEndpoints"); list.Type() == js.TypeObject && list.Get("length").Type() == js.TypeNumber {
		for i := 0; i < list.Length(); i++ {
			e := list.Index(i)
			if u := jsString(e, "url"); u != "" {
				name := jsString(e, "name")
				if name == "" {
					name = u
				}
				c.doh = append(c.doh, endpoint{name: name, url: u})
			}
		}
	}
	return c
}

func validMode(m string) bool {
	return m == ModeDecode || m == ModeEncode || m == ModeExplain
}

// find returns the shell element named name inside the root, if the page
// pre-rendered one.
func (in *Inspector) find(name string) el {
	v := in.root.Call("querySelector", `[data-mu="`+name+`"]`)
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	return wrap(v)
}

// part adopts the shell element named name or creates it under parent.
// Attributes the UI depends on are set either way; the id only when the
// shell gave none.
func (in *Inspector) part(parent js.Value, name, tag string, attrs ...attr) el {
	e := in.find(name)
	if e == nil {
		e = h(tag, a("data-mu", name))
		parent.Call("appendChild", e.Underlying())
	}
	if e.ID() == "" {
		e.SetID(in.uid(name))
	}
	add(e, attrs)
	return e
}

// build adopts or creates the inspector's elements; it reports whether the
// summary came pre-rendered (see adoptEmptySummary).
func (in *Inspector) build() (prerendered bool) {
	app := in.part(in.root, "app", "div", cls("mu"))
	appv := app.Underlying()

	label := in.find("input-label")
	in.input = in.part(appv, "input", "textarea",
		a("spellcheck", "false"), a("autocomplete", "off"), a("autocapitalize", "off"),
		a("rows", "3"), a("class", "mu-input"))
	if label == nil {
		label = h("label", a("data-mu", "input-label"), cls("mu-label"), inputLabel)
		appv.Call("insertBefore", label.Underlying(), in.input.Underlying())
	}
	label.SetAttribute("for", in.input.ID())
	if in.input.GetAttribute("placeholder") == "" {
		in.input.SetAttribute("placeholder", inputPlaceholder)
	}
	in.status = in.part(appv, "status", "p", cls("mu-status"), a("role", "status"), a("aria-live", "polite"))

	tablist := in.part(appv, "tabs", "div", cls("mu-tabs"), a("role", "tablist"), a("aria-label", "View"))
	for _, m := range modes {
		tab := in.part(tablist.Underlying(), "tab-"+m.id, "button", a("type", "button"), a("role", "tab"), cls("mu-tab"))
		if tab.TextContent() == "" {
			tab.SetTextContent(m.label)
		}
		in.tabs[m.id] = tab
		mode := m.id
		in.on(tab, "click", func(event) { in.SetMode(mode) })
		in.on(tab, "keydown", func(ev event) { in.tabKey(ev) })
	}
	prerendered = in.buildSummary(appv)
	in.diag = newDiagnoseView(in)
	for _, m := range modes {
		p := in.part(appv, "panel-"+m.id, "section", cls("mu-panel"), a("role", "tabpanel"),
			a("aria-labelledby", in.tabs[m.id].ID()), a("tabindex", "-1"))
		in.tabs[m.id].SetAttribute("aria-controls", p.ID())
		in.panels[m.id] = p
	}

	// Encode and Explain are built when first shown (see renderView): most
	// visits never open them, and building costs more than drawing.
	in.decode = newDecodeView(in, in.panels[ModeDecode])

	in.on(in.input, "input", func(event) { in.setURI(value(in.input), sourceInput) })
	// One listener for every button drawn as markup (see act.go).
	in.on(app, "click", in.act)
	in.on(app, "change", in.changeAct)
	appv.Call("addEventListener", "toggle", in.toggleFunc(), true) // toggle does not bubble
	return prerendered
}

// buildSummary adopts or creates the summary: it sits between the tabs and
// the views, at the top of every view. Above its body are two slots that
// other parts of the UI fill (a diagnosis of a pasted error, driver
// verdicts); the body is redrawn as markup on every change. It reports
// whether the body's regions came pre-rendered by StaticHTML.
func (in *Inspector) buildSummary(appv js.Value) (prerendered bool) {
	box := in.find("summary")
	if box == nil {
		box = h("section", a("data-mu", "summary"))
		if p := in.find("panel-decode"); p != nil {
			appv.Call("insertBefore", box.Underlying(), p.Underlying())
		} else {
			appv.Call("appendChild", box.Underlying())
		}
	}
	add(box, cls("mu-summary"), a("aria-label", "Summary"))
	in.slots = map[string]el{}
	for _, name := range []string{"slot-diagnosis", "slot-drivers", "summary-body"} {
		e := in.find(name)
		if e == nil {
			e = h("div", a("data-mu", name))
			box.AppendChild(e)
		}
		if name != "summary-body" {
			add(e, cls("mu-slot"))
		}
		in.slots[name] = e
	}
	in.drivers = newRegion(in.slots["slot-drivers"])
	body := in.slots["summary-body"]
	add(body, cls("mu-summary-body"))
	if kids := body.Underlying().Get("children"); kids.Length() == len(in.summary) {
		// Pre-rendered by StaticHTML: adoptEmptySummary says what they hold.
		for i := range in.summary {
			in.summary[i] = newRegion(wrap(kids.Index(i)))
		}
		return true
	}
	clear(body)
	for i := range in.summary {
		e := h("div")
		body.AppendChild(e)
		in.summary[i] = newRegion(e)
	}
	return false
}

// adoptEmptySummary records that the pre-rendered summary regions hold the
// state of an empty string (StaticHTML renders it), so that the first draw
// finds them in place and leaves them alone: the focus on an example button
// survives the hand-over. When a string was pasted before the module
// arrived, the regions are simply drawn, and this reading is not needed.
func (in *Inspector) adoptEmptySummary() {
	initial := read("", false).summaryParts(&folds{open: map[string]bool{}}, in.uid)
	for i, r := range in.summary {
		r.html, r.drawn = initial[i], true
	}
}

// Slot returns the element of the summary named name ("slot-diagnosis" or
// "slot-drivers"), for the parts of the UI that fill it; nil for another name.
func (in *Inspector) Slot(name string) el {
	if name == "summary-body" {
		return nil
	}
	return in.slots[name]
}

// tabKey moves between tabs with the arrow, Home and End keys, as the ARIA
// tabs pattern expects; Tab itself leaves the tab list.
func (in *Inspector) tabKey(ev event) {
	key := ev.Underlying().Get("key").String()
	i := 0
	for j, m := range modes {
		if m.id == in.mode {
			i = j
		}
	}
	switch key {
	case "ArrowRight":
		i = (i + 1) % len(modes)
	case "ArrowLeft":
		i = (i + len(modes) - 1) % len(modes)
	case "Home":
		i = 0
	case "End":
		i = len(modes) - 1
	default:
		return
	}
	ev.PreventDefault()
	in.SetMode(modes[i].id)
	in.tabs[modes[i].id].Focus()
}

// source says where a new string came from, so that the view a person is
// typing into is not rebuilt under their cursor.
type source uint8

const (
	sourceAPI source = iota
	sourceInput
	sourceEncode
	sourceResolve // the same string, now with its SRV resolution
)

func (in *Inspector) setURI(s string, from source) {
	in.uri = s
	if s != in.resolvedURI {
		in.resolution, in.resolveErr, in.resolvedURI = nil, nil, ""
	}
	in.reread()
	if from != sourceInput && value(in.input) != s {
		setValue(in.input, s)
	}
	in.renderStatus()
	in.renderSummary()
	in.diag.render()
	// Only the view on screen is drawn now; the others when shown.
	for _, m := range modes {
		in.stale[m.id] = true
	}
	if from == sourceEncode && in.encode != nil {
		in.stale[ModeEncode] = false
		in.encode.renderResult()
	}
	in.renderView()
	if !in.firstParsed {
		in.firstParsed = true
		// Tests and the site read this mark to measure time to the first
		// rendered parse result.
		js.Global().Get("performance").Call("mark", "mongouri:first-parse")
	}
	in.changed()
}

func (in *Inspector) changed() {
	if in.cfg.onChange.Truthy() {
		in.cfg.onChange.Invoke(in.uri, in.mode)
	}
}

// SetURI replaces the string, as if typed into the input.
func (in *Inspector) SetURI(s string) {
	if s != in.uri {
		in.setURI(s, sourceAPI)
	}
}

// URI returns the current string.
func (in *Inspector) URI() string { return in.uri }

// Mode returns the current view.
func (in *Inspector) Mode() string { return in.mode }

// SetMode switches the view; an unknown mode is ignored.
func (in *Inspector) SetMode(m string) {
	if !validMode(m) {
		return
	}
	changed := in.mode != "" && in.mode != m
	in.mode = m
	for _, x := range modes {
		on := x.id == m
		in.tabs[x.id].SetAttribute("aria-selected", strconv.FormatBool(on))
		if on {
			in.tabs[x.id].SetAttribute("tabindex", "0")
		} else {
			in.tabs[x.id].SetAttribute("tabindex", "-1")
		}
		setHidden(in.panels[x.id], !on)
	}
	in.root.Call("querySelector", ".mu").Get("dataset").Set("mode", m)
	in.renderView()
	if changed {
		in.changed()
	}
}

// reread reads the string again: after it changed, or when the password
// is shown or hidden (the explanation then holds secrets or not).
func (in *Inspector) reread() {
	in.r = read(in.uri, in.reveal, in.resolutionFor(in.uri)...)
	in.cs = in.r.cs
}

// resolutionFor hands Explain the SRV resolution of uri, if there is one.
func (in *Inspector) resolutionFor(uri string) []explain.ExplainOption {
	if in.resolvedURI == "" || in.resolvedURI != uri {
		return nil
	}
	return []explain.ExplainOption{explain.WithResolution(in.resolution, in.resolveErr)}
}

// renderView draws the view on screen if the string changed since it was
// last drawn.
func (in *Inspector) renderView() {
	if !in.stale[in.mode] {
		return
	}
	in.stale[in.mode] = false
	switch in.mode {
	case ModeDecode:
		in.decode.render()
	case ModeEncode:
		if in.encode == nil {
			in.encode = newEncodeView(in, in.panels[ModeEncode])
		}
		in.encode.rebuild()
	case ModeExplain:
		if in.explain == nil {
			in.explain = newExplainView(in, in.panels[ModeExplain])
			in.diag.place(in.panels[ModeExplain])
		}
		in.explain.render()
	}
}

func (in *Inspector) renderStatus() {
	text, state := in.r.verdict()
	in.status.SetTextContent(text)
	in.status.SetAttribute("data-state", state)
}

func (in *Inspector) renderSummary() {
	in.drivers.set(in.r.driversHTML(&in.folds, in.uid))
	for i, p := range in.r.summaryParts(&in.folds, in.uid) {
		in.summary[i].set(p)
	}
}

// Unmount removes the listeners and the inspector's elements, a pre-rendered
// shell included.
func (in *Inspector) Unmount() {
	if in.encode != nil {
		in.encode.hostL.release()
		in.encode.optL.release()
		in.encode.unknownL.release()
		in.encode.propL.release()
	}
	in.cleanup.release()
	if app := in.find("app"); app != nil {
		app.Remove()
	}
}

// MountJS is Mount for js.FuncOf: mount(root, config) returns
// {setURI, setMode, setError, uri, mode, unmount}.
func MountJS(_ js.Value, args []js.Value) any {
	if len(args) == 0 || args[0].Type() != js.TypeObject {
		panic("mount: the first argument must be an Element or a ShadowRoot")
	}
	cfg := js.Undefined()
	if len(args) > 1 {
		cfg = args[1]
	}
	in := Mount(args[0], cfg)
	var funcs []js.Func
	fn := func(f func(args []js.Value) any) js.Func {
		jf := js.FuncOf(func(_ js.Value, args []js.Value) any { return f(args) })
		funcs = append(funcs, jf)
		return jf
	}
	arg := func(args []js.Value) string {
		if len(args) == 0 || args[0].Type() != js.TypeString {
			return ""
		}
		return args[0].String()
	}
	obj := js.Global().Get("Object").New()
	obj.Set("setURI", fn(func(args []js.Value) any { in.SetURI(arg(args)); return nil }))
	obj.Set("setMode", fn(func(args []js.Value) any { in.SetMode(arg(args)); return nil }))
	obj.Set("setError", fn(func(args []js.Value) any { in.SetError(arg(args)); return nil }))
	obj.Set("uri", fn(func([]js.Value) any { return in.URI() }))
	obj.Set("mode", fn(func([]js.Value) any { return in.Mode() }))
	obj.Set("unmount", fn(func([]js.Value) any {
		in.Unmount()
		for _, f := range funcs {
			f.Release()
		}
		return nil
	}))
	return obj
}
