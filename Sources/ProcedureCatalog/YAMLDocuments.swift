import CYaml
import Foundation

/// A YAML file that libyaml could not read: what it said and the 1-based line where it stopped.
struct YAMLSyntaxError: Error {
    var problem: String
    var line: Int?
    /// libyaml's reader refused the bytes themselves (not UTF-8), before any YAML was read.
    var isEncoding = false
}

/// Builds catalog nodes straight from libyaml's events. Yams' composer (node enums, tag resolution, hashing every
/// key for duplicates) was most of the catalog's load time at national scale; this keeps libyaml's parser and
/// builds only what the catalog reads.
enum YAMLDocuments {
    /// Hands each document of `bytes` to `body` as soon as it is read: a file of 500 procedures never holds
    /// all their node trees at once.
    static func forEachDocument(_ bytes: UnsafeBufferPointer<UInt8>,
                                _ body: (YAMLNode) -> Void) throws(YAMLSyntaxError) {
        // An empty file holds no document (and libyaml wants a non-null input pointer).
        guard var start = bytes.baseAddress, !bytes.isEmpty else { return }
        var count = bytes.count
        // A byte order mark, as some Windows editors write: libyaml skips it only when guessing the encoding.
        if count >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF {
            start += 3
            count -= 3
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLSyntaxError(problem: "out of memory", line: nil) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, start, count)
        var composer = Composer()
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw error(of: parser) }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            if let document = try composer.take(event) { body(document) }
        }
    }

    static func parse(_ data: Data) throws(YAMLSyntaxError) -> [YAMLNode] {
        var documents: [YAMLNode] = []
        try forEachDocument(data) { documents.append($0) }
        return documents
    }

    static func forEachDocument(_ data: Data, _ body: (YAMLNode) -> Void) throws(YAMLSyntaxError) {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(YAMLSyntaxError) in try forEachDocument(raw.bindMemory(to: UInt8.self), body) }
        }
        try result.get()
    }

    private static func error(of parser: yaml_parser_t) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = parser.context.map { String(cString: $0) }
        let text = context.map { "\(problem) \($0)" } ?? problem
        let isEncoding = parser.error == YAML_READER_ERROR && problem.contains("UTF-8")
        return YAMLSyntaxError(problem: text, line: Int(parser.problem_mark.line) + 1, isEncoding: isEncoding)
    }
}

/// Turns the event stream into nodes: open lists and mappings wait on a stack until their end event. Each open
/// one is changed in place on the stack (moving them on and off it copied every node once more per child).
private struct Composer {
    private struct Open {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var line: Int
        var anchor: String?
    }

    /// A document finished by the last event, handed out once.
    private var finished: YAMLNode?
    private var stack: [Open] = []
    private var anchors: [String: YAMLNode] = [:]

    /// Takes one event; returns a document when this event completed one.
    mutating func take(_ event: yaml_event_t) throws(YAMLSyntaxError) -> YAMLNode? {
        try apply(event)
        defer { finished = nil }
        return finished
    }

    private mutating func apply(_ event: yaml_event_t) throws(YAMLSyntaxError) {
        let line = Int(event.start_mark.line) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let node = YAMLNode(content: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), line: line)
            add(node, anchor: Self.text(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT:
            try checkDepth(line)
            stack.append(Open(isMapping: false, line: line, anchor: Self.text(event.data.sequence_start.anchor)))
        case YAML_MAPPING_START_EVENT:
            try checkDepth(line)
            stack.append(Open(isMapping: true, line: line, anchor: Self.text(event.data.mapping_start.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let open = stack.popLast() else { return }
            if open.isMapping {
                try Self.checkDuplicates(open.pairs)
                add(YAMLNode(content: .mapping(open.pairs), line: open.line), anchor: open.anchor)
            } else {
                add(YAMLNode(content: .sequence(open.items), line: open.line), anchor: open.anchor)
            }
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else {
                throw YAMLSyntaxError(problem: "found undefined alias \(name)", line: line)
            }
            add(node, anchor: nil)
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
        default:
            break
        }
    }

    /// The catalog nests a few levels deep. A file nesting thousands (damaged, or made to) would build a tree
    /// whose destruction recurses as deep: refused instead.
    static let maximumDepth = 64

    private func checkDepth(_ line: Int) throws(YAMLSyntaxError) {
        guard stack.count < Self.maximumDepth else {
            throw YAMLSyntaxError(problem: "nested more than \(Self.maximumDepth) levels deep", line: line)
        }
    }

    private mutating func add(_ node: YAMLNode, anchor: String?) {
        if let anchor { anchors[anchor] = node }
        let top = stack.count - 1
        guard top >= 0 else {
            finished = node
            return
        }
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            stack[top].pendingKey = node
        }
    }

    /// A key written twice would silently drop one value; like Yams, the whole file is refused.
    private static func checkDuplicates(_ pairs: [YAMLPair]) throws(YAMLSyntaxError) {
        guard pairs.count > 1 else { return }
        if pairs.count <= 16 {
            for later in 1..<pairs.count {
                guard let key = pairs[later].key.scalarText else { continue }
                for earlier in 0..<later where pairs[earlier].key.scalarText == key {
                    throw YAMLSyntaxError(problem: "duplicated key \(key)", line: pairs[later].key.line)
                }
            }
            return
        }
        var seen = Set<String>()
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            if !seen.insert(key).inserted {
                throw YAMLSyntaxError(problem: "duplicated key \(key)", line: pair.key.line)
            }
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }
}
