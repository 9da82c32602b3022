/// A YAML node as the catalog reads it: scalars stay the text as written (no tag resolution: `1.001193` is never
/// a number), with the 1-based line each node starts on for problems.
struct YAMLNode {
    enum Content {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    var content: Content
    var line: Int

    /// The text of a scalar node; nil for a list or mapping.
    var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// A YAML null (`~`, `null` or nothing, unquoted), which the catalog treats as absent.
    var isNull: Bool {
        guard case .scalar(let text, let plain) = content, plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// One key and its value in a mapping, in the order written.
struct YAMLPair {
    var key: YAMLNode
    var value: YAMLNode
}
