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
        if screen.offersBack {
            buttons.append(("← " + UIText.back[language], .back))
            buttons.append((app.glyphs.home + " " + UIText.home[language], .home))
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

    private var title: String { screen.title(context) }

    /// "↑↓ Chọn  Enter Mở …": each label is a button doing what its key does. Labels that do not fit are left
    /// out from the end, so the screen's own keys come first.
    func drawFooter(_ canvas: inout Canvas) {
        let row = layout.footer
        canvas.grid.fill(row, role: .footer)
        var x = row.x + 1
        for hint in screen.hints(context) {
            let label = hint.label[language]
            let keys = hint.keyText(app.glyphs)
            let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label)
            guard x + width <= row.maxX - 1 else { break }
            canvas.grid.put(keys, x: x, y: row.y, role: .footerKey)
            canvas.grid.put(label, x: x + DisplayWidth.of(keys) + 1, y: row.y, role: .footer)
            canvas.tap(Rect(x: x, y: row.y, width: width, height: 1), hint.action)
            x += width + 2
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
}
