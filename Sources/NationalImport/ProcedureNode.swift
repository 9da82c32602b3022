import Yams

/// Builds the YAML of a procedure record as the catalog's format writes it (docs/catalog.md), one key at a
/// time in the order a person reads the file.
struct ProcedureNode {
    private(set) var pairs: [(key: String, value: Node)] = []

    mutating func set(_ key: String, _ value: Node?) {
        guard let value else { return }
        pairs.append((key, value))
    }

    /// Text as written; quoted where YAML would read it as something else (codes, numbers, addresses).
    static func scalar(_ text: String, quoted: Bool = false) -> Node {
        Node(text, .implicit, quoted ? .doubleQuoted : .any)
    }

    /// A text the national record gives in Vietnamese: `{vi: …}`; the English is the operator's to add.
    static func vietnamese(_ text: String?) -> Node? {
        guard let text else { return nil }
        return Node([(Node("vi"), scalar(text))])
    }

    static func flag(_ value: Bool) -> Node { Node(value ? "true" : "false") }

    static func list(_ items: [String]) -> Node {
        Node(items.map { scalar($0) }, .implicit, .flow)
    }

    var mapping: Node.Mapping { Node.Mapping(pairs.map { (Node($0.key), $0.value) }) }

    /// A procedure file: its header comment, then the record as YAML with Unicode as written (Vietnamese, not
    /// escapes) and no folding of long names.
    static func file(_ record: Node.Mapping, header: String) -> String {
        header + ((try? Yams.serialize(node: .mapping(record), width: -1, allowUnicode: true)) ?? "")
    }
}
