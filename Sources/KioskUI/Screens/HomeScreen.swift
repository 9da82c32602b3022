import ProcedureCatalog

/// The first screen: the search box and the ways in as big buttons, the center's address and hotline below.
/// Typing anywhere starts a search.
struct HomeScreen: KioskScreen {
    /// The button the keyboard is on.
    var selected = 0

    /// The buttons, in the order the keyboard moves through them: what each says and does. "Take a queue
    /// number" where the catalog gives the center queues; reading aloud where kiosk.conf gives speech a way
    /// out (last, beside the rating: its key, F9, works from any screen).
    static func choices(_ app: KioskApp, speaking: Bool = false) -> [(label: LocalizedText, action: Action)] {
        var choices: [(label: LocalizedText, action: Action)] = [
            (UIText.searchPlaceholder, .show(.search)),
            (UIText.browseByField, .show(.browse(.field))),
            (CaseUIText.checkCase, .show(.caseEntry)),
            (UIText.browseByAgency, .show(.browse(.agency))),
            (UIText.featured, .show(.featured)),
            (UIText.browseByLevel, .show(.browse(.level))),
        ]
        if !app.queueLines.isEmpty { choices.append((QueueUIText.takeNumber, .show(.queue))) }
        choices.append((RatingUIText.rateService, .show(.rateStart)))
        if app.speechAvailable { choices.append((speaking ? SpeechUIText.tileOff : SpeechUIText.tileOn, .speech(.toggle))) }
        return choices
    }

    var id: Screen { .home }
    var wrapped: AnyScreen { .home(self) }
    var offersBack: Bool { false }

    func title(_ context: ScreenContext) -> String { UIText.welcome[context.language] }

    /// The tiles, in order; the focus is the one selected.
    func spoken(_ context: ScreenContext) -> String {
        SpeechUIText.choices(Self.choices(context.app, speaking: context.speaking).map { $0.label[context.language] }, context.language)
    }

    func spokenFocus(_ context: ScreenContext) -> [String] {
        let choices = Self.choices(context.app, speaking: context.speaking)
        guard choices.indices.contains(selected) else { return [] }
        return [SpeechUIText.selected(choices[selected].label[context.language], row: selected + 1, of: choices.count,
                                      context.language)]
    }

    func hints(_ context: ScreenContext) -> [Hint] {
        [Hint(letters: UIText.typeToSearch, action: .show(.search)), .select, .open, .language,
         Hint(.function(3), label: UIText.aboutTitle, action: .show(.about))]
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        switch key {
        case .up, .left, .backTab: .move(-1)
        case .down, .right, .tab: .move(1)
        case .enter: .open(selected)
        case .function(3): .show(.about)
        case .character(let c) where !c.isWhitespace: .type(c)  // typing anywhere on home starts a search
        default: nil
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: Self.choices(context.app, speaking: context.speaking).count)
            return .stay
        case .open(let choice):
            let choices = Self.choices(context.app, speaking: context.speaking)
            guard choices.indices.contains(choice) else { return .stay }
            selected = choice
            return Transition(then: choices[choice].action)
        default:
            return nil
        }
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let layout = context.layout
        let language = context.language
        let column = layout.readingColumn
        let h = layout.controlHeight
        let labels = Self.choices(context.app, speaking: context.speaking).map { $0.label[language] }
        func role(_ choice: Int) -> Role { selected == choice ? .selected : .button }
        // The blank rows above and below the search box, where they leave the center's address and hotline (4
        // rows) room under the buttons.
        let rows = labels.count / 2  // the buttons under the search box (all but it), two a row, rounded up
        let gap = !layout.compact && column.height - (h + rows * h + 4) >= 2 ? 1 : 0
        var y = column.y + gap
        canvas.inputBox(Rect(x: column.x, y: y, width: column.width, height: h), text: context.app.glyphs.search + " " + labels[0],
                        textRole: selected == 0 ? .selected : .muted, action: .open(0))
        y += h + gap
        if layout.compact {
            for choice in 1 ..< labels.count {
                canvas.button(Rect(x: column.x, y: y, width: column.width, height: 1), labels[choice],
                              role: role(choice), action: .open(choice))
                y += 1
            }
        } else {
            // Two columns: finding a procedure on the left, the citizen's own case and the common ones right.
            let half = (column.width - 2) / 2
            for choice in 1 ..< labels.count {
                let side = (choice - 1) % 2
                let rect = Rect(x: column.x + side * (half + 2), y: y, width: half, height: h)
                canvas.button(rect, labels[choice], role: role(choice), action: .open(choice))
                if side == 1 || choice == labels.count - 1 { y += h }
            }
        }
        drawCenter(&canvas, context, below: y)
    }

    /// The center's address, hotline and website.
    private func drawCenter(_ canvas: inout Canvas, _ context: ScreenContext, below y: Int) {
        let column = context.layout.readingColumn
        let center = context.app.center
        let language = context.language
        let info = Rect(x: column.x, y: y + 1, width: column.width, height: column.maxY - y - 1)
        var lines: [String] = []
        let address = center.address[language]
        if !address.isEmpty { lines.append(address) }
        var contact: [String] = []
        if !center.hotline.isEmpty { contact.append("\(UIText.hotline[language]): \(center.hotline)") }
        if !center.website.isEmpty { contact.append(center.website) }
        if !contact.isEmpty { lines.append(contact.joined(separator: " · ")) }
        canvas.paragraphs(lines.map { ($0, .muted) }, in: info)
    }
}
