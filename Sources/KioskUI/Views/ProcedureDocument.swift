import ProcedureCatalog

/// A procedure's sheet wrapped to a width: the lines the procedure screen scrolls through, and where each
/// section starts (for Tab).
struct ProcedureDocument {
    struct Line {
        var text: Substring
        var role: Role
        var indent: Int
    }

    private(set) var lines: [Line] = []
    private(set) var sectionStarts: [Int] = []

    init(_ procedure: Procedure, catalog: Catalog, language: Language, width: Int) {
        let sheet = ProcedureSheet(procedure, in: catalog, language: language)
        add(sheet.title, role: .title, indent: 0, width: width)
        for fact in sheet.facts {
            add("\(fact.label): \(fact.value)", role: .plain, indent: 0, width: width, hanging: 2)
        }
        for section in sheet.sections {
            lines.append(Line(text: "", role: .plain, indent: 0))
            sectionStarts.append(lines.count)
            add("■ " + section.title, role: .section, indent: 0, width: width)
            for line in section.lines {
                let indent = [0, 0, 2, 4][min(line.level, 3)]
                let role: Role = line.level == 1 ? .title : .plain
                let bullet = line.text.hasPrefix("• ") || line.text.first?.isNumber == true ? 2 : 0
                add(line.text, role: role, indent: indent, width: width, hanging: bullet)
            }
        }
    }

    /// Adds text wrapped to the width after `indent`; continuation lines go `hanging` further in, so that
    /// the text of a bullet lines up under itself.
    private mutating func add(_ text: String, role: Role, indent: Int, width: Int, hanging: Int = 0) {
        let first = TextWrap.lines(text, width: max(1, width - indent))
        guard let head = first.first else { return }
        lines.append(Line(text: head, role: role, indent: indent))
        let rest = text[head.endIndex...].drop { $0 == " " || $0 == "\n" }
        guard !rest.isEmpty else { return }
        let restText = String(rest)
        for line in TextWrap.lines(restText, width: max(1, width - indent - hanging)) {
            lines.append(Line(text: line, role: role, indent: indent + hanging))
        }
    }
}
