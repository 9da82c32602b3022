import Foundation
import Yams

/// Where problems of one catalog file are collected, with the procedure being read.
final class ProblemLog {
    let file: String
    var procedure: String?
    private(set) var problems: [CatalogProblem] = []

    init(file: String) {
        self.file = file
    }

    func report(_ kind: CatalogProblem.Kind, at node: Node?, field: String, fallbackLine: Int? = nil) {
        let line = node?.mark?.line ?? fallbackLine
        problems.append(
            CatalogProblem(
                location: FileLocation(file: file, line: line), procedure: procedure, field: field, kind: kind))
    }
}

/// A YAML mapping read as one catalog record: typed accessors that report what is missing or wrong (with the
/// key path and line) instead of throwing, so that every problem of a file is found in one pass. Scalars are
/// always read as written: `1.001193` stays text, never becomes a floating-point number.
final class YAMLObject {
    let mapping: Node.Mapping
    let path: String
    let log: ProblemLog
    private var read: Set<String> = []
    /// Values by key as written (Yams' own subscript compares resolved tags, which plain keys need not have).
    private var values: [String: Node] = [:]

    init(_ mapping: Node.Mapping, path: String, log: ProblemLog) {
        self.mapping = mapping
        self.path = path
        self.log = log
        for (key, value) in mapping {
            if let name = key.scalar?.string { values[name] = value }
        }
    }

    /// The record at `node`, or nil (reported) when it is not a mapping.
    static func make(_ node: Node, path: String, log: ProblemLog) -> YAMLObject? {
        guard case .mapping(let mapping) = node else {
            log.report(.wrongType(expected: .mapping), at: node, field: path)
            return nil
        }
        return YAMLObject(mapping, path: path, log: log)
    }

    var line: Int? { mapping.mark?.line }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func node(_ key: String) -> Node? {
        read.insert(key)
        guard let value = values[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.isNull { return nil }
        return value
    }

    /// Reports keys that are not part of the format (a typo in a key would otherwise silently drop data).
    func finish() {
        for (key, value) in mapping {
            let name = key.scalar?.string ?? "?"
            if !read.contains(name) {
                log.report(.unknownKey, at: key, field: keyPath(name), fallbackLine: value.mark?.line)
            }
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
    static func scalarText(_ node: Node, field: String, log: ProblemLog) -> String? {
        guard case .scalar(let scalar) = node else {
            log.report(.wrongType(expected: .text), at: node, field: field)
            return nil
        }
        let text = CatalogText.normalized(scalar.string)
        if let bad = CatalogText.firstControlCharacter(text) {
            log.report(.controlCharacter(bad), at: node, field: field)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            log.report(.missing, at: node, field: field)
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
        guard case .scalar(let scalar) = value else {
            log.report(.wrongType(expected: .yesNo), at: value, field: keyPath(key))
            return fallback
        }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.report(.wrongType(expected: .yesNo), at: value, field: keyPath(key))
            return fallback
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool = true) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            log.report(.notAllowed(text, allowed: T.allCases.map(\.rawValue)), at: values[key], field: keyPath(key))
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
    static func localized(_ node: Node, path: String, log: ProblemLog) -> LocalizedText? {
        guard let object = make(node, path: path, log: log) else { return nil }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let value = object.node(language.rawValue) else {
                log.report(.missingTranslation(language), at: nil, field: object.keyPath(language.rawValue),
                           fallbackLine: object.line)
                continue
            }
            texts[language] = scalarText(value, field: object.keyPath(language.rawValue), log: log)
        }
        object.finish()
        guard let vi = texts[.vi], let en = texts[.en] else { return nil }
        return LocalizedText(vi: vi, en: en)
    }

    // MARK: Lists and nested records

    /// The list's items, or nil when absent (reported if required) or not a list.
    func list(_ key: String, required: Bool = true, nonEmpty: Bool = false) -> [(node: Node, path: String)]? {
        guard let value = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard case .sequence(let sequence) = value else {
            log.report(.wrongType(expected: .list), at: value, field: keyPath(key))
            return nil
        }
        if nonEmpty && sequence.isEmpty {
            log.report(.empty, at: value, field: keyPath(key))
            return nil
        }
        return sequence.enumerated().map { ($0.element, "\(keyPath(key))[\($0.offset)]") }
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

extension Node.Scalar {
    /// A YAML null (`~`, `null` or nothing), which the catalog treats as absent.
    var isNull: Bool {
        style == .plain && ["", "~", "null", "Null", "NULL"].contains(string)
    }
}
