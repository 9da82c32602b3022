import ArgumentParser
import Foundation
import ProcedureCatalog

/// `kiosk queue priorities`: the priority groups of Catalog/queue.yaml, for scripts and the counters' staff.
struct QueuePrioritiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "priorities", abstract: "The priority groups (Catalog/queue.yaml): ids, names in both languages, legal basis.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Print JSON.")
    var json = false

    struct Group: Encodable {
        var id: String
        var name: [String: String]
        var basis: [String: String]
    }

    func run() throws {
        let config = try options.loadConfig()
        let language = options.language(config)
        let groups = try options.loadCatalog(config).priorityGroups
        if json {
            try Output.json(groups.map {
                Group(id: $0.id, name: ["vi": $0.name.vi, "en": $0.name.en], basis: ["vi": $0.basis.vi, "en": $0.basis.en])
            })
            return
        }
        if groups.isEmpty {
            Output.line(language == .vi ? "Danh mục không có nhóm ưu tiên (Catalog/queue.yaml)." : "The catalog has no priority groups (Catalog/queue.yaml).")
        }
        for group in groups { Output.line("\(group.id)\t\(group.name[language])\t\(group.basis[language])") }
    }
}
