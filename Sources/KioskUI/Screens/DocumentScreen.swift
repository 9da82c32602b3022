import ProcedureCatalog

/// A screen that is a scrolling text (a procedure, a case): scrolling by line and page, jumping between
/// sections, and the scroll buttons.
protocol DocumentScreen: KioskScreen {
    /// The first line shown.
    var scroll: Int { get set }
    /// With speech on, the paragraph read aloud last (`TextDocument.paragraphs`; their count: the end was
    /// reached); nil before the citizen moves.
    var reading: Int? { get set }
    func document(_ context: ScreenContext) -> TextDocument
    /// Where the text goes: the reading column (`readingRect`), narrower where something stands beside it (a QR
    /// code on a wide screen).
    func documentRect(_ context: ScreenContext) -> Rect
}

extension DocumentScreen {
    /// The reading column, less the scroll bar.
    func readingRect(_ layout: ScreenLayout) -> Rect {
        let column = layout.readingColumn
        let scrollX = layout.body.maxX - ListLayout.scrollWidth
        return Rect(x: column.x, y: column.y, width: min(column.width, scrollX - column.x), height: column.height)
    }

    func documentRect(_ context: ScreenContext) -> Rect { readingRect(context.layout) }

    func maxScroll(_ context: ScreenContext) -> Int {
        max(0, document(context).lines.count - documentRect(context).height)
    }

    func documentAction(for key: Key) -> Action? {
        switch key {
        case .backspace: .back
        case .up: .move(-1)
        case .down, .enter: .move(1)
        case .pageUp: .page(-1)
        case .pageDown, .character(" "): .page(1)
        case .tab: .section(1)
        case .backTab: .section(-1)
        default: nil
        }
    }

    static var documentHints: [Hint] {
        [Hint(.up, .down, label: UIText.scroll, action: .press(.down)), .page,
         Hint(.tab, label: UIText.nextSection, action: .press(.tab))] + Hint.common
    }

    /// Scrolling; nil for any other action. With speech on, the keys move by paragraph and the text follows.
    mutating func documentPerform(_ action: Action, _ context: ScreenContext) -> Transition? {
        if context.speaking, let transition = readingPerform(action, context) { return transition }
        switch action {
        case .move(let delta):
            scroll(to: scroll + delta, context)
        case .page(let delta):
            scroll(to: scroll + delta * max(1, documentRect(context).height - 1), context)
        case .section(let delta):
            let starts = document(context).sectionStarts
            let target = delta > 0 ? starts.first { $0 > scroll } : starts.last { $0 < scroll }
            scroll(to: target ?? (delta > 0 ? Int.max : 0), context)
        default:
            return nil
        }
        return .stay
    }

    /// Speech on: ↑↓ read the paragraph before or after (what is personal is skipped on a hall speaker), Tab a
    /// whole section, a page the first paragraph shown; the text scrolls to what is read.
    private mutating func readingPerform(_ action: Action, _ context: ScreenContext) -> Transition? {
        let document = document(context)
        let readable = document.paragraphs.indices.filter { context.app.speechPrivate || !document.paragraphs[$0].personal }
        guard let first = readable.first else { return nil }
        let next: Int
        switch action {
        case .move(let delta) where delta > 0:
            let current = reading ?? (readable.last { document.paragraphs[$0].firstLine <= scroll } ?? first) - 1
            next = readable.first { $0 > current } ?? document.paragraphs.count
        case .move:
            let current = reading ?? readable.first { document.paragraphs[$0].firstLine >= scroll } ?? first
            next = readable.last { $0 < current } ?? first
        case .section(let delta):
            let current = reading ?? -1
            let sections = readable.filter { document.paragraphs[$0].isSection }
            next = (delta > 0 ? sections.first { $0 > current } : sections.last { $0 < current })
                ?? (delta > 0 ? document.paragraphs.count : first)
        default:
            return nil
        }
        reading = next
        if next < document.paragraphs.count { scroll(to: document.paragraphs[next].firstLine, context) }
        return .stay
    }

    /// What a text says when it opens: what comes before its first section (what is personal only into
    /// headphones), the names of its sections, and how to read on.
    func spokenOpening(_ context: ScreenContext) -> String {
        let language = context.language
        let paragraphs = document(context).paragraphs
        let head = paragraphs.prefix { !$0.isSection }
        var parts = head.filter { context.app.speechPrivate || !$0.personal }.map(\.text)
        if head.contains(where: \.personal), !context.app.speechPrivate { parts.append(SpeechUIText.personalHidden[language]) }
        let sections = paragraphs.filter(\.isSection).map(\.text)
        if !sections.isEmpty { parts.append((language == .vi ? "Các phần: " : "Sections: ") + sections.joined(separator: "; ")) }
        parts.append(SpeechUIText.documentKeys[language])
        return KioskApp.joined(parts)
    }

    /// The paragraph read (a heading with its whole section), or that the end is reached.
    func spokenFocus(_ context: ScreenContext) -> [String] {
        guard let reading else { return [] }
        let document = document(context)
        let paragraphs = document.paragraphs
        guard paragraphs.indices.contains(reading) else { return [SpeechUIText.endOfText[context.language]] }
        let heard = { (index: Int) in context.app.speechPrivate || !paragraphs[index].personal }
        guard paragraphs[reading].isSection else { return [paragraphs[reading].text] }
        let end = paragraphs.indices.first { $0 > reading && paragraphs[$0].isSection } ?? paragraphs.count
        return [KioskApp.joined((reading ..< end).filter(heard).map { paragraphs[$0].text })]
    }

    private mutating func scroll(to line: Int, _ context: ScreenContext) {
        scroll = min(max(0, line), maxScroll(context))
    }

    /// The text from the scroll position, with the scroll buttons on the right.
    func drawDocument(_ canvas: inout Canvas, _ context: ScreenContext) {
        let document = document(context)
        let layout = context.layout
        let area = documentRect(context)
        let maxScroll = max(0, document.lines.count - area.height)
        let top = min(scroll, maxScroll)
        for (row, line) in document.lines.dropFirst(top).prefix(area.height).enumerated() {
            if [.statusGood, .statusWaiting, .statusProblem].contains(line.role) {
                canvas.grid.fill(Rect(x: area.x, y: area.y + row, width: area.width, height: 1), role: line.role)
            }
            canvas.grid.put(line.text, x: area.x + line.indent, y: area.y + row, role: line.role,
                            limit: area.width - line.indent)
        }
        guard document.lines.count > area.height else { return }
        let column = Rect(x: layout.body.maxX - ListLayout.scrollWidth + 1, y: layout.body.y,
                          width: ListLayout.scrollWidth - 1, height: layout.body.height)
        let percent = maxScroll == 0 ? 100 : top * 100 / maxScroll
        canvas.scrollButtons(column, compact: layout.compact, position: "\(percent)%",
                             canGoUp: top > 0, canGoDown: top < maxScroll)
    }
}
