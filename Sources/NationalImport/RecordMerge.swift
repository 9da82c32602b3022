import Yams

/// Merges what the national record says into a procedure file an operator may have edited. The record owns its
/// keys (name, levels, field, fees, documents…): their Vietnamese is replaced when it changed. Everything else
/// is the operator's and stays: other keys (agency, keywords, popularity, featured, local_note) and the English
/// of every text the record owns, even when its Vietnamese changed (the summary says so, to check the
/// translation).
struct RecordMerge {
    /// The keys the record owns, in the order new files list them.
    let owned: [String]

    /// The merged record, and which owned keys changed. A new record is the national one as it is.
    func merge(existing: Node.Mapping?, national: Node.Mapping) -> (record: Node.Mapping, changed: [String]) {
        guard var record = existing else { return (Self.markingEnglish(national), []) }
        var changed: [String] = []
        for key in owned {
            let old = record[key]
            let new = national[key]
            switch (old, new) {
            case (nil, nil):
                continue
            case (let old?, let new?):
                let merged = Self.keepingEnglish(old, new)
                if !Self.same(merged, old) {
                    record[key] = merged
                    changed.append(key)
                }
            case (nil, let new?):
                record[key] = new
                changed.append(key)
            case (.some, nil):
                record[key] = nil
                changed.append(key)
            }
        }
        return (Self.markingEnglish(record), changed)
    }

    /// The same values, however they are written: quoted or plain, flow or block (a file read back has the
    /// styles and tags its writer chose).
    static func same(_ a: Node, _ b: Node) -> Bool {
        switch (a, b) {
        case (.scalar(let a), .scalar(let b)):
            return a.string == b.string
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default:
            return false
        }
    }

    /// `new`, with the English of `old` wherever both hold a text in the same place.
    static func keepingEnglish(_ old: Node, _ new: Node) -> Node {
        switch (old, new) {
        case (.mapping(let old), .mapping(var new)):
            if new["vi"] != nil, new["en"] == nil, let english = old["en"] {
                new["en"] = english
                return .mapping(reordered(new))
            }
            for (key, value) in new {
                if let previous = old[key] { new[key] = keepingEnglish(previous, value) }
            }
            return .mapping(new)
        case (.sequence(let old), .sequence(var new)):
            for index in new.indices where index < old.count {
                new[index] = keepingEnglish(old[index], new[index])
            }
            return .sequence(new)
        default:
            return new
        }
    }

    /// `{vi, en}` in that order, however they were added.
    private static func reordered(_ text: Node.Mapping) -> Node.Mapping {
        var ordered = Node.Mapping([])
        ordered["vi"] = text["vi"]
        ordered["en"] = text["en"]
        for (key, value) in text where key.string != "vi" && key.string != "en" { ordered[key] = value }
        return ordered
    }

    /// `english: missing` exactly when some text of the record has no English: a record an operator translated
    /// in full loses the mark, one that gains an untranslated text gets it back.
    static func markingEnglish(_ record: Node.Mapping) -> Node.Mapping {
        let missing = record.contains { pair in pair.key.string != "english" && lacksEnglish(pair.value) }
        guard missing != (record["english"]?.string == "missing") else { return record }
        guard missing else {
            var record = record
            record["english"] = nil
            return record
        }
        // Right after the name, where a reader of the file looks first.
        var pairs = Array(record.map { ($0.key, $0.value) })
        let at = (pairs.firstIndex { $0.0.string == "name" }).map { $0 + 1 } ?? 0
        pairs.insert((Node("english"), Node("missing")), at: at)
        return Node.Mapping(pairs)
    }

    private static func lacksEnglish(_ node: Node) -> Bool {
        switch node {
        case .mapping(let mapping):
            if mapping["vi"] != nil { return mapping["en"] == nil }
            return mapping.contains { lacksEnglish($0.value) }
        case .sequence(let sequence):
            return sequence.contains(where: lacksEnglish)
        default:
            return false
        }
    }
}
