import Foundation

/// Where problems of one catalog file are collected, with the procedure being read.
final class ProblemLog {
    let file: String
    var procedure: String?
    /// Inside a record marked `english: missing`: texts may come in Vietnamese only.
    var vietnameseOnly = false
    private(set) var problems: [CatalogProblem] = []

    init(file: String) {
        self.file = file
    }

    func report(_ kind: CatalogProblem.Kind, at node: YAMLNode?, field: String, fallbackLine: Int? = nil) {
        let line = node?.line ?? fallbackLine
        problems.append(
            CatalogProblem(
                location: FileLocation(file: file, line: line), procedure: procedure, field: field, kind: kind))
    }
}

/// A YAML mapping read as one catalog record: typed accessors that report what is missing or wrong (with the
/// key path and line) instead of throwing, so that every problem of a file is found in one pass. Scalars are
/// always read as written: `1.001193` stays text, never becomes a floating-point number.
final class YAMLObject {
    let pairs: [YAMLPair]
    let line: Int?
    let path: String
    let log: ProblemLog
    /// Which keys a reader asked for, by position: the rest are unknown keys. Mappings are small, so looking keys
    /// up in order is quicker than hashing them.
    private var read: [Bool]

    init(_ pairs: [YAMLPair], line: Int?, path: String, log: ProblemLog) {
        self.pairs = pairs
        self.line = line
        self.path = path
        self.log = log
        read = Array(repeating: false, count: pairs.count)
    }

    /// The record at `node`, or nil (reported) when it is not a mapping.
    static func make(_ node: YAMLNode, path: String, log: ProblemLog) -> YAMLObject? {
        guard case .mapping(let pairs) = node.content else {
            log.report(.wrongType(expected: .mapping), at: node, field: path)
            return nil
        }
        return YAMLObject(pairs, line: node.line, path: path, log: log)
    }

    func keyPath(_ key: String) -> String { Self.keyPath(path, key) }

    static func keyPath(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func node(_ key: String) -> YAMLNode? {
        guard let index = position(of: key) else { return nil }
        read[index] = true
        let value = pairs[index].value
        return value.isNull ? nil : value
    }

    private func position(of key: String) -> Int? {
        pairs.firstIndex { $0.key.scalarText == key }
    }

    /// Reports keys that are not part of the format (a typo in a key would otherwise silently drop data).
    func finish() {
        for (index, pair) in pairs.enumerated() where !read[index] {
            let name = pair.key.scalarText ?? "?"
            log.report(.unknownKey, at: pair.key, field: keyPath(name), fallbackLine: pair.value.line)
        }
    }

    func reportMissing(_ key: String) {
        log.report(.missing, at: nil, field: keyPath(key), fallbackLine: line)
    }

    // MARK: Scalars

    func string(_ key: String, required: Bool = true) -> String? {
        guard let value = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return Self.scalarText(value, field: keyPath(key), log: log)
    }

    /// Text of a scalar node, NFC-normalised and checked for control characters.
    static func scalarText(_ node: YAMLNode, field: String, log: ProblemLog) -> String? {
        guard let written = node.scalarText else {
            log.report(.wrongType(expected: .text), at: node, field: field)
            return nil
        }
        let text = CatalogText.normalized(written)
        if let bad = CatalogText.firstControlCharacter(text) {
            log.report(.controlCharacter(bad), at: node, field: field)
            return nil
        }
        let trimmed = CatalogText.trimmed(text)
        if trimmed.isEmpty {
            log.report(.missing, at: node, field: field)
            return nil
        }
        let limit = CatalogText.lengthLimit(field: field)
        let length = trimmed.unicodeScalars.count
        if length > limit.characters {
            log.report(.tooLong(length: length, limit: limit), at: node, field: field)
            return nil
        }
        return trimmed
    }

    func count(_ key: String, required: Bool = true, default fallback: Int = 0) -> Int? {
        guard let value = node(key) else {
            if required { reportMissing(key) }
            return required ? nil : fallback
        }
        guard let text = Self.scalarText(value, field: keyPath(key), log: log) else { return nil }
        guard let number = Int(text), number >= 0 else {
            log.report(.malformedNumber(text), at: value, field: keyPath(key))
            return nil
        }
        return number
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = node(key) else { return fallback }
        guard let written = value.scalarText else {
            log.report(.wrongType(expected: .yesNo), at: value, field: keyPath(key))
            return fallback
        }
        switch written.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.report(.wrongType(expected: .yesNo), at: value, field: keyPath(key))
            return fallback
        }
    }

    /// `english: missing`, the only value the key takes: the record's texts may be in Vietnamese only. Read first,
    /// so that the record's texts are read accordingly.
    func englishMissing() -> Bool {
        guard let text = string("english", required: false) else { return false }
        guard text == "missing" else {
            log.report(.notAllowed(text, allowed: ["missing"]), at: node("english"), field: keyPath("english"))
            return false
        }
        return true
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool = true) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            log.report(.notAllowed(text, allowed: T.allCases.map(\.rawValue)), at: node(key), field: keyPath(key))
            return nil
        }
        return value
    }

    // MARK: Texts in both languages

    func text(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let value = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return Self.localized(value, path: keyPath(key), log: log)
    }

    /// `{vi: ..., en: ...}`: both are required, since every text a citizen sees exists in both languages.
    static func localized(_ node: YAMLNode, path: String, log: ProblemLog) -> LocalizedText? {
        // Read in place rather than through a YAMLObject: a national catalog holds millions of these.
        guard case .mapping(let pairs) = node.content else {
            log.report(.wrongType(expected: .mapping), at: node, field: path)
            return nil
        }
        func keyPath(_ key: String) -> String { Self.keyPath(path, key) }
        var vi: String?
        var en: String?
        var present = (vi: false, en: false)
        for pair in pairs {
            let key = pair.key.scalarText ?? "?"
            guard let language = Language(rawValue: key) else {
                log.report(.unknownKey, at: pair.key, field: keyPath(key), fallbackLine: pair.value.line)
                continue
            }
            guard !pair.value.isNull else { continue }
            let text = scalarText(pair.value, field: keyPath(key), log: log)
            switch language {
            case .vi: (vi, present.vi) = (text, true)
            case .en: (en, present.en) = (text, true)
            }
        }
        for language in Language.allCases where !(language == .vi ? present.vi : present.en) {
            if language == .en && log.vietnameseOnly { continue }
            log.report(.missingTranslation(language), at: nil, field: keyPath(language.rawValue),
                       fallbackLine: node.line)
        }
        guard let vi else { return nil }
        if !present.en && log.vietnameseOnly { return LocalizedText(vietnameseOnly: vi) }
        guard let en else { return nil }
        return LocalizedText(vi: vi, en: en)
    }

    // MARK: Lists and nested records

    /// The list's items, or nil when absent (reported if required) or not a list.
    func list(_ key: String, required: Bool = true, nonEmpty: Bool = false) -> [(node: YAMLNode, path: String)]? {
        guard let value = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard case .sequence(let sequence) = value.content else {
            log.report(.wrongType(expected: .list), at: value, field: keyPath(key))
            return nil
        }
        if nonEmpty && sequence.isEmpty {
            log.report(.empty, at: value, field: keyPath(key))
            return nil
        }
        return sequence.enumerated().map { ($0.element, "\(keyPath(key))[\($0.offset)]") }
    }

    /// A list of plain strings (not texts in two languages), empty when absent.
    func strings(_ key: String) -> [String]? {
        guard let items = list(key, required: false) else { return node(key) == nil ? [] : nil }
        let strings = items.map { Self.scalarText($0.node, field: $0.path, log: log) }
        return strings.contains(where: { $0 == nil }) ? nil : strings.compactMap { $0 }
    }

    func texts(_ key: String, required: Bool = true, nonEmpty: Bool = true) -> [LocalizedText]? {
        guard let items = list(key, required: required, nonEmpty: nonEmpty) else { return required ? nil : [] }
        let texts = items.map { Self.localized($0.node, path: $0.path, log: log) }
        return texts.contains(where: { $0 == nil }) ? nil : texts.compactMap { $0 }
    }

    /// Reads each item of a list of records with `read`; nil if any item failed (each failure reported).
    func records<T>(_ key: String, required: Bool = true, nonEmpty: Bool = true,
                    _ read: (YAMLObject) -> T?) -> [T]? {
        guard let items = list(key, required: required, nonEmpty: nonEmpty) else { return required ? nil : [] }
        var result: [T] = []
        var failed = false
        for item in items {
            guard let object = YAMLObject.make(item.node, path: item.path, log: log) else {
                failed = true
                continue
            }
            if let value = read(object) { result.append(value) } else { failed = true }
            object.finish()
        }
        return failed ? nil : result
    }

    func record<T>(_ key: String, required: Bool = true, _ read: (YAMLObject) -> T?) -> T? {
        guard let value = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let object = YAMLObject.make(value, path: keyPath(key), log: log) else { return nil }
        defer { object.finish() }
        return read(object)
    }
}
