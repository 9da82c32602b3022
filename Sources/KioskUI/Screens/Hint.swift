import ProcedureCatalog

/// One label of the footer: the keys, named by their own labels (`Key.label`), what they do, and the action a
/// touch on the label does (the same).
struct Hint {
    enum Keys {
        case keys([Key])
        /// Any letter: typing starts a search.
        case letters
    }

    var keys: Keys
    var label: LocalizedText
    var action: Action

    init(_ keys: Key..., label: LocalizedText, action: Action) {
        self.keys = .keys(keys)
        self.label = label
        self.action = action
    }

    init(letters label: LocalizedText, action: Action) {
        keys = .letters
        self.label = label
        self.action = action
    }

    /// "↑↓", "Enter", "A–Z", in the terminal's glyphs.
    func keyText(_ glyphs: Glyphs) -> String {
        switch keys {
        case .keys(let keys): keys.map(glyphs.label).joined()
        case .letters: "A–Z"
        }
    }

    static let select = Hint(.up, .down, label: UIText.select, action: .press(.down))
    static let open = Hint(.enter, label: UIText.open, action: .press(.enter))
    static let page = Hint(.pageDown, label: UIText.pageLabel, action: .press(.pageDown))
    static let language = Hint(.function(2), label: UIText.otherLanguage, action: .toggleLanguage)
    /// What every screen but home ends its footer with.
    static let common = [
        Hint(.escape, label: UIText.back, action: .back),
        Hint(.function(1), label: UIText.home, action: .home),
        language,
    ]
}
