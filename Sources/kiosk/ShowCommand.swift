import ArgumentParser
import ProcedureCatalog

/// `kiosk show CODE`: a whole procedure as a citizen reads it at the kiosk.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a procedure by its full code or national part (e.g. 1.001193)."
    )

    @Argument(help: "The procedure code, e.g. 1.001193.000.00.00.H08 or 1.001193.")
    var code: String

    @Flag(name: .long, help: "Print the whole record as JSON, in both languages.")
    var json = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        let config = try options.loadConfig()
        let catalog = try options.loadCatalog(config)
        let language = options.language(config)
        let found = catalog.procedures(matchingCode: code)
        guard let procedure = found.first else {
            Output.error(language == .vi ? "Không có thủ tục mã “\(code)”." : "No procedure has the code “\(code)”.")
            throw ExitCode(1)
        }
        if found.count > 1 {
            Output.error(language == .vi
                ? "Có \(found.count) thủ tục mang mã \(code); hiển thị thủ tục đầu tiên, dùng mã đầy đủ để chọn:"
                : "\(found.count) procedures share \(code); showing the first, give the full code to choose:")
            for other in found { Output.error("  \(other.code)  \(other.name[language])") }
        }
        if json {
            try Output.json(procedure)
            return
        }
        Output.line(SheetText(ProcedureSheet(procedure, in: catalog, language: language)).text)
    }
}

/// A procedure sheet as plain text for a terminal or a file.
struct SheetText {
    let text: String

    init(_ sheet: ProcedureSheet) {
        var lines = [sheet.title, String(repeating: "=", count: min(sheet.title.count, 78))]
        for fact in sheet.facts { lines.append("\(fact.label): \(fact.value)") }
        for section in sheet.sections {
            lines.append("")
            lines.append(section.title)
            lines.append(String(repeating: "-", count: min(section.title.count, 78)))
            for line in section.lines {
                lines.append(String(repeating: "  ", count: max(0, line.level - 1)) + line.text)
            }
        }
        text = lines.joined(separator: "\n")
    }
}
