import ProcedureCatalog

extension TextDocument {
    /// A procedure's sheet: title, facts, then one section each for channels, documents, steps, who may
    /// apply, result and legal basis.
    init(procedure: Procedure, catalog: Catalog, language: Language, width: Int) {
        self.init(width: width)
        let sheet = ProcedureSheet(procedure, in: catalog, language: language)
        add(sheet.title, role: .title)
        for fact in sheet.facts {
            add("\(fact.label): \(fact.value)", role: .plain, hanging: 2)
        }
        for section in sheet.sections {
            self.section(section.title)
            for line in section.lines {
                let indent = [0, 0, 2, 4][min(line.level, 3)]
                let role: Role = line.level == 1 ? .title : .plain
                let bullet = line.text.hasPrefix("• ") || line.text.first?.isNumber == true ? 2 : 0
                add(line.text, role: role, indent: indent, hanging: bullet)
            }
        }
    }
}
