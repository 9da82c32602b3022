/// Where a catalog element was written, so that an operator's error message can point at it.
public struct FileLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the operator gave it (relative to the catalog's parent when possible).
    public var file: String
    /// 1-based line, when the format gives one.
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        return file
    }
}
