import ProcedureCatalog

/// A guided walk through the real screens: steps of citizen events, each with a caption in both languages and,
/// optionally, text that must be on screen after it.
public struct Tour: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var steps: [TourStep]

    public init(id: String, title: LocalizedText, steps: [TourStep]) {
        self.id = id
        self.title = title
        self.steps = steps
    }
}

public struct TourStep: Sendable, Equatable {
    public var caption: LocalizedText
    public var events: [TourEvent]
    /// Text the screen must show after the step, in the language then on screen.
    public var expect: LocalizedText?

    public init(caption: LocalizedText, events: [TourEvent], expect: LocalizedText? = nil) {
        self.caption = caption
        self.events = events
        self.expect = expect
    }
}

/// What a tour does, in a citizen's terms. Cases are demo cases by their key in demo-cases.yaml.
public enum TourEvent: Sendable, Equatable {
    /// Characters typed on the keyboard.
    case type(String)
    /// A named key.
    case key(TourKey)
    /// A touch on the first place on screen showing this text (in the language on screen).
    case tap(LocalizedText)
    /// A procedure looked up by its code, typed into the search, and opened.
    case open(String)
    /// A demo case's receipt number arriving from the barcode scanner.
    case scan(caseKey: String)
    /// A demo case's receipt number tapped on the on-screen keypad, then OK.
    case keypadReceipt(caseKey: String)
    /// A demo case owner's last 4 ID digits tapped on the keypad, then OK.
    case keypadID(caseKey: String)
    /// Switch to this language (if it is not already on screen).
    case language(Language)
}

/// The keys a tour file may name, by the names it uses (`key: pagedown`); the tour driver maps each to the
/// kiosk's key.
public enum TourKey: String, CaseIterable, Sendable {
    case enter, escape, backspace, tab, backtab, up, down, left, right, pageup, pagedown, home, space, f1, f2
}
