import ProcedureCatalog

/// A key of the on-screen keypad: the case look-up and the staff PIN work by touch alone.
public enum KeypadKey: Equatable, Sendable {
    case character(Character)
    case erase
    case ok

    /// The receipt number's keys: digits and what a receipt number holds besides.
    static let receipt: [[KeypadKey]] = [
        [.character("1"), .character("2"), .character("3"), .character("H")],
        [.character("4"), .character("5"), .character("6"), .character(".")],
        [.character("7"), .character("8"), .character("9"), .character("-")],
        [.erase, .character("0"), .ok],
    ]
    /// A booking code's keys: digits and the dash (letters from a keyboard or the scanner).
    static let code: [[KeypadKey]] = [
        [.character("1"), .character("2"), .character("3"), .character("-")],
        [.character("4"), .character("5"), .character("6")],
        [.character("7"), .character("8"), .character("9")],
        [.erase, .character("0"), .ok],
    ]
    static let digits: [[KeypadKey]] = [
        [.character("1"), .character("2"), .character("3")],
        [.character("4"), .character("5"), .character("6")],
        [.character("7"), .character("8"), .character("9")],
        [.erase, .character("0"), .ok],
    ]

    func label(_ language: Language, _ glyphs: Glyphs) -> String {
        switch self {
        case .character(let character): String(character)
        case .erase: glyphs.erase
        case .ok: CaseUIText.ok[language]
        }
    }

    /// The physical keyboard on a keypad screen does what the keypad does; `typed` is what the field holds.
    static func action(for key: Key, typed: String, spaces: Bool = false) -> Action? {
        switch key {
        case .character(let c) where !c.isWhitespace || spaces: .keypad(.character(c))
        case .backspace: typed.isEmpty ? .back : .keypad(.erase)
        case .enter: .keypad(.ok)
        default: nil
        }
    }

    /// OK and erase in the footer, then the common keys.
    static let hints = [Hint(.enter, label: CaseUIText.ok, action: .keypad(.ok)),
                        Hint(.backspace, label: CaseUIText.erase, action: .keypad(.erase))] + Hint.common
}

extension Canvas {
    /// Prompt, field, keypad; the message (or the help) beside the keypad, or under it when narrow.
    mutating func keypadForm(_ context: ScreenContext, prompt: String, value: String, keys: [[KeypadKey]],
                             message: CaseMessage?, help: String) {
        let notice = message.map {
            CaseUIText.message($0, hotline: context.app.center.hotline, now: context.now.timeIntervalSince1970, context.language)
        }
        keypadForm(context, prompt: prompt, value: value, keys: keys, notice: notice, help: help)
    }

    /// The form with its notice already in words (nil: the help shows).
    mutating func keypadForm(_ context: ScreenContext, prompt: String, value: String, keys: [[KeypadKey]],
                             notice: String?, help: String) {
        let layout = context.layout
        let language = context.language
        let body = layout.body.inset(x: 1)
        let compact = layout.compact
        var y = body.y
        if !compact {
            y += paragraph(prompt, in: body.rows(0, 2), role: .title)
        }
        let h = layout.controlHeight
        inputBox(Rect(x: body.x, y: y, width: min(body.width, 48), height: h), text: value, textRole: .input,
                 action: nil, caret: true)
        y += h + (compact ? 0 : 1)
        let keyWidth = compact ? 5 : 8
        let columns = keys.map(\.count).max() ?? 3
        let padWidth = columns * keyWidth + (columns - 1)
        for (row, line) in keys.enumerated() {
            var x = body.x
            for key in line {
                let wide = key == .ok && line.count < columns
                let width = wide ? keyWidth * 2 + 1 : keyWidth
                let rect = Rect(x: x, y: y + row * h, width: width, height: h)
                button(rect, key.label(language, context.app.glyphs), role: key == .ok ? .selected : .button, action: .keypad(key))
                x += width + 1
            }
        }
        let padBottom = y + keys.count * h
        let text = notice ?? help
        let role: Role = notice == nil ? .muted : .notice
        let side = Rect(x: body.x + padWidth + 3, y: y, width: body.maxX - body.x - padWidth - 3, height: padBottom - y)
        if side.width >= 24 {
            paragraph(text, in: side, role: role)
        } else {
            paragraph(text, in: Rect(x: body.x, y: padBottom, width: body.width, height: body.maxY - padBottom), role: role)
        }
    }

    /// A box (or a bar in the compact layout) holding the query and its caret, or a placeholder.
    /// `dimmed`: ranges of `text` drawn muted (the words a search left out).
    mutating func inputBox(_ rect: Rect, text: String, textRole: Role, action: Action?, caret: Bool = false,
                           trailing: String = "", dimmed: [Range<String.Index>] = []) {
        grid.fill(rect, role: .input)
        if rect.height >= 3 { grid.box(rect, role: .input) }
        let inner = rect.height >= 3 ? rect.inset(x: 2) : rect.inset(x: 1)
        let y = rect.y + rect.height / 2
        let trailingWidth = trailing.isEmpty ? 0 : DisplayWidth.of(trailing) + 2
        let room = inner.width - trailingWidth - (caret ? 1 : 0)
        if caret && textRole == .muted {  // a placeholder: the caret waits before it
            grid.put(" ", x: inner.x, y: y, role: .cursor)
            grid.put(TextWrap.truncated(text, width: room - 1), x: inner.x + 2, y: y, role: textRole)
        } else if caret {  // while typing, the end of the query stays visible as it grows
            var shown = Substring(text)
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown = shown.dropFirst() }
            let used = grid.put(shown, x: inner.x, y: y, role: textRole, limit: room)
            grid.put(" ", x: inner.x + used, y: y, role: .cursor)
            for range in dimmed where range.lowerBound >= shown.startIndex {
                let x = inner.x + DisplayWidth.of(text[shown.startIndex ..< range.lowerBound])
                grid.restyle(Rect(x: x, y: y, width: DisplayWidth.of(text[range]), height: 1), role: .muted)
            }
        } else {
            grid.put(TextWrap.truncated(text, width: room), x: inner.x, y: y, role: textRole)
        }
        if !trailing.isEmpty {
            grid.put(trailing, x: inner.maxX - DisplayWidth.of(trailing), y: y, role: .muted)
        }
        if let action { tap(rect, action) }
    }
}

extension KioskScreen {
    /// The focus of a keypad form: what was typed, and the message shown.
    func spokenKeypad(_ field: KeypadField, message: CaseMessage?, _ context: ScreenContext) -> [String] {
        let typed = SpeechUIText.typed(field, privately: context.app.speechPrivate, context.language)
        let shown = message.map {
            CaseUIText.message($0, hotline: context.app.center.hotline, now: context.now.timeIntervalSince1970, context.language)
        }
        return [typed] + (shown.map { [$0] } ?? [])
    }
}
