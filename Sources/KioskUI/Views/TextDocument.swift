/// Text wrapped to a width for a screen that scrolls (a procedure, a case): styled lines, and where each
/// section starts (Tab jumps between them).
struct TextDocument {
    struct Line {
        var text: Substring
        var role: Role
        var indent: Int
    }

    /// A unit of reading aloud: one heading, fact or bullet as it was added, whatever its wrapping.
    struct Paragraph: Equatable {
        var firstLine: Int
        var text: String
        var isSection: Bool
        /// The owner's name, an address: shown, but said only into headphones.
        var personal: Bool
    }

    let width: Int
    private(set) var lines: [Line] = []
    private(set) var sectionStarts: [Int] = []
    private(set) var paragraphs: [Paragraph] = []

    init(width: Int) {
        self.width = width
    }

    /// A blank line, then a section heading.
    mutating func section(_ title: String) {
        if !lines.isEmpty { blank() }
        sectionStarts.append(lines.count)
        paragraphs.append(Paragraph(firstLine: lines.count, text: title, isSection: true, personal: false))
        wrap("■ " + title, role: .section)
    }

    mutating func blank() {
        lines.append(Line(text: "", role: .plain, indent: 0))
    }

    /// Adds text wrapped to the width after `indent`; continuation lines go `hanging` further in, so that the
    /// text of a bullet lines up under itself.
    mutating func add(_ text: String, role: Role, indent: Int = 0, hanging: Int = 0, personal: Bool = false) {
        paragraphs.append(Paragraph(firstLine: lines.count, text: text, isSection: false, personal: personal))
        wrap(text, role: role, indent: indent, hanging: hanging)
    }

    private mutating func wrap(_ text: String, role: Role, indent: Int = 0, hanging: Int = 0) {
        let first = TextWrap.lines(text, width: max(1, width - indent))
        guard let head = first.first else { return }
        lines.append(Line(text: head, role: role, indent: indent))
        let rest = text[head.endIndex...].drop { $0 == " " || $0 == "\n" }
        guard !rest.isEmpty else { return }
        for line in TextWrap.lines(rest, width: max(1, width - indent - hanging)) {
            lines.append(Line(text: line, role: role, indent: indent + hanging))
        }
    }

    /// A line filled across the width with a role (a coloured band), its text wrapped inside.
    mutating func band(_ text: String, role: Role) {
        paragraphs.append(Paragraph(firstLine: lines.count, text: text, isSection: false, personal: false))
        for line in TextWrap.lines(" " + text, width: width) {
            lines.append(Line(text: line, role: role, indent: 0))
        }
    }
}
