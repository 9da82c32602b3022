import Foundation

extension CatalogLoader {
    /// `search.yaml`: no search words when the catalog has none; nil when it has problems (reported).
    static func readSearchWords(_ path: String, problems: inout [CatalogProblem]) -> SearchWords? {
        guard FileManager.default.fileExists(atPath: path) else { return SearchWords.none }
        return readFile(path, problems: &problems) { object in
            var reader = SearchWordsReader(object: object)
            return reader.read()
        } ?? nil
    }
}

/// Reads `search.yaml`, checking that every phrase has a word to compare, that no phrase means two things (in
/// two synonym groups, or everyday and a synonym), and that each group gives the kiosk something to apply.
struct SearchWordsReader {
    let object: YAMLObject
    /// Where each phrase (folded) was first written, and whether as a synonym.
    private var seen: [[String]: (location: FileLocation, group: Int?)] = [:]
    private var failed = false

    init(object: YAMLObject) {
        self.object = object
    }

    mutating func read() -> SearchWords? {
        guard let ignored = everyday("ignored"), let optional = everyday("optional") else { return nil }
        var synonyms: [SynonymGroup] = []
        for item in object.list("synonyms", required: false) ?? [] {
            guard let group = YAMLObject.make(item.node, path: item.path, log: object.log) else {
                failed = true
                continue
            }
            let number = synonyms.count
            let citizensSay = phrases(in: group, "citizens_say", group: number, required: true)
            let catalogSays = phrases(in: group, "catalog_says", group: nil, checkRepeats: false)
            if citizensSay.count == 1 && catalogSays.isEmpty {
                object.log.report(.lonelySynonym, at: item.node, field: item.path)
                failed = true
            }
            synonyms.append(SynonymGroup(citizensSay: citizensSay, catalogSays: catalogSays))
            group.finish()
        }
        return failed ? nil : SearchWords(ignored: ignored, optional: optional, synonyms: synonyms)
    }

    /// A list of everyday words, by language ([] when absent).
    private mutating func everyday(_ key: String) -> [String]? {
        guard let node = object.node(key) else { return [] }
        guard let languages = YAMLObject.make(node, path: key, log: object.log) else { return nil }
        defer { languages.finish() }
        // The languages only group the words for whoever keeps the file: search folds both alike.
        return Language.allCases.flatMap { phrases(in: languages, $0.rawValue, group: nil) }
    }

    /// The phrases of a list, each with a word to compare and written once.
    private mutating func phrases(in object: YAMLObject, _ key: String, group: Int?, required: Bool = false,
                                  checkRepeats: Bool = true) -> [String] {
        guard let items = object.list(key, required: required, nonEmpty: required) else {
            if required || object.node(key) != nil { failed = true }
            return []
        }
        var texts: [String] = []
        for item in items {
            guard let text = YAMLObject.scalarText(item.node, field: item.path, log: object.log) else {
                failed = true
                continue
            }
            let words = VietnameseFolding.words(text)
            let location = FileLocation(file: object.log.file, line: item.node.line)
            if words.isEmpty {
                object.log.report(.noWords(text), at: item.node, field: item.path)
                failed = true
            } else if checkRepeats, let first = seen[words], first.group == nil || first.group != group {
                object.log.report(.duplicate(firstAt: first.location), at: item.node, field: item.path)
                failed = true
            } else if checkRepeats, seen[words] == nil {
                seen[words] = (location, group)
            }
            texts.append(text)
        }
        return texts
    }
}
