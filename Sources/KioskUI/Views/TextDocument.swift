/// Text wrapped to a width for a screen that scrolls (a procedure, a case): styled lines, and where each
/// section starts (Tab jumps between them).
struct TextDocument {
    struct Line {
        var text: Substring
        var role: Role
        var indent: Int
    }

    let width: Int
    private(set) var lines: [Line] = []
    private(set) var sectionStarts: [Int] = []

    init(width: Int) {
        self.width = width
    }

    /// A blank line, then a section heading.
    mutating func section(_ title: String) {
        if !lines.isEmpty { blank() }
        sectionStarts.append(lines.count)
        add("■ " + title, role: .section)
    }

    mutating func blank() {
        lines.append(Line(text: "", role: .plain, indent: 0))
    }

    /// Adds text wrapped to the width after `indent`; continuation lines go `hanging` further in, so that the
    /// text of a bullet lines up under itself.
    mutating func add(_ text: String, role: Role, indent: Int = 0, hanging: Int = 0) {
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
        for line in TextWrap.lines(" " + text, width: width) {
            lines.append(Line(text: line, role: role, indent: 0))
        }
    }
}
