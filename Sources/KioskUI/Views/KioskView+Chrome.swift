import ProcedureCatalog

/// What surrounds every screen: the header with the center and the clock, the navigation buttons, the footer
/// of keys.
extension KioskView {
    func drawHeader(_ canvas: inout Canvas) {
        let row = layout.header
        canvas.grid.fill(row, role: .header)
        let clock = ClockText.text(state.now, app.timeZone, language, short: layout.compact)
        let clockWidth = DisplayWidth.of(clock)
        canvas.grid.put(clock, x: row.maxX - clockWidth - 1, y: row.y, role: .header)
        let nameWidth = row.width - clockWidth - 4
        canvas.grid.put(TextWrap.truncated(app.center.name[language], width: nameWidth), x: 1, y: row.y, role: .header)
    }

    /// Back, Home and the language switch on the right; the screen's title on the left. Home shows only the
    /// language switch: there is nowhere back to go.
    func drawNav(_ canvas: inout Canvas) {
        let nav = layout.nav
        var buttons: [(String, Action)] = []
        if state.screen != .home {
            buttons.append(("← " + UIText.back[language], .back))
            buttons.append(("⌂ " + UIText.home[language], .home))
        }
        buttons.append((UIText.otherLanguage[language], .toggleLanguage))
        let padding = layout.compact ? 2 : 6
        var x = nav.maxX - 1
        for (label, action) in buttons.reversed() {
            let width = DisplayWidth.of(label) + padding
            x -= width
            canvas.button(Rect(x: x, y: nav.y, width: width, height: nav.height), label, role: .button, action: action)
            x -= 1
        }
        // A title cut to a few letters says nothing: the compact layout then shows the buttons alone.
        let titleWidth = x - 1
        guard titleWidth >= 10 else { return }
        canvas.grid.put(TextWrap.truncated(title, width: titleWidth), x: 1, y: nav.y + nav.height / 2, role: .title)
    }

    private var title: String {
        switch state.screen {
        case .home: UIText.welcome[language]
        case .browse: UIText.browseTitle[language]
        case .group(let group): groupName(group)
        case .featured: UIText.featured[language]
        case .search: UIText.searchTitle[language]
        case .procedure: UIText.procedureTitle[language]
        case .caseEntry: CaseUIText.entryTitle[language]
        case .caseFactor: CaseUIText.factorTitle[language]
        case .caseResult: CaseUIText.resultTitle[language]
        case .staffPIN: CaseUIText.staffTitle[language]
        }
    }

    private func groupName(_ group: ProcedureGroup) -> String {
        switch group {
        case .field(let id): app.catalog.field(id)?.name[language] ?? id
        case .agency(let id): app.catalog.agency(id)?.name[language] ?? id
        case .level(let id): app.catalog.level(id)?.name[language] ?? id
        }
    }

    /// "↑↓ Chọn  Enter Mở …": each label is a button doing what its key does. Labels that do not fit are left
    /// out from the end, so the screen's own keys come first.
    func drawFooter(_ canvas: inout Canvas) {
        let row = layout.footer
        canvas.grid.fill(row, role: .footer)
        var x = row.x + 1
        for hint in hints {
            let label = hint.label[language]
            let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(label)
            guard x + width <= row.maxX - 1 else { break }
            canvas.grid.put(hint.keys, x: x, y: row.y, role: .footerKey)
            canvas.grid.put(label, x: x + DisplayWidth.of(hint.keys) + 1, y: row.y, role: .footer)
            canvas.tap(Rect(x: x, y: row.y, width: width, height: 1), hint.action)
            x += width + 2
        }
    }

    private struct Hint {
        var keys: String
        var label: LocalizedText
        var action: Action
    }

    private var hints: [Hint] {
        let select = Hint(keys: "↑↓", label: UIText.select, action: .press(.down))
        let open = Hint(keys: "Enter", label: UIText.open, action: .press(.enter))
        let page = Hint(keys: "PgDn", label: UIText.pageLabel, action: .press(.pageDown))
        let common = [
            Hint(keys: "Esc", label: UIText.back, action: .back),
            Hint(keys: "F1", label: UIText.home, action: .home),
            Hint(keys: "F2", label: UIText.otherLanguage, action: .toggleLanguage),
        ]
        switch state.screen {
        case .home:
            return [Hint(keys: "A–Z", label: UIText.typeToSearch, action: .startSearch), select, open, common[2]]
        case .browse:
            return [select, open, Hint(keys: "Tab", label: UIText.switchTab, action: .press(.tab)), page] + common
        case .group, .featured:
            return [select, open, page] + common
        case .search:
            return [select, open, Hint(keys: "⌫", label: UIText.erase, action: .erase)] + common
        case .procedure, .caseResult:
            return [Hint(keys: "↑↓", label: UIText.scroll, action: .press(.down)), page,
                    Hint(keys: "Tab", label: UIText.nextSection, action: .press(.tab))] + common
        case .caseEntry, .caseFactor, .staffPIN:
            return [Hint(keys: "Enter", label: CaseUIText.ok, action: .keypadOK),
                    Hint(keys: "⌫", label: CaseUIText.erase, action: .keypadErase)] + common
        }
    }

    /// The idle countdown over the screen; a touch anywhere answers it.
    func drawStillThere(_ canvas: inout Canvas, secondsLeft: Int) {
        let area = canvas.grid.bounds
        let width = min(area.width - 4, 60)
        let text = UIText.stillThere(secondsLeft, language)
        let lines = TextWrap.lines(text, width: width - 4)
        let box = Rect(x: (area.width - width) / 2, y: max(0, (area.height - lines.count - 4) / 2), width: width,
                       height: lines.count + 4)
        canvas.grid.fill(box, role: .selected)
        canvas.grid.box(box, role: .selected)
        for (row, line) in lines.enumerated() {
            canvas.grid.put(line, x: box.x + 2, y: box.y + 2 + row, role: .selected)
        }
        // Over everything: whatever is touched, the touch only says "still here".
        canvas.taps = [TapRegion(rect: area, action: .stillHere)]
    }

    /// Below 40x12 nothing fits: ask, in both languages, for a larger window. It recovers on the next resize.
    func drawTooSmall(_ canvas: inout Canvas) {
        let lines = [UIText.enlarge.vi, UIText.enlarge.en, "≥ \(ScreenLayout.minimum.width)×\(ScreenLayout.minimum.height)"]
        let area = canvas.grid.bounds
        var y = max(0, (area.height - lines.count * 2) / 2)
        for line in lines {
            for part in TextWrap.lines(line, width: area.width) {
                canvas.grid.put(part, x: max(0, (area.width - DisplayWidth.of(part)) / 2), y: y, role: .notice)
                y += 1
            }
        }
    }
}
